//! Where the app keeps its files. The desktop app and `cxm` must agree, so
//! both ask this module: Tauri's `app_data_dir()` is the platform's data
//! folder joined with the bundle identifier, and so is [`app_data_dir`].

use std::path::PathBuf;

/// The bundle identifier of the desktop app (also in `src-tauri/tauri.conf.json`).
pub const APP_IDENTIFIER: &str = "io.cxmaturity.desktop";

/// The database file name inside [`app_data_dir`].
pub const DATABASE_FILE: &str = "cx-maturity.db";

/// `$XDG_DATA_HOME/io.cxmaturity.desktop` on Linux, `~/Library/Application
/// Support/…` on macOS, `%APPDATA%\…` on Windows; `None` when the platform
/// reports no home folder.
pub fn app_data_dir() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.data_dir().join(APP_IDENTIFIER))
}

/// The default database: the desktop app's own.
pub fn default_database() -> Option<PathBuf> {
    app_data_dir().map(|d| d.join(DATABASE_FILE))
}

/// Questionnaire files the consultant installed (loaded from a file once and
/// kept for later assessments).
pub fn installed_questionnaires_dir() -> Option<PathBuf> {
    app_data_dir().map(|d| d.join("questionnaires"))
}
