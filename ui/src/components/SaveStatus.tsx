// The "Saved" discipline of the questionnaire, for the targets, roadmap and
// branding editors: "Saving…" while the command runs, "Saved" only once the
// core has committed (the command returned), the reason and a retry when it
// did not. One polite live region per editor row or card.
import { t } from '../i18n';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; what?: string }
  | { status: 'failed'; message: string };

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry?: () => void }) {
  return (
    <div className={`save save--${state.status}`} role="status" aria-live="polite" data-save-state={state.status}>
      {state.status === 'saving' && (
        <>
          <span className="spinner spinner--small" aria-hidden="true" />
          {t('save.saving')}
        </>
      )}
      {state.status === 'saved' && (
        <>
          <span className="save__tick" aria-hidden="true">✓</span>
          {state.what ?? t('save.saved')}
        </>
      )}
      {state.status === 'failed' && (
        <>
          <span className="save__cross" aria-hidden="true">!</span>
          <span>{t('save.failed', { message: state.message })}</span>
          {onRetry && (
            <button type="button" className="btn btn--secondary btn--small" onClick={onRetry}>
              {t('save.retry')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
