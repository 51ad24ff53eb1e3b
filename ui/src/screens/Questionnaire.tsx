// The questionnaire: one question at a time with its dimension, the five
// anchors as large cards, "not applicable" and "don't know", a comment; keys
// 1–5, N, ?, arrows and Enter; progress per dimension and overall; "Saved"
// shown only once the save command's promise has resolved; resumes where the
// respondent left. An answer carried from the last round is marked as such
// (words and a sign, not colour alone) until the respondent confirms it —
// C, the Confirm button, or choosing the same answer again — or chooses
// another; how many are left shows beside the progress. The same screen
// serves a self-assessment opened from a pack (`inPack`): then its way out
// leads back to the pack, not to results.
// In presenter mode (the projector in a workshop) the respondent's name is
// not shown and the chosen answer stays hidden until the operator reveals it
// (R or the Reveal button); the keys still answer, screen readers still hear
// the pressed state and "Saved".
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { call, errorMessage, type AnswerChoice, type AssessmentView, type StoredAnswer } from '../api';
import { AnswerLanguage } from '../components/AnswerLanguage';
import { AsyncView } from '../components/AsyncView';
import { FieldError } from '../components/FieldError';
import { ScreenTitle } from '../components/Layout';
import { SaveStatus, type SaveState } from '../components/SaveStatus';
import { ShortcutHint } from '../components/Shortcuts';
import { ErrorPanel, ProgressBar } from '../components/Status';
import { useWithAssessment } from '../hooks/openAssessment';
import { useRespondentLanguage } from '../hooks/respondentLanguage';
import { useRules } from '../hooks/rules';
import { onClosing } from '../closing';
import { usePreferences } from '../hooks/preferences';
import { formatInteger, t, tn } from '../i18n';
import { flatten, keyAction, nextCarried, positionKey, progressByDimension, resumeIndex } from '../logic/questionnaire';
import { formatRoute } from '../logic/route';
import { QUESTIONNAIRE_SHORTCUTS } from '../logic/shortcuts';

/** What a failed save sent, to send it again. */
type Sent = { value: AnswerChoice; comment: string | null };

/** How long typing must pause before a comment is saved. */
const COMMENT_PAUSE_MS = 600;

export function Questionnaire({
  id,
  respondentId,
  inPack = false,
}: {
  id: string;
  respondentId: string;
  inPack?: boolean;
}) {
  const { state, reload, setAssessment } = useWithAssessment(
    async () => (await call('get_answers', { assessmentId: id, respondentId })).answers,
    [id, respondentId],
  );
  if (state.status !== 'ready')
    return (
      <section className="screen">
        {state.status === 'error' && <ScreenTitle>{t('q.error')}</ScreenTitle>}
        <AsyncView state={state} loading={t('q.loading')} error={t('q.error')} onRetry={reload} />
      </section>
    );
  const [detail, answers] = state.data;
  return (
    <Answering
      key={`${id}/${respondentId}`}
      id={id}
      respondentId={respondentId}
      detail={detail}
      stored={answers}
      inPack={inPack}
      onView={setAssessment}
    />
  );
}

function readPosition(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writePosition(key: string, questionId: string) {
  try {
    window.localStorage.setItem(key, questionId);
  } catch {
    // Private mode or a full store: resuming falls back to the answers.
  }
}

function Answering({
  id,
  respondentId,
  detail,
  stored,
  inPack,
  onView,
}: {
  id: string;
  respondentId: string;
  detail: AssessmentView;
  stored: StoredAnswer[];
  inPack: boolean;
  /** Takes the view after the respondent's language changed. */
  onView: (view: AssessmentView) => void;
}) {
  // The questionnaire's texts in the respondent's language (same ids).
  const language = useRespondentLanguage(id, respondentId, detail, onView);
  const outline = language.outline;
  const questions = useMemo(() => flatten(outline), [outline]);
  const posKey = positionKey(id, respondentId);
  const [answers, setAnswers] = useState<Map<string, StoredAnswer>>(
    () => new Map(stored.map((a) => [a.questionId, a])),
  );
  const [index, setIndex] = useState(() => resumeIndex(questions, stored, readPosition(posKey)));
  const [pendingValue, setPendingValue] = useState<Map<string, AnswerChoice>>(new Map());
  const [save, setSave] = useState<Map<string, SaveState>>(new Map());
  const [drafts, setDrafts] = useState<Map<string, string>>(new Map());
  // What each question's failed save sent, for "Save again".
  const failedSends = useRef(new Map<string, Sent>());
  // Saves sent and not yet answered, waited for before the window closes.
  const inflight = useRef(new Set<Promise<void>>());
  const seq = useRef(new Map<string, number>());
  const uid = useId();
  const rules = useRules();
  const promptRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const { presenter } = usePreferences();
  // Which question's answer the operator revealed; moving on hides it again.
  const [revealedFor, setRevealedFor] = useState<string | null>(null);

  const respondent = detail.respondents.find((r) => r.id === respondentId) ?? null;
  const department = detail.departments.find((d) => d.id === respondent?.departmentId)?.name ?? '';
  const done = index >= questions.length;
  const current = done ? null : (questions[index] ?? null);
  const qid = current?.question.id ?? '';
  const saved = answers.get(qid) ?? null;
  const shownValue = pendingValue.get(qid) ?? saved?.value ?? null;
  const storedState: SaveState = save.get(qid) ?? (saved ? { status: 'saved' } : { status: 'idle' });
  const draft = drafts.get(qid) ?? saved?.comment ?? '';
  const revealed = !presenter || revealedFor === qid;
  // The answer shown is still the one carried from the last round.
  const carried = saved?.carried === true && !pendingValue.has(qid);
  /** Whether `value` is shown as the chosen answer (only once revealed while presenting). */
  const shows = (value: AnswerChoice) => revealed && shownValue === value;

  useEffect(() => {
    if (current) writePosition(posKey, current.question.id);
    // Moving to another question puts focus on its prompt, so a screen reader
    // reads it and the keys act on it; not on the first render (the title has it).
    if (firstRender.current) firstRender.current = false;
    else promptRef.current?.focus({ preventScroll: false });
  }, [index, current, posKey]);

  const commit = useCallback(
    (questionId: string, value: AnswerChoice, comment: string | null): Promise<void> => {
      const n = (seq.current.get(questionId) ?? 0) + 1;
      seq.current.set(questionId, n);
      setPendingValue((m) => new Map(m).set(questionId, value));
      setSave((m) => new Map(m).set(questionId, { status: 'saving' }));
      const sent = call('save_answer', { assessmentId: id, respondentId, questionId, value, comment }).then(
        (answer) => {
          if (seq.current.get(questionId) !== n) return; // a later choice supersedes this one
          setAnswers((m) => new Map(m).set(questionId, answer));
          setPendingValue((m) => {
            const c = new Map(m);
            c.delete(questionId);
            return c;
          });
          setSave((m) => new Map(m).set(questionId, { status: 'saved' }));
        },
        (e: unknown) => {
          if (seq.current.get(questionId) !== n) return;
          setPendingValue((m) => {
            const c = new Map(m);
            c.delete(questionId);
            return c;
          });
          failedSends.current.set(questionId, { value, comment });
          setSave((m) =>
            new Map(m).set(questionId, { status: 'failed', message: errorMessage(e) || t('common.error') }),
          );
        },
      );
      inflight.current.add(sent);
      void sent.finally(() => inflight.current.delete(sent));
      return sent;
    },
    [id, respondentId],
  );

  const commentFor = useCallback(
    (questionId: string): string | null => {
      const d = drafts.get(questionId) ?? answers.get(questionId)?.comment ?? '';
      return d.trim() === '' ? null : d;
    },
    [drafts, answers],
  );

  /** Takes the current question's answer back (and its comment with it). */
  const clear = useCallback(() => {
    if (!current) return;
    const questionId = current.question.id;
    if (!answers.has(questionId) && !pendingValue.has(questionId)) return;
    const n = (seq.current.get(questionId) ?? 0) + 1;
    seq.current.set(questionId, n);
    setSave((m) => new Map(m).set(questionId, { status: 'saving' }));
    const sent = call('clear_answer', { assessmentId: id, respondentId, questionId }).then(
      () => {
        if (seq.current.get(questionId) !== n) return;
        const drop = <T,>(m: Map<string, T>) => {
          const c = new Map(m);
          c.delete(questionId);
          return c;
        };
        setAnswers(drop);
        setPendingValue(drop);
        setDrafts(drop);
        setSave((m) => new Map(m).set(questionId, { status: 'saved', what: t('q.cleared') }));
      },
      (e: unknown) => {
        if (seq.current.get(questionId) !== n) return;
        setSave((m) => new Map(m).set(questionId, { status: 'failed', message: errorMessage(e) || t('common.error') }));
      },
    );
    inflight.current.add(sent);
    void sent.finally(() => inflight.current.delete(sent));
  }, [current, answers, pendingValue, id, respondentId]);

  /**
   * Keeps the current question's carried answer as it stands: the
   * respondent's own from now on. Never blind: a hidden answer (presenter
   * mode) is confirmed only once revealed.
   */
  const confirm = useCallback(() => {
    if (!current) return;
    const questionId = current.question.id;
    if (answers.get(questionId)?.carried !== true || pendingValue.has(questionId)) return;
    if (presenter && revealedFor !== questionId) return;
    const n = (seq.current.get(questionId) ?? 0) + 1;
    seq.current.set(questionId, n);
    setSave((m) => new Map(m).set(questionId, { status: 'saving' }));
    const sent = call('confirm_answer', { assessmentId: id, respondentId, questionId }).then(
      (answer) => {
        if (seq.current.get(questionId) !== n) return;
        setAnswers((m) => new Map(m).set(questionId, answer));
        setSave((m) => new Map(m).set(questionId, { status: 'saved', what: t('q.confirmed') }));
      },
      (e: unknown) => {
        if (seq.current.get(questionId) !== n) return;
        setSave((m) => new Map(m).set(questionId, { status: 'failed', message: errorMessage(e) || t('common.error') }));
      },
    );
    inflight.current.add(sent);
    void sent.finally(() => inflight.current.delete(sent));
  }, [current, answers, pendingValue, presenter, revealedFor, id, respondentId]);

  const choose = useCallback(
    (value: AnswerChoice) => {
      if (!current) return;
      const q = current.question.id;
      // Choosing the chosen answer again takes it back (or, while it is
      // carried from the last round, confirms it), but only where it can be
      // seen: a hidden answer (presenter mode) is never cleared blind.
      const chosen = pendingValue.get(q) ?? answers.get(q)?.value;
      const visible = !presenter || revealedFor === q;
      if (chosen === value && visible && answers.get(q)?.carried === true && !pendingValue.has(q)) confirm();
      else if (chosen === value && visible) clear();
      else commit(q, value, commentFor(q));
    },
    [current, commit, commentFor, clear, confirm, pendingValue, answers, presenter, revealedFor],
  );

  /** Saves an edited comment with the answer it belongs to. */
  const flushComment = useCallback(() => {
    if (!current) return;
    const q = current.question.id;
    const value = pendingValue.get(q) ?? answers.get(q)?.value;
    if (value === undefined || !drafts.has(q)) return;
    const c = commentFor(q);
    if (c !== (answers.get(q)?.comment ?? null)) void commit(q, value, c);
  }, [current, pendingValue, answers, drafts, commentFor, commit]);

  // A comment is saved once typing pauses, not only when the field is left.
  const latestFlush = useRef(flushComment);
  latestFlush.current = flushComment;
  useEffect(() => {
    if (!drafts.has(qid)) return;
    const timer = window.setTimeout(() => latestFlush.current(), COMMENT_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [drafts, qid]);

  // Closing the window saves a comment still being typed, and waits for
  // every save on its way.
  useEffect(
    () =>
      onClosing(() => {
        latestFlush.current();
        return Promise.allSettled([...inflight.current]);
      }),
    [],
  );
  // "Saved" only once the comment as typed is committed too.
  const commentUnsaved = drafts.has(qid) && commentFor(qid) !== (saved?.comment ?? null) && shownValue !== null;
  const saveState: SaveState = commentUnsaved && storedState.status === 'saved' ? { status: 'saving' } : storedState;

  const move = useCallback(
    (delta: number) => {
      flushComment();
      setIndex((i) => Math.max(0, Math.min(questions.length, i + delta)));
    },
    [flushComment, questions.length],
  );

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      const el = e.target as HTMLElement | null;
      const tag = el?.tagName ?? '';
      const inText = tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SELECT' || el?.isContentEditable === true;
      if (inText && e.key === 'Escape' && el) {
        el.blur();
        promptRef.current?.focus();
        return;
      }
      const onButton = tag === 'BUTTON' || tag === 'A';
      const action = keyAction(e.key, { ctrl: e.ctrlKey, alt: e.altKey, meta: e.metaKey }, inText, onButton);
      if (!action) return;
      if (action.kind === 'answer') {
        if (done) return;
        e.preventDefault();
        choose(action.value);
      } else if (action.kind === 'confirm') {
        if (done) return;
        e.preventDefault();
        confirm();
      } else if (action.kind === 'clear') {
        if (done) return;
        e.preventDefault();
        clear();
      } else if (action.kind === 'reveal') {
        if (done || !presenter) return;
        e.preventDefault();
        setRevealedFor((r) => (r === qid ? null : qid));
      } else if (action.kind === 'prev') {
        e.preventDefault();
        move(-1);
      } else {
        if (done) return;
        e.preventDefault();
        move(1);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [choose, clear, confirm, move, done, presenter, qid]);

  if (!respondent)
    return (
      <section className="screen">
        <ScreenTitle>{t('q.error')}</ScreenTitle>
        <ErrorPanel title={t('q.noRespondent')} error={null} />
      </section>
    );
  if (questions.length === 0)
    return (
      <section className="screen">
        <ScreenTitle>{t('q.error')}</ScreenTitle>
        <p>{t('q.empty')}</p>
      </section>
    );

  const progress = progressByDimension(outline, answers);
  const answeredCount = questions.filter((f) => answers.has(f.question.id)).length;
  const carriedCount = questions.filter((f) => answers.get(f.question.id)?.carried === true).length;
  // Whether this respondent came into the round with carried answers (so the
  // count stays in view, at zero, once all are confirmed).
  const hadCarried = stored.some((a) => a.carried);
  const goToNextCarried = () => {
    const at = nextCarried(questions, answers, index);
    if (at >= 0) {
      flushComment();
      setIndex(at);
    }
  };
  const levels = outline.levels;
  const overallLabel = t('q.progressOverall', {
    answered: formatInteger(answeredCount),
    total: formatInteger(questions.length),
  });

  return (
    <section className="screen screen--questionnaire">
      <div className="q-layout">
        <aside className="q-side" aria-label={t('q.progress')}>
          <p className="q-side__who">
            {presenter ? t('q.presenting', { department }) : t('q.as', { name: respondent.name, department })}
          </p>
          <AnswerLanguage locales={detail.locales} language={language} />
          <h2 className="q-side__title">{t('q.progress')}</h2>
          <ProgressBar value={answeredCount} max={questions.length} label={overallLabel} />
          <p className="small">{overallLabel}</p>
          {hadCarried && (
            <div className="q-side__carried" role="status">
              <p className="small">
                <span aria-hidden="true">↻ </span>
                {carriedCount > 0 ? tn('q.carried.remaining', carriedCount) : t('q.carried.none')}
              </p>
              {carriedCount > 0 && !(carriedCount === 1 && carried) && (
                <button type="button" className="btn btn--secondary btn--small" onClick={goToNextCarried}>
                  {t('q.carried.next')}
                </button>
              )}
            </div>
          )}
          <ol className="dim-progress">
            {progress.map((p, i) => {
              const isCurrent = current?.dimensionIndex === i;
              const complete = p.answered === p.total;
              return (
                <li key={p.id}>
                  <button
                    type="button"
                    className={`dim-progress__btn${isCurrent ? ' is-current' : ''}`}
                    aria-current={isCurrent ? 'step' : undefined}
                    onClick={() => {
                      flushComment();
                      setIndex(p.firstIndex);
                    }}
                  >
                    <span className={`dim-progress__mark${complete ? ' is-complete' : ''}`} aria-hidden="true">
                      {complete ? '✓' : formatInteger(i + 1)}
                    </span>
                    <span className="dim-progress__title">{p.title}</span>
                    <span className="dim-progress__count">
                      <span className="visually-hidden">
                        {t('q.progressDimShort', {
                          answered: formatInteger(p.answered),
                          total: formatInteger(p.total),
                        })}
                      </span>
                      <span aria-hidden="true">
                        {formatInteger(p.answered)}/{formatInteger(p.total)}
                      </span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </aside>

        <div className="q-main">
          {done || !current ? (
            <Finished
              unanswered={questions.length - answeredCount}
              firstUnanswered={questions.findIndex((f) => !answers.has(f.question.id))}
              carried={carriedCount}
              firstCarried={questions.findIndex((f) => answers.get(f.question.id)?.carried === true)}
              onGo={(i) => setIndex(i)}
              id={id}
              inPack={inPack}
            />
          ) : (
            <>
              <div className="q-head">
                <p className="q-dimension">
                  <span className="q-dimension__count">
                    {t('q.dimension', {
                      index: formatInteger(current.dimensionIndex + 1),
                      count: formatInteger(outline.dimensions.length),
                    })}
                  </span>
                  <span className="q-dimension__title">{current.dimension.title}</span>
                </p>
                <p className="q-count">
                  {t('q.question', { index: formatInteger(index + 1), count: formatInteger(questions.length) })}
                </p>
              </div>
              <h1 ref={promptRef} tabIndex={-1} className="q-prompt" id={`${uid}-prompt`}>
                {current.question.prompt}
              </h1>
              {current.question.help && (
                <p className="q-help">
                  <span className="q-help__label">
                    {t('q.help')}
                    {t('common.colon')}
                  </span>
                  {current.question.help}
                </p>
              )}
              {carried && (
                <div className="q-carried" role="note" aria-label={t('q.carried.title')}>
                  <span className="q-carried__mark" aria-hidden="true">
                    ↻
                  </span>
                  <p className="q-carried__text" id={`${uid}-carried`}>
                    <strong className="q-carried__title">{t('q.carried.title')}</strong>
                    {!revealed && <span className="small block">{t('q.carried.hidden')}</span>}
                  </p>
                  <button
                    type="button"
                    className="btn btn--primary"
                    aria-keyshortcuts="C"
                    onClick={confirm}
                    disabled={!revealed}
                  >
                    {t('q.carried.confirm')} <kbd>C</kbd>
                  </button>
                </div>
              )}
              <div
                className="anchors"
                role="group"
                aria-labelledby={`${uid}-prompt`}
                aria-describedby={carried ? `${uid}-choices ${uid}-carried` : `${uid}-choices`}
              >
                <p id={`${uid}-choices`} className="visually-hidden">
                  {t('q.choices')}
                </p>
                {current.question.anchors.map((text, i) => {
                  const level = (i + 1) as 1 | 2 | 3 | 4 | 5;
                  const pressed = shownValue === level;
                  const selected = shows(level);
                  const name = levels[i]?.name ?? '';
                  return (
                    <button
                      key={level}
                      type="button"
                      className={`anchor${selected ? ' is-selected' : ''}${selected && carried ? ' is-carried' : ''}`}
                      aria-pressed={pressed}
                      aria-keyshortcuts={String(level)}
                      onClick={() => choose(level)}
                    >
                      <span className="anchor__head">
                        <span className={`anchor__num level-${level}`} aria-hidden="true">
                          {level}
                        </span>
                        <span className="anchor__name">
                          <span className="visually-hidden">
                            {t('q.levelPrefix', { level: formatInteger(level) })}{' '}
                          </span>
                          {name}
                        </span>
                      </span>
                      <span className="anchor__text">{text}</span>
                      {/* Always there, shown only when chosen, so choosing moves nothing. */}
                      <span className="anchor__selected" aria-hidden={!selected} data-shown={selected}>
                        <span aria-hidden="true">{carried ? '↻ ' : '✓ '}</span>
                        {carried ? t('q.carried.badge') : t('q.selected')}
                      </span>
                    </button>
                  );
                })}
              </div>

              <div className="q-foot">
                <div className="q-foot__other">
                  <button
                    type="button"
                    className={`chip${shows('na') ? ' is-selected' : ''}${shows('na') && carried ? ' is-carried' : ''}`}
                    aria-pressed={shownValue === 'na'}
                    aria-keyshortcuts="N"
                    onClick={() => choose('na')}
                  >
                    <span className="chip__tick" aria-hidden="true">
                      ✓
                    </span>
                    {t('q.na')} <kbd>N</kbd>
                  </button>
                  <button
                    type="button"
                    className={`chip${shows('unknown') ? ' is-selected' : ''}${shows('unknown') && carried ? ' is-carried' : ''}`}
                    aria-pressed={shownValue === 'unknown'}
                    aria-keyshortcuts="?"
                    onClick={() => choose('unknown')}
                  >
                    <span className="chip__tick" aria-hidden="true">
                      ✓
                    </span>
                    {t('q.unknown')} <kbd>?</kbd>
                  </button>
                </div>
                {presenter && (
                  <div className="q-reveal">
                    <button
                      type="button"
                      className="btn btn--secondary"
                      aria-pressed={revealed}
                      aria-keyshortcuts="R"
                      onClick={() => setRevealedFor((r) => (r === qid ? null : qid))}
                    >
                      {t('q.reveal')} <kbd>R</kbd>
                    </button>
                  </div>
                )}
                <SaveStatus
                  state={
                    !revealed && saveState.status === 'saved'
                      ? { status: 'saved', what: t('q.savedHidden') }
                      : saveState
                  }
                  idle={t('q.save.idle')}
                  retry={t('q.save.retry')}
                  onRetry={() => {
                    const sent = failedSends.current.get(qid);
                    if (sent) commit(qid, sent.value, sent.comment);
                  }}
                />
                <div className="q-foot__nav">
                  <button
                    type="button"
                    className="btn btn--secondary"
                    onClick={() => move(-1)}
                    disabled={index === 0}
                    aria-keyshortcuts="ArrowLeft"
                  >
                    <span aria-hidden="true">← </span>
                    {t('q.prev')}
                  </button>
                  <button
                    type="button"
                    className="btn btn--primary"
                    onClick={() => move(1)}
                    aria-keyshortcuts="ArrowRight Enter"
                  >
                    {index === questions.length - 1 ? t('q.finish') : t('q.next')}
                    <span aria-hidden="true"> →</span>
                  </button>
                </div>
              </div>
              <ShortcutHint
                label={t('q.shortcuts')}
                list={QUESTIONNAIRE_SHORTCUTS.filter(
                  (k) => (presenter || !k.presenterOnly) && (carriedCount > 0 || !k.carriedOnly),
                )}
              />
              <div className="field q-comment">
                <label htmlFor={`${uid}-comment`}>
                  {t('q.comment')} <span className="muted">{t('common.optional')}</span>
                </label>
                <textarea
                  id={`${uid}-comment`}
                  className="input textarea"
                  rows={2}
                  value={draft}
                  maxLength={rules.text.comment}
                  onChange={(e) => setDrafts((m) => new Map(m).set(qid, e.target.value))}
                  onBlur={flushComment}
                  aria-describedby={`${uid}-comment-hint`}
                />
                <p className="field__hint" id={`${uid}-comment-hint`}>
                  {shownValue === null ? t('q.comment.needsAnswer') : t('q.comment.hint')}
                </p>
                {/* A pack goes back without it: only the consultant decides what is quoted. */}
                {!inPack && saved?.comment && (
                  <DoNotQuote
                    assessmentId={id}
                    respondentId={respondentId}
                    answer={saved}
                    onStored={(a) => setAnswers((m) => new Map(m).set(a.questionId, a))}
                  />
                )}
              </div>
            </>
          )}
        </div>
      </div>
    </section>
  );
}

function Finished({
  unanswered,
  firstUnanswered,
  carried,
  firstCarried,
  onGo,
  id,
  inPack,
}: {
  unanswered: number;
  firstUnanswered: number;
  /** Answers still carried from the last round. */
  carried: number;
  firstCarried: number;
  onGo: (i: number) => void;
  id: string;
  inPack: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="panel panel--done">
      <h1 ref={ref} tabIndex={-1}>
        {unanswered === 0 ? t('q.done.title') : tn('q.done.open', unanswered)}
      </h1>
      <p>{unanswered === 0 ? t('q.done.body') : t('q.done.bodyOpen')}</p>
      {carried > 0 && (
        <p>
          <span aria-hidden="true">↻ </span>
          {tn('q.done.carried', carried)}
        </p>
      )}
      <div className="actions">
        {unanswered > 0 && firstUnanswered >= 0 && (
          <button type="button" className="btn btn--primary" onClick={() => onGo(firstUnanswered)}>
            {t('q.done.goOpen')}
          </button>
        )}
        {carried > 0 && firstCarried >= 0 && (
          <button type="button" className="btn btn--primary" onClick={() => onGo(firstCarried)}>
            {t('q.done.goCarried')}
          </button>
        )}
        {inPack ? (
          <a className="btn btn--primary" href={formatRoute({ screen: 'pack', id })}>
            {t('pack.done.back')}
          </a>
        ) : (
          <>
            <a className="btn btn--primary" href={formatRoute({ screen: 'results', id })}>
              {t('q.done.results')}
            </a>
            <a className="btn btn--secondary" href={formatRoute({ screen: 'respondents', id })}>
              {t('q.done.respondents')}
            </a>
          </>
        )}
      </div>
    </div>
  );
}

/** "Do not quote" for a saved comment: kept in the app, left out of every export. */
function DoNotQuote({
  assessmentId,
  respondentId,
  answer,
  onStored,
}: {
  assessmentId: string;
  respondentId: string;
  answer: StoredAnswer;
  onStored: (a: StoredAnswer) => void;
}) {
  const uid = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function change(doNotQuote: boolean) {
    setBusy(true);
    setError(null);
    try {
      onStored(
        await call('set_do_not_quote', { assessmentId, respondentId, questionId: answer.questionId, doNotQuote }),
      );
    } catch (e) {
      setError(t('privacy.doNotQuote.error', { message: errorMessage(e) || t('common.error') }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <div className="q-do-not-quote">
      <label className="choice">
        <input
          type="checkbox"
          checked={answer.doNotQuote}
          disabled={busy}
          aria-describedby={`${uid}-hint`}
          onChange={(e) => void change(e.target.checked)}
        />
        <span>{t('privacy.doNotQuote.label')}</span>
      </label>
      <p className="field__hint" id={`${uid}-hint`}>
        {t('privacy.doNotQuote.hint')}
      </p>
      {error && <FieldError alert>{error}</FieldError>}
    </div>
  );
}
