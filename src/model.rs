//! Plain domain types of an assessment: departments, respondents, answers,
//! per-dimension settings, customer evidence, roadmap edits and the first
//! votes of a live workshop.
//!
//! These are what the store reads and writes and what scoring, the roadmap
//! and the report take as input ([`AssessmentData`]). No behaviour beyond
//! parsing and printing lives here.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use time::{Date, OffsetDateTime};

use crate::questionnaire::Questionnaire;

/// One answer to one question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerValue {
    /// 1..=5: the level whose anchor fits best.
    Level(u8),
    /// "Not applicable": leaves every figure, as if never asked.
    NotApplicable,
    /// "Don't know": no score, lowers coverage, listed as a knowledge gap.
    Unknown,
}

impl AnswerValue {
    /// The numeric level, when there is one.
    pub fn level(self) -> Option<u8> {
        match self {
            AnswerValue::Level(l) => Some(l),
            _ => None,
        }
    }
}

impl std::str::FromStr for AnswerValue {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "na" | "n/a" => Ok(AnswerValue::NotApplicable),
            "unknown" | "?" => Ok(AnswerValue::Unknown),
            t => match t.parse::<u8>() {
                Ok(l @ 1..=5) => Ok(AnswerValue::Level(l)),
                _ => Err(crate::Error::InvalidInput(format!(
                    "answer {s:?} is not one of 1, 2, 3, 4, 5, na, unknown"
                ))),
            },
        }
    }
}

impl std::fmt::Display for AnswerValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerValue::Level(l) => write!(f, "{l}"),
            AnswerValue::NotApplicable => f.write_str("na"),
            AnswerValue::Unknown => f.write_str("unknown"),
        }
    }
}

/// On the wire an answer is the number 1..5 or the string `"na"`/`"unknown"`.
impl Serialize for AnswerValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            AnswerValue::Level(l) => s.serialize_u8(*l),
            AnswerValue::NotApplicable => s.serialize_str("na"),
            AnswerValue::Unknown => s.serialize_str("unknown"),
        }
    }
}

impl<'de> Deserialize<'de> for AnswerValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Wire {
            N(u64),
            S(String),
        }
        let parsed = match Wire::deserialize(d)? {
            Wire::N(n) => n.to_string().parse::<AnswerValue>(),
            Wire::S(s) => s.parse::<AnswerValue>(),
        };
        parsed.map_err(serde::de::Error::custom)
    }
}

/// Where an assessment stands in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssessmentStatus {
    Open,
    Closed,
}

/// An assessment's identity and headline facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub organisation: String,
    pub title: String,
    pub status: AssessmentStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    /// The round this one follows (scoring.md, "Rounds and progress");
    /// `None` for a first round, or when the earlier round was purged.
    #[serde(default)]
    pub previous_id: Option<String>,
    /// The language of its report and workbook (`en`, `de`, `fr`).
    #[serde(default = "default_report_locale")]
    pub report_locale: String,
    #[serde(default)]
    pub anonymity: Anonymity,
}

/// Whether an assessment is anonymous, and its threshold `k`
/// (scoring.md, "Anonymity").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Anonymity {
    pub anonymous: bool,
    /// A department's own figure is shown only when at least this many of
    /// its respondents have a numeric answer in it.
    pub threshold: u8,
}

impl Anonymity {
    /// The threshold of a new assessment.
    pub const DEFAULT_THRESHOLD: u8 = 3;
    /// The smallest threshold: one respondent is never anonymous.
    pub const MIN_THRESHOLD: u8 = 2;
    /// The largest threshold the store accepts.
    pub const MAX_THRESHOLD: u8 = 50;
}

impl Default for Anonymity {
    fn default() -> Self {
        Anonymity {
            anonymous: false,
            threshold: Self::DEFAULT_THRESHOLD,
        }
    }
}

fn default_report_locale() -> String {
    "en".to_owned()
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    pub id: String,
    /// Unique within the assessment; how the CLI and reports name it.
    pub name: String,
    /// 0-based display order.
    pub position: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Respondent {
    pub id: String,
    pub name: String,
    pub department_id: String,
    pub role: Option<String>,
    /// A "department consensus" respondent answers for the whole department
    /// in a workshop.
    pub consensus: bool,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    /// The language they answer in, one of the questionnaire's; `None`
    /// follows the app's language.
    #[serde(default)]
    pub locale: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// Shared, not copied: [`crate::store::Store::load`] hands every answer
    /// of one respondent (and of one question) the same allocation, so
    /// scoring can tell whose answer it is by pointer, without reading the
    /// text (see `scoring::Index::grid`).
    pub respondent_id: Arc<str>,
    pub question_id: Arc<str>,
    pub value: AnswerValue,
    /// Comment or evidence; `None` when empty.
    pub comment: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// Carried forward from the previous round and not yet confirmed or
    /// changed by its respondent (scoring.md, "Rounds and progress"). It
    /// counts like any other answer.
    #[serde(default)]
    pub carried: bool,
    /// The comment is for the consultant only: no export quotes it.
    #[serde(default)]
    pub do_not_quote: bool,
}

/// When a live-workshop vote is cast (scoring.md, "Workshop votes").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteRound {
    /// Before the room saw the votes on the question: the vote is the
    /// participant's answer and their first vote.
    Blind,
    /// After the reveal: the vote is the participant's answer; the first
    /// vote stays as it was.
    Revote,
}

/// A participant's first vote on a question, kept beside the final vote
/// (their [`Answer`]): the vote that stood when the room's votes were
/// revealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstVote {
    pub respondent_id: String,
    pub question_id: String,
    pub value: AnswerValue,
    #[serde(with = "time::serde::rfc3339")]
    pub voted_at: OffsetDateTime,
    /// When the participant last voted after the reveal; `None` while they
    /// have not re-voted.
    #[serde(with = "time::serde::rfc3339::option")]
    pub revoted_at: Option<OffsetDateTime>,
}

/// Target level and importance of a dimension, as agreed for one assessment.
/// `None` means "use the default of scoring.md".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionSetting {
    pub dimension_id: String,
    pub target: Option<u8>,
    pub importance: Option<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceMetric {
    /// Net Promoter Score, −100..100.
    Nps,
    /// Customer satisfaction, 0..100 %.
    Csat,
    /// Annual customer churn, 0..100 %.
    Churn,
}

impl EvidenceMetric {
    /// Every metric, in the order screens and reports list them.
    pub const ALL: [EvidenceMetric; 3] = [Self::Nps, Self::Csat, Self::Churn];

    /// The values a record of this metric may hold, both ends included
    /// (scoring.md, "Customer evidence").
    pub fn range(self) -> (f64, f64) {
        match self {
            Self::Nps => (-100.0, 100.0),
            Self::Csat | Self::Churn => (0.0, 100.0),
        }
    }
}

/// One piece of customer evidence; the latest per metric counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    pub metric: EvidenceMetric,
    pub value: f64,
    pub date: Option<Date>,
    pub source: Option<String>,
    #[serde(with = "time::serde::rfc3339")]
    pub recorded_at: OffsetDateTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    Planned,
    InProgress,
    Done,
    Blocked,
}

impl ActionStatus {
    /// Every status, in the order the app offers them.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Blocked,
    ];

    /// The name in files and on the command line (`in_progress`).
    pub fn as_str(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Blocked => "blocked",
        }
    }
}

impl std::str::FromStr for ActionStatus {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Self> {
        ActionStatus::ALL
            .into_iter()
            .find(|a| a.as_str() == s.trim())
            .ok_or_else(|| {
                crate::Error::InvalidInput(format!(
                    "status {s:?} is not one of planned, in_progress, done, blocked"
                ))
            })
    }
}

/// The consultant's edits of one roadmap action in one assessment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionEdit {
    pub action_id: String,
    pub owner: Option<String>,
    pub due: Option<Date>,
    pub status: Option<ActionStatus>,
    pub notes: Option<String>,
    pub dropped: bool,
}

/// The roadmap's phase capacities agreed for one assessment (scoring.md,
/// "Roadmap" rule 4a); `None` is the default of
/// [`crate::roadmap::Capacity::DEFAULT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CapacitySetting {
    pub now: Option<u32>,
    pub next: Option<u32>,
}

/// The consultant's branding, used on the report's cover and accents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Branding {
    pub consultant_name: Option<String>,
    /// PNG or JPEG bytes.
    #[serde(skip)]
    pub logo: Option<Vec<u8>>,
    /// `#rrggbb`.
    pub accent_colour: Option<String>,
}

/// Everything about one assessment that scoring, the roadmap and the report
/// need, loaded in one read.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentData {
    pub assessment: Assessment,
    /// The snapshot the assessment was taken with.
    pub questionnaire: Questionnaire,
    /// In display order.
    pub departments: Vec<Department>,
    pub respondents: Vec<Respondent>,
    pub answers: Vec<Answer>,
    pub settings: Vec<DimensionSetting>,
    pub evidence: Vec<Evidence>,
    pub action_edits: Vec<ActionEdit>,
    pub capacity: CapacitySetting,
    /// Live-workshop participants' first votes (scoring.md, "Workshop
    /// votes"); empty for an assessment without a live session.
    pub first_votes: Vec<FirstVote>,
}
