// A short notice at the foot of a screen: what just happened (with an undo,
// say) or what went wrong, always with a way to close it. The region is a
// polite live region, so a screen reader reads a notice as it appears.
import type { ReactNode } from 'react';
import { t } from '../i18n';

export function ToastRegion({ children }: { children: ReactNode }) {
  return (
    <div role="status" aria-live="polite" className="toast-region">
      {children}
    </div>
  );
}

export function Toast({
  message,
  tone = 'info',
  action,
  onClose,
}: {
  message: string;
  tone?: 'info' | 'error';
  /** One button beside the message, e.g. Undo. */
  action?: { label: string; onClick: () => void };
  onClose: () => void;
}) {
  return (
    <div className={tone === 'error' ? 'toast toast--error' : 'toast'}>
      <span>{message}</span>
      {action && (
        <button type="button" className="btn btn--inverse btn--small" onClick={action.onClick}>
          {action.label}
        </button>
      )}
      <button type="button" className="btn btn--inverse btn--small" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}
