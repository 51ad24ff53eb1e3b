// Generated from src-tauri/src/commands/table.rs by `cargo test -p cx-maturity-desktop`.
// Do not edit: change the Rust table and re-run the test.
import type { AccentColours } from "./AccentColours";
import type { AccentColoursArgs } from "./AccentColoursArgs";
import type { ActionArgs } from "./ActionArgs";
import type { AddRespondentArgs } from "./AddRespondentArgs";
import type { AgendaItemView } from "./AgendaItemView";
import type { AssessmentArgs } from "./AssessmentArgs";
import type { AssessmentSummary } from "./AssessmentSummary";
import type { AssessmentView } from "./AssessmentView";
import type { BrandingView } from "./BrandingView";
import type { CheckDepartmentNameArgs } from "./CheckDepartmentNameArgs";
import type { CheckQuestionnaireArgs } from "./CheckQuestionnaireArgs";
import type { ChooseExportArgs } from "./ChooseExportArgs";
import type { ClearAnswerArgs } from "./ClearAnswerArgs";
import type { CommitImportArgs } from "./CommitImportArgs";
import type { ConfirmAnswerArgs } from "./ConfirmAnswerArgs";
import type { CreateAssessmentArgs } from "./CreateAssessmentArgs";
import type { DatabaseLock } from "./DatabaseLock";
import type { DepartmentNameCheck } from "./DepartmentNameCheck";
import type { ExportResult } from "./ExportResult";
import type { ExportTarget } from "./ExportTarget";
import type { Help } from "./Help";
import type { ImportPreviewView } from "./ImportPreviewView";
import type { ImportReportView } from "./ImportReportView";
import type { ImportTokenArgs } from "./ImportTokenArgs";
import type { LivePacedArgs } from "./LivePacedArgs";
import type { LiveSessionView } from "./LiveSessionView";
import type { LiveShowArgs } from "./LiveShowArgs";
import type { LiveStartArgs } from "./LiveStartArgs";
import type { LiveStatusView } from "./LiveStatusView";
import type { NamesakeArgs } from "./NamesakeArgs";
import type { NetworkAddressView } from "./NetworkAddressView";
import type { NextRoundPlan } from "./NextRoundPlan";
import type { OpenExportArgs } from "./OpenExportArgs";
import type { OutlineArgs } from "./OutlineArgs";
import type { PackOpened } from "./PackOpened";
import type { PackOpening } from "./PackOpening";
import type { PackSessionSummary } from "./PackSessionSummary";
import type { PackSessionView } from "./PackSessionView";
import type { QuestionnaireInfo } from "./QuestionnaireInfo";
import type { QuestionnaireOutline } from "./QuestionnaireOutline";
import type { RemovePassphraseArgs } from "./RemovePassphraseArgs";
import type { RespondentAnswers } from "./RespondentAnswers";
import type { RespondentArgs } from "./RespondentArgs";
import type { RespondentRemoved } from "./RespondentRemoved";
import type { Results } from "./Results";
import type { RoadmapView } from "./RoadmapView";
import type { RoundProgress } from "./RoundProgress";
import type { RoundStartedView } from "./RoundStartedView";
import type { Rules } from "./Rules";
import type { RunExportArgs } from "./RunExportArgs";
import type { SaveAnswerArgs } from "./SaveAnswerArgs";
import type { SaveEvidenceArgs } from "./SaveEvidenceArgs";
import type { SaveFilledPackArgs } from "./SaveFilledPackArgs";
import type { SaveSetupArgs } from "./SaveSetupArgs";
import type { SavedPack } from "./SavedPack";
import type { SealedImportArgs } from "./SealedImportArgs";
import type { SealedPackArgs } from "./SealedPackArgs";
import type { SetAccentColourArgs } from "./SetAccentColourArgs";
import type { SetActionFieldArgs } from "./SetActionFieldArgs";
import type { SetAnonymityArgs } from "./SetAnonymityArgs";
import type { SetAppLocaleArgs } from "./SetAppLocaleArgs";
import type { SetConsultantNameArgs } from "./SetConsultantNameArgs";
import type { SetDoNotQuoteArgs } from "./SetDoNotQuoteArgs";
import type { SetLogoArgs } from "./SetLogoArgs";
import type { SetPassphraseArgs } from "./SetPassphraseArgs";
import type { SetReportLocaleArgs } from "./SetReportLocaleArgs";
import type { SetRespondentLocaleArgs } from "./SetRespondentLocaleArgs";
import type { SetRoadmapCapacityArgs } from "./SetRoadmapCapacityArgs";
import type { SetTargetArgs } from "./SetTargetArgs";
import type { StartNextRoundArgs } from "./StartNextRoundArgs";
import type { StoredAnswer } from "./StoredAnswer";
import type { UndoRemovalArgs } from "./UndoRemovalArgs";
import type { UnlockArgs } from "./UnlockArgs";
import type { UpdateRespondentArgs } from "./UpdateRespondentArgs";
import type { WrittenFile } from "./WrittenFile";

/** Every command of the desktop app: its argument (`null`: none) and its result. */
export type Commands = {
  rules: { args: null; result: Rules };
  list_questionnaires: { args: null; result: Array<QuestionnaireInfo> };
  check_questionnaire: { args: CheckQuestionnaireArgs; result: QuestionnaireInfo };
  list_assessments: { args: null; result: Array<AssessmentSummary> };
  create_assessment: { args: CreateAssessmentArgs; result: AssessmentView };
  create_demo: { args: null; result: AssessmentSummary };
  delete_assessment: { args: AssessmentArgs; result: null };
  restore_assessment: { args: AssessmentArgs; result: AssessmentSummary };
  purge_assessment: { args: AssessmentArgs; result: null };
  get_assessment: { args: AssessmentArgs; result: AssessmentView };
  set_app_locale: { args: SetAppLocaleArgs; result: string };
  set_report_locale: { args: SetReportLocaleArgs; result: AssessmentView };
  set_respondent_locale: { args: SetRespondentLocaleArgs; result: AssessmentView };
  get_questionnaire_outline: { args: OutlineArgs; result: QuestionnaireOutline };
  set_anonymity: { args: SetAnonymityArgs; result: AssessmentView };
  set_do_not_quote: { args: SetDoNotQuoteArgs; result: StoredAnswer };
  save_setup: { args: SaveSetupArgs; result: AssessmentView };
  check_department_name: { args: CheckDepartmentNameArgs; result: DepartmentNameCheck };
  find_namesake: { args: NamesakeArgs; result: string | null };
  add_respondent: { args: AddRespondentArgs; result: AssessmentView };
  update_respondent: { args: UpdateRespondentArgs; result: AssessmentView };
  remove_respondent: { args: RespondentArgs; result: RespondentRemoved };
  undo_remove_respondent: { args: UndoRemovalArgs; result: AssessmentView };
  get_answers: { args: RespondentArgs; result: RespondentAnswers };
  save_answer: { args: SaveAnswerArgs; result: StoredAnswer };
  clear_answer: { args: ClearAnswerArgs; result: null };
  get_results: { args: AssessmentArgs; result: Results };
  set_target: { args: SetTargetArgs; result: Results };
  save_evidence: { args: SaveEvidenceArgs; result: Results };
  get_roadmap: { args: AssessmentArgs; result: RoadmapView };
  set_action_field: { args: SetActionFieldArgs; result: RoadmapView };
  reset_action: { args: ActionArgs; result: RoadmapView };
  set_roadmap_capacity: { args: SetRoadmapCapacityArgs; result: RoadmapView };
  reset_roadmap_capacity: { args: AssessmentArgs; result: RoadmapView };
  get_branding: { args: null; result: BrandingView };
  set_consultant_name: { args: SetConsultantNameArgs; result: BrandingView };
  set_accent_colour: { args: SetAccentColourArgs; result: BrandingView };
  accent_colours: { args: AccentColoursArgs; result: AccentColours };
  set_logo: { args: SetLogoArgs; result: BrandingView };
  remove_logo: { args: null; result: BrandingView };
  finish_closing: { args: null; result: null };
  database_lock: { args: null; result: DatabaseLock };
  unlock_database: { args: UnlockArgs; result: DatabaseLock };
  set_database_passphrase: { args: SetPassphraseArgs; result: DatabaseLock };
  remove_database_passphrase: { args: RemovePassphraseArgs; result: DatabaseLock };
  get_help: { args: null; result: Help };
  save_data_copy: { args: null; result: WrittenFile | null };
  open_pack: { args: null; result: PackOpening | null };
  open_sealed_pack: { args: SealedPackArgs; result: PackOpened };
  list_pack_sessions: { args: null; result: Array<PackSessionSummary> };
  get_pack_session: { args: AssessmentArgs; result: PackSessionView };
  save_filled_pack: { args: SaveFilledPackArgs; result: SavedPack | null };
  choose_export: { args: ChooseExportArgs; result: ExportTarget | null };
  run_export: { args: RunExportArgs; result: ExportResult };
  open_export: { args: OpenExportArgs; result: null };
  preview_import: { args: AssessmentArgs; result: ImportPreviewView | null };
  preview_sealed_import: { args: SealedImportArgs; result: ImportPreviewView };
  commit_import: { args: CommitImportArgs; result: ImportReportView };
  cancel_import: { args: ImportTokenArgs; result: null };
  live_network_addresses: { args: null; result: Array<NetworkAddressView> };
  live_start: { args: LiveStartArgs; result: LiveSessionView };
  live_session: { args: null; result: LiveSessionView | null };
  live_stop: { args: null; result: null };
  live_status: { args: null; result: LiveStatusView | null };
  live_set_paced: { args: LivePacedArgs; result: LiveStatusView };
  live_show_question: { args: LiveShowArgs; result: LiveStatusView };
  live_reveal: { args: null; result: LiveStatusView };
  live_open_revote: { args: null; result: LiveStatusView };
  live_agenda: { args: AssessmentArgs; result: Array<AgendaItemView> };
  next_round_plan: { args: AssessmentArgs; result: NextRoundPlan };
  start_next_round: { args: StartNextRoundArgs; result: RoundStartedView };
  confirm_answer: { args: ConfirmAnswerArgs; result: StoredAnswer };
  get_round_progress: { args: AssessmentArgs; result: RoundProgress };
};

export type CommandName = keyof Commands;

/** The command names, in table order (for tests and exhaustiveness checks). */
export const COMMAND_NAMES = [
  "rules",
  "list_questionnaires",
  "check_questionnaire",
  "list_assessments",
  "create_assessment",
  "create_demo",
  "delete_assessment",
  "restore_assessment",
  "purge_assessment",
  "get_assessment",
  "set_app_locale",
  "set_report_locale",
  "set_respondent_locale",
  "get_questionnaire_outline",
  "set_anonymity",
  "set_do_not_quote",
  "save_setup",
  "check_department_name",
  "find_namesake",
  "add_respondent",
  "update_respondent",
  "remove_respondent",
  "undo_remove_respondent",
  "get_answers",
  "save_answer",
  "clear_answer",
  "get_results",
  "set_target",
  "save_evidence",
  "get_roadmap",
  "set_action_field",
  "reset_action",
  "set_roadmap_capacity",
  "reset_roadmap_capacity",
  "get_branding",
  "set_consultant_name",
  "set_accent_colour",
  "accent_colours",
  "set_logo",
  "remove_logo",
  "finish_closing",
  "database_lock",
  "unlock_database",
  "set_database_passphrase",
  "remove_database_passphrase",
  "get_help",
  "save_data_copy",
  "open_pack",
  "open_sealed_pack",
  "list_pack_sessions",
  "get_pack_session",
  "save_filled_pack",
  "choose_export",
  "run_export",
  "open_export",
  "preview_import",
  "preview_sealed_import",
  "commit_import",
  "cancel_import",
  "live_network_addresses",
  "live_start",
  "live_session",
  "live_stop",
  "live_status",
  "live_set_paced",
  "live_show_question",
  "live_reveal",
  "live_open_revote",
  "live_agenda",
  "next_round_plan",
  "start_next_round",
  "confirm_answer",
  "get_round_progress",
] as const satisfies readonly CommandName[];
