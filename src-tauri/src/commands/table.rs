// The desktop app's commands: name(argument type) -> result type, grouped
// by area (one file of `commands/` per group). Included by `commands/mod.rs`
// (handler, TypeScript map) and by `build.rs` (permissions). Adding a
// command here also needs its `allow-…` line in `capabilities/default.json`;
// a test checks both agree.
command_table! {
    // the core's rules the screens apply while the user types
    rules() -> Rules;
    // questionnaires
    list_questionnaires() -> Vec<QuestionnaireInfo>;
    check_questionnaire(CheckQuestionnaireArgs) -> QuestionnaireInfo;
    // assessments
    list_assessments() -> Vec<AssessmentSummary>;
    create_assessment(CreateAssessmentArgs) -> AssessmentView;
    create_demo() -> AssessmentSummary;
    delete_assessment(AssessmentArgs) -> ();
    restore_assessment(AssessmentArgs) -> AssessmentSummary;
    purge_assessment(AssessmentArgs) -> ();
    get_assessment(AssessmentArgs) -> AssessmentView;
    // languages: the app's, the report's, a respondent's; the questionnaire in one
    set_app_locale(SetAppLocaleArgs) -> String;
    set_report_locale(SetReportLocaleArgs) -> AssessmentView;
    set_respondent_locale(SetRespondentLocaleArgs) -> AssessmentView;
    get_questionnaire_outline(OutlineArgs) -> QuestionnaireOutline;
    // anonymity: an assessment anonymous or named; a comment not to be quoted
    set_anonymity(SetAnonymityArgs) -> AssessmentView;
    set_do_not_quote(SetDoNotQuoteArgs) -> StoredAnswer;
    // set-up: organisation, title and departments
    save_setup(SaveSetupArgs) -> AssessmentView;
    check_department_name(CheckDepartmentNameArgs) -> DepartmentNameCheck;
    // respondents
    find_namesake(NamesakeArgs) -> Option<String>;
    add_respondent(AddRespondentArgs) -> AssessmentView;
    update_respondent(UpdateRespondentArgs) -> AssessmentView;
    remove_respondent(RespondentArgs) -> RespondentRemoved;
    undo_remove_respondent(UndoRemovalArgs) -> AssessmentView;
    // answers
    get_answers(RespondentArgs) -> RespondentAnswers;
    save_answer(SaveAnswerArgs) -> StoredAnswer;
    clear_answer(ClearAnswerArgs) -> ();
    // results (scorecard and charts), targets, customer evidence
    get_results(AssessmentArgs) -> Results;
    set_target(SetTargetArgs) -> Results;
    save_evidence(SaveEvidenceArgs) -> Results;
    // roadmap
    get_roadmap(AssessmentArgs) -> RoadmapView;
    set_action_field(SetActionFieldArgs) -> RoadmapView;
    reset_action(ActionArgs) -> RoadmapView;
    set_roadmap_capacity(SetRoadmapCapacityArgs) -> RoadmapView;
    reset_roadmap_capacity(AssessmentArgs) -> RoadmapView;
    // branding
    get_branding() -> BrandingView;
    set_consultant_name(SetConsultantNameArgs) -> BrandingView;
    set_accent_colour(SetAccentColourArgs) -> BrandingView;
    accent_colours(AccentColoursArgs) -> AccentColours;
    set_logo(SetLogoArgs) -> BrandingView;
    remove_logo() -> BrandingView;
    // the window: closing it once the page saved what it held
    finish_closing() -> ();
    // encryption at rest: the unlock screen and the passphrase settings
    database_lock() -> DatabaseLock;
    unlock_database(UnlockArgs) -> DatabaseLock;
    set_database_passphrase(SetPassphraseArgs) -> DatabaseLock;
    remove_database_passphrase(RemovePassphraseArgs) -> DatabaseLock;
    // help, and a copy of all data
    get_help() -> Help;
    save_data_copy() -> Option<WrittenFile>;
    // pack sessions (the department head's side)
    open_pack() -> Option<PackOpening>;
    open_sealed_pack(SealedPackArgs) -> PackOpened;
    list_pack_sessions() -> Vec<PackSessionSummary>;
    get_pack_session(AssessmentArgs) -> PackSessionView;
    save_filled_pack(SaveFilledPackArgs) -> Option<SavedPack>;
    // exports
    choose_export(ChooseExportArgs) -> Option<ExportTarget>;
    run_export(RunExportArgs) -> ExportResult;
    open_export(OpenExportArgs) -> ();
    // imports
    preview_import(AssessmentArgs) -> Option<ImportPreviewView>;
    preview_sealed_import(SealedImportArgs) -> ImportPreviewView;
    commit_import(CommitImportArgs) -> ImportReportView;
    cancel_import(ImportTokenArgs) -> ();
    // the live workshop
    live_network_addresses() -> Vec<NetworkAddressView>;
    live_start(LiveStartArgs) -> LiveSessionView;
    live_session() -> Option<LiveSessionView>;
    live_stop() -> ();
    live_status() -> Option<LiveStatusView>;
    live_set_paced(LivePacedArgs) -> LiveStatusView;
    live_show_question(LiveShowArgs) -> LiveStatusView;
    live_reveal() -> LiveStatusView;
    live_open_revote() -> LiveStatusView;
    live_agenda(AssessmentArgs) -> Vec<AgendaItemView>;
    // rounds: the next round, carried answers, progress since the last round
    next_round_plan(AssessmentArgs) -> NextRoundPlan;
    start_next_round(StartNextRoundArgs) -> RoundStartedView;
    confirm_answer(ConfirmAnswerArgs) -> StoredAnswer;
    get_round_progress(AssessmentArgs) -> RoundProgress;
}
