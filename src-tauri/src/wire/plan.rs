//! What the targets, roadmap and branding screens exchange (issue 7, plan):
//! the roadmap as `cx_maturity::roadmap::plan` returns it with the edits
//! applied, one-field action edits, and the consultant's branding with the
//! logo as a `data:` URL for the preview.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A roadmap phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PhaseName {
    /// 0–3 months.
    Now,
    /// 3–9 months.
    Next,
    /// 9–18 months.
    Later,
}

/// An action's effort as the questionnaire gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub enum Effort {
    S,
    M,
    L,
}

/// An action's status, spelled as in `cxm roadmap --json`. Received as text
/// and parsed by the core, so a bad value gets the core's plain message.
// A newtype: serde reads and writes it as the bare string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(type = "\"planned\" | \"in_progress\" | \"done\" | \"blocked\"")]
pub struct ActionStatusName(pub String);

/// The plan: three phases, always in the order Now, Next, Later.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoadmapView {
    pub assessment_id: String,
    pub phases: Vec<PhaseView>,
    /// The longest owner and notes the core accepts (for the editor's hints).
    pub max_owner_chars: u32,
    pub max_notes_chars: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseView {
    pub phase: PhaseName,
    /// Its time frame in words, e.g. "0–3 months".
    pub months: String,
    /// In the plan's order (dimension priority, questionnaire order);
    /// dropped actions stay listed with `dropped: true`.
    pub actions: Vec<ActionView>,
}

/// One planned action with the consultant's edits applied.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionView {
    pub id: String,
    pub dimension_id: String,
    pub dimension_title: String,
    /// The step it serves: from level, to level.
    pub from_level: u8,
    pub to_level: u8,
    pub from_name: String,
    pub to_name: String,
    pub title: String,
    pub description: String,
    pub effort: Effort,
    /// The edited owner, else the questionnaire's owner function.
    pub owner: String,
    /// The questionnaire's owner function (what clearing the owner gives).
    pub default_owner: String,
    pub owner_edited: bool,
    /// Actions this one requires, with where they are planned (`null`: not
    /// in the plan, i.e. already reached).
    pub requires: Vec<RequiredAction>,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub status: Option<ActionStatusName>,
    pub notes: Option<String>,
    pub dropped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RequiredAction {
    pub id: String,
    pub title: String,
    pub phase: Option<PhaseName>,
}

/// One field of an action's edit; `null` or an empty text goes back to the
/// plan as computed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "field", content = "value", rename_all = "camelCase")]
pub enum ActionFieldValue {
    Owner(Option<String>),
    /// `YYYY-MM-DD`.
    Due(Option<String>),
    Status(Option<ActionStatusName>),
    Notes(Option<String>),
    Dropped(bool),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetActionFieldArgs {
    pub assessment_id: String,
    pub action_id: String,
    pub change: ActionFieldValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionArgs {
    pub assessment_id: String,
    pub action_id: String,
}

/// The consultant's branding, for the branding screen and its preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BrandingView {
    pub consultant_name: Option<String>,
    /// `#rrggbb`; `null`: the report's default accent.
    pub accent_colour: Option<String>,
    /// The report's own accent, used when none is set.
    pub default_accent: String,
    pub logo: Option<LogoView>,
    /// The largest logo file accepted, in bytes.
    pub max_logo_bytes: u32,
    pub max_name_chars: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LogoView {
    /// `image/png` or `image/jpeg`.
    pub mime: String,
    pub width: u32,
    pub height: u32,
    /// The file's size in bytes.
    pub bytes: u32,
    /// `data:<mime>;base64,…`, which the window's CSP allows as an image.
    pub data_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetConsultantNameArgs {
    /// Empty or `null` removes it.
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetAccentColourArgs {
    /// `#rrggbb`; `null` returns to the default.
    pub colour: Option<String>,
}

/// A logo file the user chose in the window: its name (for messages only)
/// and its bytes as base64, read by the web view from a file input, so no
/// path of the user's machine crosses the boundary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetLogoArgs {
    pub file_name: String,
    pub base64: String,
}
