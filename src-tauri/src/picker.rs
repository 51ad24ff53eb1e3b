//! The native file picker, called from Rust commands only: "save as", "open"
//! (one or several files) and "choose a folder". The web view never sees a
//! dialog API and never sends a path it chose itself for writing; every path
//! the app writes to or reads from comes from here.
//!
//! The native dialogs are tauri-plugin-dialog's blocking calls (our commands
//! are `#[tauri::command(async)]`, off the main thread, so blocking is fine).
//!
//! Test hook: WebDriver cannot drive a native dialog, so when the environment
//! variable [`PICKS_ENV`] names a file, every pick instead takes the FIRST
//! element of the JSON array in that file and rewrites the file without it.
//! An element is a string (one path), an array of strings (several paths) or
//! `null` (the user cancelled); an empty, missing or unreadable queue means
//! cancelled. The app logs once at start that the hook is active.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

/// Environment variable naming the queue of test picks (a JSON array file).
pub const PICKS_ENV: &str = "CXM_TEST_PICKS";

/// One file type the dialog offers ("PDF report", `["pdf"]`).
#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub name: &'static str,
    pub extensions: &'static [&'static str],
}

/// Native "save as" dialog; `None` when the user cancels.
pub fn save_file<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    default_name: &str,
    filter: Filter,
) -> Option<PathBuf> {
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
pub fn open_files<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    filter: Filter,
    multiple: bool,
) -> Vec<PathBuf> {
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
pub fn pick_folder<R: Runtime>(app: &AppHandle<R>, title: &str) -> Option<PathBuf> {
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
/// (tauri-plugin-opener). Under the test hook nothing is launched: the path
/// is appended to `<queue>.opened`, one per line, for the test to check.
pub fn open_with_default_app<R: Runtime>(app: &AppHandle<R>, path: &Path) -> Result<(), String> {
    use tauri_plugin_opener::OpenerExt;
    if let Some(queue) = test_queue() {
        let mut record = queue.into_os_string();
        record.push(".opened");
        eprintln!("cx-maturity: test hook: would open {}", path.display());
        let line = format!("{}\n", path.display());
        return std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(PathBuf::from(record))
            .and_then(|mut f| std::io::Write::write_all(&mut f, line.as_bytes()))
            .map_err(|e| e.to_string());
    }
    app.opener()
        .open_path(path.to_string_lossy(), None::<&str>)
        .map_err(|e| e.to_string())
}

/// Whether the test hook replaces the native dialogs.
pub fn test_hook_active() -> bool {
    test_queue().is_some()
}

/// Says once, at start, that picks come from a file, so nobody mistakes a
/// test build's behaviour for a broken dialog.
pub fn log_test_hook() {
    if let Some(queue) = test_queue() {
        eprintln!(
            "cx-maturity: test hook active: file dialogs take their answers from {} ({PICKS_ENV})",
            queue.display()
        );
    }
}

fn test_queue() -> Option<PathBuf> {
    std::env::var_os(PICKS_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// The plugin gives a file URL or a path; only real paths are usable.
fn to_path(p: tauri_plugin_dialog::FilePath) -> Option<PathBuf> {
    p.into_path().ok()
}

/// What one queued pick said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Cancelled,
    Paths(Vec<PathBuf>),
}

impl Pick {
    /// The one path of a single pick (the first of several).
    pub fn first(self) -> Option<PathBuf> {
        match self {
            Pick::Cancelled => None,
            Pick::Paths(p) => p.into_iter().next(),
        }
    }

    /// Every path picked; empty when cancelled.
    pub fn all(self) -> Vec<PathBuf> {
        match self {
            Pick::Cancelled => Vec::new(),
            Pick::Paths(p) => p,
        }
    }
}

/// Picks run one at a time even when two commands ask at once, so two picks
/// never take the same queued answer.
static QUEUE_LOCK: Mutex<()> = Mutex::new(());

/// Takes the first queued pick from `queue` and rewrites the file without it.
/// A missing, empty or malformed queue (or a malformed element) is a cancel,
/// logged, never a panic: the hook must not make a test pass by accident.
pub fn take_next(queue: &Path) -> Pick {
    // A poisoned lock only means another pick panicked; the file is still
    // whole (it is replaced atomically), so carry on.
    let _guard = QUEUE_LOCK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let text = match std::fs::read_to_string(queue) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "cx-maturity: test picks: cannot read {}: {e}",
                queue.display()
            );
            return Pick::Cancelled;
        }
    };
    let mut items: Vec<serde_json::Value> = match serde_json::from_str(&text) {
        Ok(serde_json::Value::Array(items)) => items,
        Ok(_) | Err(_) if text.trim().is_empty() => return Pick::Cancelled,
        Ok(_) => {
            eprintln!(
                "cx-maturity: test picks: {} is not a JSON array",
                queue.display()
            );
            return Pick::Cancelled;
        }
        Err(e) => {
            eprintln!("cx-maturity: test picks: {}: {e}", queue.display());
            return Pick::Cancelled;
        }
    };
    if items.is_empty() {
        return Pick::Cancelled;
    }
    let first = items.remove(0);
    if let Err(e) = cx_maturity::files::write_atomically(
        queue,
        serde_json::Value::Array(items).to_string().as_bytes(),
    ) {
        eprintln!(
            "cx-maturity: test picks: cannot rewrite {}: {e}",
            queue.display()
        );
    }
    parse_pick(&first)
}

fn parse_pick(value: &serde_json::Value) -> Pick {
    use serde_json::Value;
    match value {
        Value::String(s) => Pick::Paths(vec![PathBuf::from(s)]),
        Value::Array(list) => {
            let paths: Option<Vec<PathBuf>> =
                list.iter().map(|v| v.as_str().map(PathBuf::from)).collect();
            match paths {
                Some(p) if !p.is_empty() => Pick::Paths(p),
                _ => {
                    eprintln!("cx-maturity: test picks: {value} is not a list of paths");
                    Pick::Cancelled
                }
            }
        }
        Value::Null => Pick::Cancelled,
        other => {
            eprintln!("cx-maturity: test picks: {other} is not a path, a list or null");
            Pick::Cancelled
        }
    }
}
