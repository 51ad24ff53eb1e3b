//! What the facilitator's screen shows of a running session: who joined
//! and how far each department is (counts only, never who answered
//! what), the room, and the votes on the question on the screen: how many
//! voted while the votes are hidden, the tally once they are revealed,
//! the first votes' tally beside it once the room re-votes (and after). Computed from
//! the store at the moment it is asked, so it is what the database holds.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::session::Session;
use super::wire::{Phase, RoomState};
use crate::Result;
use crate::questionnaire::Questionnaire;
use crate::scoring::workshop::{VoteTally, vote_tally};
use crate::store::Store;

/// A running session as the facilitator sees it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LiveStatus {
    /// Participants seated now.
    pub participants: usize,
    /// Questions in the questionnaire.
    pub questions: usize,
    /// Every department of the assessment, in its order.
    pub departments: Vec<DepartmentProgress>,
    /// What the phones show.
    pub room: RoomState,
    /// The votes on the question on the screen (paced, a question shown).
    pub current: Option<QuestionVotes>,
}

/// How far a department's participants are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DepartmentProgress {
    pub department_id: String,
    pub name: String,
    /// Participants of this session in the department.
    pub joined: usize,
    /// Of those, who answered every question.
    pub finished: usize,
    /// Their answers, of `joined` × the questions.
    pub answers: usize,
}

/// The room's votes on the question on the screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionVotes {
    pub question_id: String,
    /// Participants who voted in this phase (the blind vote or the
    /// re-vote).
    pub voted: usize,
    /// Participants seated.
    pub of: usize,
    /// The participants' votes now; only once revealed.
    pub tally: Option<VoteTally>,
    /// Their first votes: from the moment the re-vote opens, and after it
    /// for a question the room re-voted.
    pub first: Option<VoteTally>,
}

pub(crate) fn status(
    store: &Store,
    session: &Session,
    questionnaire: &Questionnaire,
) -> Result<LiveStatus> {
    let assessment_id = &session.assessment_id;
    let seated = session.participants();
    let department_of: HashMap<&str, &str> = seated
        .iter()
        .map(|p| (p.respondent_id.as_str(), p.department_id.as_str()))
        .collect();
    let departments = store.departments(assessment_id)?;
    let questions = questionnaire.questions().count();
    let answers: Vec<_> = store
        .answers_of_assessment(assessment_id)?
        .into_iter()
        .filter(|a| department_of.contains_key(&*a.respondent_id))
        .collect();

    let mut answered: HashMap<&str, usize> = HashMap::new();
    for a in &answers {
        *answered.entry(&*a.respondent_id).or_default() += 1;
    }
    let progress = departments
        .iter()
        .map(|d| {
            let members: Vec<&str> = department_of
                .iter()
                .filter(|(_, dep)| **dep == d.id)
                .map(|(r, _)| *r)
                .collect();
            let given = |r: &&str| answered.get(r).copied().unwrap_or(0);
            DepartmentProgress {
                department_id: d.id.clone(),
                name: d.name.clone(),
                joined: members.len(),
                finished: members.iter().filter(|r| given(r) >= questions).count(),
                answers: members.iter().map(given).sum(),
            }
        })
        .collect();

    let room = session.room();
    let (question, phase, voted) = session.current();
    let current = match question.filter(|_| room.paced) {
        None => None,
        Some(question_id) => {
            let revealed = matches!(phase, Phase::Revealed | Phase::Revote);
            let tally = revealed.then(|| {
                let votes: Vec<_> = answers
                    .iter()
                    .filter(|a| *a.question_id == *question_id)
                    .filter_map(|a| Some((*department_of.get(&*a.respondent_id)?, a.value)))
                    .collect();
                vote_tally(&departments, &votes)
            });
            // The first votes stand beside the final ones from the moment
            // the re-vote opens, and stay there once it closes.
            let first = if revealed {
                let voters: HashSet<&str> = department_of.keys().copied().collect();
                let firsts: Vec<_> = store
                    .first_votes(assessment_id)?
                    .into_iter()
                    .filter(|v| {
                        v.question_id == question_id && voters.contains(v.respondent_id.as_str())
                    })
                    .collect();
                let revoted = firsts.iter().any(|v| v.revoted_at.is_some());
                (phase == Phase::Revote || revoted).then(|| {
                    let votes: Vec<_> = firsts
                        .iter()
                        .filter_map(|v| {
                            Some((*department_of.get(v.respondent_id.as_str())?, v.value))
                        })
                        .collect();
                    vote_tally(&departments, &votes)
                })
            } else {
                None
            };
            Some(QuestionVotes {
                question_id,
                voted,
                of: seated.len(),
                tally,
                first,
            })
        }
    };
    Ok(LiveStatus {
        participants: seated.len(),
        questions,
        departments: progress,
        room,
        current,
    })
}
