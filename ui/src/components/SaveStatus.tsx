// The "Saved" discipline of every editor that saves as the user goes (the
// questionnaire's answers, targets, roadmap fields, branding): "Saving…"
// while the command runs, "Saved" only once the core has committed (the
// command returned), the reason and a retry when it did not. One polite
// live region per question, editor row or card; `data-save-state` lets the
// end-to-end tests wait for a state.
import { t } from '../i18n';

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; what?: string }
  | { status: 'failed'; message: string };

export function SaveStatus({
  state,
  onRetry,
  idle,
  retry,
}: {
  state: SaveState;
  onRetry?: () => void;
  /** Shown while nothing was saved yet ("Not answered yet"); nothing when absent. */
  idle?: string;
  /** The retry button's label, when not "Try again". */
  retry?: string;
}) {
  return (
    <div className={`save save--${state.status}`} role="status" aria-live="polite" data-save-state={state.status}>
      {state.status === 'idle' && idle && <span className="muted">{idle}</span>}
      {state.status === 'saving' && (
        <>
          <span className="spinner spinner--small" aria-hidden="true" />
          {t('save.saving')}
        </>
      )}
      {state.status === 'saved' && (
        <>
          <span className="save__tick" aria-hidden="true">
            ✓
          </span>
          {state.what ?? t('save.saved')}
        </>
      )}
      {state.status === 'failed' && (
        <>
          <span className="save__cross" aria-hidden="true">
            !
          </span>
          <span>{t('save.failed', { message: state.message })}</span>
          {onRetry && (
            <button type="button" className="btn btn--secondary btn--small" onClick={onRetry}>
              {retry ?? t('save.retry')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
