//! One app per database: a second launch on the database an app already
//! has open does not open a second window on it (two windows writing the
//! same answers would each show a stale view); it hands over to the first
//! app, which comes to the front, and exits.
//!
//! The single-instance plugin finds the first app by a name: on Linux a
//! D-Bus name on the session bus, which [`instance_name`] derives from the
//! database file, so a department head's profile or a test's throwaway
//! database (`--database`) still runs beside the consultant's own. On
//! Windows and macOS the plugin keys by the app's identifier alone: one
//! app per user there. Without a session bus (a bare X server) the plugin
//! cannot look and the app starts as usual.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Runtime, plugin::TauriPlugin};

/// What the first app prints when a second launch handed over to it.
pub(crate) const FOCUSED_NOTICE: &str =
    "cx-maturity: another launch asked for this database; showing this window";

/// The plugin, keyed by `database` (`None`: no database could be chosen).
pub(crate) fn plugin<R: Runtime>(identifier: &str, database: Option<&Path>) -> TauriPlugin<R> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(instance_name(identifier, database))
        .callback(|app, _args, _cwd| bring_to_front(app))
        .build()
}

fn bring_to_front<R: Runtime>(app: &AppHandle<R>) {
    eprintln!("{FOCUSED_NOTICE}");
    if let Some(window) = app.get_webview_window("main") {
        // Each step may fail on a window manager without the request; the
        // others still help, and the window is there either way.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
}

/// The name the first app holds for `database`: the app's identifier and a
/// hash of the file's full path, e.g. `io.cxmaturity.desktop.db3f9a…`. A
/// valid D-Bus name: dot-separated elements of letters, digits and `_`,
/// none starting with a digit.
pub(crate) fn instance_name(identifier: &str, database: Option<&Path>) -> String {
    let identifier: String = identifier
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect();
    match database {
        Some(path) => format!(
            "{identifier}.db{:016x}",
            fnv1a(full_path(path).as_os_str().as_encoded_bytes())
        ),
        None => identifier,
    }
}

/// `path` made absolute with its folder's links resolved, so two spellings
/// of one file give one name; the file itself may not exist yet.
fn full_path(path: &Path) -> PathBuf {
    if let Ok(found) = path.canonicalize() {
        return found;
    }
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            parent
                .canonicalize()
                .map_or_else(|_| path.to_owned(), |p| p.join(name))
        }
        _ => path.to_owned(),
    }
}

/// FNV-1a, 64 bits: stable across builds and Rust versions (unlike the
/// standard library's hasher), which two launches of different app
/// versions on one database need to meet.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
