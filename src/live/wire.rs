//! Every type that crosses the live server's HTTP API, as JSON (camelCase
//! fields). Requests refuse unknown fields; responses carry only what a
//! participant's page needs: no id of another participant, no path, no
//! other assessment. Core types become these in `convert.rs` only.
//!
//! The participant page's TypeScript types are generated from these
//! (`ui/src/participant/bindings/`, by this module's test, which rewrites
//! them and fails when they were stale).

use serde::{Deserialize, Serialize};

/// `POST /api/session`: what the join form needs, for the right code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SessionRequest {
    pub code: String,
}

/// The session as the join form shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    pub organisation: String,
    pub title: String,
    /// Whether the facilitator leads the room question by question.
    pub paced: bool,
    /// In the assessment's order.
    pub departments: Vec<DepartmentView>,
    /// The languages the questions can be answered in (BCP 47 tags): the
    /// questionnaire's own first, the one a participant gets who picks
    /// none.
    pub locales: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DepartmentView {
    pub id: String,
    pub name: String,
}

/// `POST /api/join`: a new participant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct JoinRequest {
    pub code: String,
    /// A department id from [`SessionView::departments`].
    pub department: String,
    pub name: String,
    /// One of [`SessionView::locales`] (or a tag one of them serves, like
    /// `fr-CH` for `fr`); none: the questionnaire's own language.
    #[serde(default)]
    #[cfg_attr(test, ts(optional))]
    pub locale: Option<String>,
}

/// `POST /api/me/locale`: the participant reads and answers in another of
/// the session's languages from now on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct LocaleRequest {
    /// One of [`SessionView::locales`], or a tag one of them serves.
    pub locale: String,
}

/// The answer to a join: the token the device keeps, sent back as
/// `Authorization: Bearer <token>` on every later request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Joined {
    pub token: String,
    pub participant: ParticipantView,
}

/// `GET /api/me`: the participant a token stands for (a reloaded page
/// comes back as the same one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct ParticipantView {
    pub name: String,
    pub department: DepartmentView,
    /// Questions answered, of `total`.
    pub answered: u32,
    pub total: u32,
    /// The language the participant reads the questions in, one of
    /// [`SessionView::locales`].
    pub locale: String,
}

/// `GET /api/questionnaire`: the questions, with the participant's own
/// answers so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireView {
    /// The language of every text below, one of [`SessionView::locales`]:
    /// the participant's. Ids are the same in every language.
    pub locale: String,
    /// Every language the questionnaire can be read in, its own first (as
    /// [`SessionView::locales`]): what the page offers to switch to.
    pub locales: Vec<String>,
    pub title: String,
    /// The five levels' names, level 1 first.
    pub levels: Vec<String>,
    pub dimensions: Vec<DimensionView>,
    /// In questionnaire order.
    pub answers: Vec<AnswerView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DimensionView {
    pub id: String,
    pub title: String,
    pub questions: Vec<QuestionView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: String,
    pub prompt: String,
    pub help: Option<String>,
    /// What each level looks like, level 1 first.
    pub anchors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct AnswerView {
    pub question: String,
    #[cfg_attr(test, ts(type = "1 | 2 | 3 | 4 | 5 | \"na\" | \"unknown\""))]
    pub value: VoteValue,
}

/// An answer on the wire: a level 1–5 as a number, or `"na"` / `"unknown"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum VoteValue {
    Level(u8),
    Word(String),
}

/// `POST /api/votes`: the participant's vote on one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct VoteRequest {
    pub question: String,
    #[cfg_attr(test, ts(type = "1 | 2 | 3 | 4 | 5 | \"na\" | \"unknown\""))]
    pub value: VoteValue,
}

/// A vote the database committed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct VoteSaved {
    pub question: String,
    #[cfg_attr(test, ts(type = "1 | 2 | 3 | 4 | 5 | \"na\" | \"unknown\""))]
    pub value: VoteValue,
    pub round: Round,
    /// RFC 3339, UTC.
    pub saved_at: String,
}

/// Which vote a vote was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Round {
    /// Before the question's votes were revealed: the first vote.
    Blind,
    /// After the reveal: the first vote stays.
    Revote,
}

/// `GET /api/room` and every message of `GET /api/events`: what the
/// phones show. A room at one's own pace has no question and is always
/// `voting`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct RoomState {
    /// Whether the facilitator leads the room question by question.
    pub paced: bool,
    /// The question on the screen (paced).
    pub question: Option<String>,
    pub phase: Phase,
    /// The session was stopped: every token is dead.
    pub ended: bool,
}

/// Where the room is with the question on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    /// No question on the screen yet.
    Waiting,
    /// The blind vote is open: nobody sees another's vote.
    Voting,
    /// The votes are on the screen and the room discusses; no vote now.
    Revealed,
    /// The re-vote is open: a vote now is a re-vote, the first stays.
    Revote,
}

/// Every refusal: a status 4xx (5xx when the server could not do its
/// part) with this body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    pub kind: ProblemKind,
    /// Plain words for the participant; no path, no SQL.
    pub message: String,
}

/// The closed set of refusals the page can switch on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub enum ProblemKind {
    /// Not JSON, not the expected fields, not the expected types.
    BadRequest,
    /// A value the core refused (an empty name, a level out of range).
    InvalidInput,
    /// No such address, question or department.
    NotFound,
    /// The method is not one this address takes.
    MethodNotAllowed,
    /// No token, or one this session did not give.
    Unauthorized,
    /// The join code is wrong.
    WrongCode,
    /// Too many wrong codes, from this device or in total.
    RateLimited,
    /// Every seat is taken.
    SessionFull,
    /// The session has ended.
    SessionEnded,
    /// The body is larger than the server takes.
    TooLarge,
    /// The request took too long.
    Timeout,
    /// The server could not save or read; nothing was changed.
    Unavailable,
    /// The room takes no vote on this question now (paced).
    NotNow,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::fs;
    use std::path::{Path, PathBuf};

    use ts_rs::TS;

    use super::*;

    fn bindings_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/participant/bindings")
    }

    fn read_ts(dir: &Path) -> BTreeMap<String, String> {
        fs::read_dir(dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                let text = fs::read_to_string(entry.path()).ok()?;
                name.ends_with(".ts").then_some((name, text))
            })
            .collect()
    }

    #[test]
    fn the_participant_pages_types_are_generated_from_these() {
        let tmp = tempfile::tempdir().unwrap();
        let cfg = ts_rs::Config::new().with_out_dir(tmp.path());
        SessionRequest::export_all(&cfg).unwrap();
        SessionView::export_all(&cfg).unwrap();
        JoinRequest::export_all(&cfg).unwrap();
        LocaleRequest::export_all(&cfg).unwrap();
        Joined::export_all(&cfg).unwrap();
        QuestionnaireView::export_all(&cfg).unwrap();
        VoteRequest::export_all(&cfg).unwrap();
        VoteSaved::export_all(&cfg).unwrap();
        RoomState::export_all(&cfg).unwrap();
        Problem::export_all(&cfg).unwrap();
        let fresh = read_ts(tmp.path());
        let dir = bindings_dir();
        let committed = read_ts(&dir);
        if committed == fresh {
            return;
        }
        fs::create_dir_all(&dir).unwrap();
        for name in committed.keys().filter(|n| !fresh.contains_key(*n)) {
            fs::remove_file(dir.join(name)).unwrap();
        }
        for (name, text) in &fresh {
            fs::write(dir.join(name), text).unwrap();
        }
        panic!(
            "ui/src/participant/bindings was stale and is now rewritten; commit it: {:?}",
            fresh.keys().collect::<Vec<_>>()
        );
    }
}
