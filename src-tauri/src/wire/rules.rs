//! The core's rules that the screens apply while the user types: how long
//! each text may be, how big a questionnaire file, which values each kind
//! of customer evidence takes, which dates a date field offers. The store checks them again on every write;
//! the screens use them to say so before a save is even tried.

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
