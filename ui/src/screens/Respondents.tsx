// Respondents: everyone who answers, grouped by department, with progress;
// add and edit (name, department, role, department consensus) and start or
// continue the questionnaire as one of them.
import { useId, useRef, useState } from 'react';
import { call, errorMessage, type AssessmentView, type RespondentView } from '../api';
import { ScreenTitle } from '../components/Layout';
import { EmptyState, ErrorPanel, Loading, ProgressBar } from '../components/Status';
import { useAsync } from '../components/useAsync';
import { formatInteger, t, tn } from '../i18n';
import { formatRoute, type Route } from '../logic/route';

export function Respondents({ id, onLoaded }: { id: string; navigate: (r: Route) => void; onLoaded: (d: AssessmentView) => void }) {
  const { state, reload, set } = useAsync(async () => {
    const d = await call('get_assessment', { assessmentId: id });
    onLoaded(d);
    return d;
  }, [id]);
  const [editing, setEditing] = useState<RespondentView | 'new' | null>(null);

  let body: React.ReactNode;
  if (state.status === 'loading') body = <Loading label={t('resp.loading')} />;
  else if (state.status === 'error') body = <ErrorPanel title={t('resp.error')} error={state.error} onRetry={reload} />;
  else {
    const d = state.data;
    const saved = (view: AssessmentView) => {
      set(view);
      onLoaded(view);
      setEditing(null);
    };
    body = (
      <>
        {d.departments.length === 0 ? (
          <div className="panel">
            <p>{t('resp.needDepartments')}</p>
            <a className="btn btn--secondary" href={formatRoute({ screen: 'setup', id })}>{t('tabs.setup')}</a>
          </div>
        ) : editing ? (
          <RespondentForm detail={d} editing={editing} onSaved={saved} onCancel={() => setEditing(null)} />
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
                    <table className="table table--respondents">
                      <colgroup>
                        <col className="col-name" />
                        <col className="col-progress" />
                        <col className="col-actions" />
                      </colgroup>
                      <thead>
                        <tr>
                          <th scope="col">{t('resp.col.name')}</th>
                          <th scope="col">{t('resp.col.progress')}</th>
                          <th scope="col"><span className="visually-hidden">{t('resp.col.actions')}</span></th>
                        </tr>
                      </thead>
                      <tbody>
                        {people.map((r) => {
                          const action = r.progress.answered === 0 ? t('resp.start') : r.progress.answered >= r.progress.total ? t('resp.review') : t('resp.continue');
                          const progress = t('resp.progress', { answered: formatInteger(r.progress.answered), total: formatInteger(r.progress.total) });
                          return (
                            <tr key={r.id}>
                              <th scope="row">
                                {r.name}
                                {r.consensus && <span className="badge">{t('resp.consensusBadge')}</span>}
                                {r.role && <span className="muted block small">{r.role}</span>}
                              </th>
                              <td>
                                <div className="completion">
                                  <ProgressBar value={r.progress.answered} max={Math.max(r.progress.total, 1)} label={progress} />
                                  <span>{progress}</span>
                                </div>
                              </td>
                              <td className="row-actions">
                                <a
                                  className={`btn btn--small ${r.progress.answered >= r.progress.total ? 'btn--secondary' : 'btn--primary'}`}
                                  href={formatRoute({ screen: 'questionnaire', id, respondentId: r.id })}
                                  aria-label={t('resp.answerLabel', { action, name: r.name })}
                                >
                                  {action}
                                </a>
                                <button type="button" className="btn btn--secondary btn--small" aria-label={t('resp.editLabel', { name: r.name })} onClick={() => setEditing(r)}>
                                  {t('resp.edit')}
                                </button>
                              </td>
                            </tr>
                          );
                        })}
                      </tbody>
                    </table>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </>
    );
  }

  return (
    <section className="screen screen--respondents">
      <ScreenTitle sub={t('resp.lead')}>{t('resp.title')}</ScreenTitle>
      {body}
    </section>
  );
}

function RespondentForm({
  detail,
  editing,
  onSaved,
  onCancel,
}: {
  detail: AssessmentView;
  editing: RespondentView | 'new';
  onSaved: (view: AssessmentView) => void;
  onCancel: () => void;
}) {
  const existing = editing === 'new' ? null : editing;
  const [name, setName] = useState(existing?.name ?? '');
  const [departmentId, setDepartmentId] = useState(existing?.departmentId ?? detail.departments[0]?.id ?? '');
  const [role, setRole] = useState(existing?.role ?? '');
  const [consensus, setConsensus] = useState(existing?.consensus ?? false);
  const [errors, setErrors] = useState<{ name?: string; department?: string }>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const uid = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const deptName = detail.departments.find((d) => d.id === departmentId)?.name ?? '';

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const finalName = name.trim() || (consensus && deptName ? t('resp.consensusName', { department: deptName }) : '');
    const errs: typeof errors = {};
    if (finalName === '') errs.name = t('resp.err.name');
    if (departmentId === '') errs.department = t('resp.err.department');
    setErrors(errs);
    if (errs.name) {
      nameRef.current?.focus();
      return;
    }
    if (errs.department) return;
    setSaving(true);
    setFailure(null);
    const input = { name: finalName, departmentId, role: role.trim() === '' ? null : role.trim(), consensus };
    try {
      const assessmentId = detail.assessment.id;
      const view = existing
        ? await call('update_respondent', { assessmentId, respondentId: existing.id, ...input })
        : await call('add_respondent', { assessmentId, ...input });
      onSaved(view);
    } catch (err) {
      setFailure(t('resp.failed', { message: errorMessage(err) || t('common.error') }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card form form--respondent" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>{existing ? t('resp.formTitleEdit', { name: existing.name }) : t('resp.formTitleAdd')}</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${uid}-name`}>{t('resp.name')}</label>
          <input
            ref={nameRef}
            id={`${uid}-name`}
            className="input"
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${uid}-name-err` : undefined}
          />
          {errors.name && (
            <p className="field__error" id={`${uid}-name-err`}>
              <span aria-hidden="true">⚠ </span>
              {errors.name}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-dept`}>{t('resp.department')}</label>
          <select id={`${uid}-dept`} className="input" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            {detail.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          {errors.department && <p className="field__error">{errors.department}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${uid}-role`}>
            {t('resp.role')} <span className="muted">{t('common.optional')}</span>
          </label>
          <input id={`${uid}-role`} className="input" value={role} onChange={(e) => setRole(e.target.value)} aria-describedby={`${uid}-role-hint`} />
          <p className="field__hint" id={`${uid}-role-hint`}>{t('resp.role.hint')}</p>
        </div>
      </div>
      <label className="check check--block">
        <input type="checkbox" checked={consensus} onChange={(e) => setConsensus(e.target.checked)} aria-describedby={`${uid}-cons-hint`} />
        <span>
          <strong>{t('resp.consensus')}</strong>
          <span className="block muted" id={`${uid}-cons-hint`}>{t('resp.consensus.hint')}</span>
        </span>
      </label>
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions actions--end">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={saving}>
          {saving ? t('resp.saving') : t('resp.save')}
        </button>
      </div>
    </form>
  );
}
