//! An assessment's respondents: add, update, remove (with an undo while the
//! window offers it). A respondent named by the window must belong to the
//! assessment it has open.

use cx_maturity::Error;
use cx_maturity::store::Store;
use tauri::State;

use super::{Reply, view};
use crate::convert;
use crate::state::AppState;
use crate::tokens::Tokens;
use crate::wire::{
    AddRespondentArgs, AssessmentView, NamesakeArgs, RespondentArgs, RespondentRemoved,
    UndoRemovalArgs, UpdateRespondentArgs, WireError,
};

/// The stored name of another respondent of the department with the name
/// typed (case and spacing ignored), for the form's "add anyway?" warning.
#[tauri::command(async)]
pub(crate) fn find_namesake(
    state: State<'_, AppState>,
    args: NamesakeArgs,
) -> Reply<Option<String>> {
    state.with("find_namesake", |s| {
        if let Some(id) = &args.respondent_id {
            ensure_respondent(s, &args.assessment_id, id)?;
        }
        Ok(s.namesake(
            &args.assessment_id,
            &args.department_id,
            &args.name,
            args.respondent_id.as_deref(),
        )?
        .map(|r| r.name))
    })
}

#[tauri::command(async)]
pub(crate) fn add_respondent(
    state: State<'_, AppState>,
    args: AddRespondentArgs,
) -> Reply<AssessmentView> {
    state.with("add_respondent", |s| {
        s.add_respondent(
            &args.assessment_id,
            &args.department_id,
            &args.name,
            args.role.as_deref(),
            args.consensus,
        )?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn update_respondent(
    state: State<'_, AppState>,
    args: UpdateRespondentArgs,
) -> Reply<AssessmentView> {
    state.with("update_respondent", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        s.update_respondent(
            &args.respondent_id,
            &args.name,
            &args.department_id,
            args.role.as_deref(),
            args.consensus,
        )?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn remove_respondent(
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: RespondentArgs,
) -> Reply<RespondentRemoved> {
    let (removed, view) = state.with("remove_respondent", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        let removed = s.remove_respondent(&args.respondent_id)?;
        Ok((removed, view(s, &args.assessment_id)?))
    })?;
    let mut shown = convert::assessment::respondent_removed(view, &removed);
    shown.undo_token = tokens.hold_removed(removed);
    Ok(shown)
}

/// Puts back the respondent removed last, with every answer.
#[tauri::command(async)]
pub(crate) fn undo_remove_respondent(
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: UndoRemovalArgs,
) -> Reply<AssessmentView> {
    let removed = tokens.take_removed(&args.undo_token)?;
    if removed.assessment_id != args.assessment_id {
        return Err(WireError::invalid_input(
            "This removal belongs to another assessment.",
        ));
    }
    state.with("undo_remove_respondent", |s| {
        s.restore_respondent(&removed)?;
        view(s, &args.assessment_id)
    })
}

/// Answers and respondent edits name a respondent of the assessment the UI
/// has open; a stale id from another assessment is refused, not applied.
pub(crate) fn ensure_respondent(
    s: &Store,
    assessment_id: &str,
    respondent_id: &str,
) -> cx_maturity::Result<()> {
    if s.respondents(assessment_id)?
        .iter()
        .any(|r| r.id == respondent_id)
    {
        Ok(())
    } else {
        Err(Error::NotFound {
            what: "respondent",
            id: respondent_id.to_owned(),
        })
    }
}
