// PROVISIONAL: mirrors the shell's wire types (src-tauri/src/wire/*.rs on
// the `desktop` branch) until its generated bindings land in
// ui/src/bindings/. Delete this folder then.

export type ErrorKind = 'notFound' | 'invalidInput' | 'invalidQuestionnaire' | 'invalidPack' | 'storage' | 'report' | 'io' | 'internal';
export interface FileIssue { path: string; line: number | null; column: number | null; message: string }
export interface WireError { kind: ErrorKind; message: string; issues: FileIssue[] }

export type AnswerChoice = 1 | 2 | 3 | 4 | 5 | 'na' | 'unknown';

export interface AppInfo { name: string; version: string; databasePath: string | null; databaseError: string | null; locale: string }
export interface QuestionnaireInfo { id: string; version: string; title: string; description: string; locale: string; dimensions: number; questions: number }
export interface AssessmentSummary {
  id: string; organisation: string; title: string; createdAt: string; updatedAt: string; questionnaireTitle: string;
  departments: number; respondents: number; answered: number; expected: number; completion: number | null;
  overallScore: number | null; overallLevel: number | null; overallLevelName: string | null;
}
export interface AssessmentView { assessment: AssessmentSummary; departments: DepartmentView[]; respondents: RespondentView[]; questionnaire: QuestionnaireOutline }
export interface DepartmentView { id: string; name: string; position: number; respondents: number }
export interface RespondentView { id: string; name: string; role: string | null; departmentId: string; departmentName: string; consensus: boolean; progress: Progress }
export interface Progress { answered: number; total: number; resumeQuestionId: string | null }
export interface QuestionnaireOutline { id: string; version: string; title: string; description: string; locale: string; levels: LevelInfo[]; dimensions: DimensionOutline[] }
export interface LevelInfo { level: number; name: string; description: string }
export interface DimensionOutline { id: string; title: string; description: string; weight: number; questions: QuestionOutline[] }
export interface QuestionOutline { id: string; prompt: string; help: string | null; anchors: string[] }
export interface StoredAnswer { questionId: string; value: AnswerChoice; comment: string | null; savedAt: string }
export interface RespondentAnswers { respondentId: string; answers: StoredAnswer[]; progress: Progress }

export interface Results { scorecard: Scorecard; charts: Chart[] }
export interface Scorecard {
  assessment: string; questionnaireId: string; questionnaireVersion: string; overall: Overall;
  dimensions: DimensionScore[]; departments: DepartmentScore[]; respondents: RespondentScore[];
  misalignedQuestions: MisalignedQuestion[]; knowledgeGaps: KnowledgeGap[]; evidence: EvidenceSummary; flags: Flag[];
}
export interface Overall {
  score: number | null; level: number | null; levelName: string | null; stage: number | null; stageName: string | null;
  stageReason: string | null; weakestDimension: string | null; coverage: number | null;
}
export interface DimensionScore {
  id: string; title: string; weight: number; score: number | null; level: number | null; target: number; targetIsDefault: boolean;
  importance: number; gap: number | null; priority: number | null; coverage: number | null; spread: number; misaligned: boolean;
  lowCoverage: boolean; departments: DepartmentFigure[];
}
export interface DepartmentFigure { department: string; score: number | null }
export interface DepartmentScore { name: string; respondents: number; score: number | null; level: number | null }
export interface RespondentScore { id: string; name: string; department: string; score: number | null; dimensions: (number | null)[] }
export interface MisalignedQuestion { question: string; dimension: string; spread: number; departments: DepartmentFigure[] }
export interface KnowledgeGap { question: string; dimension: string; respondent: string; department: string }
export interface EvidenceSummary { nps: number | null; csat: number | null; churn: number | null }
export type Flag = 'perceptionGap';
export type EvidenceMetric = 'nps' | 'csat' | 'churn';
export type ChartKind = 'radar' | 'currentVsTarget' | 'heatMap';
export interface Chart { kind: ChartKind; title: string; description: string; width: number; height: number; shapes: Shape[] }
export interface Point { x: number; y: number }
export type TextAnchor = 'start' | 'middle' | 'end';
export type Shape =
  | { shape: 'line'; from: Point; to: Point; stroke: string; strokeWidth: number; dashed: boolean }
  | { shape: 'path'; points: Point[]; closed: boolean; stroke: string | null; strokeWidth: number; fill: string | null; fillOpacity: number }
  | { shape: 'rect'; x: number; y: number; width: number; height: number; fill: string | null; stroke: string | null }
  | { shape: 'circle'; centre: Point; radius: number; fill: string | null; stroke: string | null }
  | { shape: 'text'; at: Point; text: string; size: number; anchor: TextAnchor; bold: boolean; fill: string };

export type QuestionnaireSource = { kind: 'builtin'; id: string } | { kind: 'file'; fileName: string; text: string };
export interface CheckQuestionnaireArgs { source: QuestionnaireSource }
export interface CreateAssessmentArgs { organisation: string; title: string; questionnaire: QuestionnaireSource; departments: string[] }
export interface AssessmentArgs { assessmentId: string }
export interface UpdateAssessmentArgs { assessmentId: string; organisation: string; title: string }
export interface AddDepartmentArgs { assessmentId: string; name: string }
export interface RenameDepartmentArgs { assessmentId: string; departmentId: string; name: string }
export interface ReorderDepartmentsArgs { assessmentId: string; departmentIds: string[] }
export interface DepartmentArgs { assessmentId: string; departmentId: string }
export interface AddRespondentArgs { assessmentId: string; departmentId: string; name: string; role: string | null; consensus: boolean }
export interface UpdateRespondentArgs { assessmentId: string; respondentId: string; departmentId: string; name: string; role: string | null; consensus: boolean }
export interface RespondentArgs { assessmentId: string; respondentId: string }
export interface SaveAnswerArgs { assessmentId: string; respondentId: string; questionId: string; value: AnswerChoice; comment: string | null }
export interface ClearAnswerArgs { assessmentId: string; respondentId: string; questionId: string }
export interface SetTargetArgs { assessmentId: string; dimensionId: string; target: number | null; importance: number | null }
export interface SaveEvidenceArgs { assessmentId: string; metric: EvidenceMetric; value: number; date: string | null; source: string | null }

export interface Commands {
  app_info: { args: null; result: AppInfo };
  list_questionnaires: { args: null; result: QuestionnaireInfo[] };
  check_questionnaire: { args: CheckQuestionnaireArgs; result: QuestionnaireInfo };
  list_assessments: { args: null; result: AssessmentSummary[] };
  create_assessment: { args: CreateAssessmentArgs; result: AssessmentView };
  create_demo: { args: null; result: AssessmentSummary };
  delete_assessment: { args: AssessmentArgs; result: null };
  restore_assessment: { args: AssessmentArgs; result: AssessmentSummary };
  get_assessment: { args: AssessmentArgs; result: AssessmentView };
  update_assessment: { args: UpdateAssessmentArgs; result: AssessmentView };
  add_department: { args: AddDepartmentArgs; result: AssessmentView };
  rename_department: { args: RenameDepartmentArgs; result: AssessmentView };
  reorder_departments: { args: ReorderDepartmentsArgs; result: AssessmentView };
  remove_department: { args: DepartmentArgs; result: AssessmentView };
  add_respondent: { args: AddRespondentArgs; result: AssessmentView };
  update_respondent: { args: UpdateRespondentArgs; result: AssessmentView };
  remove_respondent: { args: RespondentArgs; result: AssessmentView };
  get_answers: { args: RespondentArgs; result: RespondentAnswers };
  save_answer: { args: SaveAnswerArgs; result: StoredAnswer };
  clear_answer: { args: ClearAnswerArgs; result: null };
  get_results: { args: AssessmentArgs; result: Results };
  set_target: { args: SetTargetArgs; result: Results };
  save_evidence: { args: SaveEvidenceArgs; result: Results };
}
export type CommandName = keyof Commands;
