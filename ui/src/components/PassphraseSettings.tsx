// Setting, changing and removing the database's passphrase (on Help, in
// the Encryption section). A new passphrase is typed twice; changing or
// removing it needs the current one again. The warning that a lost
// passphrase means lost data stays in view while a new one is chosen.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { call, errorMessage } from '../api';
import { t } from '../i18n';

type Action = 'set' | 'change' | 'remove';

export function PassphraseSettings() {
  const [encrypted, setEncrypted] = useState<boolean | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    call('database_lock')
      .then((lock) => live && setEncrypted(lock.encrypted))
      .catch(() => live && setEncrypted(null));
    return () => {
      live = false;
    };
  }, []);

  if (encrypted === null) return null;
  return (
    <div className="passphrase">
      <p>{encrypted ? t('enc.on') : t('enc.off')}</p>
      {action === null ? (
        <div className="passphrase__actions">
          {encrypted ? (
            <>
              <button type="button" className="btn btn--secondary" onClick={() => start('change')}>
                {t('enc.change')}
              </button>
              <button type="button" className="btn btn--secondary" onClick={() => start('remove')}>
                {t('enc.remove')}
              </button>
            </>
          ) : (
            <button type="button" className="btn btn--secondary" onClick={() => start('set')}>
              {t('enc.set')}
            </button>
          )}
        </div>
      ) : (
        <PassphraseForm
          action={action}
          onCancel={() => setAction(null)}
          onDone={(nowEncrypted) => {
            setDone(t(action === 'set' ? 'enc.doneSet' : action === 'change' ? 'enc.doneChange' : 'enc.doneRemove'));
            setEncrypted(nowEncrypted);
            setAction(null);
          }}
        />
      )}
      <p className="small" role="status" aria-live="polite">
        {done && (
          <>
            <span aria-hidden="true">✓ </span>
            {done}
          </>
        )}
      </p>
    </div>
  );

  function start(a: Action) {
    setDone(null);
    setAction(a);
  }
}

function PassphraseForm({
  action,
  onCancel,
  onDone,
}: {
  action: Action;
  onCancel: () => void;
  onDone: (encrypted: boolean) => void;
}) {
  const uid = useId();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsCurrent = action !== 'set';
  const needsNew = action !== 'remove';

  async function submit(e: FormEvent) {
    e.preventDefault();
    if ((needsCurrent && current === '') || (needsNew && next === '')) {
      setProblem(t('enc.empty'));
      return;
    }
    if (needsNew && next !== repeat) {
      setProblem(t('enc.mismatch'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const lock =
        action === 'remove'
          ? await call('remove_database_passphrase', { current })
          : await call('set_database_passphrase', { current: needsCurrent ? current : null, new: next });
      onDone(lock.encrypted);
    } catch (err) {
      setProblem(t('enc.failed', { message: errorMessage(err) }));
      setBusy(false);
    }
  }

  const field = (id: string, label: string, value: string, set: (v: string) => void, auto: string) => (
    <div className="field">
      <label htmlFor={`${uid}-${id}`}>{label}</label>
      <input
        id={`${uid}-${id}`}
        className="input"
        type="password"
        autoComplete={auto}
        value={value}
        onChange={(e) => set(e.target.value)}
        disabled={busy}
      />
    </div>
  );

  return (
    <form className="passphrase__form" onSubmit={(e) => void submit(e)} noValidate>
      {needsNew && (
        <p className="passphrase__warning" role="note">
          {t('enc.warning')}
        </p>
      )}
      {needsCurrent && field('current', t('enc.current'), current, setCurrent, 'current-password')}
      {needsNew && field('new', t('enc.new'), next, setNext, 'new-password')}
      {needsNew && field('repeat', t('enc.repeat'), repeat, setRepeat, 'new-password')}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="passphrase__actions">
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy
            ? t('enc.busy')
            : t(action === 'set' ? 'enc.save' : action === 'change' ? 'enc.saveChange' : 'enc.saveRemove')}
        </button>
        <button type="button" className="btn btn--secondary" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
