//! Wire types of exports (PDF, XLSX, packs) and pack imports with preview.
//!
//! The web view never names a file to write: it asks for a destination
//! (`choose_export`, a native dialog in Rust), gets back a token and the
//! file's name to show, and runs the export with that token. Imports work
//! the same way: `preview_import` opens the dialog, reads and checks the
//! files and keeps the packs under a token; `commit_import` commits exactly
//! those.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AnswerChoice, FileIssue};

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum ExportKind {
    /// The PDF report for leadership.
    Pdf,
    /// The XLSX action register (with scores and answers).
    Xlsx,
    /// One department's self-assessment pack.
    Pack { department_id: String },
    /// One pack per department, into a folder.
    AllPacks,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChooseExportArgs {
    pub assessment_id: String,
    pub export: ExportKind,
}

/// A destination the user chose in the native dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportTarget {
    /// Names the destination for `run_export`; valid once.
    pub token: String,
    /// The file's (or the folder's) own name, to show while it is written.
    pub name: String,
    /// For all packs into a folder: the names of files already there that
    /// the export would replace (the UI asks first; a file dialog asks by
    /// itself). Empty otherwise.
    pub replaces: Vec<String>,
}

/// Paper size of the PDF report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PaperSize {
    A4,
    Letter,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RunExportArgs {
    pub token: String,
    /// For the PDF only; A4 when absent.
    pub paper: Option<PaperSize>,
    /// The user agreed to replace the files of [`ExportTarget::replaces`];
    /// without it, an export that would replace a file is refused.
    #[serde(default)]
    pub replace: bool,
}

/// A file the app wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WrittenFile {
    /// Full path, chosen by the user; the handle for `open_export`.
    pub path: String,
    pub file_name: String,
    /// The folder it is in, to tell the user where to find it.
    pub folder: String,
    pub bytes: u32,
    /// The department of a pack, else absent.
    pub department: Option<String>,
}

/// What an export wrote: one file, or one per department.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportResult {
    pub files: Vec<WrittenFile>,
    /// Notes from the renderer (e.g. a logo that could not be drawn).
    pub warnings: Vec<String>,
    /// Wall-clock milliseconds from the start of rendering to the file on disk.
    pub millis: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenExportArgs {
    /// A `WrittenFile.path` from this run of the app.
    pub path: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportTokenArgs {
    pub assessment_id: String,
    pub token: String,
}

/// One side of a conflicting answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictSideView {
    pub value: AnswerChoice,
    pub comment: Option<String>,
    /// RFC 3339.
    pub updated_at: String,
}

/// Which answer stands after the import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Kept {
    Pack,
    Database,
}

/// An answer changed both in the app and in the pack since the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictView {
    pub respondent: String,
    pub question_id: String,
    /// The question's text, from the assessment's questionnaire.
    pub question: String,
    /// In this app's database.
    pub database: ConflictSideView,
    /// In the pack.
    pub pack: ConflictSideView,
    /// The newer one, which stands.
    pub kept: Kept,
}

/// What one acceptable pack file does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackFileReport {
    pub file_name: String,
    /// The department's name as stored in this assessment.
    pub department: String,
    /// Whether this database recorded exporting the pack; when not, its
    /// export time is the file's word.
    pub export_recorded: bool,
    pub respondents_added: Vec<String>,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub conflicts: Vec<ConflictView>,
}

/// A file that cannot be imported, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RefusedFile {
    pub file_name: String,
    /// Each problem with its place in the file (JSON path, line, column).
    pub problems: Vec<FileIssue>,
}

/// The merge report, before or after the commit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReportView {
    /// Files that can go in, in the order picked, with what each does.
    pub files: Vec<PackFileReport>,
    /// Files that cannot; when any, nothing can be committed.
    pub refused: Vec<RefusedFile>,
    pub added: u32,
    pub updated: u32,
    pub unchanged: u32,
    pub conflicts: u32,
}

/// The preview of an import: nothing is committed yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreviewView {
    /// Names the packs read now, for `commit_import` / `cancel_import`.
    pub token: String,
    pub report: ImportReportView,
    /// False when any file is refused: all or nothing.
    pub can_commit: bool,
}
