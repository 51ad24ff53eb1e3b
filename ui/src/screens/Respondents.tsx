// Respondents: everyone who answers, grouped by department, with progress
// (and the answers carried from the last round still to confirm);
// add, edit (name, department, role, department consensus) and remove
// (confirmed with how many answers go, then an undo); start or continue
// the questionnaire as one of them. Right after a next round was started,
// what that did is said here once.
import { useState } from 'react';
import { call, errorMessage, type AssessmentView, type RespondentView } from '../api';
import { AsyncView } from '../components/AsyncView';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ScreenTitle } from '../components/Layout';
import { PersonForm, type Person } from '../components/PersonForm';
import { RespondentTable } from '../components/RespondentTable';
import { RoundStartedNote } from '../components/RoundStartedNote';
import { EmptyState } from '../components/Status';
import { useOpenAssessment } from '../hooks/openAssessment';
import { t, tn } from '../i18n';
import { Toast, ToastRegion } from '../components/Toast';
import { formatRoute } from '../logic/route';
import { takeStarted } from '../logic/rounds';
import { addedTo, withRespondentLocale } from '../logic/respondentLocale';

export function Respondents({ id }: { id: string }) {
  const { state, reload, set } = useOpenAssessment();
  const [editing, setEditing] = useState<RespondentView | 'new' | null>(null);
  const [removing, setRemoving] = useState<RespondentView | null>(null);
  const [removed, setRemoved] = useState<{ name: string; answers: number; token: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [started, setStarted] = useState(() => takeStarted(id));

  async function remove(r: RespondentView) {
    setRemoving(null);
    setNotice(null);
    try {
      const out = await call('remove_respondent', { assessmentId: id, respondentId: r.id });
      set(out.view);
      setEditing(null);
      setRemoved({ name: out.name, answers: out.answers, token: out.undoToken });
    } catch (e) {
      setNotice(t('resp.removeFailed', { name: r.name, message: errorMessage(e) || t('common.error') }));
    }
  }

  async function undo() {
    if (!removed) return;
    try {
      set(await call('undo_remove_respondent', { assessmentId: id, undoToken: removed.token }));
      setRemoved(null);
    } catch (e) {
      setRemoved(null);
      setNotice(t('resp.undoFailed', { message: errorMessage(e) || t('common.error') }));
    }
  }

  async function save(d: AssessmentView, existing: RespondentView | null, person: Person) {
    const assessmentId = d.assessment.id;
    const { locale, ...fields } = person;
    const view = existing
      ? await call('update_respondent', { assessmentId, respondentId: existing.id, ...fields })
      : await call('add_respondent', { assessmentId, ...fields });
    set(await withRespondentLocale(view, existing?.id ?? addedTo(d, view), locale));
    setEditing(null);
  }

  return (
    <section className="screen screen--respondents">
      <ScreenTitle sub={t('resp.lead')}>{t('resp.title')}</ScreenTitle>
      {started && <RoundStartedNote started={started} onClose={() => setStarted(null)} />}
      <AsyncView state={state} loading={t('resp.loading')} error={t('resp.error')} onRetry={reload}>
        {(d) => (
          <>
            {d.departments.length === 0 ? (
              <div className="panel">
                <p>{t('resp.needDepartments')}</p>
                <a className="btn btn--secondary" href={formatRoute({ screen: 'setup', id })}>
                  {t('tabs.setup')}
                </a>
              </div>
            ) : editing ? (
              <RespondentForm
                detail={d}
                editing={editing}
                onSave={(existing, p) => save(d, existing, p)}
                onCancel={() => setEditing(null)}
                onRemove={setRemoving}
              />
            ) : (
              <div className="actions">
                <button type="button" className="btn btn--primary" onClick={() => setEditing('new')}>
                  <span aria-hidden="true">+</span> {t('resp.add')}
                </button>
              </div>
            )}
            {d.respondents.length === 0 ? (
              <EmptyState title={t('resp.empty.title')} body={t('resp.empty.body')} />
            ) : (
              <div className="dept-groups">
                {d.departments.map((dep) => {
                  const people = d.respondents.filter((r) => r.departmentId === dep.id);
                  return (
                    <section key={dep.id} className="card dept-group" aria-labelledby={`dep-${dep.id}`}>
                      <h2 id={`dep-${dep.id}`} className="dept-group__title">
                        {dep.name} <span className="muted small">{tn('resp.deptCount', people.length)}</span>
                      </h2>
                      {people.length === 0 ? (
                        <p className="muted">{t('resp.noDeptRespondents')}</p>
                      ) : (
                        <RespondentTable
                          people={people}
                          answerHref={(r) => formatRoute({ screen: 'questionnaire', id, respondentId: r.id })}
                          onEdit={setEditing}
                          showConsensus
                        />
                      )}
                    </section>
                  );
                })}
              </div>
            )}
          </>
        )}
      </AsyncView>
      <ToastRegion>
        {removed && (
          <Toast
            message={tn('resp.removed', removed.answers, { name: removed.name })}
            action={{ label: t('resp.undo'), onClick: () => void undo() }}
            onClose={() => setRemoved(null)}
          />
        )}
        {notice && <Toast tone="error" message={notice} onClose={() => setNotice(null)} />}
      </ToastRegion>
      <ConfirmDialog
        open={removing !== null}
        title={removing ? t('resp.remove.title', { name: removing.name }) : ''}
        body={removing ? tn('resp.remove.body', removing.progress.answered, { name: removing.name }) : ''}
        confirmLabel={t('resp.remove.ok')}
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </section>
  );
}

/** Adds a respondent, or edits `editing`. */
function RespondentForm({
  detail,
  editing,
  onSave,
  onCancel,
  onRemove,
}: {
  detail: AssessmentView;
  editing: RespondentView | 'new';
  onSave: (existing: RespondentView | null, person: Person) => Promise<void>;
  onCancel: () => void;
  onRemove: (r: RespondentView) => void;
}) {
  const existing = editing === 'new' ? null : editing;
  return (
    <>
      <PersonForm
        title={existing ? t('resp.formTitleEdit', { name: existing.name }) : t('resp.formTitleAdd')}
        heading="h2"
        className="card form form--respondent"
        words={{
          name: 'resp.name',
          role: 'resp.role',
          roleHint: 'resp.role.hint',
          nameMissing: 'resp.err.name',
          submit: 'resp.save',
          submitting: 'resp.saving',
          failed: 'resp.failed',
        }}
        initial={{
          name: existing?.name ?? '',
          departmentId: existing?.departmentId ?? detail.departments[0]?.id ?? '',
          role: existing?.role ?? null,
          consensus: existing?.consensus ?? false,
          locale: existing?.locale ?? null,
        }}
        departments={detail.departments}
        locales={detail.locales}
        findNamesake={(person) =>
          call('find_namesake', {
            assessmentId: detail.assessment.id,
            departmentId: person.departmentId,
            name: person.name,
            respondentId: existing?.id ?? null,
          })
        }
        onSubmit={(person) => onSave(existing, person)}
        onCancel={onCancel}
      />
      {existing && (
        <div className="actions actions--end">
          <button type="button" className="btn btn--danger" onClick={() => onRemove(existing)}>
            {t('resp.remove', { name: existing.name })}
          </button>
        </div>
      )}
    </>
  );
}
