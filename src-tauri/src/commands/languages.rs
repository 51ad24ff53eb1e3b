//! Languages: the app's (set by the UI at start-up and on every switch;
//! commands load questionnaire texts in it), an assessment's report
//! language, a respondent's answering language, and the questionnaire in
//! one of its languages for the Questionnaire screen. Only texts change
//! with a language: ids, answers and figures stay the same.

use tauri::State;

use super::{Reply, ensure_respondent, view};
use crate::convert::assessment::questionnaire_outline;
use crate::state::{AppState, OpenStore};
use crate::wire::{
    AssessmentView, OutlineArgs, QuestionnaireOutline, SetAppLocaleArgs, SetReportLocaleArgs,
    SetRespondentLocaleArgs,
};

/// Sets the app's language; returns it as the app uses it (`de` for
/// `de-CH`). An unknown language is refused and nothing changes.
#[tauri::command(async)]
pub(crate) fn set_app_locale(state: State<'_, AppState>, args: SetAppLocaleArgs) -> Reply<String> {
    state.set_locale(&args.locale).map(str::to_owned)
}

#[tauri::command(async)]
pub(crate) fn set_report_locale(
    state: State<'_, AppState>,
    args: SetReportLocaleArgs,
) -> Reply<AssessmentView> {
    state.with("set_report_locale", |s| report_locale_set(s, &args))
}

/// What `set_report_locale` does with the store.
pub(crate) fn report_locale_set(
    s: &mut OpenStore<'_>,
    args: &SetReportLocaleArgs,
) -> cx_maturity::Result<AssessmentView> {
    s.set_report_locale(&args.assessment_id, &args.locale)?;
    view(s, &args.assessment_id)
}

#[tauri::command(async)]
pub(crate) fn set_respondent_locale(
    state: State<'_, AppState>,
    args: SetRespondentLocaleArgs,
) -> Reply<AssessmentView> {
    state.with("set_respondent_locale", |s| respondent_locale_set(s, &args))
}

/// What `set_respondent_locale` does with the store.
pub(crate) fn respondent_locale_set(
    s: &mut OpenStore<'_>,
    args: &SetRespondentLocaleArgs,
) -> cx_maturity::Result<AssessmentView> {
    ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
    s.set_respondent_locale(&args.respondent_id, args.locale.as_deref())?;
    view(s, &args.assessment_id)
}

#[tauri::command(async)]
pub(crate) fn get_questionnaire_outline(
    state: State<'_, AppState>,
    args: OutlineArgs,
) -> Reply<QuestionnaireOutline> {
    state.with("get_questionnaire_outline", |s| outline_in(s, &args))
}

/// The assessment's questionnaire in `args.locale` (one it has texts for),
/// else in the app's language.
pub(crate) fn outline_in(
    s: &OpenStore<'_>,
    args: &OutlineArgs,
) -> cx_maturity::Result<QuestionnaireOutline> {
    let q = s.questionnaire(&args.assessment_id)?;
    let locale = match args.locale.as_deref() {
        Some(tag) => q.check_locale(tag)?,
        None => s.locale().to_owned(),
    };
    Ok(questionnaire_outline(&q.in_locale(&locale)))
}

/// The report language a new assessment starts with: the app's when the
/// report can be written in it, else English.
pub(crate) fn default_report_locale(app_locale: &str) -> &str {
    match cx_maturity::report::locale::labels(app_locale) {
        Ok(_) => app_locale,
        Err(_) => "en",
    }
}
