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
    // issue 7: exchange
    choose_export(ChooseExportArgs) -> Option<ExportTarget>;
    run_export(RunExportArgs) -> ExportResult;
    open_export(OpenExportArgs) -> ();
    preview_import(AssessmentArgs) -> Option<ImportPreviewView>;
    commit_import(ImportTokenArgs) -> ImportReportView;
    cancel_import(ImportTokenArgs) -> ();
}
