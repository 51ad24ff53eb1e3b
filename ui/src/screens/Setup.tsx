// Assessment set-up: organisation, title, questionnaire (built-in or a file,
// checked by the core with its problems shown in place) and the departments
// (common ones offered, custom allowed, reorderable). Creates a new
// assessment or edits an existing one.
import { useId, useState } from 'react';
import {
  call,
  errorIssues,
  errorKind,
  errorMessage,
  type AssessmentView,
  type FileIssue,
  type QuestionnaireInfo,
} from '../api';
import { AsyncView } from '../components/AsyncView';
import { DepartmentEditor } from '../components/DepartmentEditor';
import { FieldError } from '../components/FieldError';
import { ReportLocaleField } from '../components/ReportLocaleField';
import { AnonymityField, thresholdOf, type AnonymityChoice } from '../components/AnonymityField';
import { useAppLocale } from '../hooks/appLocale';
import { ScreenTitle } from '../components/Layout';
import { useFieldErrors } from '../hooks/fieldErrors';
import { useOpenAssessment } from '../hooks/openAssessment';
import { useAsync, type AsyncState } from '../hooks/useAsync';
import { useRules } from '../hooks/rules';
import { APP_LOCALES, formatInteger, t, tn } from '../i18n';
import { type DepartmentRow } from '../logic/departments';
import type { FieldErrors } from '../logic/fieldErrors';
import type { Route } from '../logic/route';

export const COMMON_DEPARTMENTS = [
  'Marketing',
  'Sales',
  'Service',
  'Product',
  'Digital',
  'Operations',
  'Finance',
  'HR',
  'IT',
  'Data',
  'Legal',
  'Executive',
] as const;

interface SetupData {
  builtins: QuestionnaireInfo[];
  detail: AssessmentView | null;
}

/** A new assessment (`id` null) or the set-up of the open one. */
export function Setup({ id, navigate }: { id: string | null; navigate: (r: Route) => void }) {
  return id === null ? <NewSetup navigate={navigate} /> : <EditSetup navigate={navigate} />;
}

function NewSetup({ navigate }: { navigate: (r: Route) => void }) {
  const { state, reload } = useAsync(() => call('list_questionnaires'), []);
  const { set } = useOpenAssessment();
  const title = t('setup.titleNew');
  if (state.status !== 'ready') return <SetupPending title={title} state={state} onRetry={reload} />;
  return <SetupForm title={title} data={{ builtins: state.data, detail: null }} navigate={navigate} onSaved={set} />;
}

function EditSetup({ navigate }: { navigate: (r: Route) => void }) {
  const { state, reload, set } = useOpenAssessment();
  const title = t('setup.titleEdit');
  if (state.status !== 'ready') return <SetupPending title={title} state={state} onRetry={reload} />;
  return <SetupForm title={title} data={{ builtins: [], detail: state.data }} navigate={navigate} onSaved={set} />;
}

function SetupPending({ title, state, onRetry }: { title: string; state: AsyncState<unknown>; onRetry: () => void }) {
  return (
    <section className="screen">
      <ScreenTitle>{title}</ScreenTitle>
      <AsyncView state={state} loading={t('setup.loading')} error={t('setup.error')} onRetry={onRetry} />
    </section>
  );
}

type CheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'valid'; info: QuestionnaireInfo }
  | { status: 'invalid'; message: string; issues: FileIssue[] }
  | { status: 'failed'; message: string };

/** The set-up's fields, in on-screen order (focus goes to the first at fault). */
const FIELDS = ['organisation', 'title', 'questionnaire', 'departments'] as const;
type SetupField = (typeof FIELDS)[number];

/** The field a refused save names: the core's field keys, and every place in a questionnaire file. */
function setupFieldOf(error: unknown): (path: string) => SetupField | null {
  const fileProblem = errorKind(error) === 'invalidQuestionnaire';
  return (path) => {
    if (path === 'organisation' || path === 'title' || path === 'departments') return path;
    return fileProblem ? 'questionnaire' : null;
  };
}

function SetupForm({
  title,
  data,
  navigate,
  onSaved,
}: {
  title: string;
  data: SetupData;
  navigate: (r: Route) => void;
  onSaved: (d: AssessmentView) => void;
}) {
  const detail = data.detail;
  const [organisation, setOrganisation] = useState(detail?.assessment.organisation ?? '');
  const [name, setName] = useState(detail?.assessment.title ?? t('setup.title.default'));
  const [source, setSource] = useState<'builtin' | 'file'>('builtin');
  const [builtinId, setBuiltinId] = useState(data.builtins[0]?.id ?? '');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [check, setCheck] = useState<CheckState>({ status: 'idle' });
  // A new assessment reports in the app's language when the report has it.
  const appLocale = useAppLocale().locale;
  const [reportLocale, setReportLocale] = useState(
    detail?.reportLocale ?? ((APP_LOCALES as readonly string[]).includes(appLocale) ? appLocale : 'en'),
  );
  const [departments, setDepartments] = useState<DepartmentRow[]>(
    detail?.departments.map((d) => ({ id: d.id, name: d.name, respondents: d.respondents })) ?? [],
  );
  const rules = useRules();
  const [anonymity, setAnonymity] = useState<AnonymityChoice>({
    anonymous: detail?.anonymity.anonymous ?? false,
    threshold: String(detail?.anonymity.threshold ?? rules.anonymity.defaultThreshold),
  });
  const threshold = thresholdOf(anonymity, rules.anonymity.minThreshold, rules.anonymity.maxThreshold);
  const fields = useFieldErrors(FIELDS);
  const errors = fields.errors;
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [savedNote, setSavedNote] = useState(false);
  const uid = useId();

  const commonNames = COMMON_DEPARTMENTS.map((k) => t(`dept.${k}`));
  // The errors of the last "Save", less the departments' once one is chosen:
  // an error that no longer holds must not stay on screen until the next save.

  async function chooseFile(f: File | undefined) {
    if (!f) return;
    // Refused before it is read: a wrong file (a database, a video) must
    // not freeze the window. The shell refuses it too.
    if (f.size > rules.questionnaireMaxBytes) {
      setFile(null);
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
      setCheck({
        status: 'failed',
        message: t('setup.q.tooBig', { file: f.name, size: mb(f.size), limit: mb(rules.questionnaireMaxBytes) }),
      });
      return;
    }
    setCheck({ status: 'checking' });
    try {
      const text = await f.text();
      setFile({ name: f.name, text });
      const info = await call('check_questionnaire', { source: { kind: 'file', fileName: f.name, text } });
      setCheck({ status: 'valid', info });
    } catch (e) {
      const issues = errorIssues(e);
      setCheck(
        issues.length > 0
          ? { status: 'invalid', message: errorMessage(e), issues }
          : { status: 'failed', message: errorMessage(e) || t('common.error') },
      );
    }
  }

  function validate(): FieldErrors<SetupField> {
    const e: FieldErrors<SetupField> = {};
    if (organisation.trim() === '') e.organisation = t('setup.err.organisation');
    if (name.trim() === '') e.title = t('setup.err.title');
    if (departments.length === 0) e.departments = t('setup.err.departments');
    if (!detail && source === 'file' && check.status !== 'valid') e.questionnaire = t('setup.err.questionnaire');
    return e;
  }

  async function submit(ev: React.FormEvent) {
    ev.preventDefault();
    const e = validate();
    // The summary above lists every field at fault; focus goes to the first.
    fields.show(e, { focus: true });
    setSaveError(null);
    setSavedNote(false);
    if (Object.keys(e).length > 0) return;
    // The threshold says what is wrong beside it; nothing is saved meanwhile.
    if (anonymity.anonymous && threshold === null) return;
    setSaving(true);
    try {
      if (detail) {
        const saved = await call('save_setup', {
          assessmentId: detail.assessment.id,
          organisation: organisation.trim(),
          title: name.trim(),
          departments: departments.map((d) => ({ id: d.id, name: d.name })),
        });
        const view = await withAnonymity(await withReportLocale(saved, reportLocale), anonymity.anonymous, threshold);
        setDepartments(view.departments.map((d) => ({ id: d.id, name: d.name, respondents: d.respondents })));
        setSavedNote(true);
        onSaved(view);
      } else {
        const created = await call('create_assessment', {
          organisation: organisation.trim(),
          title: name.trim(),
          questionnaire:
            source === 'file' && file
              ? { kind: 'file', fileName: file.name, text: file.text }
              : { kind: 'builtin', id: builtinId },
          departments: departments.map((d) => d.name),
        });
        const view = await withAnonymity(await withReportLocale(created, reportLocale), anonymity.anonymous, threshold);
        onSaved(view);
        navigate({ screen: 'respondents', id: view.assessment.id });
      }
    } catch (err) {
      // A refusal that names a field is shown at the field; anything else here.
      if (!fields.refused(err, setupFieldOf(err), { focus: true }))
        setSaveError(t('setup.failed', { message: errorMessage(err) || t('common.error') }));
    } finally {
      setSaving(false);
    }
  }

  const atFault = FIELDS.filter((k) => errors[k] !== undefined);
  const errorCount = atFault.length;
  const fileRefused = check.status === 'invalid' || check.status === 'failed';

  return (
    <section className="screen screen--setup">
      <ScreenTitle>{title}</ScreenTitle>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <div
          className={errorCount > 0 ? 'panel panel--error' : 'visually-hidden'}
          role={errorCount > 0 ? 'alert' : undefined}
        >
          {errorCount > 0 && (
            <>
              <p className="panel__title">{tn('setup.err.summary', errorCount)}</p>
              <ul>
                {atFault.map((k) => (
                  <li key={k}>
                    <a
                      href={`#${fields.id(k)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(fields.id(k))?.focus();
                      }}
                    >
                      {errors[k]}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>

        <fieldset className="card">
          <legend>{t('setup.section.about')}</legend>
          <div className="form-row">
            <div className="field">
              <label htmlFor={fields.id('organisation')}>
                {t('setup.organisation')} <span className="muted">{t('common.required')}</span>
              </label>
              <p className="field__hint" id={`${uid}-org-hint`}>
                {t('setup.organisation.hint')}
              </p>
              <input
                {...fields.control('organisation', `${uid}-org-hint`)}
                className="input"
                value={organisation}
                maxLength={rules.text.name}
                onChange={(e) => {
                  setOrganisation(e.target.value);
                  fields.clear('organisation');
                }}
                autoComplete="organization"
                required
              />
              {fields.error('organisation')}
            </div>
            <div className="field">
              <label htmlFor={fields.id('title')}>
                {t('setup.title')} <span className="muted">{t('common.required')}</span>
              </label>
              <p className="field__hint" id={`${uid}-title-hint`}>
                {t('setup.title.hint')}
              </p>
              <input
                {...fields.control('title', `${uid}-title-hint`)}
                className="input"
                value={name}
                maxLength={rules.text.name}
                onChange={(e) => {
                  setName(e.target.value);
                  fields.clear('title');
                }}
                required
              />
              {fields.error('title')}
            </div>
          </div>
          <ReportLocaleField value={reportLocale} onChange={setReportLocale} />
        </fieldset>

        <fieldset className="card">
          <legend>{t('privacy.section')}</legend>
          <AnonymityField
            value={anonymity}
            storedAnonymous={detail?.anonymity.anonymous ?? false}
            onChange={setAnonymity}
          />
        </fieldset>

        <fieldset className="card">
          <legend>{t('setup.section.questionnaire')}</legend>
          {detail ? (
            <p>{t('setup.q.fixed', { title: detail.questionnaire.title, version: detail.questionnaire.version })}</p>
          ) : (
            <>
              <div className="choice-list" role="radiogroup" aria-label={t('setup.section.questionnaire')}>
                {data.builtins.map((b) => (
                  <label key={b.id} className="choice">
                    <input
                      type="radio"
                      name="questionnaire"
                      checked={source === 'builtin' && builtinId === b.id}
                      onChange={() => {
                        setSource('builtin');
                        setBuiltinId(b.id);
                      }}
                    />
                    <span>
                      <strong>{t('setup.q.builtin')}</strong>
                      <span className="block muted">
                        {t('setup.q.builtinDetail', {
                          title: b.title,
                          version: b.version,
                          dimensions: formatInteger(b.dimensions),
                          questions: formatInteger(b.questions),
                        })}
                      </span>
                    </span>
                  </label>
                ))}
                <label className="choice">
                  <input
                    id={`${uid}-source-file`}
                    type="radio"
                    name="questionnaire"
                    checked={source === 'file'}
                    onChange={() => setSource('file')}
                  />
                  <span>
                    <strong>{t('setup.q.file')}</strong>
                  </span>
                </label>
              </div>
              {source === 'file' && (
                <div className="field field--nested">
                  <label htmlFor={fields.id('questionnaire')}>{t('setup.q.fileInput')}</label>
                  <input
                    {...fields.control('questionnaire', `${uid}-file-status`)}
                    // A file the core refused is at fault before any save.
                    aria-invalid={fields.errors.questionnaire !== undefined || fileRefused ? true : undefined}
                    className="input input--file"
                    type="file"
                    accept=".json,application/json"
                    onChange={(e) => {
                      fields.clear('questionnaire');
                      void chooseFile(e.target.files?.[0]);
                    }}
                  />
                  <div id={`${uid}-file-status`} role="status" aria-live="polite">
                    <QuestionnaireStatus check={check} fileName={file?.name ?? ''} />
                  </div>
                </div>
              )}
              {fields.error('questionnaire')}
            </>
          )}
        </fieldset>

        <fieldset className="card">
          <legend>{t('setup.section.departments')}</legend>
          <p className="field__hint">{t('setup.dept.hint')}</p>
          <DepartmentEditor
            rows={departments}
            onRows={(rows) => {
              setDepartments(rows);
              if (rows.length > 0) fields.clear('departments');
            }}
            commonNames={commonNames}
            firstId={fields.id('departments')}
            error={fields.error('departments')}
          />
        </fieldset>

        {saveError && (
          <div className="panel panel--error" role="alert">
            <p className="panel__title">{saveError}</p>
          </div>
        )}
        <div className="actions actions--end form__submit">
          <span role="status" aria-live="polite" className="saved-note">
            {savedNote && <>✓ {t('setup.saved')}</>}
          </span>
          <button type="submit" className="btn btn--primary btn--large" disabled={saving}>
            {saving ? t('setup.saving') : detail ? t('setup.saveChanges') : t('setup.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The view with the report language `wanted`, changed only when it differs. */
async function withReportLocale(view: AssessmentView, wanted: string): Promise<AssessmentView> {
  if (view.reportLocale === wanted) return view;
  return call('set_report_locale', { assessmentId: view.assessment.id, locale: wanted });
}

/** The view made anonymous (with threshold `k`) or named, changed only when it differs. */
async function withAnonymity(view: AssessmentView, anonymous: boolean, k: number | null): Promise<AssessmentView> {
  const threshold = anonymous && k !== null && k !== view.anonymity.threshold ? k : null;
  if (view.anonymity.anonymous === anonymous && threshold === null) return view;
  return call('set_anonymity', { assessmentId: view.assessment.id, anonymous, threshold });
}

function QuestionnaireStatus({ check, fileName }: { check: CheckState; fileName: string }) {
  if (check.status === 'idle') return <p className="field__hint">{t('setup.q.chooseFile')}</p>;
  if (check.status === 'checking') return <p className="field__hint">{t('setup.q.checking')}</p>;
  if (check.status === 'failed') return <FieldError>{check.message}</FieldError>;
  if (check.status === 'valid')
    return (
      <p className="field__ok">
        <span aria-hidden="true">✓ </span>
        {t('setup.q.valid', {
          file: fileName,
          title: check.info.title,
          dimensions: formatInteger(check.info.dimensions),
          questions: formatInteger(check.info.questions),
        })}
      </p>
    );
  return (
    <div className="issues">
      <FieldError>{tn('setup.q.invalid', check.issues.length, { file: fileName })}</FieldError>
      <ul className="issues__list">
        {check.issues.map((i, n) => (
          <li key={n} className={i.path === '$' ? 'issues__whole' : undefined}>
            {/* `$` is the whole file: no path to name. */}
            {i.path !== '$' && <code className="issues__path">{i.path}</code>}
            <span className="issues__where">
              {i.line !== null
                ? t('setup.q.issue', { line: formatInteger(i.line), column: formatInteger(i.column ?? 0) })
                : t('setup.q.issueNoLine')}
            </span>
            <span className="issues__msg">{i.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
