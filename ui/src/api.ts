// The UI's view of the desktop commands: re-exports the wire types and a few
// helpers over errors. Every call goes through ipc.ts's `call`.
export { call, CommandError } from './ipc';
export type { ArgsOf, CommandName, Commands, ResultOf } from './ipc';
export type * from './bindings/AddDepartmentArgs';
export type * from './bindings/AddRespondentArgs';
export type * from './bindings/AnswerChoice';
export type * from './bindings/AppInfo';
export type * from './bindings/AssessmentArgs';
export type * from './bindings/AssessmentSummary';
export type * from './bindings/AssessmentView';
export type * from './bindings/Chart';
export type * from './bindings/ChartKind';
export type * from './bindings/CheckQuestionnaireArgs';
export type * from './bindings/ClearAnswerArgs';
export type * from './bindings/CreateAssessmentArgs';
export type * from './bindings/DepartmentArgs';
export type * from './bindings/DepartmentFigure';
export type * from './bindings/DepartmentScore';
export type * from './bindings/DepartmentView';
export type * from './bindings/DimensionOutline';
export type * from './bindings/DimensionScore';
export type * from './bindings/ErrorKind';
export type * from './bindings/EvidenceMetric';
export type * from './bindings/EvidenceSummary';
export type * from './bindings/FileIssue';
export type * from './bindings/Flag';
export type * from './bindings/KnowledgeGap';
export type * from './bindings/LevelInfo';
export type * from './bindings/MisalignedQuestion';
export type * from './bindings/Overall';
export type * from './bindings/PackOpenKind';
export type * from './bindings/PackOpened';
export type * from './bindings/PackSessionSummary';
export type * from './bindings/PackSessionView';
export type * from './bindings/Point';
export type * from './bindings/Progress';
export type * from './bindings/QuestionOutline';
export type * from './bindings/QuestionnaireInfo';
export type * from './bindings/QuestionnaireOutline';
export type * from './bindings/QuestionnaireSource';
export type * from './bindings/RenameDepartmentArgs';
export type * from './bindings/ReorderDepartmentsArgs';
export type * from './bindings/RespondentAnswers';
export type * from './bindings/RespondentArgs';
export type * from './bindings/RespondentScore';
export type * from './bindings/RespondentView';
export type * from './bindings/Results';
export type * from './bindings/SaveAnswerArgs';
export type * from './bindings/SaveEvidenceArgs';
export type * from './bindings/SavedPack';
export type * from './bindings/Scorecard';
export type * from './bindings/SetTargetArgs';
export type * from './bindings/Shape';
export type * from './bindings/StoredAnswer';
export type * from './bindings/TextAnchor';
export type * from './bindings/UpdateAssessmentArgs';
export type * from './bindings/UpdateRespondentArgs';
export type * from './bindings/WireError';
// issue 7: plan
export type * from './bindings/ActionArgs';
export type * from './bindings/ActionFieldValue';
export type * from './bindings/ActionStatusName';
export type * from './bindings/ActionView';
export type * from './bindings/BrandingView';
export type * from './bindings/Effort';
export type * from './bindings/LogoView';
export type * from './bindings/PhaseName';
export type * from './bindings/PhaseView';
export type * from './bindings/RequiredAction';
export type * from './bindings/RoadmapView';
export type * from './bindings/SetAccentColourArgs';
export type * from './bindings/SetActionFieldArgs';
export type * from './bindings/SetConsultantNameArgs';
export type * from './bindings/SetLogoArgs';
export type * from './bindings/DataLocations';
export type * from './bindings/Help';
export type * from './bindings/HelpBlock';
export type * from './bindings/HelpSection';
import type { FileIssue } from './bindings/FileIssue';

/** The plain-words message of whatever an IPC call rejected with. */
export function errorMessage(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'message' in e) {
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && m.length > 0) return m;
  }
  if (typeof e === 'string' && e.length > 0) return e;
  return '';
}

/** The located problems a rejected call carried (a questionnaire file's, say). */
export function errorIssues(e: unknown): FileIssue[] {
  if (typeof e === 'object' && e !== null && 'issues' in e) {
    const i = (e as { issues?: unknown }).issues;
    if (Array.isArray(i)) return i as FileIssue[];
  }
  return [];
}

/** The error's kind, when it has one. */
export function errorKind(e: unknown): string | null {
  if (typeof e === 'object' && e !== null && 'kind' in e) {
    const k = (e as { kind?: unknown }).kind;
    if (typeof k === 'string') return k;
  }
  return null;
}
