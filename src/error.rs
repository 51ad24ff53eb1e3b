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
    /// Lower-case, no final period, without the place (shown beside it,
    /// or in front by [`Issue::located`]).
    pub message: String,
}

impl Issue {
    /// The message with its place in front when it has one ("line 12,
    /// column 5: a comma or a closing brace } is missing"): how a problem
    /// reads where it is shown alone, without the file's other problems.
    pub fn located(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("line {l}, column {c}: {}", self.message),
            _ => self.message.clone(),
        }
    }
}

impl std::fmt::Display for Issue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "{}:{}: {}: {}", l, c, self.path, self.message),
            _ => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

/// A field of a form the user fills in, so that an error about its value
/// can point at it: the app marks that field, the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Field {
    Organisation,
    Title,
    Departments,
    RespondentName,
    RespondentRole,
    AnswerComment,
    EvidenceValue,
    EvidenceDate,
    EvidenceSource,
    ConsultantName,
    AccentColour,
    Logo,
    ActionOwner,
    ActionDue,
    ActionNotes,
}

impl Field {
    /// The field in words, as a message names it ("the due date").
    pub fn what(self) -> &'static str {
        match self {
            Field::Organisation => "the organisation name",
            Field::Title => "the title",
            Field::Departments => "the department list",
            Field::RespondentName => "the respondent's name",
            Field::RespondentRole => "the respondent's role",
            Field::AnswerComment => "the comment",
            Field::EvidenceValue => "the evidence value",
            Field::EvidenceDate => "the evidence date",
            Field::EvidenceSource => "the evidence source",
            Field::ConsultantName => "the consultant name",
            Field::AccentColour => "the accent colour",
            Field::Logo => "the logo",
            Field::ActionOwner => "the owner",
            Field::ActionDue => "the due date",
            Field::ActionNotes => "the notes text",
        }
    }

    /// The field's key where a program reads it (camelCase, as serialised:
    /// `organisation`, `actionDue`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Organisation => "organisation",
            Field::Title => "title",
            Field::Departments => "departments",
            Field::RespondentName => "respondentName",
            Field::RespondentRole => "respondentRole",
            Field::AnswerComment => "answerComment",
            Field::EvidenceValue => "evidenceValue",
            Field::EvidenceDate => "evidenceDate",
            Field::EvidenceSource => "evidenceSource",
            Field::ConsultantName => "consultantName",
            Field::AccentColour => "accentColour",
            Field::Logo => "logo",
            Field::ActionOwner => "actionOwner",
            Field::ActionDue => "actionDue",
            Field::ActionNotes => "actionNotes",
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
    /// The file is encrypted and no passphrase was given.
    Locked,
    /// The passphrase given does not fit the file.
    Passphrase,
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

    /// A value the user gave in one [`Field`] that breaks its rule; the
    /// message names the field in words and says what to do.
    #[error("{message}")]
    InvalidField { field: Field, message: String },

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

    /// The file (a database or a pack) is encrypted and no passphrase was
    /// given; it was not changed.
    #[error("{} is encrypted: give its passphrase to open it", path.display())]
    PassphraseNeeded { path: PathBuf },

    /// The passphrase given does not decrypt the file (a database or a
    /// pack); it was not changed. The passphrase itself is never part of
    /// the message.
    #[error("the passphrase does not open {}; nothing was changed", path.display())]
    WrongPassphrase { path: PathBuf },

    /// A passphrase was given for a database that is not encrypted; it was
    /// not changed.
    #[error("{} is not encrypted: open it without a passphrase", path.display())]
    NotEncrypted { path: PathBuf },

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

    /// Reading or writing a file; the message says why in plain words
    /// ([`io_reason`]), the system's own words stay in the source.
    #[error("could not read or write {}: {}", path.display(), io_reason(source.kind()))]
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
            Error::InvalidInput(_) | Error::InvalidField { .. } => ErrorKind::InvalidInput,
            Error::NewerDatabase { .. }
            | Error::ForeignDatabase { .. }
            | Error::CorruptDatabase { .. }
            | Error::Storage { .. }
            | Error::Migration(_) => ErrorKind::Storage,
            Error::Io { .. } => ErrorKind::Io,
            Error::Report(_) => ErrorKind::Report,
            Error::PassphraseNeeded { .. } => ErrorKind::Locked,
            Error::WrongPassphrase { .. } | Error::NotEncrypted { .. } => ErrorKind::Passphrase,
        }
    }

    /// Shorthand for an [`Error::InvalidField`].
    pub fn field(field: Field, message: impl Into<String>) -> Error {
        Error::InvalidField {
            field,
            message: message.into(),
        }
    }

    /// Shorthand for a [`Error::Storage`] with context.
    pub fn storage(context: impl Into<String>) -> impl FnOnce(rusqlite::Error) -> Error {
        let context = context.into();
        move |source| Error::Storage { context, source }
    }
}

/// Why reading or writing a file failed, in words a user can act on; the
/// command line and the desktop app say it the same way.
pub fn io_reason(kind: std::io::ErrorKind) -> &'static str {
    use std::io::ErrorKind as K;
    match kind {
        K::NotFound => "it does not exist (it may have been moved or renamed)",
        K::PermissionDenied => "this user may not read or write it; choose another place",
        K::StorageFull | K::QuotaExceeded => "the disk is full; free some space and try again",
        K::ReadOnlyFilesystem => "the disk is read-only; choose another place",
        K::IsADirectory => "it is a folder, not a file",
        K::NotADirectory => "a part of its path is a file, not a folder",
        K::InvalidData => "it is not readable text",
        K::FileTooLarge => "it is too large",
        K::TimedOut | K::Interrupted => "the system took too long; try again",
        K::AlreadyExists => "a file of that name is in the way",
        _ => "the system reported a problem",
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
