//! Self-assessment by pack, the department head's side: open a pack file
//! (native dialog) as a session, list and show the sessions, and save the
//! filled pack (native dialog). The core does the work
//! (`cx_maturity::store::pack_sessions`); paths come from the native
//! dialogs only, never from the web view. An encrypted pack waits under a
//! token for its passphrase; its filled pack is saved only under the same
//! passphrase, checked before the save dialog opens.

use cx_maturity::{Error, store};
use tauri::{AppHandle, Runtime, State};

use super::{Reply, view};
use crate::convert::error::report;
use crate::convert::pack_sessions::{opened, saved_pack, session_summary, session_view};
use crate::file_names::{PACKS, filled_pack_name, with_filled_pack_extension};
use crate::picker;
use crate::state::{AppState, OpenStore};
use crate::tokens::{SealedFiles, Tokens};
use crate::wire::{
    AssessmentArgs, PackOpened, PackOpening, PackSessionSummary, PackSessionView,
    SaveFilledPackArgs, SavedPack, SealedPackArgs, WireError,
};

/// Opens a pack chosen in the native dialog as a self-assessment (or
/// resumes / refreshes the one it belongs to); `null` when cancelled. An
/// encrypted pack is not opened yet: it waits for `open_sealed_pack`.
#[tauri::command(async)]
pub(crate) fn open_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
) -> Reply<Option<PackOpening>> {
    let words = picker::dialog_texts(state.locale());
    let Some(file) = picker::open_files(&app, words.open_pack, PACKS.named(words.packs), false)
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    let checked = match store::pack_sessions::check_pack_file(&file) {
        Err(Error::PassphraseNeeded { .. }) => {
            return Ok(Some(PackOpening::NeedsPassphrase {
                file: crate::file_names::shown_name(&file),
                token: tokens.hold_sealed(SealedFiles {
                    assessment_id: None,
                    files: vec![file],
                }),
            }));
        }
        checked => checked.map_err(|e| report("open_pack", &e))?,
    };
    let opened = open_checked(&state, "open_pack", &checked)?;
    Ok(Some(PackOpening::Opened {
        opened: Box::new(opened),
    }))
}

/// Opens the encrypted pack of `open_pack` with the passphrase the head
/// typed; after a wrong one it waits under the same token for another try.
#[tauri::command(async)]
pub(crate) fn open_sealed_pack(
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: SealedPackArgs,
) -> Reply<PackOpened> {
    open_waiting_pack(&state, &tokens, args)
}

/// The work of `open_sealed_pack`, without Tauri's wrappers.
pub(crate) fn open_waiting_pack(
    state: &AppState,
    tokens: &Tokens,
    args: SealedPackArgs,
) -> Reply<PackOpened> {
    let passphrase = super::encryption::passphrase(args.passphrase)?;
    let files = tokens.take_sealed(&args.token, None)?;
    let checked = match files.first() {
        Some(file) => store::pack_sessions::check_pack_file_with(file, Some(&passphrase)),
        None => return Err(WireError::internal("No pack waits for this passphrase.")),
    };
    let checked = match checked {
        Ok(checked) => checked,
        Err(e) => {
            if matches!(e, Error::WrongPassphrase { .. }) {
                let waiting = SealedFiles {
                    assessment_id: None,
                    files,
                };
                tokens.restore_sealed(args.token, waiting);
            }
            return Err(report("open_sealed_pack", &e));
        }
    };
    open_checked(state, "open_sealed_pack", &checked)
}

/// Opens a pack already read and checked (outside the database lock, so a
/// large or hostile file never holds up the rest of the app) as a session.
fn open_checked(
    state: &AppState,
    command: &str,
    checked: &store::pack_sessions::CheckedPack,
) -> Reply<PackOpened> {
    state
        .with(command, |s| s.open_checked_pack(checked))
        .map(|o| opened(&o))
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
    args: SaveFilledPackArgs,
) -> Reply<Option<SavedPack>> {
    let passphrase = args
        .passphrase
        .map(super::encryption::passphrase)
        .transpose()?;
    // A missing or wrong passphrase is said before the dialog opens.
    let session = state.with("save_filled_pack", |s| {
        s.check_pack_passphrase(&args.assessment_id, passphrase.as_ref())?;
        s.pack_session(&args.assessment_id)
    })?;
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
        s.save_filled_pack_with(&args.assessment_id, &path, passphrase.as_ref())
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
