//! The core's errors → `wire/error.rs`, the UI's `{kind, message, issues}`,
//! and the logging of an error's whole chain.
//!
//! The full error (with its source chain, SQL context and paths) is logged on
//! the Rust side; the message the UI shows is plain words that never carry
//! SQL text or a path of the user's machine (a file's own name is fine: the
//! user picked it). An error about one field of a form carries that field's
//! key as its one issue's `path` (`organisation`, `actionDue`), so the
//! screen marks the field.

use std::path::Path;

use cx_maturity::Error;

use crate::wire::{ErrorKind, FileIssue, WireError};

impl WireError {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        WireError {
            kind,
            message: message.into(),
            issues: Vec::new(),
        }
    }

    pub(crate) fn invalid_input(message: impl Into<String>) -> Self {
        WireError::new(ErrorKind::InvalidInput, message)
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        WireError::new(ErrorKind::Internal, message)
    }
}

/// Logs `err` with its whole source chain, tagged with the command.
pub(crate) fn log_error(command: &str, err: &(dyn std::error::Error + 'static)) {
    let mut line = format!("cx-maturity: {command} failed: {err}");
    let mut source = err.source();
    while let Some(s) = source {
        line.push_str(&format!(": caused by: {s}"));
        source = s.source();
    }
    eprintln!("{line}");
}

/// The user-facing form of a core error.
pub(crate) fn to_wire(err: &Error) -> WireError {
    let kind = match err.kind() {
        cx_maturity::ErrorKind::NotFound => ErrorKind::NotFound,
        cx_maturity::ErrorKind::InvalidInput => ErrorKind::InvalidInput,
        cx_maturity::ErrorKind::InvalidQuestionnaire => ErrorKind::InvalidQuestionnaire,
        cx_maturity::ErrorKind::InvalidPack => ErrorKind::InvalidPack,
        cx_maturity::ErrorKind::Storage => ErrorKind::Storage,
        cx_maturity::ErrorKind::Report => ErrorKind::Report,
        cx_maturity::ErrorKind::Io => ErrorKind::Io,
        cx_maturity::ErrorKind::Locked => ErrorKind::Locked,
        cx_maturity::ErrorKind::Passphrase => ErrorKind::Passphrase,
    };
    let (message, issues) = match err {
        Error::InvalidQuestionnaire { file, issues } => (
            match issues.as_slice() {
                // One problem is said whole; several are listed in place.
                [one] => sentence(&format!(
                    "{} is not a valid questionnaire: {}",
                    file_name(file),
                    one.located()
                )),
                _ => format!(
                    "{} is not a valid questionnaire: {}",
                    file_name(file),
                    count(issues.len(), "problem", "problems")
                ),
            },
            issues.iter().map(file_issue).collect(),
        ),
        Error::InvalidPack { file, issue } => (
            sentence(&format!(
                "{} is not a valid pack: {}",
                file_name(file),
                issue.located()
            )),
            vec![file_issue(issue)],
        ),
        Error::InvalidPacks { errors } => (
            format!(
                "Nothing was imported: {} in the packs.",
                count(errors.len(), "problem", "problems")
            ),
            errors
                .iter()
                .filter_map(|e| match e {
                    Error::InvalidPack { issue, .. } => Some(file_issue(issue)),
                    _ => None,
                })
                .collect(),
        ),
        Error::NotFound { what, .. } => (
            sentence(&format!(
                "this {what} no longer exists; it may have been deleted"
            )),
            Vec::new(),
        ),
        Error::InvalidInput(message) => (sentence(message), Vec::new()),
        // The field's key as the issue's path: the form marks that field.
        Error::InvalidField { field, message } => (
            sentence(message),
            vec![FileIssue {
                path: field.key().to_owned(),
                line: None,
                column: None,
                message: sentence(message),
            }],
        ),
        Error::NewerDatabase { .. } => (
            "The database was written by a newer version of CX Maturity. It was not changed; \
             update the app to open it."
                .to_owned(),
            Vec::new(),
        ),
        Error::ForeignDatabase { .. } => (
            "The database file belongs to another program, not to CX Maturity. It was not \
             changed; start the app with another database file."
                .to_owned(),
            Vec::new(),
        ),
        Error::CorruptDatabase { backup, .. } => (
            if backup.is_some() {
                "The database file is damaged. It was left as it is, and a recent backup \
                 exists next to it (see Help for the folder)."
                    .to_owned()
            } else {
                "The database file is damaged. It was left as it is; no backup was found."
                    .to_owned()
            },
            Vec::new(),
        ),
        Error::PassphraseNeeded { path } => (
            format!("{} is encrypted: enter its passphrase.", file_name(path)),
            Vec::new(),
        ),
        Error::WrongPassphrase { path } => (
            format!(
                "The passphrase does not open {}. Nothing was changed; check it and try again.",
                file_name(path)
            ),
            Vec::new(),
        ),
        Error::NotEncrypted { path } => (
            format!(
                "{} is not encrypted; it needs no passphrase.",
                file_name(path)
            ),
            Vec::new(),
        ),
        Error::Storage { source, .. } => (storage_message(source), Vec::new()),
        Error::Migration(_) => (
            "The database could not be upgraded to this version of the app. It was left as it is."
                .to_owned(),
            Vec::new(),
        ),
        Error::Io { path, source } => (
            format!(
                "Could not read or write {}: {}.",
                file_name(path),
                io_reason(source.kind())
            ),
            Vec::new(),
        ),
        // What failed inside the report writer is for the log, not the user.
        Error::Report(_) => (
            "The document could not be built because of a problem inside the app; nothing \
             was written. Try again; if it fails again, the details are in the app's log."
                .to_owned(),
            Vec::new(),
        ),
    };
    WireError {
        kind,
        message,
        issues,
    }
}

/// Logs the whole chain and converts; the one way commands report a core error.
pub(crate) fn report(command: &str, err: &Error) -> WireError {
    log_error(command, err);
    to_wire(err)
}

fn file_issue(issue: &cx_maturity::Issue) -> FileIssue {
    FileIssue {
        path: issue.path.clone(),
        line: issue.line.and_then(|l| u32::try_from(l).ok()),
        column: issue.column.and_then(|c| u32::try_from(c).ok()),
        message: issue.message.clone(),
    }
}

/// The last component only: the name the user knows, not where it lives.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || "the file".to_owned(),
        |n| format!("\u{201c}{}\u{201d}", n.to_string_lossy()),
    )
}

fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Capitalises the first letter and ends with a period: the core's messages
/// are CLI-style (lower case, no period); the UI shows sentences.
pub(crate) fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    let mut out: String = match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => return "Something went wrong.".to_owned(),
    };
    if !out.ends_with(['.', '!', '?']) {
        out.push('.');
    }
    out
}

fn storage_message(source: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    let reason = match source.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => "the disk is full",
        Some(ErrorCode::ReadOnly) => "the database file is read-only",
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            "the database is in use by another program (for example cxm); try again in a moment"
        }
        Some(ErrorCode::PermissionDenied) => "the app may not write to the database folder",
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
            "the database file is damaged"
        }
        _ => "the database reported a problem (details are in the app's log)",
    };
    format!("Could not save or read the data: {reason}. Nothing was changed.")
}

/// The core's reason, pointing at the log where the system's own words are.
fn io_reason(kind: std::io::ErrorKind) -> String {
    let reason = cx_maturity::error::io_reason(kind);
    if reason == cx_maturity::error::io_reason(std::io::ErrorKind::Other) {
        format!("{reason} (details are in the app's log)")
    } else {
        reason.to_owned()
    }
}
