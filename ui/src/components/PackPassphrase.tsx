// Passphrases of encrypted packs. `PackEncryption` is the consultant's
// choice to send packs encrypted (the passphrase typed twice);
// `PackPassphrasePrompt` asks for the passphrase of a pack that came
// encrypted (importing it, a head opening it, saving the filled pack back
// under it). A passphrase lives in its field only and is cleared after a
// try; the desktop side never sends it back.
import { useId, useState, type FormEvent } from 'react';
import { CommandError } from '../api';
import { t } from '../i18n';

export type PackEncryptionState = { on: boolean; passphrase: string; repeat: string };

export const NO_PACK_ENCRYPTION: PackEncryptionState = { on: false, passphrase: '', repeat: '' };

/** The passphrase to encrypt packs with (`null`: plain), or what is wrong with the fields. */
export function packPassphrase(s: PackEncryptionState): { passphrase: string | null } | { problem: string } {
  if (!s.on) return { passphrase: null };
  if (s.passphrase === '') return { problem: t('packEnc.empty') };
  if (s.passphrase !== s.repeat) return { problem: t('packEnc.mismatch') };
  return { passphrase: s.passphrase };
}

export function PackEncryption({
  value,
  problem,
  disabled,
  onChange,
}: {
  value: PackEncryptionState;
  problem: string | null;
  disabled: boolean;
  onChange: (next: PackEncryptionState) => void;
}) {
  const uid = useId();
  return (
    <fieldset className="pack-encryption">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.on}
          disabled={disabled}
          onChange={(e) => onChange({ ...value, on: e.target.checked })}
          data-testid="pack-encrypt"
        />
        {t('packEnc.encrypt')}
      </label>
      {value.on && (
        <>
          <p className="small muted" id={`${uid}-hint`}>
            {t('packEnc.hint')}
          </p>
          <div className="pack-encryption__fields">
            {(['passphrase', 'repeat'] as const).map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`${uid}-${field}`}>
                  {t(field === 'passphrase' ? 'packEnc.passphrase' : 'packEnc.repeat')}
                </label>
                <input
                  id={`${uid}-${field}`}
                  className="input"
                  type="password"
                  autoComplete="new-password"
                  value={value[field]}
                  disabled={disabled}
                  aria-describedby={problem ? `${uid}-problem` : `${uid}-hint`}
                  aria-invalid={problem !== null}
                  onChange={(e) => onChange({ ...value, [field]: e.target.value })}
                  data-testid={`pack-${field}`}
                />
              </div>
            ))}
          </div>
          {problem && (
            <p className="field__error" id={`${uid}-problem`} role="alert">
              {problem}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}

/** Whether an error means "this passphrase does not open it" (said as such) rather than another failure. */
export function isWrongPassphrase(e: unknown): boolean {
  return e instanceof CommandError && e.kind === 'passphrase';
}

export function PackPassphrasePrompt({
  lead,
  submit,
  problem,
  busy,
  onSubmit,
  onCancel,
}: {
  lead: string;
  submit: string;
  problem: string | null;
  busy: boolean;
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const uid = useId();
  const [passphrase, setPassphrase] = useState('');
  const [empty, setEmpty] = useState(false);
  const shown = empty ? t('packEnc.empty') : problem;

  function send(e: FormEvent) {
    e.preventDefault();
    if (passphrase === '') {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    onSubmit(passphrase);
    setPassphrase('');
  }

  return (
    <form className="pack-passphrase" onSubmit={send} noValidate aria-labelledby={`${uid}-lead`}>
      <p id={`${uid}-lead`}>{lead}</p>
      <div className="pack-passphrase__row">
        <div className="field">
          <label htmlFor={`${uid}-passphrase`}>{t('packEnc.passphrase')}</label>
          <input
            id={`${uid}-passphrase`}
            className="input"
            type="password"
            autoComplete="off"
            autoFocus
            value={passphrase}
            disabled={busy}
            aria-invalid={shown !== null}
            aria-describedby={shown ? `${uid}-problem` : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
            data-testid="pack-passphrase-prompt"
          />
        </div>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t('packEnc.busy') : submit}
        </button>
        <button type="button" className="btn btn--secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {shown && (
        <p className="field__error" id={`${uid}-problem`} role="alert">
          {shown}
        </p>
      )}
    </form>
  );
}
