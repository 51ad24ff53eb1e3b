//! Pack imports with a preview: `preview_import` opens the native dialog,
//! reads and checks the files and keeps the packs under a token, and reports
//! what importing them would do; `commit_import` commits exactly those,
//! with the consultant's side for each conflict decided on screen.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AnswerChoice, FileIssue};

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ImportTokenArgs {
    pub(crate) assessment_id: String,
    pub(crate) token: String,
}

/// The commit of a previewed import, with the consultant's choices.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CommitImportArgs {
    pub(crate) assessment_id: String,
    pub(crate) token: String,
    /// One per conflict decided on screen, at most one per answer; a
    /// conflict without one goes the merge rule's way (the newer answer).
    pub(crate) choices: Vec<ConflictChoice>,
}

/// Which side of one conflict stands, as the consultant chose it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ConflictChoice {
    pub(crate) respondent_id: String,
    pub(crate) question_id: String,
    pub(crate) keep: Kept,
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

/// A conflict's side: the pack's answer or this app's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum Kept {
    Pack,
    Database,
}

/// Who decided which side of a conflict stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum DecidedBy {
    /// The merge rule: the newer answer.
    Rule,
    /// The consultant, on the preview.
    Choice,
}

/// An answer changed both in the app and in the pack since the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ConflictView {
    pub(crate) respondent_id: String,
    pub(crate) respondent: String,
    pub(crate) question_id: String,
    /// The question's text, from the assessment's questionnaire.
    pub(crate) question: String,
    /// In this app's database.
    pub(crate) database: ConflictSideView,
    /// In the pack.
    pub(crate) pack: ConflictSideView,
    /// The side that stands.
    pub(crate) kept: Kept,
    /// The side the merge rule keeps (the newer answer; never a pack answer
    /// dated after the import): what the preview offers first.
    pub(crate) rule_keeps: Kept,
    /// Whether `kept` is the consultant's choice or the rule's.
    pub(crate) decided_by: DecidedBy,
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
    /// Set when packs are encrypted and no passphrase, or a wrong one, was
    /// given: names the picked files for `preview_sealed_import`.
    pub(crate) passphrase_token: Option<String>,
    /// A passphrase was given and does not open some of the packs.
    pub(crate) wrong_passphrase: bool,
}

/// The passphrase of the encrypted packs of a preview.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SealedImportArgs {
    pub(crate) assessment_id: String,
    /// [`ImportPreviewView::passphrase_token`].
    pub(crate) token: String,
    pub(crate) passphrase: String,
}
