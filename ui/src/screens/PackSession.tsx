// A self-assessment opened from a pack (the department head's side): what
// it is and how it works in plain words, who answers (add yourself), each
// person's progress with Start/Continue into the questionnaire screen, and
// "Save filled pack…" with its progress and where the file went. No set-up:
// the department and the questions come from the pack.
import { useId, useRef, useState } from 'react';
import { call, errorMessage, type AssessmentView, type PackSessionView, type SavedPack } from '../api';
import { ScreenTitle } from '../components/Layout';
import { EmptyState, ErrorPanel, Loading, ProgressBar } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { formatDate, formatInteger, t } from '../i18n';
import { needsSaving, openedMessages, takeOpened } from '../logic/pack';
import { formatRoute } from '../logic/route';

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; saved: SavedPack }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export function PackSession({ id, onLoaded }: { id: string; onLoaded: (d: AssessmentView) => void }) {
  const [opened] = useState(() => takeOpened(id));
  const { state, reload, set } = useAsync(async () => {
    const d = await call('get_pack_session', { assessmentId: id });
    onLoaded(d.view);
    return d;
  }, [id]);
  const [adding, setAdding] = useState(false);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  async function saveFilled() {
    setSave({ status: 'saving' });
    try {
      const saved = await call('save_filled_pack', { assessmentId: id });
      if (saved === null) {
        setSave({ status: 'cancelled' });
        return;
      }
      setSave({ status: 'saved', saved });
      if (state.status === 'ready') set({ ...state.data, session: saved.session });
    } catch (e) {
      setSave({ status: 'failed', message: errorMessage(e) || t('common.error') });
    }
  }

  if (state.status === 'loading')
    return (
      <section className="screen">
        <Loading label={t('pack.loading')} />
      </section>
    );
  if (state.status === 'error')
    return (
      <section className="screen">
        <ScreenTitle>{t('pack.error')}</ScreenTitle>
        <ErrorPanel title={t('pack.error')} error={state.error} onRetry={reload} />
      </section>
    );

  const { session: s, view } = state.data;
  const people = view.respondents.filter((r) => r.departmentId === s.departmentId);
  const progress = t('pack.progress', { answered: formatInteger(s.answered), expected: formatInteger(s.expected) });
  const notes = opened ? openedMessages(opened) : [];

  return (
    <section className="screen screen--pack">
      <ScreenTitle
        sub={t('pack.lead', { organisation: s.organisation, title: s.title, file: s.sourceFile, date: formatDate(s.exportedAt) })}
      >
        {t('pack.title', { department: s.department })}
      </ScreenTitle>

      {notes.length > 0 && (
        <div className="panel pack-note" role="status">
          {notes.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}

      <div className="pack-grid">
        <div>
          <section className="card" aria-labelledby="pack-people">
            <div className="pack-people-head">
              <h2 id="pack-people">{t('pack.people')}</h2>
              <div className="completion pack-total">
                <ProgressBar value={s.answered} max={Math.max(s.expected, 1)} label={progress} />
                <span>{progress}</span>
              </div>
            </div>
            {people.length === 0 ? (
              <EmptyState title={t('pack.noPeople.title')} body={t('pack.noPeople.body')} />
            ) : (
              <table className="table table--respondents">
                <thead>
                  <tr>
                    <th scope="col">{t('resp.col.name')}</th>
                    <th scope="col">{t('resp.col.progress')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('resp.col.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {people.map((r) => {
                    const finished = r.progress.answered >= r.progress.total;
                    const action = r.progress.answered === 0 ? t('resp.start') : finished ? t('resp.review') : t('resp.continue');
                    const line = t('resp.progress', { answered: formatInteger(r.progress.answered), total: formatInteger(r.progress.total) });
                    return (
                      <tr key={r.id}>
                        <th scope="row">
                          {r.name}
                          {r.role && <span className="muted block small">{r.role}</span>}
                        </th>
                        <td>
                          <div className="completion">
                            <ProgressBar value={r.progress.answered} max={Math.max(r.progress.total, 1)} label={line} />
                            <span>{line}</span>
                          </div>
                        </td>
                        <td className="row-actions">
                          <a
                            className={`btn btn--small ${finished ? 'btn--secondary' : 'btn--primary'}`}
                            href={formatRoute({ screen: 'packAnswer', id, respondentId: r.id })}
                            aria-label={t('resp.answerLabel', { action, name: r.name })}
                          >
                            {action}
                          </a>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
            {adding ? (
              <AddPerson
                assessmentId={id}
                departmentId={s.departmentId}
                onAdded={(d) => {
                  setAdding(false);
                  set(d);
                }}
                onCancel={() => setAdding(false)}
              />
            ) : (
              <div className="actions">
                <button type="button" className={`btn ${people.length === 0 ? 'btn--primary' : 'btn--secondary'}`} onClick={() => setAdding(true)}>
                  <span aria-hidden="true">+</span> {people.length === 0 ? t('pack.addMe') : t('pack.addAnother')}
                </button>
              </div>
            )}
          </section>

        </div>

        <div>
          <section className="card pack-save" aria-labelledby="pack-save">
            <h2 id="pack-save">{t('pack.save.title')}</h2>
            <p>{t('pack.save.body')}</p>
            <p className="muted">
              {s.savedAt === null || s.savedFile === null
                ? t('pack.save.never')
                : t('pack.save.last', { date: formatDate(s.savedAt), file: s.savedFile })}
              {s.savedAt !== null && needsSaving(s) && <> {t('pack.save.changed')}</>}
            </p>
            {s.answered === 0 && <p className="pack-warn">{t('pack.save.empty')}</p>}
            <div className="actions">
              <button type="button" className="btn btn--primary" onClick={() => void saveFilled()} disabled={save.status === 'saving'}>
                {save.status === 'saving' ? t('pack.save.busy') : t('pack.save.button')}
              </button>
            </div>
            <div role="status" aria-live="polite" className="pack-save-status">
              {save.status === 'saving' && (
                <p className="panel--loading">
                  <span className="spinner spinner--small" aria-hidden="true" /> {t('pack.save.busy')}
                </p>
              )}
              {save.status === 'saved' && (
                <p className="pack-saved">
                  <span aria-hidden="true">✓ </span>
                  {t('pack.save.done', { file: save.saved.fileName, folder: save.saved.folder })}
                </p>
              )}
              {save.status === 'cancelled' && <p className="muted">{t('pack.save.cancelled')}</p>}
            </div>
            {save.status === 'failed' && (
              <p className="field__error" role="alert">
                {t('pack.save.failed', { message: save.message })}
              </p>
            )}
          </section>
          <aside className="card pack-how" aria-labelledby="pack-how">
            <h2 id="pack-how">{t('pack.how.title')}</h2>
            <ol>
              <li>{t('pack.how.1')}</li>
              <li>{t('pack.how.2')}</li>
              <li>{t('pack.how.3')}</li>
              <li>{t('pack.how.4')}</li>
            </ol>
          </aside>
        </div>
      </div>
    </section>
  );
}

function AddPerson({
  assessmentId,
  departmentId,
  onAdded,
  onCancel,
}: {
  assessmentId: string;
  departmentId: string;
  onAdded: (d: PackSessionView) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const uid = useId();
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (name.trim() === '') {
      setError(t('pack.form.nameMissing'));
      nameRef.current?.focus();
      return;
    }
    setError(null);
    setFailure(null);
    setBusy(true);
    try {
      await call('add_respondent', {
        assessmentId,
        departmentId,
        name: name.trim(),
        role: role.trim() === '' ? null : role.trim(),
        consensus: false,
      });
      onAdded(await call('get_pack_session', { assessmentId }));
    } catch (err) {
      setFailure(t('pack.form.failed', { message: errorMessage(err) || t('common.error') }));
      setBusy(false);
    }
  }

  return (
    <form className="form pack-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>{t('pack.form.title')}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${uid}-name`}>{t('pack.form.name')}</label>
          <input
            ref={nameRef}
            id={`${uid}-name`}
            className="input"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${uid}-name-err` : undefined}
          />
          {error && (
            <p className="field__error" id={`${uid}-name-err`}>
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-role`}>
            {t('pack.form.role')} <span className="muted">{t('common.optional')}</span>
          </label>
          <input id={`${uid}-role`} className="input" value={role} onChange={(e) => setRole(e.target.value)} aria-describedby={`${uid}-role-hint`} />
          <p className="field__hint" id={`${uid}-role-hint`}>{t('pack.form.roleHint')}</p>
        </div>
      </div>
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions actions--end">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t('pack.form.adding') : t('pack.form.add')}
        </button>
      </div>
    </form>
  );
}
