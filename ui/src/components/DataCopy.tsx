// "Save a copy of all data…": every assessment in one file that opens on
// its own, written while the app keeps running (the core's online backup).
// The native dialog picks the file; the outcome stays on screen until the
// next copy, so the consultant can read where it went.
import { useState } from 'react';
import { call, errorMessage, type WrittenFile } from '../api';
import { t } from '../i18n';

type CopyState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; file: WrittenFile }
  | { status: 'failed'; message: string };

export function DataCopy({ className = '' }: { className?: string }) {
  const [state, setState] = useState<CopyState>({ status: 'idle' });

  async function save() {
    setState({ status: 'saving' });
    try {
      const file = await call('save_data_copy');
      setState(file ? { status: 'saved', file } : { status: 'idle' });
    } catch (e) {
      setState({ status: 'failed', message: errorMessage(e) || t('common.error') });
    }
  }

  return (
    <div className={`data-copy ${className}`}>
      <button
        type="button"
        className="btn btn--secondary"
        onClick={() => void save()}
        disabled={state.status === 'saving'}
      >
        {state.status === 'saving' ? t('dataCopy.saving') : t('dataCopy.save')}
      </button>
      <p className="data-copy__status small" role="status" aria-live="polite">
        {state.status === 'saved' && (
          <>
            <span aria-hidden="true">✓ </span>
            {t('dataCopy.saved', { file: state.file.fileName, folder: state.file.folder })}
          </>
        )}
      </p>
      {state.status === 'failed' && (
        <p className="field__error" role="alert">
          {t('dataCopy.failed', { message: state.message })}
        </p>
      )}
    </div>
  );
}
