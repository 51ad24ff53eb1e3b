// The participant's answers as the server has them, the answer chosen on the
// page, and each question's save status: "Saving…" while the vote is on its
// way, "Saved" only once the server answered 200, the reason otherwise. Votes
// go out one at a time in the order chosen; a choice overtaken by a newer one
// for the same question before it was sent is never sent.
import { useCallback, useRef, useState } from 'react';
import { api, ApiProblem } from './api';
import { t } from './i18n';
import { asValue } from './logic';
import type { Value } from './wire';

export type SaveState =
  { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string };

export interface Answers {
  /** Answers the server confirmed. */
  saved: ReadonlyMap<string, Value>;
  /** What the page shows as chosen (confirmed, on its way, or refused). */
  chosen: ReadonlyMap<string, Value>;
  stateOf: (question: string) => SaveState;
  choose: (question: string, value: Value) => void;
  retry: (question: string) => void;
  /** Forgets a question's status (a re-vote starts without "Saved" from the blind vote). */
  resetState: (question: string) => void;
}

const IDLE: SaveState = { status: 'idle' };

/** The reason to show for a refused or lost vote. */
export function problemText(e: unknown): string {
  if (e instanceof ApiProblem) {
    if (e.kind === 'network') return t('participant.problem.network');
    if (e.message) return e.message;
  }
  return t('participant.problem.generic');
}

export function useAnswers(
  token: string,
  initial: ReadonlyMap<string, Value>,
  onLost: (p: ApiProblem) => void,
): Answers {
  const [saved, setSaved] = useState<ReadonlyMap<string, Value>>(initial);
  const [chosen, setChosen] = useState<ReadonlyMap<string, Value>>(initial);
  const [states, setStates] = useState<ReadonlyMap<string, SaveState>>(new Map());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef(new Map<string, number>());
  const chosenNow = useRef(new Map(initial));

  const setState = (question: string, state: SaveState) => setStates((m) => new Map(m).set(question, state));

  const choose = useCallback(
    (question: string, value: Value) => {
      const n = (latest.current.get(question) ?? 0) + 1;
      latest.current.set(question, n);
      chosenNow.current.set(question, value);
      setChosen((m) => new Map(m).set(question, value));
      setState(question, { status: 'saving' });
      queue.current = queue.current.then(async () => {
        if (latest.current.get(question) !== n) return;
        try {
          const done = await api.vote(token, question, value);
          setSaved((m) => new Map(m).set(question, asValue(done.value) ?? value));
          if (latest.current.get(question) === n) setState(question, { status: 'saved' });
        } catch (e) {
          if (latest.current.get(question) === n) setState(question, { status: 'failed', message: problemText(e) });
          if (e instanceof ApiProblem && e.lostToken) onLost(e);
        }
      });
    },
    [token, onLost],
  );

  const retry = useCallback(
    (question: string) => {
      const value = chosenNow.current.get(question);
      if (value !== undefined) choose(question, value);
    },
    [choose],
  );

  const resetState = useCallback((question: string) => {
    setStates((m) => {
      if (!m.has(question)) return m;
      const next = new Map(m);
      next.delete(question);
      return next;
    });
  }, []);

  const stateOf = useCallback((question: string) => states.get(question) ?? IDLE, [states]);

  return { saved, chosen, stateOf, choose, retry, resetState };
}
