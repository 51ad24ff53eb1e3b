//! Self-assessment by pack, the department head's side: open a pack file
//! (native dialog) as a session, list and show the sessions, and save the
//! filled pack (native dialog). The core does the work
//! (`cx_maturity::store::pack_sessions`); paths come from the native
//! dialogs only, never from the web view.

use cx_maturity::store;
use tauri::{AppHandle, Runtime, State};

use super::{Reply, view};
use crate::convert::error::report;
use crate::convert::pack_sessions::{opened, saved_pack, session_summary, session_view};
use crate::file_names::{PACKS, filled_pack_name, with_filled_pack_extension};
use crate::picker;
use crate::state::{AppState, OpenStore};
use crate::wire::{AssessmentArgs, PackOpened, PackSessionSummary, PackSessionView, SavedPack};

/// Opens a pack chosen in the native dialog as a self-assessment (or
/// resumes / refreshes the one it belongs to); `null` when cancelled.
#[tauri::command(async)]
pub(crate) fn open_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<PackOpened>> {
    let words = picker::dialog_texts(state.locale());
    let Some(file) = picker::open_files(&app, words.open_pack, PACKS.named(words.packs), false)
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    // The file and its questionnaire are checked before the database lock
    // is taken: a large or hostile file never holds up the rest of the app.
    let checked =
        store::pack_sessions::check_pack_file(&file).map_err(|e| report("open_pack", &e))?;
    state
        .with("open_pack", |s| s.open_checked_pack(&checked))
        .map(|o| Some(opened(&o)))
}

/// The self-assessments opened from packs, most recently changed first.
#[tauri::command(async)]
pub(crate) fn list_pack_sessions(state: State<'_, AppState>) -> Reply<Vec<PackSessionSummary>> {
    state.with("list_pack_sessions", |s| {
        Ok(s.pack_sessions()?.iter().map(session_summary).collect())
    })
}

/// One self-assessment with its respondents and questionnaire.
#[tauri::command(async)]
pub(crate) fn get_pack_session(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<PackSessionView> {
    state.with("get_pack_session", |s| {
        pack_session_view(s, &args.assessment_id)
    })
}

/// Saves the filled pack where the head chooses (native dialog); `null`
/// when cancelled.
#[tauri::command(async)]
pub(crate) fn save_filled_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<Option<SavedPack>> {
    let session = state.with("save_filled_pack", |s| s.pack_session(&args.assessment_id))?;
    let name = filled_pack_name(&session.organisation, &session.department);
    let words = picker::dialog_texts(state.locale());
    let Some(chosen) = picker::save_file(
        &app,
        words.save_filled_pack,
        &name,
        PACKS.named(words.packs),
    ) else {
        return Ok(None);
    };
    let path = with_filled_pack_extension(chosen);
    let saved = state.with("save_filled_pack", |s| {
        s.save_filled_pack(&args.assessment_id, &path)
    })?;
    Ok(Some(saved_pack(&saved, &path)))
}

/// A session with its respondents and questionnaire, from the store.
pub(crate) fn pack_session_view(
    s: &OpenStore<'_>,
    id: &str,
) -> cx_maturity::Result<PackSessionView> {
    Ok(session_view(&s.pack_session(id)?, view(s, id)?))
}
