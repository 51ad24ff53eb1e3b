// An in-memory stand-in for the shell's command table, installed in the page
// with @tauri-apps/api/mocks' mockIPC before the app starts. The scenario
// (full, empty, error, loading) comes from window.__CXM_SCENARIO__; tests
// steer it further through window.__cxmMock (hold or fail saves, read the
// call log).
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  Answer,
  AnswerValue,
  AssessmentDetail,
  AssessmentSummary,
  EvidenceInput,
  QuestionnaireCheck,
  Respondent,
  RespondentInput,
  WireError,
} from '../../src/api';
import {
  DEMO_ID,
  SECOND_ID,
  TOTAL,
  demoAnswers,
  demoCharts,
  demoDetail,
  demoScorecard,
  departmentsOf,
  emptyScorecard,
  questionnaire,
} from './fixtures';

type Scenario = 'full' | 'empty' | 'error' | 'loading';

interface Control {
  calls: { cmd: string; args: Record<string, unknown> }[];
  holdSaves: boolean;
  held: (() => void)[];
  failSaves: number;
  releaseSaves: () => void;
  failCommands: string[];
}

declare global {
  interface Window {
    __CXM_SCENARIO__?: Scenario;
    __cxmMock: Control;
    isTauri?: boolean;
  }
}

const scenario: Scenario = window.__CXM_SCENARIO__ ?? 'full';
// The app may check isTauri(); mockIPC does not set it.
window.isTauri = true;

const control: Control = {
  calls: [],
  holdSaves: false,
  held: [],
  failSaves: 0,
  failCommands: [],
  releaseSaves() {
    const h = control.held.splice(0);
    h.forEach((f) => f());
  },
};
window.__cxmMock = control;

const details = new Map<string, AssessmentDetail>();
const answers = new Map<string, Answer[]>();
let evidence: { nps: number | null; csat: number | null; churn: number | null } = { nps: -12, csat: 64, churn: 18 };
let counter = 0;

function fail(kind: WireError['kind'], message: string): WireError {
  return { kind, message };
}

function seed() {
  const demo = demoDetail();
  details.set(DEMO_ID, demo);
  for (const [rid, list] of demoAnswers()) answers.set(rid, list);
  details.set(SECOND_ID, {
    assessment: {
      id: SECOND_ID,
      organisation: 'Contoso Bank',
      title: 'Baseline before the CRM programme',
      status: 'open',
      createdAt: '2026-04-14T10:00:00Z',
      updatedAt: '2026-04-14T10:00:00Z',
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
    },
    questionnaire,
    departments: departmentsOf(['Retail banking', 'Service', 'IT'], SECOND_ID),
    respondents: [],
  });
}

function answersOf(rid: string): Answer[] {
  return answers.get(rid) ?? [];
}

function withProgress(d: AssessmentDetail): AssessmentDetail {
  return {
    ...d,
    respondents: d.respondents.map((r) => ({ ...r, answered: answersOf(r.id).length, total: TOTAL })),
  };
}

function summary(d: AssessmentDetail): AssessmentSummary {
  const answered = d.respondents.reduce((a, r) => a + answersOf(r.id).length, 0);
  const sc = d.assessment.id === DEMO_ID ? demoScorecard(evidence) : null;
  return {
    id: d.assessment.id,
    organisation: d.assessment.organisation,
    title: d.assessment.title,
    createdAt: d.assessment.createdAt,
    updatedAt: d.assessment.updatedAt,
    departments: d.departments.length,
    respondents: d.respondents.length,
    answered,
    expected: d.respondents.length * TOTAL,
    overallScore: sc?.overall.score ?? null,
    overallLevel: sc?.overall.level ?? null,
    overallLevelName: sc?.overall.levelName ?? null,
  };
}

function need(id: unknown): AssessmentDetail {
  const d = details.get(String(id));
  if (!d) throw fail('notFound', `no assessment with id ${String(id)}`);
  return d;
}

function checkQuestionnaire(file: string, text: string): QuestionnaireCheck {
  try {
    const parsed = JSON.parse(text) as { title?: string; dimensions?: { questions?: unknown[] }[] };
    if (!Array.isArray(parsed.dimensions) || parsed.dimensions.length === 0) {
      return {
        ok: false,
        info: null,
        issues: [
          { path: '$.dimensions', line: 3, column: 17, message: 'at least one dimension is required' },
          { path: '$.levels', line: null, column: null, message: 'missing field `levels`' },
        ],
      };
    }
    const questions = parsed.dimensions.reduce((a, d) => a + (d.questions?.length ?? 0), 0);
    return { ok: true, info: { id: 'custom', version: '1.0.0', title: parsed.title ?? file, dimensions: parsed.dimensions.length, questions }, issues: [] };
  } catch {
    return { ok: false, info: null, issues: [{ path: '$', line: 1, column: 2, message: 'expected value' }] };
  }
}

function handle(cmd: string, a: Record<string, unknown>): unknown {
  switch (cmd) {
    case 'list_assessments':
      return [...details.values()].map(summary);
    case 'list_questionnaires':
      return [{ id: questionnaire.id, version: questionnaire.version, title: questionnaire.title, dimensions: 10, questions: TOTAL }];
    case 'check_questionnaire':
      return checkQuestionnaire(String(a.file), String(a.text));
    case 'create_assessment': {
      const input = a.input as { organisation: string; title: string; departments: string[] };
      const id = `a-new-${++counter}`;
      const d: AssessmentDetail = {
        assessment: {
          id,
          organisation: input.organisation,
          title: input.title,
          status: 'open',
          createdAt: '2026-05-01T09:00:00Z',
          updatedAt: '2026-05-01T09:00:00Z',
          questionnaireId: questionnaire.id,
          questionnaireVersion: questionnaire.version,
        },
        questionnaire,
        departments: departmentsOf(input.departments, id),
        respondents: [],
      };
      details.set(id, d);
      return d;
    }
    case 'delete_assessment':
      need(a.id);
      details.delete(String(a.id));
      return null;
    case 'create_demo':
      if (!details.has(DEMO_ID)) seed();
      return summary(need(DEMO_ID));
    case 'get_assessment':
      return withProgress(need(a.id));
    case 'update_assessment': {
      const d = need(a.id);
      d.assessment = { ...d.assessment, organisation: String(a.organisation), title: String(a.title) };
      return withProgress(d);
    }
    case 'set_departments': {
      const d = need(a.id);
      const names = a.departments as string[];
      d.departments = names.map((name, position) => d.departments.find((x) => x.name === name) ?? { id: `${d.assessment.id}-d${++counter}`, name, position }).map((x, position) => ({ ...x, position }));
      return withProgress(d);
    }
    case 'add_respondent':
    case 'update_respondent': {
      const d = need(a.assessmentId);
      const input = a.respondent as RespondentInput;
      if (input.name.trim() === '') throw fail('invalidInput', 'a respondent needs a name');
      const existing = cmd === 'update_respondent' ? d.respondents.find((r) => r.id === a.id) : undefined;
      const r: Respondent = {
        id: existing?.id ?? `${d.assessment.id}-r${++counter}`,
        createdAt: existing?.createdAt ?? '2026-05-01T09:30:00Z',
        answered: 0,
        total: TOTAL,
        ...input,
      };
      d.respondents = existing ? d.respondents.map((x) => (x.id === r.id ? r : x)) : [...d.respondents, r];
      return { ...r, answered: answersOf(r.id).length };
    }
    case 'list_answers':
      need(a.assessmentId);
      return answersOf(String(a.respondentId));
    case 'save_answer': {
      const rid = String(a.respondentId);
      const qid = String(a.questionId);
      const answer: Answer = {
        respondentId: rid,
        questionId: qid,
        value: a.value as AnswerValue,
        comment: (a.comment as string | null) ?? null,
        updatedAt: new Date().toISOString(),
      };
      const list = answersOf(rid).filter((x) => x.questionId !== qid);
      answers.set(rid, [...list, answer]);
      return answer;
    }
    case 'get_scorecard':
      need(a.id);
      return a.id === DEMO_ID ? demoScorecard(evidence) : emptyScorecard(String(a.id));
    case 'get_charts':
      need(a.id);
      return demoCharts(a.id === DEMO_ID ? demoScorecard(evidence) : emptyScorecard(String(a.id)));
    case 'add_evidence': {
      need(a.id);
      const e = a.evidence as EvidenceInput;
      evidence = { ...evidence, [e.metric]: e.value };
      return a.id === DEMO_ID ? demoScorecard(evidence) : emptyScorecard(String(a.id));
    }
    default:
      throw fail('internal', `the mock has no command ${cmd}`);
  }
}

if (scenario === 'full') seed();

mockIPC((cmd, payload) => {
  const args = (payload ?? {}) as Record<string, unknown>;
  control.calls.push({ cmd, args });
  if (scenario === 'loading') return new Promise(() => undefined);
  if (scenario === 'error' || control.failCommands.includes(cmd))
    return Promise.reject(fail('storage', 'the database is locked by another program'));
  if (cmd === 'save_answer') {
    if (control.failSaves > 0) {
      control.failSaves--;
      return Promise.reject(fail('storage', 'the disk is full'));
    }
    if (control.holdSaves) {
      return new Promise((resolve, reject) => {
        control.held.push(() => {
          try {
            resolve(handle(cmd, args));
          } catch (e) {
            reject(e);
          }
        });
      });
    }
  }
  try {
    return Promise.resolve(handle(cmd, args));
  } catch (e) {
    return Promise.reject(e);
  }
});
