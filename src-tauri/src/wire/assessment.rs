//! What the set-up, respondents and questionnaire screens show.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::RoundPlace;

/// A questionnaire's identity and size, for choosing one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionnaireInfo {
    pub(crate) id: String,
    pub(crate) version: String,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) locale: String,
    pub(crate) dimensions: u32,
    pub(crate) questions: u32,
}

/// One line of the assessment list.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AssessmentSummary {
    pub(crate) id: String,
    pub(crate) organisation: String,
    pub(crate) title: String,
    /// RFC 3339.
    pub(crate) created_at: String,
    /// RFC 3339; the last change of anything in the assessment.
    pub(crate) updated_at: String,
    pub(crate) questionnaire_title: String,
    pub(crate) departments: u32,
    pub(crate) respondents: u32,
    /// Answers given (a level, N/A or don't know), over all respondents.
    pub(crate) answered: u32,
    /// Respondents × questions.
    pub(crate) expected: u32,
    /// `answered / expected`, 0..1; `null` without respondents.
    pub(crate) completion: Option<f64>,
    /// The organisation's overall score and level from scoring; `null`
    /// without numeric answers.
    pub(crate) overall_score: Option<f64>,
    pub(crate) overall_level: Option<u8>,
    pub(crate) overall_level_name: Option<String>,
    /// Its place in its chain of rounds.
    pub(crate) round: RoundPlace,
    /// Readers see no names and no department figure below the threshold.
    pub(crate) anonymous: bool,
}

/// An assessment with everything the set-up, respondents and questionnaire
/// screens need.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AssessmentView {
    pub(crate) assessment: AssessmentSummary,
    /// In display order.
    pub(crate) departments: Vec<DepartmentView>,
    /// In the order they were added.
    pub(crate) respondents: Vec<RespondentView>,
    /// In the app's language.
    pub(crate) questionnaire: QuestionnaireOutline,
    /// The language of the report and workbook (`en`, `de`, `fr`),
    /// independent of the app's.
    pub(crate) report_locale: String,
    /// The languages the questionnaire can be answered in, in tag order.
    pub(crate) locales: Vec<String>,
    pub(crate) anonymity: Anonymity,
}

/// Whether an assessment is anonymous, and its threshold (scoring.md,
/// "Anonymity").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Anonymity {
    pub(crate) anonymous: bool,
    /// A department's own figure is shown only when at least this many of
    /// its respondents have a numeric answer in it.
    pub(crate) threshold: u8,
}

/// Whether a typed department name can be used: the core's rule
/// (`store::departments::name_problem`), asked while the name is typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub(crate) enum DepartmentNameCheck {
    /// It can be used, as `name` (spacing made regular).
    Ok {
        name: String,
    },
    Empty,
    TooLong {
        chars: u32,
        max: u32,
    },
    NotOneLine,
    /// Another department has the same name, ignoring case and spacing.
    Duplicate {
        of: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentView {
    pub(crate) id: String,
    pub(crate) name: String,
    /// 0-based display order.
    pub(crate) position: u32,
    pub(crate) respondents: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RespondentView {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) role: Option<String>,
    pub(crate) department_id: String,
    pub(crate) department_name: String,
    pub(crate) consensus: bool,
    pub(crate) progress: Progress,
    /// The language they answer in, one of the view's `locales`; `null`:
    /// the app's language.
    pub(crate) locale: Option<String>,
}

/// A respondent removed, with the way back.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RespondentRemoved {
    pub(crate) view: AssessmentView,
    pub(crate) name: String,
    /// Answers removed with them.
    pub(crate) answers: u32,
    /// For `undo_remove_respondent`, while the window offers it.
    pub(crate) undo_token: String,
}

/// How far a respondent is through the questionnaire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Progress {
    /// Questions with any answer (a level, N/A or don't know).
    pub(crate) answered: u32,
    pub(crate) total: u32,
    /// Answers carried forward from the previous round that the
    /// respondent has not confirmed or changed yet.
    pub(crate) carried: u32,
    /// The first unanswered question in questionnaire order: where to resume.
    /// `null` when every question is answered.
    pub(crate) resume_question_id: Option<String>,
}

/// The questionnaire as the questionnaire screen walks it.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionnaireOutline {
    pub(crate) id: String,
    pub(crate) version: String,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) locale: String,
    /// Always five, level 1 first.
    pub(crate) levels: Vec<LevelInfo>,
    pub(crate) dimensions: Vec<DimensionOutline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LevelInfo {
    pub(crate) level: u8,
    pub(crate) name: String,
    pub(crate) description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DimensionOutline {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) weight: f64,
    pub(crate) questions: Vec<QuestionOutline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionOutline {
    pub(crate) id: String,
    pub(crate) prompt: String,
    pub(crate) help: Option<String>,
    /// Five anchor texts; index 0 describes level 1.
    pub(crate) anchors: Vec<String>,
}

/// An answer: a level 1..5, `"na"` (not applicable) or `"unknown"` (don't
/// know). Same encoding as the core's `AnswerValue`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, TS)]
#[ts(type = "1 | 2 | 3 | 4 | 5 | \"na\" | \"unknown\"")]
pub(crate) struct AnswerChoice(pub(crate) cx_maturity::model::AnswerValue);

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
pub(crate) struct StoredAnswer {
    pub(crate) question_id: String,
    pub(crate) value: AnswerChoice,
    pub(crate) comment: Option<String>,
    /// RFC 3339: when the store committed it. The UI shows "saved" only
    /// once it has this.
    pub(crate) saved_at: String,
    /// Carried forward from the previous round and not yet confirmed or
    /// changed by the respondent.
    pub(crate) carried: bool,
    /// The comment is for the consultant only: no export quotes it.
    pub(crate) do_not_quote: bool,
}

/// A respondent's answers and where to resume.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RespondentAnswers {
    pub(crate) respondent_id: String,
    /// In questionnaire order.
    pub(crate) answers: Vec<StoredAnswer>,
    pub(crate) progress: Progress,
}
