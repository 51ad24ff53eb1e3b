//! The native file picker, called from Rust commands only: "save as", "open"
//! (one or several files) and "choose a folder". The web view never sees a
//! dialog API and never sends a path it chose itself for writing; every path
//! the app writes to or reads from comes from here.
//!
//! The native dialogs are tauri-plugin-dialog's blocking calls (our commands
//! are `#[tauri::command(async)]`, off the main thread, so blocking is fine).
//!
//! End-to-end tests cannot drive a native dialog: builds with the cargo
//! feature `test-picks` (the E2E build, never the shipped app) take their
//! picks from a queue file instead ([`test_picks`]).

#[cfg(feature = "test-picks")]
pub(crate) mod test_picks;

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

mod texts;
pub(crate) use texts::dialog_texts;

#[cfg(feature = "test-picks")]
use test_picks::{take_next, test_queue};

/// One file type the dialog offers ("PDF report", `["pdf"]`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Filter {
    pub(crate) name: &'static str,
    pub(crate) extensions: &'static [&'static str],
}

impl Filter {
    /// The same file type under another name (the app's language's).
    pub(crate) fn named(self, name: &'static str) -> Filter {
        Filter { name, ..self }
    }
}

/// Native "save as" dialog; `None` when the user cancels.
pub(crate) fn save_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    default_name: &str,
    filter: Filter,
) -> Option<PathBuf> {
    #[cfg(feature = "test-picks")]
    if let Some(queue) = test_queue() {
        return take_next(&queue).first();
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .set_file_name(default_name)
        .add_filter(filter.name, filter.extensions);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    dialog.blocking_save_file().and_then(to_path)
}

/// Native "open" dialog for one or several files; empty when cancelled.
pub(crate) fn open_files<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: Filter,
    multiple: bool,
) -> Vec<PathBuf> {
    #[cfg(feature = "test-picks")]
    if let Some(queue) = test_queue() {
        let picked = take_next(&queue).all();
        return if multiple {
            picked
        } else {
            picked.into_iter().take(1).collect()
        };
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter.name, filter.extensions);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    if multiple {
        dialog
            .blocking_pick_files()
            .unwrap_or_default()
            .into_iter()
            .filter_map(to_path)
            .collect()
    } else {
        dialog
            .blocking_pick_file()
            .and_then(to_path)
            .into_iter()
            .collect()
    }
}

/// Native folder chooser; `None` when cancelled.
pub(crate) fn pick_folder<R: Runtime>(app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
    #[cfg(feature = "test-picks")]
    if let Some(queue) = test_queue() {
        return take_next(&queue).first();
    }
    let mut dialog = app.dialog().file().set_title(title);
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    dialog.blocking_pick_folder().and_then(to_path)
}

/// Opens a file the app wrote with the system's default program
/// (tauri-plugin-opener). Under the test queue nothing is launched
/// ([`test_picks::record_opened`]).
pub(crate) fn open_with_default_app<R: Runtime>(
    app: &AppHandle<R>,
    path: &Path,
) -> Result<(), String> {
    use tauri_plugin_opener::OpenerExt;
    #[cfg(feature = "test-picks")]
    if let Some(queue) = test_queue() {
        return test_picks::record_opened(&queue, path);
    }
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| e.to_string())
}

/// The plugin gives a file URL or a path; only real paths are usable.
fn to_path(p: tauri_plugin_dialog::FilePath) -> Option<PathBuf> {
    p.into_path().ok()
}
