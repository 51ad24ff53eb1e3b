//! Rounds of an assessment (scoring.md, "Rounds and progress"): where a
//! round stands in its chain, what the "Start the next round" dialog
//! offers and sends, what starting one did, and the Progress tab — a round
//! against its previous one, the trend over the chain, their charts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{AssessmentSummary, Chart};

/// Another round of the same chain, as a link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RoundLink {
    pub(crate) id: String,
    pub(crate) title: String,
    /// RFC 3339: when the round was started.
    pub(crate) created_at: String,
    /// Its place in the chain, 1 for the first.
    pub(crate) number: u32,
}

/// Where an assessment stands in its chain of rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RoundPlace {
    /// 1 for the first round.
    pub(crate) number: u32,
    /// The round this one follows (`null` for a first round, or when the
    /// earlier round was deleted).
    pub(crate) previous: Option<RoundLink>,
    /// The round that follows this one; while there is one, no next round
    /// can be started from this one.
    pub(crate) next: Option<RoundLink>,
}

/// A question named for people: its prompt and its dimension's title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionRef {
    pub(crate) id: String,
    pub(crate) prompt: String,
    pub(crate) dimension: String,
}

/// A roadmap action named for people: its title and its dimension's title.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ActionRef {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) dimension: String,
}

/// A respondent of the round, offered to the next one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PlanRespondent {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) role: Option<String>,
    pub(crate) department: String,
    /// Answers they gave in the round (all carried forward when answers
    /// are, but those of questions a newer version no longer asks).
    pub(crate) answers: u32,
}

/// A questionnaire's identity and size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionnaireVersion {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) version: String,
    pub(crate) questions: u32,
}

/// A newer version of the round's questionnaire, built in or installed,
/// and what taking it would change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionnaireUpgrade {
    pub(crate) questionnaire: QuestionnaireVersion,
    /// In the newer version only, in its order.
    pub(crate) questions_added: Vec<QuestionRef>,
    /// In the round's version only, in its order.
    pub(crate) questions_removed: Vec<QuestionRef>,
}

/// What the "Start the next round" dialog offers for an assessment.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NextRoundPlan {
    pub(crate) assessment_id: String,
    pub(crate) organisation: String,
    pub(crate) title: String,
    /// The number the next round will have.
    pub(crate) number: u32,
    /// The core's title for it unless the user types another.
    pub(crate) suggested_title: String,
    /// In the order they were added.
    pub(crate) respondents: Vec<PlanRespondent>,
    /// The questionnaire the round was taken with.
    pub(crate) questionnaire: QuestionnaireVersion,
    /// The newest newer version, when one is built in or installed.
    pub(crate) newer: Option<QuestionnaireUpgrade>,
    /// The round that already follows: then none can be started.
    pub(crate) next: Option<RoundLink>,
}

/// "Start the next round": the dialog's choices.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct StartNextRoundArgs {
    /// The round to follow (the latest of its chain).
    pub(crate) assessment_id: String,
    /// `null`: the suggested title.
    pub(crate) title: Option<String>,
    /// The respondents (ids in the round) the next round keeps; none: it
    /// starts without respondents.
    pub(crate) respondent_ids: Vec<String>,
    /// Carry the kept respondents' answers forward, each marked until its
    /// respondent confirms or changes it.
    pub(crate) carry_answers: bool,
    /// Take the round with this newer version of the questionnaire (as
    /// `next_round_plan` offered it); `null`: the round's own version.
    pub(crate) questionnaire_version: Option<String>,
}

/// What starting the next round did.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RoundStartedView {
    /// The new round.
    pub(crate) assessment: AssessmentSummary,
    pub(crate) previous_id: String,
    pub(crate) respondents: u32,
    pub(crate) carried_answers: u32,
    pub(crate) questions_added: Vec<QuestionRef>,
    pub(crate) questions_removed: Vec<QuestionRef>,
}

/// A change between two rounds: the core's `improved` from +0.3,
/// `declined` from −0.3, otherwise `stable`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum Direction {
    Improved,
    Stable,
    Declined,
}

/// A score then and now and the change between them (`delta` and
/// `direction` are `null` unless both scores exist).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ScoreChange {
    pub(crate) then: Option<f64>,
    pub(crate) now: Option<f64>,
    pub(crate) delta: Option<f64>,
    pub(crate) direction: Option<Direction>,
}

/// A stage (1–5) with its name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct StageView {
    pub(crate) stage: u8,
    pub(crate) name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct OverallChangeView {
    pub(crate) change: ScoreChange,
    /// `null` while a round's stage is incomplete.
    pub(crate) stage_then: Option<StageView>,
    pub(crate) stage_now: Option<StageView>,
}

/// Why a dimension's delta is to be read with care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum DeltaFlag {
    /// Either round's coverage of the dimension is below 60 %.
    LowCoverage,
    /// The dimension's questions differ between the two rounds.
    QuestionsChanged,
    /// Less than half of the later round's answers in it were confirmed
    /// or changed by their respondents.
    MostlyCarried,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DimensionChangeView {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) change: ScoreChange,
    pub(crate) flags: Vec<DeltaFlag>,
    pub(crate) questions_added: Vec<QuestionRef>,
    pub(crate) questions_removed: Vec<QuestionRef>,
    /// Share (0..1) of the later round's numeric answers in the dimension
    /// that are not carried; `null` without one.
    pub(crate) confirmed: Option<f64>,
    pub(crate) coverage_then: Option<f64>,
    pub(crate) coverage_now: Option<f64>,
    /// The spread of the department scores (disagreement) then and now.
    pub(crate) spread_then: Option<f64>,
    pub(crate) spread_now: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentChangeView {
    pub(crate) name: String,
    pub(crate) change: ScoreChange,
    /// Respondents who took part then and now (`null`: the department was
    /// not in that round).
    pub(crate) respondents_then: Option<u32>,
    pub(crate) respondents_now: Option<u32>,
}

/// Misaligned dimensions and questions then and now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DisagreementChangeView {
    pub(crate) misaligned_dimensions_then: u32,
    pub(crate) misaligned_dimensions_now: u32,
    pub(crate) misaligned_questions_then: u32,
    pub(crate) misaligned_questions_now: u32,
}

/// The outside-in check over time: each round's latest customer evidence.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EvidenceChangeView {
    pub(crate) nps_then: Option<f64>,
    pub(crate) nps_now: Option<f64>,
    pub(crate) nps_change: Option<f64>,
    pub(crate) csat_then: Option<f64>,
    pub(crate) csat_now: Option<f64>,
    pub(crate) csat_change: Option<f64>,
}

/// A dimension named in the trend.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TrendDimensionView {
    pub(crate) id: String,
    pub(crate) title: String,
}

/// One round of the trend.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TrendRoundView {
    pub(crate) assessment_id: String,
    pub(crate) title: String,
    /// `YYYY-MM-DD`: when the round was started.
    pub(crate) date: String,
    pub(crate) score: Option<f64>,
    pub(crate) stage: Option<StageView>,
    /// One score per dimension of the trend, in its order.
    pub(crate) dimensions: Vec<Option<f64>>,
    pub(crate) nps: Option<f64>,
    pub(crate) csat: Option<f64>,
}

/// Every round of the chain, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TrendView {
    pub(crate) dimensions: Vec<TrendDimensionView>,
    pub(crate) rounds: Vec<TrendRoundView>,
}

/// The Progress tab: a round against its previous one, as the core
/// compared them, the trend over the chain, and their charts.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RoundProgress {
    pub(crate) previous: RoundLink,
    pub(crate) current: RoundLink,
    /// `YYYY-MM-DD`: when each round was started.
    pub(crate) date_then: String,
    pub(crate) date_now: String,
    pub(crate) overall: OverallChangeView,
    /// The later round's dimensions in its order, then those only the
    /// earlier round had.
    pub(crate) dimensions: Vec<DimensionChangeView>,
    pub(crate) departments: Vec<DepartmentChangeView>,
    pub(crate) disagreement: DisagreementChangeView,
    pub(crate) evidence: EvidenceChangeView,
    /// The organisation says it got better; its customers say it got worse.
    pub(crate) diverging: bool,
    /// Done in the earlier round, not done before it.
    pub(crate) actions_completed: Vec<ActionRef>,
    pub(crate) questions_added: Vec<QuestionRef>,
    pub(crate) questions_removed: Vec<QuestionRef>,
    /// Share (0..1) of the later round's numeric answers that are not
    /// carried; `null` without one.
    pub(crate) confirmed: Option<f64>,
    pub(crate) trend: TrendView,
    /// Both rounds per dimension; with three rounds or more, the trend too.
    pub(crate) charts: Vec<Chart>,
}
