//! What the roadmap screen shows and sends: the roadmap as
//! `cx_maturity::roadmap::plan` returns it with the edits applied, and
//! one-field action edits.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A roadmap phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum PhaseName {
    /// 0–3 months.
    Now,
    /// 3–9 months.
    Next,
    /// 9–18 months.
    Later,
}

/// An action's effort as the questionnaire gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub(crate) enum Effort {
    S,
    M,
    L,
}

/// An action's status, spelled as in `cxm roadmap --json`. Received as text
/// and parsed by the core, so a bad value gets the core's plain message.
// A newtype: serde reads and writes it as the bare string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(type = "\"planned\" | \"in_progress\" | \"done\" | \"blocked\"")]
pub(crate) struct ActionStatusName(pub(crate) String);

/// The plan: three phases, always in the order Now, Next, Later.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RoadmapView {
    pub(crate) assessment_id: String,
    pub(crate) phases: Vec<PhaseView>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PhaseView {
    pub(crate) phase: PhaseName,
    /// Its time frame in words, e.g. "0–3 months".
    pub(crate) months: String,
    /// In the plan's order (dimension priority, questionnaire order);
    /// dropped actions stay listed with `dropped: true`.
    pub(crate) actions: Vec<ActionView>,
}

/// One planned action with the consultant's edits applied.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ActionView {
    pub(crate) id: String,
    pub(crate) dimension_id: String,
    pub(crate) dimension_title: String,
    /// The step it serves: from level, to level.
    pub(crate) from_level: u8,
    pub(crate) to_level: u8,
    pub(crate) from_name: String,
    pub(crate) to_name: String,
    pub(crate) title: String,
    pub(crate) description: String,
    pub(crate) effort: Effort,
    /// The edited owner, else the questionnaire's owner function.
    pub(crate) owner: String,
    /// The questionnaire's owner function (what clearing the owner gives).
    pub(crate) default_owner: String,
    pub(crate) owner_edited: bool,
    /// Actions this one requires, with where they are planned (`null`: not
    /// in the plan, i.e. already reached).
    pub(crate) requires: Vec<RequiredAction>,
    /// `YYYY-MM-DD`.
    pub(crate) due: Option<String>,
    pub(crate) status: Option<ActionStatusName>,
    pub(crate) notes: Option<String>,
    pub(crate) dropped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RequiredAction {
    pub(crate) id: String,
    pub(crate) title: String,
    pub(crate) phase: Option<PhaseName>,
}

/// One field of an action's edit; `null` or an empty text goes back to the
/// plan as computed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "field", content = "value", rename_all = "camelCase")]
pub(crate) enum ActionFieldValue {
    Owner(Option<String>),
    /// `YYYY-MM-DD`.
    Due(Option<String>),
    Status(Option<ActionStatusName>),
    Notes(Option<String>),
    Dropped(bool),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetActionFieldArgs {
    pub(crate) assessment_id: String,
    pub(crate) action_id: String,
    pub(crate) change: ActionFieldValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct ActionArgs {
    pub(crate) assessment_id: String,
    pub(crate) action_id: String,
}
