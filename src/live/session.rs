//! One live session in memory: its join code, who joined (token →
//! respondent), the seats left, the room (the mode, the question the
//! facilitator shows and its phase, who voted on it in that phase), which
//! questions' votes were revealed, and whether it has ended. Nothing here
//! is stored: the participants are respondents in the database, the
//! tokens die with the session. Every change of the room is published on
//! a watch channel the phones' event streams follow.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use tokio::sync::watch;

use super::limiter::{Blocked, WrongCodes};
use super::secrets::{same_secret, token_key};
use super::wire::{Phase, RoomState};
use crate::model::VoteRound;

/// A participant as the session knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Participant {
    pub(crate) respondent_id: String,
    pub(crate) department_id: String,
}

/// Why the room takes no vote on a question now (paced mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Closed {
    /// The facilitator shows no question yet.
    Waiting,
    /// The room is on another question.
    OtherQuestion,
    /// The votes are on the screen; the re-vote is not open.
    Revealed,
}

/// Why the session turned a request away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// No such token in this session (never given, or given by another).
    UnknownToken,
    /// Every seat is taken.
    Full { max: usize },
    /// The session was stopped: every token is dead.
    Ended,
}

#[derive(Debug)]
struct State {
    ended: bool,
    /// By the SHA-256 of the token.
    participants: HashMap<[u8; 32], Participant>,
    /// Seats held by joins whose respondent is being created.
    pending: usize,
    revealed: HashSet<String>,
    wrong_codes: WrongCodes,
    paced: bool,
    /// The question the facilitator shows (paced).
    question: Option<String>,
    phase: Phase,
    /// Respondents who voted on `question` in this phase.
    voted: HashSet<String>,
}

impl State {
    fn room(&self) -> RoomState {
        RoomState {
            paced: self.paced,
            question: if self.paced {
                self.question.clone()
            } else {
                None
            },
            phase: if self.paced {
                self.phase
            } else {
                Phase::Voting
            },
            ended: self.ended,
        }
    }
}

/// The session's shared state.
#[derive(Debug)]
pub(crate) struct Session {
    pub(crate) assessment_id: String,
    join_code: String,
    max_participants: usize,
    state: Mutex<State>,
    room: watch::Sender<RoomState>,
}

/// A seat held for a join in progress; given back unless [`Session::admit`]
/// takes it.
#[must_use]
pub(crate) struct Seat<'a> {
    session: &'a Session,
    taken: bool,
}

impl Drop for Seat<'_> {
    fn drop(&mut self) {
        if !self.taken {
            let mut state = self.session.lock();
            state.pending = state.pending.saturating_sub(1);
        }
    }
}

impl Session {
    pub(crate) fn new(
        assessment_id: String,
        join_code: String,
        paced: bool,
        max_participants: usize,
        wrong_codes: WrongCodes,
    ) -> Self {
        let state = State {
            ended: false,
            participants: HashMap::new(),
            pending: 0,
            revealed: HashSet::new(),
            wrong_codes,
            paced,
            question: None,
            phase: Phase::Waiting,
            voted: HashSet::new(),
        };
        let (room, _) = watch::channel(state.room());
        Session {
            assessment_id,
            join_code,
            max_participants,
            state: Mutex::new(state),
            room,
        }
    }

    /// Changes the room and tells every phone, in one step under the
    /// lock, so two changes are published in the order they were made.
    fn change_room(&self, change: impl FnOnce(&mut State)) {
        let mut state = self.lock();
        change(&mut state);
        self.room.send_replace(state.room());
    }

    /// The room as the phones see it.
    pub(crate) fn room(&self) -> RoomState {
        self.lock().room()
    }

    /// Follows the room: the current state, then every change.
    pub(crate) fn watch_room(&self) -> watch::Receiver<RoomState> {
        self.room.subscribe()
    }

    pub(crate) fn paced(&self) -> bool {
        self.lock().paced
    }

    /// Switches between the room led question by question and everyone at
    /// their own pace; a paced room starts waiting.
    pub(crate) fn set_paced(&self, paced: bool) {
        self.change_room(|s| {
            if s.paced != paced {
                s.paced = paced;
                s.question = None;
                s.phase = Phase::Waiting;
                s.voted.clear();
            }
        });
    }

    /// Shows the room a question (or none): blind voting opens, or, on a
    /// question whose votes were already shown, the discussion goes on.
    pub(crate) fn show(&self, question: Option<String>) {
        self.change_room(|s| {
            s.phase = match &question {
                None => Phase::Waiting,
                Some(q) if s.revealed.contains(q) => Phase::Revealed,
                Some(_) => Phase::Voting,
            };
            s.question = question;
            s.voted.clear();
        });
    }

    /// Shows the room the votes on the current question; voting closes and
    /// every vote on it from now on is a re-vote. `false` without a question.
    pub(crate) fn reveal(&self) -> bool {
        let mut shown = false;
        self.change_room(|s| {
            if let Some(q) = &s.question {
                s.revealed.insert(q.clone());
                s.phase = Phase::Revealed;
                shown = true;
            }
        });
        shown
    }

    /// Opens the re-vote on a revealed question. `false` unless the room is
    /// on a revealed question.
    pub(crate) fn open_revote(&self) -> bool {
        let mut opened = false;
        self.change_room(|s| {
            if s.question.is_some() && matches!(s.phase, Phase::Revealed | Phase::Revote) {
                s.phase = Phase::Revote;
                s.voted.clear();
                opened = true;
            }
        });
        opened
    }

    /// The round a vote on `question_id` is cast in now, or why the room
    /// takes none: in a paced room only the current question while voting
    /// or re-voting; at one's own pace any question, a re-vote once its
    /// votes were shown.
    pub(crate) fn round(&self, question_id: &str) -> Result<VoteRound, Closed> {
        let state = self.lock();
        if !state.paced {
            return Ok(if state.revealed.contains(question_id) {
                VoteRound::Revote
            } else {
                VoteRound::Blind
            });
        }
        match (&state.question, state.phase) {
            (None, _) | (_, Phase::Waiting) => Err(Closed::Waiting),
            (Some(q), _) if q != question_id => Err(Closed::OtherQuestion),
            (_, Phase::Voting) => Ok(VoteRound::Blind),
            (_, Phase::Revote) => Ok(VoteRound::Revote),
            (_, Phase::Revealed) => Err(Closed::Revealed),
        }
    }

    /// Counts a saved vote for the question on the screen.
    pub(crate) fn voted(&self, respondent_id: &str, question_id: &str) {
        let mut state = self.lock();
        if state.question.as_deref() == Some(question_id) {
            state.voted.insert(respondent_id.to_owned());
        }
    }

    /// The room's question, its phase, and how many participants voted
    /// on it in this phase (of those still seated).
    pub(crate) fn current(&self) -> (Option<String>, Phase, usize) {
        let state = self.lock();
        let seated: HashSet<&str> = state
            .participants
            .values()
            .map(|p| p.respondent_id.as_str())
            .collect();
        let voted = state
            .voted
            .iter()
            .filter(|r| seated.contains(r.as_str()))
            .count();
        (state.question.clone(), state.phase, voted)
    }

    /// The participants seated now.
    pub(crate) fn participants(&self) -> Vec<Participant> {
        self.lock().participants.values().cloned().collect()
    }

    /// The state; a panic elsewhere while it was held leaves nothing half
    /// done here (every change is one assignment), so a poisoned lock is
    /// taken as it is.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn join_code(&self) -> &str {
        &self.join_code
    }

    /// Checks a join code from `client`: refused while the client or the
    /// session is blocked (whatever the code), counted when wrong.
    /// `Ok(false)` is a wrong code.
    pub(crate) fn try_code(&self, client: IpAddr, code: &str) -> Result<bool, CodeRefusal> {
        let now = Instant::now();
        let mut state = self.lock();
        if state.ended {
            return Err(CodeRefusal::Ended);
        }
        state
            .wrong_codes
            .check(client, now)
            .map_err(CodeRefusal::Blocked)?;
        let right = same_secret(code.trim(), &self.join_code);
        if !right {
            state.wrong_codes.record(client, now);
        }
        Ok(right)
    }

    /// Holds a seat for a join, or says the session is full or over.
    pub(crate) fn reserve(&self) -> Result<Seat<'_>, Refusal> {
        let mut state = self.lock();
        if state.ended {
            return Err(Refusal::Ended);
        }
        if state.participants.len() + state.pending >= self.max_participants {
            return Err(Refusal::Full {
                max: self.max_participants,
            });
        }
        state.pending += 1;
        Ok(Seat {
            session: self,
            taken: false,
        })
    }

    /// Seats the participant under `token` (their respondent was created).
    pub(crate) fn admit(
        &self,
        mut seat: Seat<'_>,
        token: &str,
        participant: Participant,
    ) -> Result<(), Refusal> {
        let mut state = self.lock();
        state.pending = state.pending.saturating_sub(1);
        seat.taken = true;
        if state.ended {
            return Err(Refusal::Ended);
        }
        state.participants.insert(token_key(token), participant);
        Ok(())
    }

    /// The participant holding `token`.
    pub(crate) fn participant(&self, token: &str) -> Result<Participant, Refusal> {
        let state = self.lock();
        if state.ended {
            return Err(Refusal::Ended);
        }
        state
            .participants
            .get(&token_key(token))
            .cloned()
            .ok_or(Refusal::UnknownToken)
    }

    /// Forgets a token whose respondent is gone (removed in the app).
    pub(crate) fn forget(&self, token: &str) {
        self.lock().participants.remove(&token_key(token));
    }

    /// How many joined.
    pub(crate) fn participant_count(&self) -> usize {
        self.lock().participants.len()
    }

    /// Ends the session: every token is refused from now on.
    pub(crate) fn end(&self) {
        self.change_room(|s| {
            s.ended = true;
            s.participants.clear();
        });
    }
}

/// Why a join code was not even compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodeRefusal {
    Blocked(Blocked),
    Ended,
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn session(max: usize) -> Session {
        Session::new(
            "a".into(),
            "123456".into(),
            false,
            max,
            WrongCodes::new(2, 10, Duration::from_secs(60)),
        )
    }

    fn someone(id: &str) -> Participant {
        Participant {
            respondent_id: id.into(),
            department_id: "d".into(),
        }
    }

    #[test]
    fn seats_run_out_and_a_dropped_seat_is_given_back() {
        let s = session(2);
        let one = s.reserve().unwrap();
        s.admit(one, "t1", someone("r1")).unwrap();
        let two = s.reserve().unwrap();
        assert_eq!(s.reserve().err(), Some(Refusal::Full { max: 2 }));
        drop(two);
        let two = s.reserve().unwrap();
        s.admit(two, "t2", someone("r2")).unwrap();
        assert_eq!(s.participant_count(), 2);
        assert_eq!(s.participant("t2"), Ok(someone("r2")));
        assert_eq!(s.participant("t3"), Err(Refusal::UnknownToken));
    }

    #[test]
    fn an_ended_session_refuses_every_token_and_every_join() {
        let s = session(5);
        let seat = s.reserve().unwrap();
        s.admit(seat, "t1", someone("r1")).unwrap();
        let pending = s.reserve().unwrap();
        s.end();
        assert_eq!(s.participant("t1"), Err(Refusal::Ended));
        assert_eq!(s.admit(pending, "t2", someone("r2")), Err(Refusal::Ended));
        assert_eq!(s.reserve().err(), Some(Refusal::Ended));
        assert_eq!(
            s.try_code(IpAddr::from([127, 0, 0, 1]), "123456"),
            Err(CodeRefusal::Ended)
        );
    }

    #[test]
    fn wrong_codes_block_the_client_even_for_the_right_code() {
        let s = session(5);
        let client = IpAddr::from([10, 0, 0, 7]);
        assert_eq!(s.try_code(client, "654321"), Ok(false));
        assert_eq!(s.try_code(client, " 123456 "), Ok(true));
        assert_eq!(s.try_code(client, "000000"), Ok(false));
        assert!(matches!(
            s.try_code(client, "123456"),
            Err(CodeRefusal::Blocked(Blocked::Client { .. }))
        ));
    }

    #[test]
    fn at_ones_own_pace_a_vote_after_a_reveal_is_a_revote() {
        let s = session(5);
        assert_eq!(s.round("q1"), Ok(VoteRound::Blind));
        s.set_paced(true);
        s.show(Some("q1".into()));
        assert!(s.reveal());
        s.set_paced(false);
        assert_eq!(s.round("q1"), Ok(VoteRound::Revote));
        assert_eq!(s.round("q2"), Ok(VoteRound::Blind));
    }

    #[test]
    fn a_paced_room_takes_votes_on_its_question_while_voting_or_revoting() {
        let s = session(5);
        s.set_paced(true);
        assert_eq!(s.round("q1"), Err(Closed::Waiting));
        assert!(!s.reveal(), "nothing to reveal before a question is shown");
        s.show(Some("q1".into()));
        assert_eq!(s.round("q1"), Ok(VoteRound::Blind));
        assert_eq!(s.round("q2"), Err(Closed::OtherQuestion));
        assert!(!s.open_revote(), "no re-vote before the reveal");
        assert!(s.reveal());
        assert_eq!(s.round("q1"), Err(Closed::Revealed));
        assert!(s.open_revote());
        assert_eq!(s.round("q1"), Ok(VoteRound::Revote));
        // Back on a question already shown: the discussion, not a blind vote.
        s.show(Some("q2".into()));
        s.show(Some("q1".into()));
        assert_eq!(s.room().phase, Phase::Revealed);
    }

    #[test]
    fn the_voted_count_is_per_phase_and_only_of_seated_participants() {
        let s = session(5);
        s.set_paced(true);
        s.show(Some("q1".into()));
        for (token, id) in [("t1", "r1"), ("t2", "r2")] {
            let seat = s.reserve().unwrap();
            s.admit(seat, token, someone(id)).unwrap();
        }
        s.voted("r1", "q1");
        s.voted("r1", "q1");
        s.voted("r2", "q2");
        assert_eq!(s.current(), (Some("q1".into()), Phase::Voting, 1));
        s.voted("r2", "q1");
        s.forget("t2");
        assert_eq!(s.current().2, 1, "a participant removed no longer counts");
        s.reveal();
        s.open_revote();
        assert_eq!(s.current(), (Some("q1".into()), Phase::Revote, 0));
    }

    #[test]
    fn every_change_of_the_room_reaches_a_watcher_and_the_end_is_the_last() {
        let s = session(5);
        let mut watcher = s.watch_room();
        assert!(!watcher.borrow_and_update().paced);
        s.set_paced(true);
        s.show(Some("q1".into()));
        assert!(watcher.has_changed().unwrap());
        let room = watcher.borrow_and_update().clone();
        assert_eq!(
            (room.question.as_deref(), room.phase),
            (Some("q1"), Phase::Voting)
        );
        s.end();
        assert!(watcher.borrow_and_update().ended);
    }
}
