//! The file picker of the issue-7 contract (`save_file`, `open_files`), as a
//! stand-in until the exchange branch's native dialogs (tauri-plugin-dialog)
//! are merged, which replace this file whole. It implements the contract's
//! test hook only: when `CXM_TEST_PICKS` names a JSON array file, each pick
//! takes its first element (a path, an array of paths, or `null` for a
//! cancel) and rewrites the file without it; otherwise every pick is a
//! cancel.

use std::path::PathBuf;

use tauri::{AppHandle, Runtime};

pub const PICKS_ENV: &str = "CXM_TEST_PICKS";

#[derive(Debug, Clone, Copy)]
pub struct Filter {
    pub name: &'static str,
    pub extensions: &'static [&'static str],
}

fn take() -> Vec<PathBuf> {
    let Some(queue) = std::env::var_os(PICKS_ENV) else {
        return Vec::new();
    };
    let text = std::fs::read_to_string(&queue).unwrap_or_default();
    let mut items: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap_or_default();
    if items.is_empty() {
        return Vec::new();
    }
    let first = items.remove(0);
    let _ = std::fs::write(&queue, serde_json::to_string(&items).unwrap_or_default());
    match first {
        serde_json::Value::String(s) => vec![PathBuf::from(s)],
        serde_json::Value::Array(a) => a
            .into_iter()
            .filter_map(|v| v.as_str().map(PathBuf::from))
            .collect(),
        _ => Vec::new(),
    }
}

pub fn save_file<R: Runtime>(
    _app: &AppHandle<R>,
    _title: &str,
    _default_name: &str,
    _filter: Filter,
) -> Option<PathBuf> {
    take().into_iter().next()
}

pub fn open_files<R: Runtime>(
    _app: &AppHandle<R>,
    _title: &str,
    _filter: Filter,
    _multiple: bool,
) -> Vec<PathBuf> {
    take()
}
