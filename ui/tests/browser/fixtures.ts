// Realistic data for the mocked-IPC browser tests, shaped like the core's
// demo assessment: the built-in questionnaire (the real file), eight
// departments, Marketing high, Service low, Data the weakest dimension, a
// perception gap. Figures here stand in for the core's output; the UI under
// test must show them as given.
import raw from '../../../questionnaires/cx-maturity/cx-maturity.json';
import type {
  ActionView,
  AnswerChoice,
  AssessmentSummary,
  AssessmentView,
  Chart,
  DepartmentFigure,
  DepartmentView,
  PhaseName,
  Help,
  QuestionnaireOutline,
  RespondentView,
  RoadmapView,
  Scorecard,
  Shape,
  StoredAnswer,
} from '../../src/api';
import type { ImportPreviewView } from '../../src/bindings/ImportPreviewView';

interface RawQuestion {
  id: string;
  prompt: string;
  help?: string;
  weight?: number;
  anchors: string[];
}
interface RawAction {
  id: string;
  title: string;
  description: string;
  effort: 'S' | 'M' | 'L';
  owner: string;
  requires?: string[];
}
interface RawDimension {
  id: string;
  title: string;
  short_title?: string;
  description: string;
  weight?: number;
  questions: RawQuestion[];
  transitions: { from: number; to: number; actions: RawAction[] }[];
}
interface RawQuestionnaire {
  id: string;
  version: string;
  title: string;
  description: string;
  locale: string;
  levels: { level: number; name: string; description: string }[];
  dimensions: RawDimension[];
  translations?: Record<string, RawTranslation>;
}
interface RawTranslation {
  title: string;
  description: string;
  levels: { level: number; name: string; description: string }[];
  dimensions: Record<string, { title: string; description: string }>;
  questions: Record<string, { prompt: string; help?: string; anchors: string[] }>;
}

const rq = raw as unknown as RawQuestionnaire;

/** A dimension's chart label as the core sends it: the questionnaire's short title. */
const shortTitle = (id: string): string => {
  const d = rq.dimensions.find((x) => x.id === id);
  return d?.short_title ?? d?.title ?? id;
};

export const questionnaire: QuestionnaireOutline = {
  id: rq.id,
  version: rq.version,
  title: rq.title,
  description: rq.description,
  locale: rq.locale,
  levels: rq.levels,
  dimensions: rq.dimensions.map((d) => ({
    id: d.id,
    title: d.title,
    description: d.description,
    weight: d.weight ?? 1,
    questions: d.questions.map((q) => ({ id: q.id, prompt: q.prompt, help: q.help ?? null, anchors: q.anchors })),
  })),
};

/** The questionnaire's languages, in tag order, as `AssessmentView.locales`. */
export const questionnaireLocales = [rq.locale, ...Object.keys(rq.translations ?? {})].sort();

/**
 * The outline with its texts in `locale` (the real file's translations),
 * unchanged for a language it has none in, as `Questionnaire::in_locale`.
 */
export function outlineIn(locale: string): QuestionnaireOutline {
  const base = locale.toLowerCase().split('-')[0] ?? '';
  const tr = rq.translations?.[base];
  if (!tr) return questionnaire;
  return {
    ...questionnaire,
    title: tr.title,
    description: tr.description,
    locale: base,
    levels: tr.levels,
    dimensions: questionnaire.dimensions.map((d) => ({
      ...d,
      title: tr.dimensions[d.id]?.title ?? d.title,
      description: tr.dimensions[d.id]?.description ?? d.description,
      questions: d.questions.map((q) => {
        const text = tr.questions[q.id];
        return text ? { ...q, prompt: text.prompt, help: text.help ?? null, anchors: text.anchors } : q;
      }),
    })),
  };
}

export const questionIds = questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id));
export const TOTAL = questionIds.length;

export const DEMO_ID = 'a-demo-northwind';
export const SECOND_ID = 'a-contoso-bank';

/**
 * The demo's departments. A test that sets window.__CXM_LONG_NAMES__ before
 * the app starts gets the names a real client uses, long enough to break a
 * layout that only fits short ones.
 */
export const departmentNames = (globalThis as { __CXM_LONG_NAMES__?: boolean }).__CXM_LONG_NAMES__
  ? [
      'Marketing & Brand Communications',
      'Sales & Key Account Management',
      'Customer Service & Support Operations',
      'Product Management & Development',
      'Digital Channels & E-Commerce',
      'Operations, Logistics & Fulfilment',
      'Finance & Controlling',
      'IT & Enterprise Architecture',
    ]
  : ['Marketing', 'Sales', 'Service', 'Product', 'Digital', 'Operations', 'Finance', 'IT'];

export function departmentsOf(names: string[], prefix: string): DepartmentView[] {
  return names.map((name, position) => ({ id: `${prefix}-d${position}`, name, position, respondents: 0 }));
}

const demoDepartments = departmentsOf(departmentNames, DEMO_ID);

const people: [string, number, string | null, boolean][] = [
  ['Amira Haddad', 0, 'Chief Marketing Officer', false],
  ['Jonas Berg', 1, 'Head of Sales', false],
  ['Service consensus', 2, null, true],
  ['Lena Vogel', 3, 'Head of Product', false],
  ['Tomás Ruiz', 4, 'Digital Director', false],
  ['Priya Nair', 5, 'COO', false],
  ['Chen Wei', 6, 'CFO', false],
  ['Olu Adeyemi', 7, 'CIO', false],
  ['Sara Lind', 0, 'Brand Manager', false],
];

/** How many questions each demo respondent has answered (the last one is part-way). */
const answeredCount = [50, 50, 50, 50, 50, 50, 50, 50, 17];

export const demoRespondents: RespondentView[] = people.map(([name, dep, role, consensus], i) => ({
  id: `${DEMO_ID}-r${i}`,
  name,
  departmentId: demoDepartments[dep]!.id,
  departmentName: demoDepartments[dep]!.name,
  role,
  consensus,
  progress: { answered: answeredCount[i] ?? 0, total: TOTAL, carried: 0, resumeQuestionId: null },
  locale: null,
}));

/** A deterministic answer pattern: Marketing high, Service low, data questions low. */
function demoValue(respondentIndex: number, questionIndex: number): AnswerChoice {
  const base = [4, 3, 2, 3, 3, 2, 3, 3, 4][respondentIndex] ?? 3;
  const qid = questionIds[questionIndex] ?? '';
  const dataPenalty = qid.startsWith('data.') ? 1 : 0;
  const wobble = (respondentIndex * 7 + questionIndex * 3) % 5 === 0 ? 1 : 0;
  if ((respondentIndex + questionIndex) % 23 === 0) return 'unknown';
  const v = Math.max(1, Math.min(5, base - dataPenalty + wobble));
  return v as 1 | 2 | 3 | 4 | 5;
}

export function demoAnswers(): Map<string, StoredAnswer[]> {
  const out = new Map<string, StoredAnswer[]>();
  demoRespondents.forEach((r, ri) => {
    const list: StoredAnswer[] = [];
    for (let qi = 0; qi < (answeredCount[ri] ?? 0); qi++) {
      list.push({
        questionId: questionIds[qi]!,
        value: demoValue(ri, qi),
        comment: qi === 0 ? 'Vision deck approved by the board in January.' : null,
        doNotQuote: false,
        savedAt: new Date(Date.UTC(2026, 2, 2, 9, qi)).toISOString(),
        carried: false,
      });
    }
    out.set(r.id, list);
  });
  return out;
}

export function summaryOf(id: string, organisation: string, title: string, createdAt: string): AssessmentSummary {
  return {
    id,
    organisation,
    title,
    createdAt,
    updatedAt: createdAt,
    questionnaireTitle: questionnaire.title,
    departments: 0,
    respondents: 0,
    answered: 0,
    expected: 0,
    completion: null,
    overallScore: null,
    overallLevel: null,
    overallLevelName: null,
    round: { number: 1, previous: null, next: null },
    anonymous: false,
  };
}

export function demoDetail(): AssessmentView {
  return {
    assessment: summaryOf(DEMO_ID, 'Northwind Retail', 'CX maturity 2026', '2026-03-02T08:30:00Z'),
    questionnaire,
    departments: demoDepartments.map((d) => ({ ...d })),
    respondents: demoRespondents.map((r) => ({ ...r, progress: { ...r.progress } })),
    reportLocale: 'en',
    locales: questionnaireLocales,
    anonymity: { anonymous: false, threshold: 3 },
  };
}

// Department × dimension means for the demo (stand-ins for the core's figures).
const deptBase = [4.1, 3.2, 1.9, 3.4, 3.6, 2.7, 2.9, 3.1];
const dimOffset = [0.3, 0.0, 0.4, -0.9, 0.1, -0.4, -0.1, 0.2, -0.3, 0.5];

function cell(d: number, k: number): number {
  const v = (deptBase[d] ?? 3) + (dimOffset[k] ?? 0) + (((d * 3 + k) % 4) - 1.5) * 0.1;
  return Math.round(Math.max(1, Math.min(5, v)) * 10) / 10;
}

/** Scores by the department's place in departmentNames. */
function byIndex(...pairs: [number, number][]): Record<string, number> {
  return Object.fromEntries(pairs.map(([i, score]) => [departmentNames[i]!, score]));
}

function figures(o: Record<string, number>): DepartmentFigure[] {
  return Object.entries(o).map(([department, score]) => ({ department, score }));
}

/** Agreed targets and importance per dimension (`null`: the default). */
export type Settings = Map<string, { target: number | null; importance: number | null }>;

export function demoScorecard(
  evidence: { nps: number | null; csat: number | null; churn: number | null },
  settings: Settings = new Map(),
): Scorecard {
  const levelName = (l: number) => questionnaire.levels[l - 1]?.name ?? '';
  const dims = questionnaire.dimensions.map((d, k) => {
    const depts: DepartmentFigure[] = departmentNames.map((n, di) => ({ department: n, score: cell(di, k) }));
    const values = depts.map((f) => f.score as number);
    const score = values.reduce((a, b) => a + b, 0) / values.length;
    const level = Math.max(1, Math.min(5, Math.floor(score)));
    const defaultTarget = Math.min(5, level + 1);
    const agreed = settings.get(d.id) ?? { target: null, importance: null };
    const target = agreed.target ?? defaultTarget;
    const importance = agreed.importance ?? 3;
    const spread = Math.max(...values) - Math.min(...values);
    return {
      id: d.id,
      title: d.title,
      shortTitle: shortTitle(d.id),
      weight: 1,
      score,
      level,
      target,
      targetIsDefault: agreed.target === null,
      defaultTarget,
      importance,
      importanceIsDefault: agreed.importance === null,
      gap: Math.max(0, target - score),
      priority: Math.max(0, target - score) * importance,
      coverage: k === 3 ? 0.55 : 0.9 + (k % 3) * 0.03,
      spread,
      misaligned: spread >= 1.5,
      lowCoverage: k === 3,
      departments: depts,
    };
  });
  const overall = dims.reduce((a, d) => a + d.score, 0) / dims.length;
  const weakest = dims.reduce((m, d) => (d.score < m.score ? d : m), dims[0]!);
  const flags: 'perceptionGap'[] =
    overall >= 3 && ((evidence.nps !== null && evidence.nps < 0) || (evidence.csat !== null && evidence.csat < 70))
      ? ['perceptionGap']
      : [];
  const deptScore = (name: string) =>
    dims.reduce((a, d) => a + (d.departments.find((f) => f.department === name)?.score ?? 0), 0) / dims.length;
  return {
    assessment: DEMO_ID,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    overall: {
      score: overall,
      level: Math.floor(overall),
      levelName: levelName(Math.floor(overall)),
      stage: Math.floor(weakest.score),
      stageName: levelName(Math.floor(weakest.score)),
      stageReason: null,
      weakestDimension: weakest.id,
      coverage: 0.87,
    },
    dimensions: dims,
    participation: demoParticipation(),
    departments: departmentNames.map((name, di) => {
      const ofDept = demoRespondents.filter((r) => r.departmentId === demoDepartments[di]!.id);
      const answered = ofDept.filter((r) => r.progress.answered > 0).length;
      return {
        name,
        respondents: answered,
        respondentsSetUp: ofDept.length,
        tookPart: answered > 0,
        score: deptScore(name),
        level: Math.floor(deptScore(name)),
        withheld: false,
      };
    }),
    respondents: [],
    misalignedQuestions: [
      {
        question: 'data.single-source',
        dimension: 'data',
        spread: 3,
        departments: figures(byIndex([0, 4], [1, 2.5], [2, 1], [7, 3])),
      },
      {
        question: 'voc.listening-posts',
        dimension: 'voc',
        spread: 2.5,
        departments: figures(byIndex([0, 4.5], [2, 2], [6, 2])),
      },
    ],
    knowledgeGaps: [
      {
        question: questionIds[0]!,
        dimension: 'vision',
        respondent: 'Jonas Berg',
        department: 'Sales',
        withheld: false,
      },
      { question: questionIds[22]!, dimension: 'data', respondent: 'Chen Wei', department: 'Finance', withheld: false },
    ],
    evidence,
    flags,
    anonymity: null,
  };
}

/** Who took part in the demo (every respondent has answers): worked out from the fixture's people. */
function demoParticipation(): Scorecard['participation'] {
  const took = demoRespondents.filter((r) => r.progress.answered > 0);
  const depts = new Set(took.map((r) => r.departmentId));
  return {
    respondents: took.length,
    respondentsSetUp: demoRespondents.length,
    departments: depts.size,
    departmentsSetUp: demoDepartments.length,
    missingDepartments: demoDepartments.filter((d) => !depts.has(d.id)).map((d) => d.name),
  };
}

export function emptyScorecard(id: string): Scorecard {
  return {
    assessment: id,
    questionnaireId: questionnaire.id,
    questionnaireVersion: questionnaire.version,
    overall: {
      score: null,
      level: null,
      levelName: null,
      stage: null,
      stageName: null,
      stageReason: 'incomplete',
      weakestDimension: null,
      coverage: 0,
    },
    dimensions: questionnaire.dimensions.map((d) => ({
      id: d.id,
      title: d.title,
      shortTitle: shortTitle(d.id),
      weight: 1,
      score: null,
      level: null,
      target: null,
      targetIsDefault: true,
      defaultTarget: null,
      importance: 3,
      importanceIsDefault: true,
      gap: null,
      priority: null,
      coverage: 0,
      spread: 0,
      misaligned: false,
      lowCoverage: true,
      departments: [],
    })),
    participation: { respondents: 0, respondentsSetUp: 0, departments: 0, departmentsSetUp: 0, missingDepartments: [] },
    departments: [],
    respondents: [],
    misalignedQuestions: [],
    knowledgeGaps: [],
    evidence: { nps: null, csat: null, churn: null },
    flags: [],
    anonymity: null,
  };
}

/** Chart geometry standing in for the core's (radar + current vs target), in a 480×400 box. */
export function demoCharts(sc: Scorecard): Chart[] {
  const W = 480;
  const H = 400;
  const cx = W / 2;
  const cy = H / 2 + 4;
  const R = 135;
  const n = sc.dimensions.length;
  const at = (k: number, v: number) => {
    const a = -Math.PI / 2 + (2 * Math.PI * k) / n;
    const r = (R * v) / 5;
    return { x: Math.round((cx + r * Math.cos(a)) * 10) / 10, y: Math.round((cy + r * Math.sin(a)) * 10) / 10 };
  };
  const text = (
    x: number,
    y: number,
    t: string,
    anchor: 'start' | 'middle' | 'end',
    size = 11,
    bold = false,
  ): Shape => ({
    shape: 'text',
    at: { x, y },
    text: t,
    size,
    anchor,
    bold,
    fill: '#33393b',
    rotate: 0,
  });
  const radar: Shape[] = [];
  for (let l = 1; l <= 5; l++) {
    radar.push({
      shape: 'path',
      points: sc.dimensions.map((_, k) => at(k, l)),
      closed: true,
      stroke: '#c9d2d1',
      strokeWidth: 1,
      fill: null,
      fillOpacity: 0,
      dashed: false,
    });
    radar.push(text(cx + 3, at(0, l).y - 2, String(l), 'start', 9));
  }
  sc.dimensions.forEach((d, k) => {
    radar.push({
      shape: 'line',
      from: { x: cx, y: cy },
      to: at(k, 5),
      stroke: '#9aa7a8',
      strokeWidth: 1,
      dashed: false,
    });
    const p = at(k, 5.7);
    radar.push(text(p.x, p.y + 4, d.shortTitle, p.x < cx - 5 ? 'end' : p.x > cx + 5 ? 'start' : 'middle'));
  });
  const series: [string, string, boolean][] = [
    ['Marketing', '#8a4b00', true],
    ['Service', '#5b3f8c', true],
  ];
  for (const [name, colour, dashed] of series) {
    const pts = sc.dimensions.map((d, k) => at(k, d.departments.find((f) => f.department === name)?.score ?? 0));
    radar.push({
      shape: 'path',
      points: pts,
      closed: true,
      stroke: colour,
      strokeWidth: 2,
      fill: null,
      fillOpacity: 0,
      dashed,
    });
  }
  radar.push({
    shape: 'path',
    points: sc.dimensions.map((d, k) => at(k, d.score ?? 0)),
    closed: true,
    stroke: '#0a5c61',
    strokeWidth: 3,
    fill: '#0a5c61',
    fillOpacity: 0.15,
    dashed: false,
  });
  // Legend, drawn by the core like the rest.
  [
    ['Organisation', '#0a5c61'],
    ['Marketing', '#8a4b00'],
    ['Service', '#5b3f8c'],
  ].forEach(([name, colour], i) => {
    const y = 14 + i * 16;
    radar.push({ shape: 'line', from: { x: 8, y }, to: { x: 28, y }, stroke: colour!, strokeWidth: 3, dashed: i > 0 });
    radar.push(text(34, y + 4, name!, 'start', 11));
  });

  const bars: Shape[] = [];
  const left = 150;
  const right = W - 20;
  const top = 28;
  const rowH = (H - 60) / n;
  const x = (v: number) => left + ((right - left) * v) / 5;
  for (let l = 0; l <= 5; l++) {
    bars.push({
      shape: 'line',
      from: { x: x(l), y: top },
      to: { x: x(l), y: top + rowH * n },
      stroke: '#d5dcdb',
      strokeWidth: 1,
      dashed: false,
    });
    bars.push(text(x(l), top + rowH * n + 16, String(l), 'middle', 10));
  }
  sc.dimensions.forEach((d, k) => {
    const y = top + rowH * k;
    bars.push(text(left - 8, y + rowH / 2 + 4, d.shortTitle, 'end', 11));
    bars.push({
      shape: 'rect',
      x: left,
      y: y + 6,
      width: x(d.score ?? 0) - left,
      height: rowH - 12,
      fill: '#0a5c61',
      stroke: null,
      strokeWidth: 0,
    });
    if (d.target !== null)
      bars.push({
        shape: 'line',
        from: { x: x(d.target), y: y + 2 },
        to: { x: x(d.target), y: y + rowH - 2 },
        stroke: '#8a4b00',
        strokeWidth: 3,
        dashed: true,
      });
  });
  bars.push({ shape: 'rect', x: left, y: 6, width: 14, height: 10, fill: '#0a5c61', stroke: null, strokeWidth: 0 });
  bars.push(text(left + 20, 15, 'Current', 'start'));
  bars.push({
    shape: 'line',
    from: { x: left + 90, y: 4 },
    to: { x: left + 90, y: 18 },
    stroke: '#8a4b00',
    strokeWidth: 3,
    dashed: true,
  });
  bars.push(text(left + 98, 15, 'Target', 'start'));
  return [
    {
      kind: 'radar',
      title: 'Organisation and departments by dimension',
      description: 'Radar of the organisation, Marketing and Service across ten dimensions, on the scale 1 to 5.',
      width: W,
      height: H,
      shapes: radar,
    },
    {
      kind: 'currentVsTarget',
      title: 'Current level and target by dimension',
      description: 'Bars show the current score per dimension; dashed marks show the target level.',
      width: W,
      height: H,
      shapes: bars,
    },
    { kind: 'heatMap', title: 'Heat map', description: 'Departments by dimensions.', width: W, height: H, shapes: [] },
  ];
}

/** An action of the real questionnaire with its dimension's title (for the rounds' completed actions). */
export function actionRef(id: string): { id: string; title: string; dimension: string } {
  for (const d of rq.dimensions)
    for (const tr of d.transitions) {
      const a = tr.actions.find((x) => x.id === id);
      if (a) return { id, title: a.title, dimension: d.title };
    }
  return { id, title: id, dimension: '' };
}

/** One action's stored edit in the mock. */
export interface Edit {
  owner: string | null;
  due: string | null;
  status: ActionView['status'];
  notes: string | null;
  dropped: boolean;
}

/**
 * A stand-in for `roadmap::plan`: for each dimension with a gap, the real
 * questionnaire's actions of each step from today's level to the target,
 * the first step Now, the second Next, later ones Later; ordered by
 * priority; then Now and Next cut to their capacities (dropped actions not
 * counted), the rest moved on with the reason. (The real rule also raises
 * phases by `requires`; the UI only shows what it gets.)
 */
export function demoRoadmap(
  sc: Scorecard,
  edits: Map<string, Edit>,
  cap: { now: number | null; next: number | null } = { now: null, next: null },
): RoadmapView {
  const phases: PhaseName[] = ['now', 'next', 'later'];
  const byPhase: Record<PhaseName, { a: ActionView; priority: number; k: number }[]> = { now: [], next: [], later: [] };
  const all = rq.dimensions.flatMap((d) => d.transitions.flatMap((t) => t.actions));
  const levelName = (l: number) => rq.levels.find((x) => x.level === l)?.name ?? '';
  sc.dimensions.forEach((d, k) => {
    if (d.score === null || d.gap === null || d.target === null || d.gap <= 0) return;
    const raw = rq.dimensions.find((x) => x.id === d.id)!;
    for (let from = Math.floor(d.score), n = 0; from < d.target; from++, n++) {
      const tr = raw.transitions.find((t) => t.from === from);
      if (!tr) continue;
      for (const x of tr.actions) {
        const e = edits.get(x.id);
        byPhase[phases[Math.min(n, 2)]!].push({
          priority: d.priority ?? 0,
          k,
          a: {
            id: x.id,
            dimensionId: d.id,
            dimensionTitle: d.title,
            fromLevel: from,
            toLevel: from + 1,
            fromName: levelName(from),
            toName: levelName(from + 1),
            title: x.title,
            description: x.description,
            effort: x.effort,
            owner: e?.owner ?? x.owner,
            defaultOwner: x.owner,
            ownerEdited: (e?.owner ?? null) !== null,
            requires: (x.requires ?? []).map((r) => ({
              id: r,
              title: all.find((y) => y.id === r)?.title ?? r,
              phase: null,
            })),
            due: e?.due ?? null,
            status: e?.status ?? null,
            notes: e?.notes ?? null,
            dropped: e?.dropped ?? false,
            moved: null,
          },
        });
      }
    }
  });
  const capacity = {
    now: cap.now ?? 8,
    next: cap.next ?? 12,
    defaultNow: 8,
    defaultNext: 12,
    min: 1,
    max: 100,
    isDefault: cap.now === null && cap.next === null,
  };
  const rank = (x: { priority: number; k: number }, y: { priority: number; k: number }) =>
    y.priority - x.priority || x.k - y.k;
  for (const [full, following, limit] of [
    ['now', 'next', capacity.now],
    ['next', 'later', capacity.next],
  ] as const) {
    byPhase[full].sort(rank);
    let kept = 0;
    const stay: (typeof byPhase)[PhaseName] = [];
    for (const x of byPhase[full]) {
      if (x.a.dropped || kept < limit) {
        if (!x.a.dropped) kept++;
        stay.push(x);
      } else {
        x.a.moved ??= { reason: 'capacity', from: full, full, required: null };
        if (x.a.moved.reason === 'capacity') x.a.moved.full = full;
        byPhase[following].push(x);
      }
    }
    byPhase[full] = stay;
  }
  const out: RoadmapView = {
    assessmentId: sc.assessment,
    capacity,
    phases: phases.map((phase) => ({
      phase,
      actions: byPhase[phase].sort(rank).map((x) => x.a),
    })),
  };
  for (const p of out.phases)
    for (const a of p.actions)
      a.requires = a.requires.map((r) => ({
        ...r,
        phase: out.phases.find((q) => q.actions.some((b) => b.id === r.id))?.phase ?? null,
      }));
  return out;
}
// The Help screen's reply (`get_help`). One methodology paragraph looks
// like markup on purpose: it must show as text, never run or render.
export const HOSTILE_METHOD_TEXT =
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>not bold</b>';

export const helpFixture: Help = {
  appName: 'CX Maturity',
  version: '0.1.0',
  methodology: [
    {
      heading: 'The five levels',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The assessment places the organisation on five levels of customer-experience maturity:',
        },
        {
          kind: 'orderedList',
          items: [
            'Initial: customer experience is fragmented and ad hoc.',
            'Developing: a voice-of-customer function exists.',
            'Defined: there is a shared vision with leadership buy-in.',
            'Managed: a customer-experience metric sits at parity with profitability.',
            'Optimising: the culture does the right thing for customers unasked.',
          ],
        },
      ],
    },
    {
      heading: 'Stage: the weakest link',
      blocks: [
        { kind: 'paragraph', text: 'The average can hide a weak spot, so the report also gives the stage.' },
        { kind: 'paragraph', text: HOSTILE_METHOD_TEXT },
      ],
    },
  ],
  data: {
    databasePath: '/home/consultant/.local/share/io.cxmaturity.desktop/cx-maturity.db',
    backupDir: '/home/consultant/.local/share/io.cxmaturity.desktop/cx-maturity.db.backups',
    appDataDir: '/home/consultant/.local/share/io.cxmaturity.desktop',
    databaseError: null,
    backupsKept: 5,
  },
};
// Import previews (`preview_import`) as the shell builds them from the
// core's merge report (a good pair of files; a good file beside a corrupted one).
export function goodPreview(): ImportPreviewView {
  return {
    token: 'import-1',
    canCommit: true,
    passphraseToken: null,
    wrongPassphrase: false,
    report: {
      files: [
        {
          fileName: 'Northwind Retail - Sales - self-assessment.cxpack',
          department: 'Sales',
          exportRecorded: true,
          respondentsAdded: ['Émilie Laurent'],
          added: 12,
          updated: 3,
          unchanged: 35,
          // Søren's pack answer is newer (the rule keeps the pack's);
          // Kasia's answer in this app is newer (the rule keeps ours).
          conflicts: [
            {
              respondentId: 'r-import-soren',
              respondent: 'Søren Nielsen',
              questionId: questionIds[0]!,
              question: questionnaire.dimensions[0]!.questions[0]!.prompt,
              database: { value: 2, comment: 'after the <b>board</b> meeting', updatedAt: '2026-04-20T10:00:00Z' },
              pack: { value: 4, comment: null, updatedAt: '2026-04-21T09:30:00Z' },
              kept: 'pack',
              ruleKeeps: 'pack',
              decidedBy: 'rule',
            },
            {
              respondentId: 'r-import-kasia',
              respondent: 'Kasia Nowak',
              questionId: questionIds[1]!,
              question: questionnaire.dimensions[0]!.questions[1]!.prompt,
              database: { value: 3, comment: 'checked with the team', updatedAt: '2026-04-22T16:45:00Z' },
              pack: { value: 1, comment: 'nobody owns this yet', updatedAt: '2026-04-19T08:15:00Z' },
              kept: 'database',
              ruleKeeps: 'database',
              decidedBy: 'rule',
            },
          ],
        },
        {
          fileName: 'Northwind Retail - Service - self-assessment.cxpack',
          department: 'Service',
          exportRecorded: false,
          respondentsAdded: [],
          added: 8,
          updated: 0,
          unchanged: 42,
          conflicts: [],
        },
      ],
      refused: [],
      added: 20,
      updated: 3,
      unchanged: 77,
      conflicts: 2,
    },
  };
}

export function refusedPreview(): ImportPreviewView {
  const good = goodPreview().report.files[1]!;
  return {
    token: '',
    canCommit: false,
    passphraseToken: null,
    wrongPassphrase: false,
    report: {
      files: [good],
      refused: [
        {
          fileName: 'sales-from-mail.cxpack',
          problems: [
            {
              path: '$',
              line: 212,
              column: 9,
              message: 'the file stops in the middle of a { … } block; it may be cut short — copy or download it again',
            },
          ],
        },
      ],
      added: good.added,
      updated: good.updated,
      unchanged: good.unchanged,
      conflicts: 0,
    },
  };
}
