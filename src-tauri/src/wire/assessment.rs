//! What the set-up, respondents and questionnaire screens show.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// About the app, for the Help screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    pub name: String,
    pub version: String,
    /// The database file (the same one `cxm` uses), so a consultant can back
    /// it up or point `cxm --db` at it. `null` when it could not be opened.
    pub database_path: Option<String>,
    /// Why the database could not be opened, in plain words; then every
    /// other command fails with the same message.
    pub database_error: Option<String>,
    /// BCP 47 language tag of the user interface, e.g. `en`.
    pub locale: String,
}

/// A questionnaire's identity and size, for choosing one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireInfo {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub locale: String,
    pub dimensions: u32,
    pub questions: u32,
}

/// One line of the assessment list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentSummary {
    pub id: String,
    pub organisation: String,
    pub title: String,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339; the last change of anything in the assessment.
    pub updated_at: String,
    pub questionnaire_title: String,
    pub departments: u32,
    pub respondents: u32,
    /// Answers given (a level, N/A or don't know), over all respondents.
    pub answered: u32,
    /// Respondents × questions.
    pub expected: u32,
    /// `answered / expected`, 0..1; `null` without respondents.
    pub completion: Option<f64>,
    /// The organisation's overall score and level from scoring; `null`
    /// without numeric answers.
    pub overall_score: Option<f64>,
    pub overall_level: Option<u8>,
    pub overall_level_name: Option<String>,
}

/// An assessment with everything the set-up, respondents and questionnaire
/// screens need.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AssessmentView {
    pub assessment: AssessmentSummary,
    /// In display order.
    pub departments: Vec<DepartmentView>,
    /// In the order they were added.
    pub respondents: Vec<RespondentView>,
    pub questionnaire: QuestionnaireOutline,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DepartmentView {
    pub id: String,
    pub name: String,
    /// 0-based display order.
    pub position: u32,
    pub respondents: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RespondentView {
    pub id: String,
    pub name: String,
    pub role: Option<String>,
    pub department_id: String,
    pub department_name: String,
    pub consensus: bool,
    pub progress: Progress,
}

/// How far a respondent is through the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Questions with any answer (a level, N/A or don't know).
    pub answered: u32,
    pub total: u32,
    /// The first unanswered question in questionnaire order: where to resume.
    /// `null` when every question is answered.
    pub resume_question_id: Option<String>,
}

/// The questionnaire as the questionnaire screen walks it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireOutline {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub locale: String,
    /// Always five, level 1 first.
    pub levels: Vec<LevelInfo>,
    pub dimensions: Vec<DimensionOutline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LevelInfo {
    pub level: u8,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DimensionOutline {
    pub id: String,
    pub title: String,
    pub description: String,
    pub weight: f64,
    pub questions: Vec<QuestionOutline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionOutline {
    pub id: String,
    pub prompt: String,
    pub help: Option<String>,
    /// Five anchor texts; index 0 describes level 1.
    pub anchors: Vec<String>,
}

/// An answer: a level 1..5, `"na"` (not applicable) or `"unknown"` (don't
/// know). Same encoding as the core's `AnswerValue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, TS)]
#[ts(type = "1 | 2 | 3 | 4 | 5 | \"na\" | \"unknown\"")]
pub struct AnswerChoice(pub cx_maturity::model::AnswerValue);

impl Serialize for AnswerChoice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(s)
    }
}

impl<'de> Deserialize<'de> for AnswerChoice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        cx_maturity::model::AnswerValue::deserialize(d).map(AnswerChoice)
    }
}

/// An answer as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StoredAnswer {
    pub question_id: String,
    pub value: AnswerChoice,
    pub comment: Option<String>,
    /// RFC 3339: when the store committed it. The UI shows "saved" only
    /// once it has this.
    pub saved_at: String,
}

/// A respondent's answers and where to resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RespondentAnswers {
    pub respondent_id: String,
    /// In questionnaire order.
    pub answers: Vec<StoredAnswer>,
    pub progress: Progress,
}
