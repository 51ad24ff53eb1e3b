//! The error every command returns: `{kind, message, issues}`.

use serde::Serialize;
use ts_rs::TS;

/// The closed set of error kinds the UI can switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum ErrorKind {
    NotFound,
    InvalidInput,
    InvalidQuestionnaire,
    InvalidPack,
    Storage,
    Report,
    Io,
    /// The database is encrypted and not unlocked yet: the unlock screen
    /// asks for its passphrase (or a pack file needs its passphrase).
    Locked,
    /// The passphrase given does not fit the file.
    Passphrase,
    /// A bug or an unexpected state of the app (e.g. a poisoned lock).
    Internal,
}

/// A command's failure as the UI sees it. `message` is plain words for the
/// user (no SQL text, no paths of the user's machine); the full error chain
/// is logged on the Rust side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct WireError {
    pub(crate) kind: ErrorKind,
    pub(crate) message: String,
    /// Every problem found in a questionnaire or pack file, so the UI can show
    /// each one in place; for a refused value of a form, the one field at
    /// fault; empty otherwise.
    pub(crate) issues: Vec<FileIssue>,
}

/// One problem in a questionnaire or pack file, with where it is; or the
/// field of a form whose value was refused (`path` is the field's key, such
/// as `organisation` or `actionDue`, without line and column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct FileIssue {
    /// JSON path, e.g. `dimensions[3].questions[1].anchors`; `$` for the
    /// root; or a form field's key.
    pub(crate) path: String,
    /// 1-based, for syntax and type errors.
    pub(crate) line: Option<u32>,
    pub(crate) column: Option<u32>,
    pub(crate) message: String,
}
