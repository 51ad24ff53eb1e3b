// Loading and error panels shared by every screen.
import { errorMessage } from '../api';
import { t } from '../i18n';

export function Loading({ label }: { label: string }) {
  return (
    <div className="panel panel--loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function ErrorPanel({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const message = errorMessage(error);
  return (
    <div className="panel panel--error" role="alert">
      <p className="panel__title">
        <span className="icon-badge icon-badge--error" aria-hidden="true">
          !
        </span>{' '}
        {title}
      </p>
      {message && <p className="panel__detail">{t('common.errorDetail', { message })}</p>}
      {onRetry && (
        <button type="button" className="btn btn--secondary" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, body, children }: { title: string; body: string; children?: React.ReactNode }) {
  return (
    <div className="panel panel--empty">
      <h2 className="panel__title">{title}</h2>
      <p>{body}</p>
      {children && <div className="actions">{children}</div>}
    </div>
  );
}

export function ProgressBar({ value, max, label }: { value: number; max: number; label: string }) {
  const pct = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={label}
    >
      <div className="progress__fill" style={{ width: `${pct}%` }} />
    </div>
  );
}
