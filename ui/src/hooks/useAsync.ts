// Loads data through an IPC call and tracks loading / error / ready, with a
// reload. Only the answer to the current inputs is ever shown: a response
// that arrives after the inputs changed is dropped, and until the new one
// arrives the state reads as loading (never the old inputs' data).
// `refresh` loads the same inputs again while the data on screen stays
// (a live session's votes arriving): no loading panel in between. A new app
// language refreshes every load the same way, so the texts the shell sends
// (questionnaire, dimension and action titles) follow the switch.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useAppLocale } from './appLocale';

export type AsyncState<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

const LOADING = { status: 'loading' } as const;

export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  // The state with the loader it belongs to.
  const [held, setHeld] = useState<{ run: () => Promise<T>; state: AsyncState<T> }>({ run, state: LOADING });
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    setHeld({ run, state: LOADING });
    run().then(
      (data) => {
        if (mine === generation.current) setHeld({ run, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (mine === generation.current) setHeld({ run, state: { status: 'error', error } });
      },
    );
  }, [run]);

  useEffect(() => {
    reload();
  }, [reload]);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    run().then(
      (data) => {
        if (mine === generation.current) setHeld({ run, state: { status: 'ready', data } });
      },
      (error: unknown) => {
        // A failed refresh keeps what is shown; the next one tries again.
        if (mine === generation.current)
          setHeld((h) => (h.state.status === 'ready' ? h : { run, state: { status: 'error', error } }));
      },
    );
  }, [run]);

  const { locale } = useAppLocale();
  const loadedIn = useRef(locale);
  useEffect(() => {
    if (loadedIn.current === locale) return;
    loadedIn.current = locale;
    refresh();
  }, [locale, refresh]);

  const set = useCallback((data: T) => setHeld({ run, state: { status: 'ready', data } }), [run]);
  const state: AsyncState<T> = held.run === run ? held.state : LOADING;
  return { state, reload, refresh, set };
}

/**
 * Two loads as one: an error as soon as either failed (the first one's
 * error first), ready once both are, loading otherwise.
 */
export function both<A, B>(a: AsyncState<A>, b: AsyncState<B>): AsyncState<[A, B]> {
  if (a.status === 'error') return a;
  if (b.status === 'error') return b;
  if (a.status === 'ready' && b.status === 'ready') return { status: 'ready', data: [a.data, b.data] };
  return LOADING;
}
