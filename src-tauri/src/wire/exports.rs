//! Exports (PDF, Word, XLSX, packs): what to export, the destination chosen in
//! the native dialog, and the files written.
//!
//! The web view never names a file to write: it asks for a destination
//! (`choose_export`, a native dialog in Rust), gets back a token and the
//! file's name to show, and runs the export with that token.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub(crate) enum ExportKind {
    /// The PDF report for leadership.
    Pdf,
    /// The same report as a Word document, for the consultant to edit.
    Docx,
    /// The XLSX action register (with scores and answers).
    Xlsx,
    /// One department's self-assessment pack.
    Pack { department_id: String },
    /// One pack per department, into a folder.
    AllPacks,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ChooseExportArgs {
    pub(crate) assessment_id: String,
    pub(crate) export: ExportKind,
}

/// A destination the user chose in the native dialog.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ExportTarget {
    /// Names the destination for `run_export`; valid once.
    pub(crate) token: String,
    /// The file's (or the folder's) own name, to show while it is written.
    pub(crate) name: String,
    /// For all packs into a folder: the names of files already there that
    /// the export would replace (the UI asks first; a file dialog asks by
    /// itself). Empty otherwise.
    pub(crate) replaces: Vec<String>,
}

/// Paper size of the PDF report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum PaperSize {
    A4,
    Letter,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RunExportArgs {
    pub(crate) token: String,
    /// For the PDF only; A4 when absent.
    pub(crate) paper: Option<PaperSize>,
    /// The user agreed to replace the files of [`ExportTarget::replaces`];
    /// without it, an export that would replace a file is refused.
    #[serde(default)]
    pub(crate) replace: bool,
    /// For packs only: each is written encrypted with this passphrase,
    /// which the consultant gives the head another way (by phone).
    #[serde(default)]
    pub(crate) pack_passphrase: Option<String>,
}

/// A file the app wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct WrittenFile {
    /// Full path, chosen by the user; the handle for `open_export`.
    pub(crate) path: String,
    pub(crate) file_name: String,
    /// The folder it is in, to tell the user where to find it.
    pub(crate) folder: String,
    pub(crate) bytes: u32,
    /// The department of a pack, else absent.
    pub(crate) department: Option<String>,
}

/// What an export wrote: one file, or one per department.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ExportResult {
    pub(crate) files: Vec<WrittenFile>,
    /// Notes from the renderer (e.g. a logo that could not be drawn).
    pub(crate) warnings: Vec<String>,
    /// Wall-clock milliseconds from the start of rendering to the file on disk.
    pub(crate) millis: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OpenExportArgs {
    /// A `WrittenFile.path` from this run of the app.
    pub(crate) path: String,
}
