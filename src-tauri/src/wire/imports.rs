//! Pack imports with a preview: `preview_import` opens the native dialog,
//! reads and checks the files and keeps the packs under a token, and reports
//! what importing them would do; `commit_import` commits exactly those.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AnswerChoice, FileIssue};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ImportTokenArgs {
    pub(crate) assessment_id: String,
    pub(crate) token: String,
}

/// One side of a conflicting answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ConflictSideView {
    pub(crate) value: AnswerChoice,
    pub(crate) comment: Option<String>,
    /// RFC 3339.
    pub(crate) updated_at: String,
}

/// Which answer stands after the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum Kept {
    Pack,
    Database,
}

/// An answer changed both in the app and in the pack since the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ConflictView {
    pub(crate) respondent: String,
    pub(crate) question_id: String,
    /// The question's text, from the assessment's questionnaire.
    pub(crate) question: String,
    /// In this app's database.
    pub(crate) database: ConflictSideView,
    /// In the pack.
    pub(crate) pack: ConflictSideView,
    /// The newer one, which stands.
    pub(crate) kept: Kept,
}

/// What one acceptable pack file does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PackFileReport {
    pub(crate) file_name: String,
    /// The department's name as stored in this assessment.
    pub(crate) department: String,
    /// Whether this database recorded exporting the pack; when not, its
    /// export time is the file's word.
    pub(crate) export_recorded: bool,
    pub(crate) respondents_added: Vec<String>,
    pub(crate) added: u32,
    pub(crate) updated: u32,
    pub(crate) unchanged: u32,
    pub(crate) conflicts: Vec<ConflictView>,
}

/// A file that cannot be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RefusedFile {
    pub(crate) file_name: String,
    /// Each problem with its place in the file (JSON path, line, column).
    pub(crate) problems: Vec<FileIssue>,
}

/// The merge report, before or after the commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ImportReportView {
    /// Files that can go in, in the order picked, with what each does.
    pub(crate) files: Vec<PackFileReport>,
    /// Files that cannot; when any, nothing can be committed.
    pub(crate) refused: Vec<RefusedFile>,
    pub(crate) added: u32,
    pub(crate) updated: u32,
    pub(crate) unchanged: u32,
    pub(crate) conflicts: u32,
}

/// The preview of an import: nothing is committed yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ImportPreviewView {
    /// Names the packs read now, for `commit_import` / `cancel_import`.
    pub(crate) token: String,
    pub(crate) report: ImportReportView,
    /// False when any file is refused: all or nothing.
    pub(crate) can_commit: bool,
}
