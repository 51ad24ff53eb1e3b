//! "Save a copy of all data…": every assessment, in one file that opens on
//! its own, taken while the app runs (`Store::save_copy`).

use tauri::{AppHandle, Runtime, State};

use super::Reply;
use crate::convert::exports::written_file;
use crate::file_names::{DATABASE, data_copy_name, with_extension};
use crate::picker;
use crate::state::AppState;
use crate::wire::WrittenFile;

/// Asks where to save the copy (the dialog runs outside the store's lock,
/// so autosave keeps working), then writes it; `None` when the user
/// cancelled.
#[tauri::command(async)]
pub(crate) fn save_data_copy<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<WrittenFile>> {
    let words = picker::dialog_texts(state.locale());
    let filter = DATABASE.named(words.database);
    let Some(chosen) = picker::save_file(&app, words.save_data_copy, &data_copy_name(), filter)
    else {
        return Ok(None);
    };
    let path = with_extension(chosen, "db");
    state.with("save_data_copy", |s| s.save_copy(&path))?;
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
    Ok(Some(written_file(&path, bytes, None)))
}
