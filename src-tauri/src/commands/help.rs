//! The Help screen: the methodology and where the app keeps its data.

use tauri::State;

use super::Reply;
use crate::convert::help::help;
use crate::state::AppState;
use crate::wire::Help;

#[tauri::command(async)]
pub(crate) fn get_help(state: State<'_, AppState>) -> Reply<Help> {
    Ok(help(
        state.path(),
        state.open_error().map(|e| e.message),
        state.locale(),
    ))
}
