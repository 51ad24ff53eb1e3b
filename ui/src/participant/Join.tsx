// Joining: the code (from the join link's fragment, or typed on a numeric
// keyboard), then the department, the name and the language (the phone's if
// the questionnaire has it, else the questionnaire's own). Each refusal shows
// the server's words and a sentence saying what to do.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, ApiProblem } from './api';
import { t, type ParticipantKey } from './i18n';
import { defaultLocale, phoneLanguages } from './language';
import { LanguagePicker } from './LanguagePicker';
import { isCode, typedCode } from './logic';
import type { Joined, SessionView } from './wire';

const WHAT_TO_DO: Record<string, ParticipantKey> = {
  wrongCode: 'participant.join.do.wrongCode',
  rateLimited: 'participant.join.do.rateLimited',
  sessionFull: 'participant.join.do.sessionFull',
  sessionEnded: 'participant.join.do.sessionEnded',
};

interface Refusal {
  message: string;
  todo: string;
}

function refusal(e: unknown): Refusal {
  if (e instanceof ApiProblem && e.kind === 'network') return { message: t('participant.problem.network'), todo: '' };
  const kind = e instanceof ApiProblem ? e.kind : '';
  const message = e instanceof ApiProblem && e.message ? e.message : t('participant.problem.generic');
  return { message, todo: t(WHAT_TO_DO[kind] ?? 'participant.join.do.other') };
}

export function Join({
  initialCode,
  note,
  onLanguage,
  onJoined,
}: {
  initialCode: string;
  /** Why the person is asked to join again, when a kept token no longer works. */
  note: string | null;
  /** Shows the page in the language chosen for the questions. */
  onLanguage: (locale: string) => Promise<void>;
  onJoined: (joined: Joined, session: SessionView) => void;
}) {
  const [code, setCode] = useState(initialCode);
  const [session, setSession] = useState<SessionView | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [codeError, setCodeError] = useState(false);
  const tried = useRef(false);

  const check = async (value: string) => {
    if (!isCode(value)) {
      setCodeError(true);
      return;
    }
    setCodeError(false);
    setBusy(true);
    setProblem(null);
    try {
      setSession(await api.session(value));
    } catch (e) {
      setProblem(refusal(e));
    } finally {
      setBusy(false);
    }
  };

  // A join link carries the code: go straight to the department and name.
  useEffect(() => {
    if (!tried.current && isCode(initialCode) && note === null) {
      tried.current = true;
      void check(initialCode);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (session !== null)
    return (
      <Details
        code={code}
        session={session}
        onLanguage={onLanguage}
        onJoined={onJoined}
        onOtherCode={() => {
          setSession(null);
          setProblem(null);
        }}
      />
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void check(code);
  };
  return (
    <section className="panel join" aria-labelledby="join-heading">
      <h1 id="join-heading">{t('participant.join.heading')}</h1>
      {note && (
        <p className="notice notice--warn" role="status">
          {note}
        </p>
      )}
      <p>{t('participant.join.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field__label" htmlFor="join-code">
            {t('participant.join.code')}
          </label>
          <p className="field__hint" id="join-code-hint">
            {t('participant.join.codeHint')}
          </p>
          <input
            id="join-code"
            className="field__input field__input--code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            value={code}
            disabled={busy}
            aria-invalid={codeError || problem !== null ? true : undefined}
            aria-describedby={`join-code-hint${codeError ? ' join-code-error' : ''}${problem ? ' join-problem' : ''}`}
            onChange={(e) => setCode(typedCode(e.target.value))}
          />
          {codeError && (
            <p className="field__error" id="join-code-error">
              {t('participant.join.codeFormat')}
            </p>
          )}
        </div>
        {problem && <ProblemText id="join-problem" problem={problem} />}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('participant.join.checking') : t('participant.join.continue')}
        </button>
      </form>
    </section>
  );
}

function ProblemText({ id, problem }: { id: string; problem: Refusal }) {
  return (
    <div className="notice notice--danger" id={id} role="alert">
      <p>{problem.message}</p>
      {problem.todo && <p>{problem.todo}</p>}
    </div>
  );
}

function Details({
  code,
  session,
  onLanguage,
  onJoined,
  onOtherCode,
}: {
  code: string;
  session: SessionView;
  onLanguage: (locale: string) => Promise<void>;
  onJoined: (joined: Joined, session: SessionView) => void;
  onOtherCode: () => void;
}) {
  const [locale, setLocale] = useState(() => defaultLocale(phoneLanguages(), session.locales));
  const [department, setDepartment] = useState(session.departments.length === 1 ? session.departments[0]!.id : '');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<{ department: boolean; name: boolean }>({ department: false, name: false });
  const [problem, setProblem] = useState<Refusal | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const firstDepartment = useRef<HTMLInputElement>(null);

  // The page speaks the language the questions will come in.
  useEffect(() => {
    void onLanguage(locale);
  }, [locale, onLanguage]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const now = { department: department === '', name: name.trim() === '' };
    setMissing(now);
    if (now.department) return firstDepartment.current?.focus();
    if (now.name) return nameInput.current?.focus();
    setBusy(true);
    setProblem(null);
    try {
      onJoined(await api.join(code, department, name.trim(), locale), session);
    } catch (err) {
      setProblem(refusal(err));
      setBusy(false);
    }
  };

  return (
    <section className="panel join" aria-labelledby="join-heading">
      <LanguagePicker
        id="join-language"
        locales={session.locales}
        value={locale}
        disabled={busy}
        onChange={setLocale}
      />
      <p className="join__org">{session.organisation}</p>
      <h1 id="join-heading">{session.title}</h1>
      <p>{session.paced ? t('participant.join.paced') : t('participant.join.selfPaced')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="field departments" aria-describedby={missing.department ? 'department-error' : undefined}>
          <legend className="field__label">{t('participant.join.department')}</legend>
          {session.departments.map((d, i) => (
            <label className="option" key={d.id}>
              <input
                type="radio"
                name="department"
                value={d.id}
                checked={department === d.id}
                disabled={busy}
                ref={i === 0 ? firstDepartment : undefined}
                onChange={() => setDepartment(d.id)}
              />
              <span>{d.name}</span>
            </label>
          ))}
          {missing.department && (
            <p className="field__error" id="department-error">
              {t('participant.join.departmentMissing')}
            </p>
          )}
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor="join-name">
            {t('participant.join.name')}
          </label>
          <p className="field__hint" id="join-name-hint">
            {t('participant.join.nameHint')}
          </p>
          <input
            id="join-name"
            ref={nameInput}
            className="field__input"
            name="name"
            type="text"
            autoComplete="name"
            autoCapitalize="words"
            enterKeyHint="go"
            value={name}
            disabled={busy}
            aria-invalid={missing.name ? true : undefined}
            aria-describedby={`join-name-hint${missing.name ? ' join-name-error' : ''}`}
            onChange={(e) => setName(e.target.value)}
          />
          {missing.name && (
            <p className="field__error" id="join-name-error">
              {t('participant.join.nameMissing')}
            </p>
          )}
        </div>
        {problem && <ProblemText id="join-problem" problem={problem} />}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('participant.join.joining') : t('participant.join.submit')}
        </button>
        <button type="button" className="button button--link" disabled={busy} onClick={onOtherCode}>
          {t('participant.join.otherCode')}
        </button>
      </form>
    </section>
  );
}
