// Rounds in memory, for mock-backend.ts: which assessment follows which,
// the next round's dialog data and start (refused as the core refuses),
// confirming a carried answer, and the Progress tab's comparison. With
// window.__CXM_ROUNDS__ = 2 (or 3) the demo is the latest round of a chain
// of two (or three): earlier rounds of Northwind Retail before it, and some
// of its answers still carried from the last round. Figures here stand in
// for the core's; the UI under test must show them as given.
import type {
  AssessmentSummary,
  AssessmentView,
  Chart,
  Commands,
  NextRoundPlan,
  QuestionRef,
  RoundLink,
  RoundPlace,
  RoundProgress,
  ScoreChange,
  Shape,
  StoredAnswer,
  TrendView,
  WireError,
} from '../../src/api';
import { DEMO_ID, actionRef, demoScorecard, departmentNames, questionnaire } from './fixtures';

export interface RoundsControl {
  /** Whether a newer version of the questionnaire is installed (the dialog then offers it). */
  newer: boolean;
}

declare global {
  interface Window {
    /** Seed the demo as round 2 (or 3) of its chain. */
    __CXM_ROUNDS__?: number;
  }
}

/** What the rounds need of the rest of the mock. */
export interface RoundsStore {
  details: Map<string, AssessmentView>;
  answers: Map<string, StoredAnswer[]>;
  /** The round each later round follows. */
  previousOf: Map<string, string>;
  need: (id: string) => AssessmentView;
  summary: (d: AssessmentView) => AssessmentSummary;
  fail: (kind: WireError['kind'], message: string) => WireError;
  refuse: (field: string, message: string) => WireError;
  checkIdentity: (organisation: string, title: string) => void;
  nextId: () => number;
}

type RoundsHandlers = {
  [K in 'next_round_plan' | 'start_next_round' | 'confirm_answer' | 'get_round_progress']: (
    args: Commands[K]['args'],
  ) => Commands[K]['result'];
};

const NEWER_VERSION = '1.1.0';
const firstVision = questionnaire.dimensions[0]!;
const newerAdded: QuestionRef[] = [
  {
    id: 'vision.customer-outcomes',
    prompt: 'Which customer outcomes does the vision name?',
    dimension: firstVision.title,
  },
];
const newerRemoved: QuestionRef[] = [
  { id: firstVision.questions[0]!.id, prompt: firstVision.questions[0]!.prompt, dimension: firstVision.title },
];

export function roundsControl(): RoundsControl {
  return { newer: false };
}

/** Where `id` stands in its chain (the core numbers rounds the same way). */
export function roundPlace(store: Pick<RoundsStore, 'details' | 'previousOf'>, id: string): RoundPlace {
  const number = (of: string): number => {
    let n = 1;
    for (let at = store.previousOf.get(of); at !== undefined && n < 100; at = store.previousOf.get(at)) n++;
    return n;
  };
  const link = (of: string | undefined): RoundLink | null => {
    const d = of === undefined ? undefined : store.details.get(of);
    return d
      ? {
          id: d.assessment.id,
          title: d.assessment.title,
          createdAt: d.assessment.createdAt,
          number: number(d.assessment.id),
        }
      : null;
  };
  const next = [...store.previousOf.entries()].find(([, prev]) => prev === id)?.[0];
  return { number: number(id), previous: link(store.previousOf.get(id)), next: link(next) };
}

/** The core's suggested title: the previous title with "(round N)", replacing an earlier mark. */
function suggestedTitle(title: string, round: number): string {
  return `${title.replace(/ \(round \d+\)$/, '')} (round ${round})`;
}

/** A copy of assessment `from` as an earlier round: its people (new ids) and their answers, all their own. */
function earlierRound(store: RoundsStore, from: AssessmentView, id: string, title: string, createdAt: string) {
  const departments = from.departments.map((d, i) => ({ ...d, id: `${id}-d${i}` }));
  const respondents = from.respondents.map((r, i) => {
    const dep = departments[from.departments.findIndex((d) => d.id === r.departmentId)]!;
    const copy = { ...r, id: `${id}-r${i}`, departmentId: dep.id };
    store.answers.set(
      copy.id,
      (store.answers.get(r.id) ?? []).map((a) => ({ ...a, savedAt: createdAt, carried: false })),
    );
    return copy;
  });
  store.details.set(id, {
    assessment: { ...from.assessment, id, title, createdAt, updatedAt: createdAt },
    questionnaire,
    departments,
    respondents,
    reportLocale: from.reportLocale,
    locales: from.locales,
    anonymity: from.anonymity,
  });
}

export const ROUND_2025 = 'a-northwind-2025';
export const ROUND_2024 = 'a-northwind-2024';

/** The demo as the latest of `count` rounds, some of its answers carried from the last one. */
export function seedRounds(store: RoundsStore, count: number) {
  const demo = store.need(DEMO_ID);
  earlierRound(store, demo, ROUND_2025, 'CX maturity 2025', '2025-03-03T09:00:00Z');
  store.previousOf.set(DEMO_ID, ROUND_2025);
  if (count >= 3) {
    earlierRound(store, demo, ROUND_2024, 'CX maturity 2024', '2024-02-26T09:00:00Z');
    store.previousOf.set(ROUND_2025, ROUND_2024);
  }
  // Sara Lind (r8): her first 12 answers carried; Amira Haddad (r0): all but her first 10.
  const carry = (rid: string, from: number, to: number) =>
    store.answers.set(
      rid,
      (store.answers.get(rid) ?? []).map((a, i) => (i >= from && i < to ? { ...a, carried: true } : a)),
    );
  carry(`${DEMO_ID}-r8`, 0, 12);
  carry(`${DEMO_ID}-r0`, 10, 50);
}

const change = (then: number | null, now: number | null): ScoreChange => {
  const delta = then !== null && now !== null ? now - then : null;
  return {
    then,
    now,
    delta,
    direction: delta === null ? null : delta >= 0.3 - 1e-9 ? 'improved' : delta <= -0.3 + 1e-9 ? 'declined' : 'stable',
  };
};

const label = (x: number, y: number, t: string, anchor: 'start' | 'middle' | 'end', bold = false): Shape => ({
  shape: 'text',
  at: { x, y },
  text: t,
  size: 7.5,
  anchor,
  bold,
  fill: '#1d232b',
  rotate: 0,
});

const cut = (v: number | null) => (v === null ? '–' : (Math.floor(v * 10 + 1e-9) / 10).toFixed(1));

/** Stand-ins for the core's progress charts: each dimension then and now; with three rounds, the overall trend. */
function progressCharts(dims: RoundProgress['dimensions'], trend: TrendView): Chart[] {
  const W = 515;
  const x0 = 150;
  const x1 = 420;
  const sx = (v: number) => x0 + ((x1 - x0) * (v - 1)) / 4;
  const shapes: Shape[] = [];
  dims.forEach((d, i) => {
    const y = 14 + i * 22;
    shapes.push(label(x0 - 8, y + 2.7, d.title.slice(0, 24), 'end'));
    const { then, now, delta } = d.change;
    if (then !== null && now !== null)
      shapes.push({
        shape: 'line',
        from: { x: sx(then), y },
        to: { x: sx(now), y },
        stroke: '#9dbcbe',
        strokeWidth: 3,
        dashed: false,
      });
    shapes.push(
      label(
        W,
        y + 2.7,
        `${cut(then)} → ${cut(now)} (${delta !== null && delta < 0 ? '−' : '+'}${cut(Math.abs(delta ?? 0))})`,
        'end',
        true,
      ),
    );
  });
  const charts: Chart[] = [
    {
      kind: 'progress',
      title: 'Each dimension, then and now',
      description: 'Maturity by dimension, then and now',
      width: W,
      height: 14 + dims.length * 22 + 20,
      shapes,
    },
  ];
  if (trend.rounds.length >= 3) {
    const points = trend.rounds.map((r, i) => ({ x: 60 + i * 180, y: 140 - (r.score ?? 0) * 25 }));
    charts.push({
      kind: 'trend',
      title: 'Every round, overall and by dimension',
      description: 'Maturity over the rounds, overall and by dimension',
      width: W,
      height: 160,
      shapes: [
        {
          shape: 'path',
          points,
          closed: false,
          stroke: '#0a5c61',
          strokeWidth: 2,
          fill: null,
          fillOpacity: 0,
          dashed: false,
        },
        ...trend.rounds.map((r, i) => label(points[i]!.x, points[i]!.y - 8, cut(r.score), 'middle', true)),
        ...trend.rounds.map((r, i) => label(points[i]!.x, 155, r.date, 'middle')),
      ],
    });
  }
  return charts;
}

/** Each dimension's change since the last round (the demo's chain). */
const DIMENSION_DELTAS = [0.6, 0.1, -0.4, 0.9, 0, 0.3, -0.3, 0.2, 1.1, -0.1];

function progressOf(store: RoundsStore, id: string): RoundProgress {
  const place = roundPlace(store, id);
  const previous = place.previous;
  const d = store.need(id);
  if (previous === null)
    throw store.fail(
      'invalidInput',
      `“${d.assessment.title}” is the first round of its chain: there is no earlier round to compare it with; start its next round to measure progress.`,
    );
  const rich = id === DEMO_ID;
  const sc = demoScorecard({ nps: -12, csat: 64, churn: 18 });
  const current: RoundLink = {
    id,
    title: d.assessment.title,
    createdAt: d.assessment.createdAt,
    number: place.number,
  };
  const level = (s: number | null) => (s === null ? null : Math.max(1, Math.min(5, Math.floor(s))));
  const stage = (s: number | null) =>
    level(s) === null ? null : { stage: level(s)!, name: questionnaire.levels[level(s)! - 1]?.name ?? '' };
  const dims = sc.dimensions.map((x, k) => {
    const delta = rich ? (DIMENSION_DELTAS[k] ?? 0) : 0;
    const then = x.score === null ? null : x.score - delta;
    const flags: RoundProgress['dimensions'][number]['flags'] = [];
    if (rich && k === 3) flags.push('lowCoverage');
    if (rich && k === 0) flags.push('questionsChanged');
    if (!rich || k === 5) flags.push('mostlyCarried');
    return {
      id: x.id,
      title: x.title,
      change: change(then, x.score),
      flags,
      questionsAdded: rich && k === 0 ? newerAdded : [],
      questionsRemoved: rich && k === 0 ? newerRemoved : [],
      confirmed: rich ? (k === 5 ? 0.35 : 0.8 + (k % 3) * 0.05) : 0,
      coverageThen: rich && k === 3 ? 0.45 : 0.92,
      coverageNow: x.coverage,
      spreadThen: x.spread + (rich ? 0.4 : 0),
      spreadNow: x.spread,
    };
  });
  const overallThen = sc.overall.score === null ? null : sc.overall.score - (rich ? 0.4 : 0);
  const trendDims = sc.dimensions.map((x) => ({ id: x.id, title: x.title }));
  const chain: TrendView['rounds'] = [];
  for (let at: string | undefined = id, back = 0; at !== undefined; at = store.previousOf.get(at), back++) {
    const r = store.need(at);
    const shift = rich ? 0.4 * back : 0;
    chain.unshift({
      assessmentId: at,
      title: r.assessment.title,
      date: r.assessment.createdAt.slice(0, 10),
      score: sc.overall.score === null ? null : sc.overall.score - shift,
      stage: stage(sc.overall.stage === null ? null : sc.overall.stage - (back > 1 ? 1 : 0)),
      dimensions: sc.dimensions.map((x, k) =>
        x.score === null ? null : x.score - (rich ? (DIMENSION_DELTAS[k] ?? 0) * back : 0),
      ),
      nps: back === 0 ? (rich ? -12 : null) : -5 + back,
      csat: back === 0 ? (rich ? 64 : null) : 66 + back,
    });
  }
  const departments: RoundProgress['departments'] = departmentNames.map((name, i) => {
    const now = sc.departments.find((x) => x.name === name)?.score ?? null;
    return {
      name,
      change: change(now === null ? null : now - (rich ? [0.5, 0.1, -0.4, 0.3, 0, 0.2, 0.6, -0.1][i]! : 0), now),
      respondentsThen: 1,
      respondentsNow: name === 'Marketing' ? 2 : 1,
    };
  });
  if (rich)
    departments.push({ name: 'Logistics', change: change(2.4, null), respondentsThen: 1, respondentsNow: null });
  return {
    previous,
    current,
    dateThen: previous.createdAt.slice(0, 10),
    dateNow: d.assessment.createdAt.slice(0, 10),
    overall: {
      change: change(overallThen, sc.overall.score),
      stageThen: stage(rich ? (sc.overall.stage ?? 2) - 1 : sc.overall.stage),
      stageNow: stage(sc.overall.stage),
    },
    dimensions: dims,
    departments,
    disagreement: rich
      ? {
          misalignedDimensionsThen: 4,
          misalignedDimensionsNow: 2,
          misalignedQuestionsThen: 9,
          misalignedQuestionsNow: 5,
        }
      : {
          misalignedDimensionsThen: 2,
          misalignedDimensionsNow: 2,
          misalignedQuestionsThen: 5,
          misalignedQuestionsNow: 5,
        },
    evidence: rich
      ? { npsThen: -5, npsNow: -12, npsChange: -7, csatThen: 66, csatNow: 64, csatChange: -2 }
      : { npsThen: -12, npsNow: null, npsChange: null, csatThen: 64, csatNow: null, csatChange: null },
    diverging: rich,
    actionsCompleted: rich ? ['vision.1-2.sponsor', 'data.1-2.inventory', 'voc.1-2.core-surveys'].map(actionRef) : [],
    questionsAdded: rich ? newerAdded : [],
    questionsRemoved: rich ? newerRemoved : [],
    confirmed: rich ? 0.71 : 0,
    trend: { dimensions: trendDims, rounds: chain },
    charts: progressCharts(dims, { dimensions: trendDims, rounds: chain }),
  };
}

export function roundsHandlers(control: RoundsControl, store: RoundsStore): RoundsHandlers {
  return {
    next_round_plan: ({ assessmentId }): NextRoundPlan => {
      const d = store.need(assessmentId);
      const place = roundPlace(store, assessmentId);
      return {
        assessmentId,
        organisation: d.assessment.organisation,
        title: d.assessment.title,
        number: place.number + 1,
        suggestedTitle: suggestedTitle(d.assessment.title, place.number + 1),
        respondents: d.respondents.map((r) => ({
          id: r.id,
          name: r.name,
          role: r.role,
          department: d.departments.find((x) => x.id === r.departmentId)?.name ?? '',
          answers: (store.answers.get(r.id) ?? []).length,
        })),
        questionnaire: {
          id: questionnaire.id,
          title: questionnaire.title,
          version: questionnaire.version,
          questions: questionnaire.dimensions.reduce((a, x) => a + x.questions.length, 0),
        },
        newer: control.newer
          ? {
              questionnaire: {
                id: questionnaire.id,
                title: questionnaire.title,
                version: NEWER_VERSION,
                questions: questionnaire.dimensions.reduce((a, x) => a + x.questions.length, 0),
              },
              questionsAdded: newerAdded,
              questionsRemoved: newerRemoved,
            }
          : null,
        next: place.next,
      };
    },
    start_next_round: (a) => {
      const d = store.need(a.assessmentId);
      const place = roundPlace(store, a.assessmentId);
      if (place.next)
        throw store.fail(
          'invalidInput',
          `“${d.assessment.title}” already has a next round, “${place.next.title}”; a round can only be started from the latest round of its chain.`,
        );
      const title = a.title ?? suggestedTitle(d.assessment.title, place.number + 1);
      if (title.trim() === '') throw store.refuse('title', 'the title is empty; enter a title for the assessment');
      store.checkIdentity(d.assessment.organisation, title);
      if (a.carryAnswers && a.respondentIds.length === 0)
        throw store.fail(
          'invalidInput',
          'Answers can only be carried forward with the respondents who gave them; keep the respondents or start the round without their answers.',
        );
      if (a.questionnaireVersion !== null && !(control.newer && a.questionnaireVersion === NEWER_VERSION))
        throw store.fail(
          'invalidInput',
          `Version ${a.questionnaireVersion} of the questionnaire “${questionnaire.title}” is no longer built in or installed; open the dialog again to see the versions there are.`,
        );
      const id = `a-round-${store.nextId()}`;
      const departments = d.departments.map((x, i) => ({ ...x, id: `${id}-d${i}` }));
      const removed = a.questionnaireVersion === null ? [] : newerRemoved.map((q) => q.id);
      let carried = 0;
      const respondents = d.respondents
        .filter((r) => a.respondentIds.includes(r.id))
        .map((r, i) => {
          const dep = departments[d.departments.findIndex((x) => x.id === r.departmentId)]!;
          const copy = { ...r, id: `${id}-r${i}`, departmentId: dep.id };
          const kept = a.carryAnswers
            ? (store.answers.get(r.id) ?? [])
                .filter((x) => !removed.includes(x.questionId))
                .map((x) => ({ ...x, carried: true }))
            : [];
          carried += kept.length;
          store.answers.set(copy.id, kept);
          return copy;
        });
      const createdAt = '2027-03-01T09:00:00Z';
      const created: AssessmentView = {
        assessment: { ...d.assessment, id, title, createdAt, updatedAt: createdAt },
        questionnaire,
        departments,
        respondents,
        reportLocale: d.reportLocale,
        locales: d.locales,
        anonymity: d.anonymity,
      };
      store.details.set(id, created);
      store.previousOf.set(id, a.assessmentId);
      return {
        assessment: store.summary(created),
        previousId: a.assessmentId,
        respondents: respondents.length,
        carriedAnswers: carried,
        questionsAdded: a.questionnaireVersion === null ? [] : newerAdded,
        questionsRemoved: a.questionnaireVersion === null ? [] : newerRemoved,
      };
    },
    confirm_answer: ({ assessmentId, respondentId, questionId }) => {
      if (!store.need(assessmentId).respondents.some((r) => r.id === respondentId))
        throw store.fail('notFound', `no respondent with id ${respondentId}`);
      const list = store.answers.get(respondentId) ?? [];
      const found = list.find((x) => x.questionId === questionId);
      if (!found) throw store.fail('notFound', `no answer with id ${respondentId}/${questionId}`);
      const confirmed = found.carried ? { ...found, carried: false, savedAt: new Date().toISOString() } : found;
      store.answers.set(
        respondentId,
        list.map((x) => (x.questionId === questionId ? confirmed : x)),
      );
      return confirmed;
    },
    get_round_progress: ({ assessmentId }) => progressOf(store, assessmentId),
  };
}
