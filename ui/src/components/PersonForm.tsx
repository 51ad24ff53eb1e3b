// The form for a person who answers: name and role, the language they
// answer in (where the questionnaire has more than one), and, where the
// consultant sets people up, their department and whether they stand for a
// department consensus. The Respondents screen adds and edits respondents
// with it; a pack session's head adds themself (the department is the
// pack's). The caller sends the person; a failure is shown in the form.
// Where the caller can look for a namesake (another person of that name in
// the department, by the core's name rule), a save that would add one asks
// first: two people may share a name, but usually it is a typo or a
// double entry.
import { useId, useRef, useState } from 'react';
import { errorMessage, type DepartmentView } from '../api';
import { localeName, orderLocales, t, type MessageKey } from '../i18n';
import { useFieldErrors } from '../hooks/fieldErrors';
import { useRules } from '../hooks/rules';
import { byKey, type FieldErrors } from '../logic/fieldErrors';

/** The form's fields in on-screen order, and the core's keys for them. */
const FIELDS = ['name', 'department', 'role'] as const;
const CORE_FIELDS = byKey<(typeof FIELDS)[number]>({ respondentName: 'name', respondentRole: 'role' });

export interface Person {
  name: string;
  departmentId: string;
  role: string | null;
  consensus: boolean;
  /** The language they answer in; `null`: the app's language. */
  locale: string | null;
}

/** The words that differ between the consultant's form and the head's. */
export interface PersonFormWords {
  name: MessageKey;
  role: MessageKey;
  roleHint: MessageKey;
  nameMissing: MessageKey;
  submit: MessageKey;
  submitting: MessageKey;
  /** With `{message}`: why sending failed. */
  failed: MessageKey;
}

export function PersonForm({
  title,
  heading: Heading,
  className,
  words,
  initial,
  departments,
  locales,
  findNamesake,
  onSubmit,
  onCancel,
}: {
  title: string;
  heading: 'h2' | 'h3';
  className: string;
  words: PersonFormWords;
  initial: Person;
  /** Offers the department and consensus fields, the department chosen from these. */
  departments?: readonly DepartmentView[];
  /** The questionnaire's languages: offers the language field when there is more than one. */
  locales?: readonly string[];
  /** The stored name of another person of this name in the department, or null. */
  findNamesake?: (person: Person) => Promise<string | null>;
  onSubmit: (person: Person) => Promise<void>;
  onCancel: () => void;
}) {
  const rules = useRules();
  const [name, setName] = useState(initial.name);
  const [departmentId, setDepartmentId] = useState(initial.departmentId);
  const [role, setRole] = useState(initial.role ?? '');
  const [consensus, setConsensus] = useState(initial.consensus);
  const [locale, setLocale] = useState(initial.locale);
  const fields = useFieldErrors(FIELDS);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The namesake found for exactly this name in this department: "Save
  // anyway" saves that person and no other.
  const [namesake, setNamesake] = useState<{ of: string; person: Person } | null>(null);
  const uid = useId();
  const warningRef = useRef<HTMLDivElement>(null);
  const deptName = departments?.find((d) => d.id === departmentId)?.name ?? '';

  async function submit(e?: React.FormEvent, confirmed: Person | null = null) {
    e?.preventDefault();
    // A consensus without a name is named after its department.
    const finalName = name.trim() || (consensus && deptName ? t('resp.consensusName', { department: deptName }) : '');
    const errs: FieldErrors<(typeof FIELDS)[number]> = {};
    if (finalName === '') errs.name = t(words.nameMissing);
    if (departmentId === '') errs.department = t('resp.err.department');
    fields.show(errs, { focus: true });
    if (Object.keys(errs).length > 0) return;
    const person: Person = {
      name: finalName,
      departmentId,
      role: role.trim() === '' ? null : role.trim(),
      consensus,
      locale,
    };
    setSending(true);
    setFailure(null);
    try {
      if (findNamesake && !(confirmed && samePerson(confirmed, person))) {
        const of = await findNamesake(person);
        if (of !== null) {
          setNamesake({ of, person });
          requestAnimationFrame(() => warningRef.current?.focus());
          return;
        }
      }
      setNamesake(null);
      await onSubmit(person);
    } catch (err) {
      // The core names the field it refused: shown there, else below the form.
      if (!fields.refused(err, CORE_FIELDS, { focus: true }))
        setFailure(t(words.failed, { message: errorMessage(err) || t('common.error') }));
    } finally {
      setSending(false);
    }
  }

  return (
    <form className={className} onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${uid}-h`}>
      <Heading id={`${uid}-h`}>{title}</Heading>
      <div className="form-row">
        <div className="field">
          <label htmlFor={fields.id('name')}>{t(words.name)}</label>
          <input
            {...fields.control('name')}
            className="input"
            value={name}
            maxLength={rules.text.name}
            autoFocus
            onChange={(e) => {
              setName(e.target.value);
              setNamesake(null);
              fields.clear('name');
            }}
          />
          {fields.error('name')}
        </div>
        {departments && (
          <div className="field">
            <label htmlFor={fields.id('department')}>{t('resp.department')}</label>
            <select
              {...fields.control('department')}
              className="input"
              value={departmentId}
              onChange={(e) => {
                setDepartmentId(e.target.value);
                setNamesake(null);
                fields.clear('department');
              }}
            >
              {departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
            {fields.error('department')}
          </div>
        )}
        <div className="field">
          <label htmlFor={fields.id('role')}>
            {t(words.role)} <span className="muted">{t('common.optional')}</span>
          </label>
          <input
            {...fields.control('role', `${uid}-role-hint`)}
            className="input"
            value={role}
            maxLength={rules.text.name}
            onChange={(e) => {
              setRole(e.target.value);
              fields.clear('role');
            }}
          />
          <p className="field__hint" id={`${uid}-role-hint`}>
            {t(words.roleHint)}
          </p>
          {fields.error('role')}
        </div>
        {locales && locales.length > 1 && (
          <div className="field">
            <label htmlFor={`${uid}-locale`}>{t('lang.respondent.label')}</label>
            <select
              id={`${uid}-locale`}
              className="input"
              value={locale ?? ''}
              aria-describedby={`${uid}-locale-hint`}
              onChange={(e) => setLocale(e.target.value === '' ? null : e.target.value)}
            >
              <option value="">{t('lang.respondent.appLanguage')}</option>
              {orderLocales(locales).map((tag) => (
                <option key={tag} value={tag} lang={tag}>
                  {localeName(tag)}
                </option>
              ))}
            </select>
            <p className="field__hint" id={`${uid}-locale-hint`}>
              {t('lang.respondent.hint')}
            </p>
          </div>
        )}
      </div>
      {departments && (
        <label className="check check--block">
          <input
            type="checkbox"
            checked={consensus}
            onChange={(e) => setConsensus(e.target.checked)}
            aria-describedby={`${uid}-cons-hint`}
          />
          <span>
            <strong>{t('resp.consensus')}</strong>
            <span className="block muted" id={`${uid}-cons-hint`}>
              {t('resp.consensus.hint')}
            </span>
          </span>
        </label>
      )}
      {namesake && (
        <div className="namesake" role="alert" tabIndex={-1} ref={warningRef}>
          <p className="namesake__title">
            {t('resp.namesake', {
              name: namesake.of,
              department: departments?.find((d) => d.id === namesake.person.departmentId)?.name ?? '',
            })}
          </p>
          <p>{t('resp.namesake.hint')}</p>
          <button
            type="button"
            className="btn btn--secondary btn--small"
            disabled={sending}
            onClick={() => void submit(undefined, namesake.person)}
          >
            {t('resp.namesake.save')}
          </button>
        </div>
      )}
      {failure && (
        <p className="field__error" role="alert">
          {failure}
        </p>
      )}
      <div className="actions actions--end">
        <button type="button" className="btn btn--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn--primary" disabled={sending}>
          {sending ? t(words.submitting) : t(words.submit)}
        </button>
      </div>
    </form>
  );
}

function samePerson(a: Person, b: Person): boolean {
  return (
    a.name === b.name &&
    a.departmentId === b.departmentId &&
    a.role === b.role &&
    a.consensus === b.consensus &&
    a.locale === b.locale
  );
}
