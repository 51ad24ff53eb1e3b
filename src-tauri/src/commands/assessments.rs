//! Assessments: the list on Home (without the self-assessments opened from
//! packs, listed apart), creating one (or the demo), deleting, restoring
//! and — once Home's undo is gone — purging, showing and renaming one;
//! each with its place in its chain of rounds.

use cx_maturity::scoring;
use cx_maturity::workflow;
use tauri::State;

use super::Reply;
use super::languages::default_report_locale;
use super::questionnaires::resolve_questionnaire;
use crate::convert::assessment;
use crate::convert::error::report;
use crate::convert::rounds::round_place;
use crate::state::{AppState, OpenStore};
use crate::wire::{AssessmentArgs, AssessmentSummary, AssessmentView, CreateAssessmentArgs};

#[tauri::command(async)]
pub(crate) fn list_assessments(state: State<'_, AppState>) -> Reply<Vec<AssessmentSummary>> {
    state.with("list_assessments", |s| {
        // Self-assessments opened from packs are listed apart
        // (`list_pack_sessions`).
        let sessions = s.pack_sessions()?;
        let list = s.list_assessments()?;
        list.iter()
            .filter(|a| !sessions.iter().any(|p| p.assessment_id == a.id))
            .map(|a| summary_in(s, &a.id, &list))
            .collect()
    })
}

#[tauri::command(async)]
pub(crate) fn create_assessment(
    state: State<'_, AppState>,
    args: CreateAssessmentArgs,
) -> Reply<AssessmentView> {
    // Parsed and validated before the database lock is taken.
    let q =
        resolve_questionnaire(&args.questionnaire).map_err(|e| report("create_assessment", &e))?;
    state.with("create_assessment", |s| {
        let departments: Vec<&str> = args.departments.iter().map(String::as_str).collect();
        let id = s.create_assessment(&args.organisation, &args.title, &q, &departments)?;
        let report_locale = default_report_locale(s.locale());
        s.set_report_locale(&id, report_locale)?;
        view(s, &id)
    })
}

#[tauri::command(async)]
pub(crate) fn create_demo(state: State<'_, AppState>) -> Reply<AssessmentSummary> {
    state.with("create_demo", |s| {
        let locale = s.locale();
        let id = cx_maturity::demo::create_demo_in(s, locale)?;
        summary(s, &id)
    })
}

#[tauri::command(async)]
pub(crate) fn delete_assessment(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<()> {
    state.with("delete_assessment", |s| {
        s.delete_assessment(&args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn restore_assessment(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<AssessmentSummary> {
    state.with("restore_assessment", |s| {
        s.restore_assessment(&args.assessment_id)?;
        summary(s, &args.assessment_id)
    })
}

/// Deletes for good an assessment deleted earlier, once its undo is gone
/// (Home's notice ran out, was closed, or another deletion replaced it):
/// nothing of it stays in the database's files or its backups.
#[tauri::command(async)]
pub(crate) fn purge_assessment(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<()> {
    state.with("purge_assessment", |s| {
        s.purge_assessment(&args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn get_assessment(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<AssessmentView> {
    state.with("get_assessment", |s| view(s, &args.assessment_id))
}

/// The assessment's line in the list, with its overall figures and its
/// place in its chain of rounds.
pub(crate) fn summary(s: &OpenStore<'_>, id: &str) -> cx_maturity::Result<AssessmentSummary> {
    summary_in(s, id, &s.list_assessments()?)
}

/// [`summary`] with the store's list of assessments already read (`list`
/// numbers the rounds).
fn summary_in(
    s: &OpenStore<'_>,
    id: &str,
    list: &[cx_maturity::store::AssessmentSummary],
) -> cx_maturity::Result<AssessmentSummary> {
    let data = workflow::load_in(s, id, s.locale())?;
    Ok(assessment::summary(
        &data,
        &scoring::score(&data),
        round_place(list, id),
    ))
}

/// The assessment as the set-up, respondents and questionnaire screens show
/// it; what every command that changes one of them returns.
pub(crate) fn view(s: &OpenStore<'_>, id: &str) -> cx_maturity::Result<AssessmentView> {
    let data = workflow::load_in(s, id, s.locale())?;
    Ok(assessment::assessment_view(
        &data,
        &scoring::score(&data),
        round_place(&s.list_assessments()?, id),
    ))
}
