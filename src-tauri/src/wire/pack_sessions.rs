//! What the self-assessment-by-pack screens show (the department head's
//! side): the sessions opened from packs, what opening one did, and where
//! the filled pack was saved.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::AssessmentView;

/// One self-assessment opened from a pack, for Home and its own screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PackSessionSummary {
    /// The consultant's assessment id (kept so the filled pack matches).
    pub(crate) assessment_id: String,
    pub(crate) organisation: String,
    pub(crate) title: String,
    pub(crate) department_id: String,
    pub(crate) department: String,
    /// RFC 3339: when the consultant exported the pack.
    pub(crate) exported_at: String,
    /// File name (no folder) of the pack the session came from.
    pub(crate) source_file: String,
    /// RFC 3339.
    pub(crate) opened_at: String,
    /// RFC 3339: the last answer or respondent change.
    pub(crate) updated_at: String,
    /// RFC 3339 and file name of the last saved filled pack; `null` before.
    pub(crate) saved_at: Option<String>,
    pub(crate) saved_file: Option<String>,
    pub(crate) respondents: u32,
    /// Answers given (a level, N/A or don't know) over all respondents.
    pub(crate) answered: u32,
    /// Respondents × questions (the questions alone while nobody answers).
    pub(crate) expected: u32,
    pub(crate) questions: u32,
    /// Something changed since the filled pack was last saved (or it was
    /// never saved).
    pub(crate) unsaved_changes: bool,
    /// The pack came encrypted: the filled pack is saved under the same
    /// passphrase, typed again.
    pub(crate) encrypted: bool,
}

/// What opening a pack file did: opened it, or found it encrypted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "status", rename_all = "camelCase")]
pub(crate) enum PackOpening {
    Opened {
        opened: Box<PackOpened>,
    },
    /// The file is encrypted: `open_sealed_pack` with its passphrase and
    /// this token opens it.
    NeedsPassphrase {
        token: String,
        file: String,
    },
}

/// The passphrase of an encrypted pack being opened.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SealedPackArgs {
    /// [`PackOpening::NeedsPassphrase`]'s token.
    pub(crate) token: String,
    pub(crate) passphrase: String,
}

/// Saving the filled pack; a session from an encrypted pack needs its
/// passphrase again.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SaveFilledPackArgs {
    pub(crate) assessment_id: String,
    #[serde(default)]
    pub(crate) passphrase: Option<String>,
}

/// What opening a pack did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum PackOpenKind {
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
pub(crate) struct PackOpened {
    pub(crate) session: PackSessionSummary,
    pub(crate) kind: PackOpenKind,
    /// The self-assessment had been deleted and came back with its answers.
    pub(crate) restored: bool,
    pub(crate) respondents_added: Vec<String>,
    pub(crate) answers_added: u32,
    pub(crate) answers_updated: u32,
    /// The head's answers that the newer pack had differently: kept.
    pub(crate) kept_yours: u32,
}

/// A pack session with its respondents and questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PackSessionView {
    pub(crate) session: PackSessionSummary,
    pub(crate) view: AssessmentView,
}

/// Where the filled pack was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SavedPack {
    pub(crate) session: PackSessionSummary,
    /// The file's name, and the folder it is in (shown so the head can find
    /// it to send it back; the head picked it).
    pub(crate) file_name: String,
    pub(crate) folder: String,
}
