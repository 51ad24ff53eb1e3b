//! What the Live screen shows and sends: the addresses a session can
//! listen on, the running session (join link, code, QR code), its status
//! as `cx_maturity::live::LiveServer::status` returns it (progress per
//! department, the room's question and phase, the votes and their tally
//! once revealed) and the discussion agenda. Every figure is the core's.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An address of this computer a session can listen on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NetworkAddressView {
    /// The network interface's name (`wlan0`, `en0`…); empty for loopback.
    pub(crate) interface: String,
    pub(crate) ip: String,
    /// This computer only (`127.0.0.1`): a rehearsal, no phone can reach it.
    pub(crate) loopback: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LiveStartArgs {
    pub(crate) assessment_id: String,
    /// One of the addresses `live_network_addresses` offered.
    pub(crate) host: String,
    /// The facilitator leads the room question by question.
    pub(crate) paced: bool,
}

/// The running session: what the projector shows for joining.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LiveSessionView {
    pub(crate) assessment_id: String,
    pub(crate) paced: bool,
    /// The link in the QR code, the join code in its fragment.
    pub(crate) join_url: String,
    /// `http://IP:PORT`, to type into a phone's browser.
    pub(crate) address: String,
    /// Six digits.
    pub(crate) join_code: String,
    /// The QR code of `join_url`, an SVG document.
    pub(crate) qr_svg: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LiveShowArgs {
    /// `null`: no question; the room waits.
    pub(crate) question_id: Option<String>,
}

/// Where the room is with its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum RoomPhase {
    /// Paced, no question shown yet.
    Waiting,
    /// The blind vote is open (always, in a self-paced session).
    Voting,
    /// The votes are shown; voting is closed while the room discusses.
    Revealed,
    /// The re-vote is open.
    Revote,
}

/// The session now.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LiveStatusView {
    pub(crate) assessment_id: String,
    pub(crate) paced: bool,
    pub(crate) participants: u32,
    /// Questions in the questionnaire.
    pub(crate) questions: u32,
    /// In the assessment's department order.
    pub(crate) departments: Vec<DepartmentProgressView>,
    /// The room's question (paced), `null` while it waits or self-paced.
    pub(crate) question: Option<String>,
    pub(crate) phase: RoomPhase,
    /// The votes on the room's question (paced, a question shown).
    pub(crate) current: Option<QuestionVotesView>,
}

/// How far one department's participants are; never who answered what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentProgressView {
    pub(crate) department_id: String,
    pub(crate) name: String,
    pub(crate) joined: u32,
    /// Participants who answered every question.
    pub(crate) finished: u32,
    /// Answers given by its participants, of `joined × questions`.
    pub(crate) answers: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct QuestionVotesView {
    pub(crate) question_id: String,
    /// Participants who voted in this phase (blind vote or re-vote)…
    pub(crate) voted: u32,
    /// …of those who joined.
    pub(crate) of: u32,
    /// The votes now; only once revealed.
    pub(crate) tally: Option<VoteTallyView>,
    /// The first (blind) votes; only once the re-vote opened.
    pub(crate) first: Option<VoteTallyView>,
}

/// The votes on one question (`scoring::workshop`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct VoteTallyView {
    /// Votes for levels 1 to 5, level 1 first.
    pub(crate) levels: Vec<u32>,
    pub(crate) not_applicable: u32,
    pub(crate) unknown: u32,
    pub(crate) by_department: Vec<DepartmentVotesView>,
    /// Highest minus lowest level voted.
    pub(crate) spread: Option<u8>,
    pub(crate) median: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentVotesView {
    pub(crate) department_id: String,
    pub(crate) name: String,
    /// Votes for levels 1 to 5, level 1 first.
    pub(crate) levels: Vec<u32>,
    pub(crate) not_applicable: u32,
    pub(crate) unknown: u32,
}

/// Paced or at one's own pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LivePacedArgs {
    pub(crate) paced: bool,
}

/// The questions to discuss, most disagreement first
/// (`scoring::workshop::agenda`).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AgendaItemView {
    pub(crate) question_id: String,
    pub(crate) prompt: String,
    pub(crate) dimension_title: String,
    /// Highest minus lowest department mean; `null` without a numeric answer.
    pub(crate) spread: Option<f64>,
}
