//! Arguments of the commands. Each command that takes arguments takes one of
//! these as its single parameter `args`; `ui/src/ipc.ts` wraps them.

use serde::Deserialize;
use ts_rs::TS;

use super::{AnswerChoice, EvidenceMetric};

/// Where a new assessment's questionnaire comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub(crate) enum QuestionnaireSource {
    /// A built-in questionnaire, by id (see `list_questionnaires`).
    Builtin { id: String },
    /// A questionnaire file the user picked: its name (for messages) and its
    /// text, read by the web view from a file input, so no path of the
    /// user's machine crosses the boundary and no file-system permission is
    /// needed.
    File { file_name: String, text: String },
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CheckQuestionnaireArgs {
    pub(crate) source: QuestionnaireSource,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CreateAssessmentArgs {
    pub(crate) organisation: String,
    pub(crate) title: String,
    pub(crate) questionnaire: QuestionnaireSource,
    /// Department names in display order; more can be added later.
    pub(crate) departments: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AssessmentArgs {
    pub(crate) assessment_id: String,
}

/// The set-up screen's save: everything it shows, in one transaction.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SaveSetupArgs {
    pub(crate) assessment_id: String,
    pub(crate) organisation: String,
    pub(crate) title: String,
    /// The departments exactly as they should be, in display order; one
    /// left out is removed (refused while it has respondents).
    pub(crate) departments: Vec<DepartmentEditArgs>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentEditArgs {
    /// An existing department (renamed when the name changed), or `null`
    /// for a new one.
    pub(crate) id: Option<String>,
    pub(crate) name: String,
}

/// A department name as typed, beside the other names of the list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CheckDepartmentNameArgs {
    pub(crate) others: Vec<String>,
    pub(crate) name: String,
}

/// A respondent's name as typed, to look for another of that name in the
/// department; `respondent_id` is the one being edited (none when adding).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NamesakeArgs {
    pub(crate) assessment_id: String,
    pub(crate) department_id: String,
    pub(crate) name: String,
    pub(crate) respondent_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AddRespondentArgs {
    pub(crate) assessment_id: String,
    pub(crate) department_id: String,
    pub(crate) name: String,
    pub(crate) role: Option<String>,
    /// Answers for the whole department (workshop consensus).
    pub(crate) consensus: bool,
}

/// The undo of a respondent's removal.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UndoRemovalArgs {
    pub(crate) assessment_id: String,
    pub(crate) undo_token: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct UpdateRespondentArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
    pub(crate) department_id: String,
    pub(crate) name: String,
    pub(crate) role: Option<String>,
    pub(crate) consensus: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RespondentArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SaveAnswerArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
    pub(crate) question_id: String,
    pub(crate) value: AnswerChoice,
    /// Comment or evidence; empty or `null` stores none.
    pub(crate) comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ClearAnswerArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
    pub(crate) question_id: String,
}

/// A carried answer its respondent keeps as it stands.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ConfirmAnswerArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
    pub(crate) question_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetTargetArgs {
    pub(crate) assessment_id: String,
    pub(crate) dimension_id: String,
    /// 1..=5; `null` goes back to the default of the method.
    pub(crate) target: Option<u8>,
    /// 1..=5; `null` goes back to the default (3).
    pub(crate) importance: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SaveEvidenceArgs {
    pub(crate) assessment_id: String,
    pub(crate) metric: EvidenceMetric,
    /// NPS −100..100; CSAT and churn 0..100 (%).
    pub(crate) value: f64,
    /// `YYYY-MM-DD`, when the figure was measured.
    pub(crate) date: Option<String>,
    pub(crate) source: Option<String>,
}

/// The app's language, as the UI chose it (a tag like `de` or `de-CH`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetAppLocaleArgs {
    pub(crate) locale: String,
}

/// The language of an assessment's report and workbook.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetReportLocaleArgs {
    pub(crate) assessment_id: String,
    pub(crate) locale: String,
}

/// Makes an assessment anonymous or named; `null` keeps what is stored.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetAnonymityArgs {
    pub(crate) assessment_id: String,
    pub(crate) anonymous: Option<bool>,
    pub(crate) threshold: Option<u8>,
}

/// Marks a comment as not to be quoted in any export, or quotable again.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetDoNotQuoteArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
    pub(crate) question_id: String,
    pub(crate) do_not_quote: bool,
}

/// The language a respondent answers in; `null`: the app's language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetRespondentLocaleArgs {
    pub(crate) assessment_id: String,
    pub(crate) respondent_id: String,
    pub(crate) locale: Option<String>,
}

/// The questionnaire of an assessment in one of its languages; `null`: the
/// app's language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OutlineArgs {
    pub(crate) assessment_id: String,
    pub(crate) locale: Option<String>,
}
