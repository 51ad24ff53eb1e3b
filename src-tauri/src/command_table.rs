// The desktop app's commands: name(argument type) -> result type.
// Included by `commands.rs` (handler, TypeScript map) and by `build.rs`
// (permissions). Adding a command here also needs its `allow-…` line in
// `capabilities/default.json`; a test checks both agree.
command_table! {
    app_info() -> AppInfo;
    list_questionnaires() -> Vec<QuestionnaireInfo>;
    check_questionnaire(CheckQuestionnaireArgs) -> QuestionnaireInfo;
    list_assessments() -> Vec<AssessmentSummary>;
    create_assessment(CreateAssessmentArgs) -> AssessmentView;
    create_demo() -> AssessmentSummary;
    delete_assessment(AssessmentArgs) -> ();
    restore_assessment(AssessmentArgs) -> AssessmentSummary;
    get_assessment(AssessmentArgs) -> AssessmentView;
    update_assessment(UpdateAssessmentArgs) -> AssessmentView;
    add_department(AddDepartmentArgs) -> AssessmentView;
    rename_department(RenameDepartmentArgs) -> AssessmentView;
    reorder_departments(ReorderDepartmentsArgs) -> AssessmentView;
    remove_department(DepartmentArgs) -> AssessmentView;
    add_respondent(AddRespondentArgs) -> AssessmentView;
    update_respondent(UpdateRespondentArgs) -> AssessmentView;
    remove_respondent(RespondentArgs) -> AssessmentView;
    get_answers(RespondentArgs) -> RespondentAnswers;
    save_answer(SaveAnswerArgs) -> StoredAnswer;
    clear_answer(ClearAnswerArgs) -> ();
    get_results(AssessmentArgs) -> Results;
    set_target(SetTargetArgs) -> Results;
    save_evidence(SaveEvidenceArgs) -> Results;
    // issue 7: plan
    get_roadmap(AssessmentArgs) -> RoadmapView;
    set_action_field(SetActionFieldArgs) -> RoadmapView;
    reset_action(ActionArgs) -> RoadmapView;
    get_branding() -> BrandingView;
    set_consultant_name(SetConsultantNameArgs) -> BrandingView;
    set_accent_colour(SetAccentColourArgs) -> BrandingView;
    set_logo(SetLogoArgs) -> BrandingView;
    remove_logo() -> BrandingView;
    // issue 7: ship
    get_help() -> Help;
    // issue 7: pack
    open_pack() -> Option<PackOpened>;
    list_pack_sessions() -> Vec<PackSessionSummary>;
    get_pack_session(AssessmentArgs) -> PackSessionView;
    save_filled_pack(AssessmentArgs) -> Option<SavedPack>;
    // issue 7: exchange
    choose_export(ChooseExportArgs) -> Option<ExportTarget>;
    run_export(RunExportArgs) -> ExportResult;
    open_export(OpenExportArgs) -> ();
    preview_import(AssessmentArgs) -> Option<ImportPreviewView>;
    commit_import(ImportTokenArgs) -> ImportReportView;
    cancel_import(ImportTokenArgs) -> ();
}
