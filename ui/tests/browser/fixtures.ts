// Realistic data for the mocked-IPC browser tests, shaped like the core's
// demo assessment: the built-in questionnaire (the real file), eight
// departments, Marketing high, Service low, Data the weakest dimension, a
// perception gap. Figures here stand in for the core's output; the UI under
// test must show them as given.
import raw from '../../../questionnaires/cx-maturity/cx-maturity.json';
import type {
  Answer,
  AnswerValue,
  AssessmentDetail,
  Chart,
  ChartShape,
  Charts,
  Department,
  Questionnaire,
  Respondent,
  Scorecard,
} from '../../src/api';

interface RawQuestion {
  id: string;
  prompt: string;
  help?: string;
  weight?: number;
  anchors: string[];
}
interface RawDimension {
  id: string;
  title: string;
  description: string;
  weight?: number;
  questions: RawQuestion[];
}
interface RawQuestionnaire {
  id: string;
  version: string;
  title: string;
  description: string;
  locale: string;
  levels: { level: number; name: string; description: string }[];
  dimensions: RawDimension[];
}

const rq = raw as unknown as RawQuestionnaire;

export const questionnaire: Questionnaire = {
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
    questions: d.questions.map((q) => ({ id: q.id, prompt: q.prompt, help: q.help ?? null, weight: q.weight ?? 1, anchors: q.anchors })),
  })),
};

export const questionIds = questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id));
export const TOTAL = questionIds.length;

export const DEMO_ID = 'a-demo-northwind';
export const SECOND_ID = 'a-contoso-bank';

export const departmentNames = ['Marketing', 'Sales', 'Service', 'Product', 'Digital', 'Operations', 'Finance', 'IT'];

export function departmentsOf(names: string[], prefix: string): Department[] {
  return names.map((name, position) => ({ id: `${prefix}-d${position}`, name, position }));
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

export const demoRespondents: Respondent[] = people.map(([name, dep, role, consensus], i) => ({
  id: `${DEMO_ID}-r${i}`,
  name,
  departmentId: demoDepartments[dep]!.id,
  role,
  consensus,
  createdAt: '2026-03-02T09:00:00Z',
  answered: answeredCount[i] ?? 0,
  total: TOTAL,
}));

/** A deterministic answer pattern: Marketing high, Service low, data questions low. */
function demoValue(respondentIndex: number, questionIndex: number): AnswerValue {
  const base = [4, 3, 2, 3, 3, 2, 3, 3, 4][respondentIndex] ?? 3;
  const qid = questionIds[questionIndex] ?? '';
  const dataPenalty = qid.startsWith('data.') ? 1 : 0;
  const wobble = (respondentIndex * 7 + questionIndex * 3) % 5 === 0 ? 1 : 0;
  if ((respondentIndex + questionIndex) % 23 === 0) return 'unknown';
  const v = Math.max(1, Math.min(5, base - dataPenalty + wobble));
  return v as 1 | 2 | 3 | 4 | 5;
}

export function demoAnswers(): Map<string, Answer[]> {
  const out = new Map<string, Answer[]>();
  demoRespondents.forEach((r, ri) => {
    const list: Answer[] = [];
    for (let qi = 0; qi < (answeredCount[ri] ?? 0); qi++) {
      list.push({
        respondentId: r.id,
        questionId: questionIds[qi]!,
        value: demoValue(ri, qi),
        comment: qi === 0 ? 'Vision deck approved by the board in January.' : null,
        updatedAt: new Date(Date.UTC(2026, 2, 2, 9, qi)).toISOString(),
      });
    }
    out.set(r.id, list);
  });
  return out;
}

export function demoDetail(): AssessmentDetail {
  return {
    assessment: {
      id: DEMO_ID,
      organisation: 'Northwind Retail',
      title: 'CX maturity 2026',
      status: 'open',
      createdAt: '2026-03-02T08:30:00Z',
      updatedAt: '2026-03-09T16:00:00Z',
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
    },
    questionnaire,
    departments: demoDepartments,
    respondents: demoRespondents.map((r) => ({ ...r })),
  };
}

// Department × dimension means for the demo (stand-ins for the core's figures).
const deptBase = [4.1, 3.2, 1.9, 3.4, 3.6, 2.7, 2.9, 3.1];
const dimOffset = [0.3, 0.0, 0.4, -0.9, 0.1, -0.4, -0.1, 0.2, -0.3, 0.5];

function cell(d: number, k: number): number {
  const v = (deptBase[d] ?? 3) + (dimOffset[k] ?? 0) + (((d * 3 + k) % 4) - 1.5) * 0.1;
  return Math.round(Math.max(1, Math.min(5, v)) * 10) / 10;
}

export function demoScorecard(evidence: { nps: number | null; csat: number | null; churn: number | null }): Scorecard {
  const levelName = (l: number) => questionnaire.levels[l - 1]?.name ?? '';
  const dims = questionnaire.dimensions.map((d, k) => {
    const depts: Record<string, number | null> = {};
    departmentNames.forEach((n, di) => (depts[n] = cell(di, k)));
    const values = Object.values(depts) as number[];
    const score = values.reduce((a, b) => a + b, 0) / values.length;
    const level = Math.max(1, Math.min(5, Math.floor(score)));
    const target = Math.min(5, level + 1);
    const spread = Math.max(...values) - Math.min(...values);
    return {
      id: d.id,
      title: d.title,
      weight: 1,
      score,
      level,
      target,
      targetIsDefault: k !== 0,
      importance: 3,
      gap: Math.max(0, target - score),
      priority: Math.max(0, target - score) * 3,
      coverage: k === 3 ? 0.55 : 0.9 + (k % 3) * 0.03,
      spread,
      misaligned: spread >= 1.5,
      lowCoverage: k === 3,
      departments: depts,
    };
  });
  const overall = dims.reduce((a, d) => a + d.score, 0) / dims.length;
  const weakest = dims.reduce((m, d) => (d.score < m.score ? d : m), dims[0]!);
  const flags: 'perception_gap'[] =
    overall >= 3 && ((evidence.nps !== null && evidence.nps < 0) || (evidence.csat !== null && evidence.csat < 70)) ? ['perception_gap'] : [];
  return {
    assessment: DEMO_ID,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
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
    departments: departmentNames.map((name, di) => ({
      name,
      respondents: demoRespondents.filter((r) => r.departmentId === demoDepartments[di]!.id).length,
      score: dims.reduce((a, d) => a + (d.departments[name] ?? 0), 0) / dims.length,
      level: Math.floor(dims.reduce((a, d) => a + (d.departments[name] ?? 0), 0) / dims.length),
    })),
    misalignedQuestions: [
      { question: 'data.single-source', dimension: 'data', spread: 3, departments: { Marketing: 4, Sales: 2.5, Service: 1, IT: 3 } },
      { question: 'voc.listening-posts', dimension: 'voc', spread: 2.5, departments: { Marketing: 4.5, Service: 2, Finance: 2 } },
    ],
    knowledgeGaps: [
      { question: questionIds[0]!, dimension: 'vision', respondent: 'Jonas Berg', department: 'Sales' },
      { question: questionIds[22]!, dimension: 'data', respondent: 'Chen Wei', department: 'Finance' },
    ],
    evidence,
    flags,
  };
}

export function emptyScorecard(id: string): Scorecard {
  return {
    assessment: id,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    overall: { score: null, level: null, levelName: null, stage: null, stageName: null, stageReason: 'incomplete', weakestDimension: null, coverage: 0 },
    dimensions: questionnaire.dimensions.map((d) => ({
      id: d.id, title: d.title, weight: 1, score: null, level: null, target: 2, targetIsDefault: true, importance: 3,
      gap: null, priority: null, coverage: 0, spread: 0, misaligned: false, lowCoverage: true, departments: {},
    })),
    departments: [],
    misalignedQuestions: [],
    knowledgeGaps: [],
    evidence: { nps: null, csat: null, churn: null },
    flags: [],
  };
}

/** Chart geometry standing in for the core's (radar + current vs target), in a 480×400 box. */
export function demoCharts(sc: Scorecard): Charts {
  const W = 480;
  const H = 400;
  const cx = W / 2;
  const cy = H / 2 + 4;
  const R = 140;
  const n = sc.dimensions.length;
  const at = (k: number, v: number): [number, number] => {
    const a = -Math.PI / 2 + (2 * Math.PI * k) / n;
    const r = (R * v) / 5;
    return [Math.round((cx + r * Math.cos(a)) * 10) / 10, Math.round((cy + r * Math.sin(a)) * 10) / 10];
  };
  const radar: ChartShape[] = [];
  for (let l = 1; l <= 5; l++) {
    radar.push({ type: 'polygon', points: sc.dimensions.map((_, k) => at(k, l)), role: 'grid', series: null });
    radar.push({ type: 'text', x: cx + 3, y: at(0, l)[1] - 2, text: String(l), anchor: 'start', role: 'tick', series: null });
  }
  sc.dimensions.forEach((d, k) => {
    const [x, y] = at(k, 5);
    radar.push({ type: 'line', x1: cx, y1: cy, x2: x, y2: y, role: 'axis', series: null });
    const [lx, ly] = at(k, 5.75);
    radar.push({ type: 'text', x: lx, y: ly + 4, text: d.title.split(' ')[0] ?? d.title, anchor: lx < cx - 5 ? 'end' : lx > cx + 5 ? 'start' : 'middle', role: 'label', series: null });
  });
  const shown = ['Marketing', 'Service'];
  shown.forEach((name, si) => {
    radar.push({ type: 'polygon', points: sc.dimensions.map((d, k) => at(k, d.departments[name] ?? 0)), role: 'department', series: si + 1 });
  });
  radar.push({ type: 'polygon', points: sc.dimensions.map((d, k) => at(k, d.score ?? 0)), role: 'organisation', series: 0 });

  const bars: ChartShape[] = [];
  const left = 150;
  const right = W - 20;
  const top = 20;
  const rowH = (H - 60) / n;
  const x = (v: number) => left + ((right - left) * v) / 5;
  for (let l = 0; l <= 5; l++) {
    bars.push({ type: 'line', x1: x(l), y1: top, x2: x(l), y2: top + rowH * n, role: 'grid', series: null });
    bars.push({ type: 'text', x: x(l), y: top + rowH * n + 16, text: String(l), anchor: 'middle', role: 'tick', series: null });
  }
  sc.dimensions.forEach((d, k) => {
    const y = top + rowH * k;
    bars.push({ type: 'text', x: left - 8, y: y + rowH / 2 + 4, text: d.title.length > 22 ? `${d.title.slice(0, 21)}…` : d.title, anchor: 'end', role: 'label', series: null });
    bars.push({ type: 'rect', x: left, y: y + 6, width: x(d.score ?? 0) - left, height: rowH - 12, role: 'current', series: null });
    bars.push({ type: 'line', x1: x(d.target), y1: y + 2, x2: x(d.target), y2: y + rowH - 2, role: 'target', series: null });
  });
  const radarChart: Chart = {
    width: W,
    height: H,
    title: 'Radar of the organisation and two departments across ten dimensions, scale 1 to 5.',
    series: [
      { name: 'Organisation', role: 'organisation' },
      { name: 'Marketing', role: 'department' },
      { name: 'Service', role: 'department' },
    ],
    shapes: radar,
  };
  const barChart: Chart = {
    width: W,
    height: H,
    title: 'Bars show the current score per dimension; dashed marks show the target level.',
    series: [
      { name: 'Current', role: 'current' },
      { name: 'Target', role: 'target' },
    ],
    shapes: bars,
  };
  return { radar: radarChart, currentVsTarget: barChart };
}
