//! Where the app keeps its files. The desktop app and `cxm` must agree, so
//! both ask this module: Tauri's `app_data_dir()` is the platform's data
//! folder joined with the bundle identifier, and so is [`app_data_dir`].
//!
//! The app's data folder is readable by its owner alone
//! ([`private_app_data_dir`]): on Unix `0700`; on Windows it lies under
//! the user's profile (`%APPDATA%`) and on macOS under `~/Library/Application
//! Support`, both per-user already.

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

/// Creates the app's data folder readable by its owner alone
/// ([`crate::owner_only`]), or takes group's and others' access away from
/// it when it exists: it is the app's own (named by [`APP_IDENTIFIER`]),
/// and holds the database; the web view may have made it first with the
/// umask's mode. Returns the folder; `None` without a home folder.
pub fn private_app_data_dir() -> Option<std::io::Result<PathBuf>> {
    let dir = app_data_dir()?;
    Some(
        crate::owner_only::create_dir_all(&dir)
            .and_then(|()| crate::owner_only::tighten(&dir))
            .map(|()| dir),
    )
}
