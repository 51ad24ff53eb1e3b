// The unlock screen of an encrypted database: shown instead of the app
// until the right passphrase is entered (every command is refused as
// `locked` before that, so there is no way around it). A wrong passphrase
// is said plainly and changes nothing. The passphrase lives in the field
// only; it is cleared after each try.
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { call, CommandError, errorMessage } from '../api';
import { t } from '../i18n';

type Gate = { status: 'checking' } | { status: 'locked'; problem: string | null; busy: boolean } | { status: 'open' };

export function UnlockGate({ children }: { children: ReactNode }) {
  const [gate, setGate] = useState<Gate>({ status: 'checking' });

  useEffect(() => {
    let live = true;
    call('database_lock')
      .then((lock) => {
        if (live) setGate(lock.locked ? { status: 'locked', problem: null, busy: false } : { status: 'open' });
      })
      // Whatever else is wrong with the database, the screens say it.
      .catch(() => live && setGate({ status: 'open' }));
    return () => {
      live = false;
    };
  }, []);

  if (gate.status === 'open') return <>{children}</>;
  if (gate.status === 'checking') return null;
  return <UnlockForm problem={gate.problem} busy={gate.busy} onGate={setGate} />;
}

function UnlockForm({ problem, busy, onGate }: { problem: string | null; busy: boolean; onGate: (g: Gate) => void }) {
  const uid = useId();
  const [passphrase, setPassphrase] = useState('');

  async function unlock(e: FormEvent) {
    e.preventDefault();
    if (passphrase === '') {
      onGate({ status: 'locked', problem: t('unlock.empty'), busy: false });
      return;
    }
    onGate({ status: 'locked', problem: null, busy: true });
    try {
      const lock = await call('unlock_database', { passphrase });
      onGate(lock.locked ? { status: 'locked', problem: t('unlock.wrong'), busy: false } : { status: 'open' });
    } catch (err) {
      const wrong = err instanceof CommandError && err.kind === 'passphrase';
      onGate({
        status: 'locked',
        problem: wrong ? t('unlock.wrong') : t('unlock.failed', { message: errorMessage(err) }),
        busy: false,
      });
    } finally {
      setPassphrase('');
    }
  }

  return (
    <main className="unlock" aria-labelledby={`${uid}-title`}>
      <form className="card unlock__card" onSubmit={(e) => void unlock(e)} noValidate>
        <h1 id={`${uid}-title`}>{t('unlock.title')}</h1>
        <p>{t('unlock.lead')}</p>
        <div className="field">
          <label htmlFor={`${uid}-passphrase`}>{t('unlock.passphrase')}</label>
          <input
            id={`${uid}-passphrase`}
            className="input"
            type="password"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${uid}-problem` : undefined}
            disabled={busy}
          />
        </div>
        {problem && (
          <p className="field__error" id={`${uid}-problem`} role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t('unlock.busy') : t('unlock.submit')}
        </button>
      </form>
    </main>
  );
}
