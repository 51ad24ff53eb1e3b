//! What the roadmap screen shows and sends: the roadmap as
//! `cx_maturity::roadmap::plan` returns it with the edits applied and the
//! phase capacities it was cut with, one-field action edits, and one
//! capacity at a time.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A roadmap phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    /// The capacities the plan was cut with, and their defaults and range.
    pub(crate) capacity: CapacityView,
    pub(crate) phases: Vec<PhaseView>,
}

/// How many actions Now and Next hold (Later has no limit); dropped actions
/// do not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CapacityView {
    pub(crate) now: u32,
    pub(crate) next: u32,
    pub(crate) default_now: u32,
    pub(crate) default_next: u32,
    /// The smallest and largest capacity the core accepts.
    pub(crate) min: u32,
    pub(crate) max: u32,
    /// Both are their defaults (nothing stored for this assessment).
    pub(crate) is_default: bool,
}

/// Why the action is planned later than its step and requirements put it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum MoveReason {
    /// `full` held its capacity of actions ranked before this one.
    Capacity,
    /// It requires `required`, which a full phase moved.
    Requires,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MovedView {
    pub(crate) reason: MoveReason,
    /// Where its step and requirements alone would plan it.
    pub(crate) from: PhaseName,
    /// The phase that was full (`reason` capacity).
    pub(crate) full: Option<PhaseName>,
    /// The required action that moved (`reason` requires).
    pub(crate) required: Option<RequiredAction>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct PhaseView {
    pub(crate) phase: PhaseName,
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
    /// Set when a full phase moved it (or an action it requires).
    pub(crate) moved: Option<MovedView>,
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

/// One phase's capacity; `null` returns it to the default.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetRoadmapCapacityArgs {
    pub(crate) assessment_id: String,
    pub(crate) phase: PhaseName,
    pub(crate) capacity: Option<u32>,
}
