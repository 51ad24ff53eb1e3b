// A self-assessment opened from a pack (the department head's side): what
// it is and how it works in plain words, who answers (add yourself), each
// person's progress with Start/Continue into the questionnaire screen, and
// "Save filled pack…" with its progress and where the file went. No set-up:
// the department and the questions come from the pack.
import { useState } from 'react';
import { call, errorMessage, type AssessmentView, type PackSessionSummary, type SavedPack } from '../api';
import { AsyncView } from '../components/AsyncView';
import { isWrongPassphrase, PackPassphrasePrompt } from '../components/PackPassphrase';
import { ScreenTitle } from '../components/Layout';
import { PersonForm, type Person } from '../components/PersonForm';
import { RespondentTable } from '../components/RespondentTable';
import { EmptyState, ProgressBar } from '../components/Status';
import { useWithAssessment } from '../hooks/openAssessment';
import { formatDate, formatInteger, t } from '../i18n';
import { needsSaving, openedMessages, takeOpened } from '../logic/packSession';
import { addedTo, withRespondentLocale } from '../logic/respondentLocale';
import { formatRoute } from '../logic/route';

/** Saving the filled pack: a file written through the save dialog. */
type FilledPackState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved'; saved: SavedPack }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string }
  // The pack came encrypted: its passphrase is asked before the dialog.
  | { status: 'passphrase'; problem: string | null };

export function PackSession({ id }: { id: string }) {
  const [opened] = useState(() => takeOpened(id));
  const { state, reload, set, setAssessment } = useWithAssessment(
    async () => (await call('get_pack_session', { assessmentId: id })).session,
    [id],
  );
  const [adding, setAdding] = useState(false);
  const [save, setSave] = useState<FilledPackState>({ status: 'idle' });

  async function saveFilled(passphrase: string | null) {
    setSave({ status: 'saving' });
    try {
      const saved = await call('save_filled_pack', { assessmentId: id, passphrase });
      if (saved === null) {
        setSave({ status: 'cancelled' });
        return;
      }
      setSave({ status: 'saved', saved });
      set(saved.session);
    } catch (e) {
      setSave(
        isWrongPassphrase(e)
          ? { status: 'passphrase', problem: t('packEnc.wrong') }
          : { status: 'failed', message: errorMessage(e) || t('common.error') },
      );
    }
  }

  async function addPerson(before: AssessmentView, person: Person) {
    const { locale, ...fields } = person;
    const added = await call('add_respondent', { assessmentId: id, ...fields });
    setAssessment(await withRespondentLocale(added, addedTo(before, added), locale));
    // The session's totals count the new person's questions too.
    set((await call('get_pack_session', { assessmentId: id })).session);
    setAdding(false);
  }

  if (state.status !== 'ready')
    return (
      <section className="screen">
        {state.status === 'error' && <ScreenTitle>{t('pack.error')}</ScreenTitle>}
        <AsyncView state={state} loading={t('pack.loading')} error={t('pack.error')} onRetry={reload} />
      </section>
    );

  const [view, s] = state.data;
  const people = view.respondents.filter((r) => r.departmentId === s.departmentId);
  const progress = t('pack.progress', { answered: formatInteger(s.answered), expected: formatInteger(s.expected) });
  const notes = opened ? openedMessages(opened) : [];

  return (
    <section className="screen screen--pack">
      <ScreenTitle
        sub={t('pack.lead', {
          organisation: s.organisation,
          title: s.title,
          file: s.sourceFile,
          date: formatDate(s.exportedAt),
        })}
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
              <RespondentTable
                people={people}
                answerHref={(r) => formatRoute({ screen: 'packAnswer', id, respondentId: r.id })}
              />
            )}
            {adding ? (
              <PersonForm
                title={t('pack.form.title')}
                heading="h3"
                className="form pack-form"
                words={{
                  name: 'pack.form.name',
                  role: 'pack.form.role',
                  roleHint: 'pack.form.roleHint',
                  nameMissing: 'pack.form.nameMissing',
                  submit: 'pack.form.add',
                  submitting: 'pack.form.adding',
                  failed: 'pack.form.failed',
                }}
                initial={{ name: '', departmentId: s.departmentId, role: null, consensus: false, locale: null }}
                locales={view.locales}
                onSubmit={(person) => addPerson(view, person)}
                onCancel={() => setAdding(false)}
              />
            ) : (
              <div className="actions">
                <button
                  type="button"
                  className={`btn ${people.length === 0 ? 'btn--primary' : 'btn--secondary'}`}
                  onClick={() => setAdding(true)}
                >
                  <span aria-hidden="true">+</span> {people.length === 0 ? t('pack.addMe') : t('pack.addAnother')}
                </button>
              </div>
            )}
          </section>
        </div>

        <div>
          <FilledPack
            session={s}
            save={save}
            onSave={(passphrase) => void saveFilled(passphrase)}
            onAskPassphrase={() => setSave({ status: 'passphrase', problem: null })}
            onCancel={() => setSave({ status: 'idle' })}
          />
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

/** "Send your answers back": when the filled pack was last saved, and saving it again. */
function FilledPack({
  session: s,
  save,
  onSave,
  onAskPassphrase,
  onCancel,
}: {
  session: PackSessionSummary;
  save: FilledPackState;
  onSave: (passphrase: string | null) => void;
  onAskPassphrase: () => void;
  onCancel: () => void;
}) {
  return (
    <section className="card pack-save" aria-labelledby="pack-save">
      <h2 id="pack-save">{t('pack.save.title')}</h2>
      <p>{t('pack.save.body')}</p>
      <p className="muted">
        {s.savedAt === null || s.savedFile === null
          ? t('pack.save.never')
          : t('pack.save.last', { date: formatDate(s.savedAt), file: s.savedFile })}
        {s.savedAt !== null && needsSaving(s) && <> {t('pack.save.changed')}</>}
      </p>
      {s.encrypted && (
        <p className="muted" data-testid="pack-encrypted">
          {t('packEnc.session')}
        </p>
      )}
      {s.answered === 0 && <p className="pack-warn">{t('pack.save.empty')}</p>}
      {save.status === 'passphrase' ? (
        <PackPassphrasePrompt
          lead={t('packEnc.save')}
          submit={t('packEnc.saveSubmit')}
          problem={save.problem}
          busy={false}
          onSubmit={(passphrase) => onSave(passphrase)}
          onCancel={onCancel}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => (s.encrypted ? onAskPassphrase() : onSave(null))}
            disabled={save.status === 'saving'}
          >
            {save.status === 'saving' ? t('pack.save.busy') : t('pack.save.button')}
          </button>
        </div>
      )}
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
  );
}
