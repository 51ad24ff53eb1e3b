// Typed wrappers over the shell's command table. Every call goes through
// ipc.ts; screens import from here so that a renamed command changes one file.
import { call } from './provisional/ipc';
import type {
  Answer,
  AnswerValue,
  AssessmentDetail,
  AssessmentSummary,
  Charts,
  EvidenceInput,
  QuestionnaireCheck,
  QuestionnaireInfo,
  Respondent,
  Scorecard,
  WireError,
} from './provisional/types';

export type * from './provisional/types';

export interface NewAssessment {
  organisation: string;
  title: string;
  /** A built-in questionnaire id, or null when `questionnaireText` is given. */
  questionnaireId: string | null;
  questionnaireText: string | null;
  questionnaireFile: string | null;
  departments: string[];
}

export const api = {
  listAssessments: () => call<AssessmentSummary[]>('list_assessments'),
  createAssessment: (input: NewAssessment) => call<AssessmentDetail>('create_assessment', { input }),
  deleteAssessment: (id: string) => call<void>('delete_assessment', { id }),
  createDemo: () => call<AssessmentSummary>('create_demo'),
  getAssessment: (id: string) => call<AssessmentDetail>('get_assessment', { id }),
  updateAssessment: (id: string, organisation: string, title: string) =>
    call<AssessmentDetail>('update_assessment', { id, organisation, title }),
  setDepartments: (id: string, departments: string[]) =>
    call<AssessmentDetail>('set_departments', { id, departments }),
  listQuestionnaires: () => call<QuestionnaireInfo[]>('list_questionnaires'),
  checkQuestionnaire: (file: string, text: string) =>
    call<QuestionnaireCheck>('check_questionnaire', { file, text }),
  addRespondent: (assessmentId: string, r: RespondentInput) =>
    call<Respondent>('add_respondent', { assessmentId, respondent: r }),
  updateRespondent: (assessmentId: string, id: string, r: RespondentInput) =>
    call<Respondent>('update_respondent', { assessmentId, id, respondent: r }),
  listAnswers: (assessmentId: string, respondentId: string) =>
    call<Answer[]>('list_answers', { assessmentId, respondentId }),
  saveAnswer: (
    assessmentId: string,
    respondentId: string,
    questionId: string,
    value: AnswerValue,
    comment: string | null,
  ) => call<Answer>('save_answer', { assessmentId, respondentId, questionId, value, comment }),
  scorecard: (id: string) => call<Scorecard>('get_scorecard', { id }),
  charts: (id: string) => call<Charts>('get_charts', { id }),
  addEvidence: (id: string, evidence: EvidenceInput) => call<Scorecard>('add_evidence', { id, evidence }),
};

export interface RespondentInput {
  name: string;
  departmentId: string;
  role: string | null;
  consensus: boolean;
}

/** The plain-words message of whatever an IPC call rejected with. */
export function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const m = (e as Partial<WireError>).message;
    if (typeof m === 'string' && m.length > 0) return m;
  }
  if (typeof e === 'string' && e.length > 0) return e;
  return '';
}
