//! The core's error type. One enum for the library; every variant carries
//! enough context (file, JSON path, id) for a message the user can act on.
//! The CLI prints these; the desktop shell maps [`Error::kind`] to its wire
//! `{kind, message}`.

use std::path::PathBuf;

/// A problem found in a questionnaire (or pack) file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Issue {
    /// JSON path, e.g. `dimensions[3].questions[1].anchors`; `$` for the root.
    pub path: String,
    /// 1-based line and column, for syntax and type errors.
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// Lower-case, no final period.
    pub message: String,
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}: {}: {}", l, c, self.path, self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// The closed set of error kinds the UI can switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorKind {
    NotFound,
    InvalidInput,
    InvalidQuestionnaire,
    InvalidPack,
    Storage,
    Report,
    Io,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A questionnaire file that failed to parse or validate; every issue found.
    #[error("{} is not a valid questionnaire:\n{}", file.display(), join_issues(issues))]
    InvalidQuestionnaire { file: PathBuf, issues: Vec<Issue> },

    /// A self-assessment pack that cannot be imported.
    #[error("{} is not a valid pack: {issue}", file.display())]
    InvalidPack { file: PathBuf, issue: Issue },

    /// Several problems in the packs of one import; nothing was imported.
    /// Each entry is an [`Error::InvalidPack`] naming its file and place.
    #[error("nothing was imported; {} problem(s) in the packs:\n{}", errors.len(), join_errors(errors))]
    InvalidPacks { errors: Vec<Error> },

    /// An id that names nothing (assessment, respondent, question, dimension…).
    #[error("no {what} with id or name {id:?}")]
    NotFound { what: &'static str, id: String },

    /// A value the user gave that breaks a rule (range, format, duplicate…).
    #[error("{0}")]
    InvalidInput(String),

    /// The database was written by a newer version of the app; it is not touched.
    #[error(
        "{} was written by a newer version of this app (schema {found}, this build knows up to {supported}); it was not changed — update the app to open it",
        path.display()
    )]
    NewerDatabase {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// The file is an SQLite database of another program; it is not touched.
    #[error(
        "{} is not a database of this app (it belongs to another program); it was not changed — choose another file",
        path.display()
    )]
    ForeignDatabase { path: PathBuf },

    /// The database file is damaged; it is never silently recreated.
    #[error("{} is damaged ({detail}); it was left as it is{}", path.display(), backup_hint(backup.as_deref()))]
    CorruptDatabase {
        path: PathBuf,
        detail: String,
        backup: Option<PathBuf>,
    },

    /// Any other SQLite failure (disk full, read-only, locked…), with what we were doing.
    #[error("{context}: {source}")]
    Storage {
        context: String,
        #[source]
        source: rusqlite::Error,
    },

    /// Schema migration failure.
    #[error("could not upgrade the database: {0}")]
    Migration(#[from] rusqlite_migration::Error),

    /// Reading or writing a file.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// Building the PDF or XLSX failed.
    #[error("could not build the report: {0}")]
    Report(String),
}

fn join_issues(issues: &[Issue]) -> String {
    issues
        .iter()
        .map(|i| format!("  {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn join_errors(errors: &[Error]) -> String {
    errors
        .iter()
        .map(|e| format!("  {e}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn backup_hint(backup: Option<&std::path::Path>) -> String {
    match backup {
        Some(p) => format!("; the latest backup is {}", p.display()),
        None => "; no backup was found".to_owned(),
    }
}

impl Error {
    /// The kind the UI switches on.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::InvalidQuestionnaire { .. } => ErrorKind::InvalidQuestionnaire,
            Error::InvalidPack { .. } | Error::InvalidPacks { .. } => ErrorKind::InvalidPack,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::NewerDatabase { .. }
            | Error::ForeignDatabase { .. }
            | Error::CorruptDatabase { .. }
            | Error::Storage { .. }
            | Error::Migration(_) => ErrorKind::Storage,
            Error::Io { .. } => ErrorKind::Io,
            Error::Report(_) => ErrorKind::Report,
        }
    }

    /// Shorthand for a [`Error::Storage`] with context.
    pub fn storage(context: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> Error {
        let context = context.into();
        move |source| Error::Storage { context, source }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
