// The participant page: resumes a kept token (`GET /api/me`) or asks to
// join, then runs the session. A token the server no longer knows is
// forgotten and the join form says why; a server that cannot be reached
// keeps the token and tries again, so a phone that lost the Wi-Fi comes back
// as the same participant. The page's words follow the participant's
// language (the server's, once joined); the header offers the others.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiProblem } from './api';
import { loadLocale, t } from './i18n';
import { kept, type Heading } from './kept';
import { codeFromFragment } from './logic';
import { Join } from './Join';
import { LanguagePicker } from './LanguagePicker';
import { problemText } from './useAnswers';
import { Session, type Entered } from './Session';

type Stage =
  { kind: 'starting' } | { kind: 'offline' } | { kind: 'join'; note: string | null } | { kind: 'in'; entered: Entered };

const OFFLINE_RETRY_MS = 3000;

async function enter(token: string): Promise<Entered> {
  const [me, questionnaire, room] = await Promise.all([api.me(token), api.questionnaire(token), api.room(token)]);
  await showIn(me.locale);
  return { token, me, questionnaire, room };
}

/** Switches the page's words to `locale` (English where its catalog is missing). */
async function showIn(locale: string): Promise<void> {
  document.documentElement.lang = await loadLocale(locale);
}

export function ParticipantApp() {
  const [stage, setStage] = useState<Stage>(() => (kept.token() ? { kind: 'starting' } : { kind: 'join', note: null }));
  const [heading, setHeading] = useState<Heading | null>(() => kept.heading());
  const [attempt, setAttempt] = useState(0);
  // The language the page shows: every change renders the page again in it.
  const [, setShown] = useState('');
  const [switching, setSwitching] = useState(false);
  const [switchProblem, setSwitchProblem] = useState<string | null>(null);

  // The token whose session ended: nothing left to switch the language of.
  const [endedToken, setEndedToken] = useState<string | null>(null);
  const token = stage.kind === 'in' ? stage.entered.token : null;
  const ended = useCallback(() => {
    kept.forget();
    setEndedToken(token);
  }, [token]);

  const show = useCallback(async (locale: string) => {
    await showIn(locale);
    setShown(locale);
  }, []);

  // The token no longer opens a participant (removed, or a session this
  // server does not know): join again, saying why.
  const lost = useCallback(() => {
    kept.forget();
    setHeading(null);
    setStage({ kind: 'join', note: t('participant.join.resumeLost') });
  }, []);

  // Resume: the kept token's participant, questions and room.
  useEffect(() => {
    if (stage.kind !== 'starting' && stage.kind !== 'offline') return;
    const token = kept.token();
    if (!token) return setStage({ kind: 'join', note: null });
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    enter(token).then(
      (entered) => live && setStage({ kind: 'in', entered }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiProblem && e.lostToken) {
          kept.forget();
          setHeading(null);
          setStage({ kind: 'join', note: t('participant.join.resumeLost') });
        } else {
          setStage({ kind: 'offline' });
          timer = setTimeout(() => setAttempt((n) => n + 1), OFFLINE_RETRY_MS);
        }
      },
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [stage.kind, attempt]);

  useEffect(() => {
    document.title = heading ? `${heading.title} · ${t('participant.page.title')}` : t('participant.page.title');
  }, [heading]);

  const me = stage.kind === 'in' ? stage.entered.me : null;

  // A joined participant changes language: stored by the server, then the
  // questions are read again in it; their answers and place stay.
  const switchTo = async (locale: string) => {
    if (stage.kind !== 'in') return;
    const { entered } = stage;
    setSwitching(true);
    setSwitchProblem(null);
    try {
      const me = await api.setLocale(entered.token, locale);
      const questionnaire = await api.questionnaire(entered.token);
      await show(me.locale);
      setStage((s) =>
        s.kind === 'in' && s.entered.token === entered.token
          ? { kind: 'in', entered: { ...s.entered, me, questionnaire } }
          : s,
      );
    } catch (e) {
      if (e instanceof ApiProblem && e.lostToken) lost();
      else setSwitchProblem(problemText(e));
    } finally {
      setSwitching(false);
    }
  };

  let content;
  switch (stage.kind) {
    case 'starting':
      content = (
        <p className="panel" role="status">
          {t('participant.page.loading')}
        </p>
      );
      break;
    case 'offline':
      content = (
        <div className="panel">
          <p className="notice notice--warn" role="status">
            {t('participant.page.offline')}
          </p>
          <button type="button" className="button button--secondary" onClick={() => setAttempt((n) => n + 1)}>
            {t('participant.page.retryNow')}
          </button>
        </div>
      );
      break;
    case 'join':
      content = (
        <Join
          initialCode={codeFromFragment(window.location.hash)}
          note={stage.note}
          onLanguage={show}
          onJoined={(joined, session) => {
            const h = { organisation: session.organisation, title: session.title };
            kept.keep(joined.token, h);
            setHeading(h);
            setStage({ kind: 'starting' });
          }}
        />
      );
      break;
    case 'in':
      content = (
        <Session
          key={stage.entered.token}
          entered={stage.entered}
          onLost={lost}
          onEnded={ended}
          onJoinAgain={() => {
            kept.forget();
            setHeading(null);
            setStage({ kind: 'join', note: null });
          }}
        />
      );
      break;
  }

  return (
    <>
      <header className="top">
        <div className="top__text">
          <p className="top__title">
            {heading ? `${heading.organisation} · ${heading.title}` : t('participant.page.title')}
          </p>
          {me && (
            <p className="top__who">{t('participant.page.as', { name: me.name, department: me.department.name })}</p>
          )}
        </div>
        {stage.kind === 'in' && endedToken !== stage.entered.token && (
          <LanguagePicker
            id="session-language"
            locales={stage.entered.questionnaire.locales}
            value={stage.entered.me.locale}
            disabled={switching}
            onChange={(l) => void switchTo(l)}
          />
        )}
      </header>
      {switchProblem && (
        <p className="notice notice--danger top__problem" role="alert">
          {t('participant.language.failed', { message: switchProblem })}
        </p>
      )}
      <main className="main">{content}</main>
    </>
  );
}
