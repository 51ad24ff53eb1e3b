//! One live session in memory: its join code, who joined (token →
//! respondent), the seats left, which questions' votes were revealed, and
//! whether it has ended. Nothing here is stored: the participants are
//! respondents in the database, the tokens die with the session.

use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use super::limiter::{Blocked, WrongCodes};
use super::secrets::{same_secret, token_key};
use crate::model::VoteRound;

/// A participant as the session knows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Participant {
    pub(crate) respondent_id: String,
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
}

/// The session's shared state.
#[derive(Debug)]
pub(crate) struct Session {
    pub(crate) assessment_id: String,
    join_code: String,
    pub(crate) paced: bool,
    max_participants: usize,
    state: Mutex<State>,
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
        Session {
            assessment_id,
            join_code,
            paced,
            max_participants,
            state: Mutex::new(State {
                ended: false,
                participants: HashMap::new(),
                pending: 0,
                revealed: HashSet::new(),
                wrong_codes,
            }),
        }
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

    /// The round a vote on `question_id` is cast in now: blind until the
    /// room saw the question's votes.
    pub(crate) fn round(&self, question_id: &str) -> VoteRound {
        if self.lock().revealed.contains(question_id) {
            VoteRound::Revote
        } else {
            VoteRound::Blind
        }
    }

    /// Marks a question's votes as shown to the room: later votes on it
    /// are re-votes.
    pub(crate) fn reveal(&self, question_id: &str) {
        self.lock().revealed.insert(question_id.to_owned());
    }

    /// Ends the session: every token is refused from now on.
    pub(crate) fn end(&self) {
        let mut state = self.lock();
        state.ended = true;
        state.participants.clear();
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
    fn a_vote_after_the_reveal_is_a_revote() {
        let s = session(5);
        assert_eq!(s.round("q1"), VoteRound::Blind);
        s.reveal("q1");
        assert_eq!(s.round("q1"), VoteRound::Revote);
        assert_eq!(s.round("q2"), VoteRound::Blind);
    }
}
