//! What the self-assessment-by-pack screens show (the department head's
//! side): the sessions opened from packs, what opening one did, and where
//! the filled pack was saved.

use serde::Serialize;
use ts_rs::TS;

use super::AssessmentView;

/// One self-assessment opened from a pack, for Home and its own screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackSessionSummary {
    /// The consultant's assessment id (kept so the filled pack matches).
    pub assessment_id: String,
    pub organisation: String,
    pub title: String,
    pub department_id: String,
    pub department: String,
    /// RFC 3339: when the consultant exported the pack.
    pub exported_at: String,
    /// File name (no folder) of the pack the session came from.
    pub source_file: String,
    /// RFC 3339.
    pub opened_at: String,
    /// RFC 3339: the last answer or respondent change.
    pub updated_at: String,
    /// RFC 3339 and file name of the last saved filled pack; `null` before.
    pub saved_at: Option<String>,
    pub saved_file: Option<String>,
    pub respondents: u32,
    /// Answers given (a level, N/A or don't know) over all respondents.
    pub answered: u32,
    /// Respondents × questions (the questions alone while nobody answers).
    pub expected: u32,
    pub questions: u32,
    /// Something changed since the filled pack was last saved (or it was
    /// never saved).
    pub unsaved_changes: bool,
}

/// What opening a pack did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PackOpenKind {
    /// A new self-assessment from this pack.
    Created,
    /// The same pack as before: the self-assessment as it was left.
    Resumed,
    /// A newer pack from the consultant: their changes brought in, the
    /// head's own answers kept.
    Refreshed,
    /// A pack older than the one already opened: nothing changed.
    OlderIgnored,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackOpened {
    pub session: PackSessionSummary,
    pub kind: PackOpenKind,
    /// The self-assessment had been deleted and came back with its answers.
    pub restored: bool,
    pub respondents_added: Vec<String>,
    pub answers_added: u32,
    pub answers_updated: u32,
    /// The head's answers that the newer pack had differently: kept.
    pub kept_yours: u32,
}

/// A pack session with its respondents and questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PackSessionView {
    pub session: PackSessionSummary,
    pub view: AssessmentView,
}

/// Where the filled pack was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedPack {
    pub session: PackSessionSummary,
    /// The file's name, and the folder it is in (shown so the head can find
    /// it to send it back; the head picked it).
    pub file_name: String,
    pub folder: String,
}
