//! The core's rules that the screens apply while the user types: how long
//! each text may be, how big a questionnaire file, which values each kind
//! of customer evidence takes, which dates a date field offers. The store checks them again on every write;
//! the screens use them to say so before a save is even tried. Also the
//! thresholds by which rounds are compared, which the Progress tab and Help
//! state in words.

use serde::Serialize;
use ts_rs::TS;

use super::EvidenceMetric;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Rules {
    /// Characters allowed in each kind of text.
    pub(crate) text: TextLimits,
    /// The largest questionnaire file read, in bytes.
    pub(crate) questionnaire_max_bytes: u32,
    /// The largest logo file accepted, in bytes.
    pub(crate) logo_max_bytes: u32,
    /// Every evidence metric with its range, in display order.
    pub(crate) evidence: Vec<EvidenceRange>,
    /// The dates a user may give (a due date, the date of evidence).
    pub(crate) dates: DateRange,
    /// How rounds are compared (scoring.md, "Rounds and progress").
    pub(crate) rounds: RoundRules,
    /// The thresholds an anonymous assessment may have.
    pub(crate) anonymity: AnonymityRules,
}

/// scoring.md's "Anonymity": the threshold of a new assessment, and the
/// smallest and largest the store accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AnonymityRules {
    pub(crate) default_threshold: u8,
    pub(crate) min_threshold: u8,
    pub(crate) max_threshold: u8,
}

/// The thresholds of scoring.md's "Rounds and progress".
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RoundRules {
    /// A change at least this large either way is improved or declined.
    pub(crate) direction_step: f64,
    /// A round's coverage of a dimension below this share (0..1) is low.
    pub(crate) low_coverage_below: f64,
    /// A dimension with less than this share (0..1) of its answers
    /// confirmed or changed in the later round is mostly carried.
    pub(crate) mostly_carried_below: f64,
    /// Diverging: the overall score improved while NPS fell by this many
    /// points or more…
    pub(crate) diverging_nps_drop: f64,
    /// …or CSAT by this many points or more.
    pub(crate) diverging_csat_drop: f64,
}

/// The first and last date accepted, both `YYYY-MM-DD`: what a date
/// picker offers (`min` / `max`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DateRange {
    pub(crate) min: String,
    pub(crate) max: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct TextLimits {
    /// Organisation, title, department, respondent, role, evidence source.
    pub(crate) name: u32,
    /// A comment on an answer.
    pub(crate) comment: u32,
    /// The owner of a roadmap action.
    pub(crate) owner: u32,
    /// The notes on a roadmap action.
    pub(crate) notes: u32,
    /// The consultant's name on the report.
    pub(crate) consultant: u32,
}

/// The values one evidence metric takes, both ends included.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EvidenceRange {
    pub(crate) metric: EvidenceMetric,
    pub(crate) min: f64,
    pub(crate) max: f64,
}
