//! The end of closing the window: the page saved what it held and closes
//! (see `closing.rs`).

use tauri::{Runtime, Window};

use super::Reply;
use crate::wire::WireError;

#[tauri::command(async)]
pub(crate) fn finish_closing<R: Runtime>(window: Window<R>) -> Reply<()> {
    window.destroy().map_err(|e| {
        eprintln!("cx-maturity: finish_closing failed: {e}");
        WireError::internal("The window could not be closed. Close it again.")
    })
}
