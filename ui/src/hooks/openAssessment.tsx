// The assessment the route has open, loaded in one place and shared by the
// header (the organisation's name) and the screens (departments,
// respondents, questionnaire). It is loaded again on every visit to a
// screen, because other screens change it without returning it (the
// questionnaire saves answers, so respondents' progress moves). A screen
// that gets a new view from the core (after adding a respondent, say)
// hands it back with `set`, so the header and the screens never disagree.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { call, type AssessmentView } from '../api';
import { useLiveChanges } from './liveChanges';
import { both, useAsync, type AsyncState } from './useAsync';

interface OpenAssessment {
  /** `null` data: no assessment is open on this screen. */
  state: AsyncState<AssessmentView | null>;
  reload: () => void;
  /** Loads it again, keeping the view on screen meanwhile. */
  refresh: () => void;
  /** Takes a view the core returned after a change. */
  set: (view: AssessmentView) => void;
  /** The organisation, kept while a screen reloads, for the header. */
  name: string | null;
  /** Whether it is a later round (its Progress tab), kept while a screen reloads. */
  laterRound: boolean;
  /** Its anonymity threshold when it is anonymous (the header's badge), else null. */
  anonymousThreshold: number | null;
}

const Context = createContext<OpenAssessment>({
  state: { status: 'ready', data: null },
  reload: () => undefined,
  refresh: () => undefined,
  set: () => undefined,
  name: null,
  laterRound: false,
  anonymousThreshold: null,
});

/**
 * Provides the assessment `id` (null: none) to everything inside;
 * `visit` changes whenever the user arrives on a screen.
 */
export function OpenAssessmentProvider({
  id,
  visit,
  children,
}: {
  id: string | null;
  visit: string;
  children: ReactNode;
}) {
  const [named, setNamed] = useState<{
    id: string;
    name: string;
    laterRound: boolean;
    anonymousThreshold: number | null;
  } | null>(null);
  const remember = useCallback(
    (v: AssessmentView) =>
      setNamed({
        id: v.assessment.id,
        name: v.assessment.organisation,
        laterRound: v.assessment.round.previous !== null,
        anonymousThreshold: v.anonymity.anonymous ? v.anonymity.threshold : null,
      }),
    [],
  );
  const loaded = useAsync(async () => {
    if (id === null) return null;
    const view = await call('get_assessment', { assessmentId: id });
    remember(view);
    return view;
  }, [id, visit]);
  const { state, reload, refresh, set: setLoaded } = loaded;
  // Participants of a live session join and answer while any screen is
  // open: the header and the screens follow.
  useLiveChanges(refresh);
  const set = useCallback(
    (view: AssessmentView) => {
      // A view of another assessment (one just created) only names it.
      remember(view);
      if (view.assessment.id === id) setLoaded(view);
    },
    [id, remember, setLoaded],
  );
  const name = named !== null && named.id === id ? named.name : null;
  const laterRound = named !== null && named.id === id && named.laterRound;
  const anonymousThreshold = named !== null && named.id === id ? named.anonymousThreshold : null;
  const value = useMemo(
    () => ({ state, reload, refresh, set, name, laterRound, anonymousThreshold }),
    [state, reload, refresh, set, name, laterRound, anonymousThreshold],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The organisation's name of the open assessment, for the header. */
export function useAssessmentName(): string | null {
  return useContext(Context).name;
}

/** The open assessment's anonymity threshold when it is anonymous, else null. */
export function useAnonymousThreshold(): number | null {
  return useContext(Context).anonymousThreshold;
}

/** Whether the open assessment is a later round of its chain (it has a Progress tab). */
export function useIsLaterRound(): boolean {
  return useContext(Context).laterRound;
}

/** The open assessment, for a screen whose route names one. */
export function useOpenAssessment(): {
  state: AsyncState<AssessmentView>;
  reload: () => void;
  refresh: () => void;
  set: (view: AssessmentView) => void;
} {
  const { state, reload, refresh, set } = useContext(Context);
  return { state: opened(state), reload, refresh, set };
}

/** Still loading, as far as a screen inside an assessment can tell, until there is one. */
function opened(s: AsyncState<AssessmentView | null>): AsyncState<AssessmentView> {
  if (s.status !== 'ready') return s;
  return s.data === null ? { status: 'loading' } : { status: 'ready', data: s.data };
}

/**
 * The open assessment together with a screen's own data (`load`), as one
 * state: ready when both are. `reload` loads both again (`refresh` too,
 * keeping what is shown meanwhile); `set` replaces the screen's own data,
 * `setAssessment` the assessment.
 */
export function useWithAssessment<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const assessment = useOpenAssessment();
  const own = useAsync(load, deps);
  const { reload: reloadAssessment } = assessment;
  const { reload: reloadOwn, refresh: refreshOwn } = own;
  const reload = useCallback(() => {
    reloadAssessment();
    reloadOwn();
  }, [reloadAssessment, reloadOwn]);
  return {
    state: both(assessment.state, own.state),
    reload,
    refresh: refreshOwn,
    set: own.set,
    setAssessment: assessment.set,
  };
}
