// An in-memory stand-in for the shell's command table, installed in the page
// with @tauri-apps/api/mocks' mockIPC before the app starts. The scenario
// (full, empty, error, loading) comes from window.__CXM_SCENARIO__; tests
// steer it further through window.__cxmMock (hold or fail saves, read the
// call log).
import { mockIPC } from '@tauri-apps/api/mocks';
import type {
  AddRespondentArgs,
  AssessmentSummary,
  AssessmentView,
  CommandName,
  Commands,
  CreateAssessmentArgs,
  Results,
  SaveAnswerArgs,
  SaveEvidenceArgs,
  StoredAnswer,
  UpdateRespondentArgs,
  WireError,
} from '../../src/api';
import type { ExportKind } from '../../src/bindings/ExportKind';
import type { WrittenFile } from '../../src/bindings/WrittenFile';
import {
  DEMO_ID,
  goodPreview,
  refusedPreview,
  SECOND_ID,
  TOTAL,
  demoAnswers,
  demoCharts,
  demoDetail,
  demoScorecard,
  departmentsOf,
  emptyScorecard,
  questionnaire,
  summaryOf,
} from './fixtures';

type Scenario = 'full' | 'empty' | 'error' | 'loading';

interface Control {
  calls: { cmd: string; args: unknown }[];
  holdSaves: boolean;
  held: (() => void)[];
  failSaves: number;
  releaseSaves: () => void;
  failCommands: string[];
  // issue 7, exchange: what the native dialogs answer (null: cancelled;
  // empty queue: the default destination), whether run_export waits for
  // releaseExports(), which files an import picks.
  picks: (string | null)[];
  holdExports: boolean;
  heldExports: (() => void)[];
  releaseExports: () => void;
  importPick: 'good' | 'refused' | 'cancel';
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
  picks: [],
  holdExports: false,
  heldExports: [],
  releaseExports() {
    const h = control.heldExports.splice(0);
    h.forEach((f) => f());
  },
  importPick: 'good',
  releaseSaves() {
    const h = control.held.splice(0);
    h.forEach((f) => f());
  },
};
window.__cxmMock = control;

const details = new Map<string, AssessmentView>();
const deletedIds = new Map<string, AssessmentView>();
const answers = new Map<string, StoredAnswer[]>();
let evidence: { nps: number | null; csat: number | null; churn: number | null } = { nps: -12, csat: 64, churn: 18 };
let counter = 0;

function fail(kind: WireError['kind'], message: string, issues: WireError['issues'] = []): WireError {
  return { kind, message, issues };
}

function seed() {
  details.set(DEMO_ID, demoDetail());
  for (const [rid, list] of demoAnswers()) answers.set(rid, list);
  details.set(SECOND_ID, {
    assessment: summaryOf(SECOND_ID, 'Contoso Bank', 'Baseline before the CRM programme', '2026-04-14T10:00:00Z'),
    questionnaire,
    departments: departmentsOf(['Retail banking', 'Service', 'IT'], SECOND_ID),
    respondents: [],
  });
}

function answersOf(rid: string): StoredAnswer[] {
  return answers.get(rid) ?? [];
}

function results(id: string): Results {
  const scorecard = id === DEMO_ID ? demoScorecard(evidence) : emptyScorecard(id);
  return { scorecard, charts: id === DEMO_ID ? demoCharts(scorecard) : [] };
}

function summary(d: AssessmentView): AssessmentSummary {
  const answered = d.respondents.reduce((a, r) => a + answersOf(r.id).length, 0);
  const expected = d.respondents.length * TOTAL;
  const sc = d.assessment.id === DEMO_ID ? demoScorecard(evidence) : null;
  return {
    ...d.assessment,
    departments: d.departments.length,
    respondents: d.respondents.length,
    answered,
    expected,
    completion: expected > 0 ? answered / expected : null,
    overallScore: sc?.overall.score ?? null,
    overallLevel: sc?.overall.level ?? null,
    overallLevelName: sc?.overall.levelName ?? null,
  };
}

function view(d: AssessmentView): AssessmentView {
  return {
    ...d,
    assessment: summary(d),
    departments: d.departments.map((x) => ({ ...x, respondents: d.respondents.filter((r) => r.departmentId === x.id).length })),
    respondents: d.respondents.map((r) => ({
      ...r,
      departmentName: d.departments.find((x) => x.id === r.departmentId)?.name ?? '',
      progress: { answered: answersOf(r.id).length, total: TOTAL, resumeQuestionId: null },
    })),
  };
}

function need(id: string): AssessmentView {
  const d = details.get(id);
  if (!d) throw fail('notFound', `no assessment with id ${id}`);
  return d;
}

function checkFile(fileName: string, text: string) {
  let parsed: { title?: string; dimensions?: { questions?: unknown[] }[] };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw fail('invalidQuestionnaire', `${fileName} is not a valid questionnaire`, [
      { path: '$', line: 1, column: 2, message: 'expected value' },
    ]);
  }
  if (!Array.isArray(parsed.dimensions) || parsed.dimensions.length === 0) {
    throw fail('invalidQuestionnaire', `${fileName} is not a valid questionnaire`, [
      { path: '$.dimensions', line: 3, column: 17, message: 'at least one dimension is required' },
      { path: '$.levels', line: null, column: null, message: 'missing field `levels`' },
    ]);
  }
  const questions = parsed.dimensions.reduce((a, d) => a + (d.questions?.length ?? 0), 0);
  return { id: 'custom', version: '1.0.0', title: parsed.title ?? fileName, description: '', locale: 'en', dimensions: parsed.dimensions.length, questions };
}

// issue 7, exchange: export destinations held under tokens, files written.
const targets = new Map<string, { kind: ExportKind; path: string; assessmentId: string }>();
const written = new Set<string>();

function exportDefault(id: string, kind: ExportKind): string {
  const org = need(id).assessment.organisation;
  if (kind.kind === 'pdf') return `/home/consultant/Documents/${org} - CX maturity report - 2026-05-01.pdf`;
  if (kind.kind === 'xlsx') return `/home/consultant/Documents/${org} - action register - 2026-05-01.xlsx`;
  if (kind.kind === 'allPacks') return '/home/consultant/Documents/packs';
  const dept = need(id).departments.find((d) => d.id === kind.departmentId)?.name ?? '';
  return `/home/consultant/Documents/${org} - ${dept} - self-assessment - 2026-05-01.cxpack`;
}

function writtenFile(path: string, department: string | null): WrittenFile {
  written.add(path);
  const cut = path.lastIndexOf('/');
  return { path, fileName: path.slice(cut + 1), folder: path.slice(0, cut), bytes: 48213, department };
}

type Handler = { [K in CommandName]: (args: Commands[K]['args']) => Commands[K]['result'] };

const handlers: Handler = {
  app_info: () => ({ name: 'CX Maturity', version: '0.1.0', databasePath: null, databaseError: null, locale: 'en-GB' }),
  list_assessments: () => [...details.values()].map(summary),
  list_questionnaires: () => [
    { id: questionnaire.id, version: questionnaire.version, title: questionnaire.title, description: '', locale: 'en', dimensions: 10, questions: TOTAL },
  ],
  check_questionnaire: ({ source }) => {
    if (source.kind === 'file') return checkFile(source.fileName, source.text);
    return handlers.list_questionnaires(null)[0]!;
  },
  create_assessment: (a: CreateAssessmentArgs) => {
    if (a.questionnaire.kind === 'file') checkFile(a.questionnaire.fileName, a.questionnaire.text);
    const id = `a-new-${++counter}`;
    const d: AssessmentView = {
      assessment: summaryOf(id, a.organisation, a.title, '2026-05-01T09:00:00Z'),
      questionnaire,
      departments: departmentsOf(a.departments, id),
      respondents: [],
    };
    details.set(id, d);
    return view(d);
  },
  create_demo: () => {
    if (!details.has(DEMO_ID)) seed();
    return summary(need(DEMO_ID));
  },
  delete_assessment: ({ assessmentId }) => {
    deletedIds.set(assessmentId, need(assessmentId));
    details.delete(assessmentId);
    return null;
  },
  restore_assessment: ({ assessmentId }) => {
    const d = deletedIds.get(assessmentId);
    if (!d) throw fail('notFound', `no deleted assessment with id ${assessmentId}`);
    details.set(assessmentId, d);
    return summary(d);
  },
  get_assessment: ({ assessmentId }) => view(need(assessmentId)),
  update_assessment: ({ assessmentId, organisation, title }) => {
    const d = need(assessmentId);
    d.assessment = { ...d.assessment, organisation, title };
    return view(d);
  },
  add_department: ({ assessmentId, name }) => {
    const d = need(assessmentId);
    d.departments.push({ id: `${assessmentId}-d${++counter}`, name, position: d.departments.length, respondents: 0 });
    return view(d);
  },
  rename_department: ({ assessmentId, departmentId, name }) => {
    const d = need(assessmentId);
    d.departments = d.departments.map((x) => (x.id === departmentId ? { ...x, name } : x));
    return view(d);
  },
  reorder_departments: ({ assessmentId, departmentIds }) => {
    const d = need(assessmentId);
    d.departments = departmentIds.map((id, position) => ({ ...d.departments.find((x) => x.id === id)!, position }));
    return view(d);
  },
  remove_department: ({ assessmentId, departmentId }) => {
    const d = need(assessmentId);
    d.departments = d.departments.filter((x) => x.id !== departmentId).map((x, position) => ({ ...x, position }));
    return view(d);
  },
  add_respondent: (a: AddRespondentArgs) => {
    const d = need(a.assessmentId);
    if (a.name.trim() === '') throw fail('invalidInput', 'a respondent needs a name');
    d.respondents.push({
      id: `${a.assessmentId}-r${++counter}`,
      name: a.name,
      role: a.role,
      departmentId: a.departmentId,
      departmentName: '',
      consensus: a.consensus,
      progress: { answered: 0, total: TOTAL, resumeQuestionId: null },
    });
    return view(d);
  },
  update_respondent: (a: UpdateRespondentArgs) => {
    const d = need(a.assessmentId);
    d.respondents = d.respondents.map((r) =>
      r.id === a.respondentId ? { ...r, name: a.name, role: a.role, departmentId: a.departmentId, consensus: a.consensus } : r,
    );
    return view(d);
  },
  remove_respondent: ({ assessmentId, respondentId }) => {
    const d = need(assessmentId);
    d.respondents = d.respondents.filter((r) => r.id !== respondentId);
    return view(d);
  },
  get_answers: ({ assessmentId, respondentId }) => {
    need(assessmentId);
    return { respondentId, answers: answersOf(respondentId), progress: { answered: answersOf(respondentId).length, total: TOTAL, resumeQuestionId: null } };
  },
  save_answer: (a: SaveAnswerArgs) => {
    const stored: StoredAnswer = { questionId: a.questionId, value: a.value, comment: a.comment, savedAt: new Date().toISOString() };
    answers.set(a.respondentId, [...answersOf(a.respondentId).filter((x) => x.questionId !== a.questionId), stored]);
    return stored;
  },
  clear_answer: ({ respondentId, questionId }) => {
    answers.set(respondentId, answersOf(respondentId).filter((x) => x.questionId !== questionId));
    return null;
  },
  get_results: ({ assessmentId }) => {
    need(assessmentId);
    return results(assessmentId);
  },
  set_target: ({ assessmentId }) => results(assessmentId),
  save_evidence: (a: SaveEvidenceArgs) => {
    need(a.assessmentId);
    evidence = { ...evidence, [a.metric]: a.value };
    return results(a.assessmentId);
  },
  // issue 7: exchange
  choose_export: ({ assessmentId, export: kind }) => {
    const pick = control.picks.length > 0 ? control.picks.shift()! : exportDefault(assessmentId, kind);
    if (pick === null) return null;
    const token = `export-${++counter}`;
    targets.set(token, { kind, path: pick, assessmentId });
    return { token, name: pick.slice(pick.lastIndexOf('/') + 1) };
  },
  run_export: ({ token }) => {
    const target = targets.get(token);
    if (!target) throw fail('invalidInput', 'This export was already written or was never started. Choose where to save it again.');
    targets.delete(token);
    const id = target.assessmentId;
    const kind = target.kind;
    if (kind.kind === 'allPacks') {
      const org = need(id).assessment.organisation;
      const files = need(id).departments.map((d) => writtenFile(`${target.path}/${org} - ${d.name} - self-assessment - 2026-05-01.cxpack`, d.name));
      return { files, warnings: [], millis: 41 };
    }
    const dept = kind.kind === 'pack' ? (need(id).departments.find((d) => d.id === kind.departmentId)?.name ?? null) : null;
    return { files: [writtenFile(target.path, dept)], warnings: [], millis: 187 };
  },
  open_export: ({ path }) => {
    if (!written.has(path)) throw fail('invalidInput', 'The app only opens files it exported itself in this session.');
    return null;
  },
  preview_import: ({ assessmentId }) => {
    need(assessmentId);
    if (control.importPick === 'cancel') return null;
    return control.importPick === 'refused' ? refusedPreview() : goodPreview();
  },
  commit_import: ({ token }) => {
    if (token !== 'import-1') throw fail('invalidInput', 'These packs are no longer waiting to be imported. Choose them again.');
    return goodPreview().report;
  },
  cancel_import: () => null,
};

function handle(cmd: string, args: unknown): unknown {
  const h = (handlers as Record<string, (a: unknown) => unknown>)[cmd];
  if (!h) throw fail('internal', `the mock has no command ${cmd}`);
  return h(args ?? null);
}

if (scenario === 'full') seed();

mockIPC((cmd, payload) => {
  const args = ((payload ?? {}) as { args?: unknown }).args ?? null;
  control.calls.push({ cmd, args });
  if (scenario === 'loading') return new Promise(() => undefined);
  if (scenario === 'error' || control.failCommands.includes(cmd))
    return Promise.reject(fail('storage', 'the database is locked by another program'));
  if (cmd === 'run_export' && control.holdExports) {
    return new Promise((resolve, reject) => {
      control.heldExports.push(() => {
        try {
          resolve(handle(cmd, args));
        } catch (e) {
          reject(e);
        }
      });
    });
  }
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
