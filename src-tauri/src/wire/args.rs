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
pub enum QuestionnaireSource {
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
pub struct CheckQuestionnaireArgs {
    pub source: QuestionnaireSource,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateAssessmentArgs {
    pub organisation: String,
    pub title: String,
    pub questionnaire: QuestionnaireSource,
    /// Department names in display order; more can be added later.
    pub departments: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentArgs {
    pub assessment_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateAssessmentArgs {
    pub assessment_id: String,
    pub organisation: String,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddDepartmentArgs {
    pub assessment_id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RenameDepartmentArgs {
    pub assessment_id: String,
    pub department_id: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReorderDepartmentsArgs {
    pub assessment_id: String,
    /// Every department id of the assessment, in the new order.
    pub department_ids: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DepartmentArgs {
    pub assessment_id: String,
    pub department_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddRespondentArgs {
    pub assessment_id: String,
    pub department_id: String,
    pub name: String,
    pub role: Option<String>,
    /// Answers for the whole department (workshop consensus).
    pub consensus: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateRespondentArgs {
    pub assessment_id: String,
    pub respondent_id: String,
    pub department_id: String,
    pub name: String,
    pub role: Option<String>,
    pub consensus: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RespondentArgs {
    pub assessment_id: String,
    pub respondent_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveAnswerArgs {
    pub assessment_id: String,
    pub respondent_id: String,
    pub question_id: String,
    pub value: AnswerChoice,
    /// Comment or evidence; empty or `null` stores none.
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ClearAnswerArgs {
    pub assessment_id: String,
    pub respondent_id: String,
    pub question_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetTargetArgs {
    pub assessment_id: String,
    pub dimension_id: String,
    /// 1..=5; `null` goes back to the default of the method.
    pub target: Option<u8>,
    /// 1..=5; `null` goes back to the default (3).
    pub importance: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveEvidenceArgs {
    pub assessment_id: String,
    pub metric: EvidenceMetric,
    /// NPS −100..100; CSAT and churn 0..100 (%).
    pub value: f64,
    /// `YYYY-MM-DD`, when the figure was measured.
    pub date: Option<String>,
    pub source: Option<String>,
}
