//! The figures of a live workshop (scoring.md, "Workshop votes"): the
//! calibration of each question the room voted on blind (first-vote
//! spread, final-vote spread, how many changed their vote) and the
//! discussion agenda (every question ranked by the spread of the
//! department mean answers), and the tally of the room's votes on one
//! question that the projector shows after the reveal (per level and per
//! department, spread, median). None changes a score: a participant's
//! final vote is their answer, which [`super::score`] reads like any other.

use std::collections::HashMap;

use serde::Serialize;

use super::{ByDepartment, Index, question_alignment, tally, tolerant_key};
use crate::model::{Answer, AnswerValue, AssessmentData, Department, FirstVote};
use crate::questionnaire::Questionnaire;

/// How a question's votes moved between the blind vote and the end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calibration {
    pub question: String,
    pub dimension: String,
    /// Participants with a first vote on the question.
    pub voters: usize,
    /// max − min of their numeric first votes; `None` without one.
    pub first_spread: Option<u8>,
    /// max − min of the same participants' numeric final votes (their
    /// answers now); `None` without one.
    pub final_spread: Option<u8>,
    /// Participants whose final vote differs from their first; a
    /// withdrawn answer is no change.
    pub changed: usize,
    /// Participants who voted again after the reveal (the same vote
    /// again included); the report lists a question the room re-voted,
    /// one with at least one.
    pub revoted: usize,
}

/// One calibration per question with at least one first vote, in
/// questionnaire order. `answers` are the assessment's answers (the final
/// votes); votes on questions the questionnaire lacks are left out.
pub fn calibration(
    questionnaire: &Questionnaire,
    first_votes: &[FirstVote],
    answers: &[Answer],
) -> Vec<Calibration> {
    let finals: HashMap<(&str, &str), AnswerValue> = answers
        .iter()
        .map(|a| ((&*a.respondent_id, &*a.question_id), a.value))
        .collect();
    let mut by_question: HashMap<&str, Vec<&FirstVote>> = HashMap::new();
    for vote in first_votes {
        by_question
            .entry(vote.question_id.as_str())
            .or_default()
            .push(vote);
    }
    questionnaire
        .questions()
        .filter_map(|(dimension, question)| {
            let votes = by_question.get(question.id.as_str())?;
            let final_of = |v: &FirstVote| {
                finals
                    .get(&(v.respondent_id.as_str(), v.question_id.as_str()))
                    .copied()
            };
            Some(Calibration {
                question: question.id.clone(),
                dimension: dimension.id.clone(),
                voters: votes.len(),
                first_spread: spread(votes.iter().map(|v| v.value)),
                final_spread: spread(votes.iter().filter_map(|v| final_of(v))),
                changed: votes
                    .iter()
                    .filter(|v| final_of(v).is_some_and(|f| f != v.value))
                    .count(),
                revoted: votes.iter().filter(|v| v.revoted_at.is_some()).count(),
            })
        })
        .collect()
}

/// max − min of the numeric values; `None` without one.
fn spread(values: impl Iterator<Item = AnswerValue>) -> Option<u8> {
    values
        .filter_map(AnswerValue::level)
        .fold(None, |acc, l| match acc {
            None => Some((l, l)),
            Some((lo, hi)) => Some((lo.min(l), hi.max(l))),
        })
        .map(|(lo, hi)| hi - lo)
}

/// A question on the discussion agenda.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaItem {
    pub question: String,
    pub dimension: String,
    /// max − min of the department mean answers (numeric answers only; 0
    /// with one department); `None` when no department has a numeric
    /// answer.
    pub spread: Option<f64>,
    /// Each department's mean answer, in department order.
    pub departments: ByDepartment,
}

/// Every question of the assessment, the largest spread of the department
/// means first, then questionnaire order; questions without a spread last,
/// in questionnaire order.
pub fn agenda(data: &AssessmentData) -> Vec<AgendaItem> {
    let index = Index::build(data);
    let dim_weights: Vec<f64> = data
        .questionnaire
        .dimensions
        .iter()
        .map(|d| d.weight)
        .collect();
    let totals = tally(data, &index, &dim_weights);
    let mut alignment = question_alignment(&index, &totals.dep_q_sum, &totals.dep_q_count);
    // Stable: questionnaire order among equal spreads.
    alignment.sort_by_key(|a| std::cmp::Reverse(a.spread.map(tolerant_key)));
    alignment
        .into_iter()
        .map(|a| {
            let (dimension, question) = &index.question_ids[a.qi];
            AgendaItem {
                question: question.to_string(),
                dimension: dimension.to_string(),
                spread: a.spread,
                departments: a.by_department(&index),
            }
        })
        .collect()
}

/// The room's votes on one question, as the projector shows them after
/// the reveal.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VoteTally {
    /// Votes per level, level 1 first.
    pub levels: [usize; 5],
    pub not_applicable: usize,
    pub unknown: usize,
    /// Each department with at least one vote, in department order.
    pub by_department: Vec<DepartmentVotes>,
    /// max − min of the numeric votes; `None` without one.
    pub spread: Option<u8>,
    /// The median numeric vote (the mean of the two middle ones for an
    /// even count); `None` without one.
    pub median: Option<f64>,
}

/// One department's votes on a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DepartmentVotes {
    pub department_id: String,
    pub name: String,
    /// Votes per level, level 1 first.
    pub levels: [usize; 5],
    pub not_applicable: usize,
    pub unknown: usize,
}

/// Tallies `votes` (each with its voter's department id); `departments`
/// give the order and the names. A vote from a department not listed is
/// counted in the room's figures only.
pub fn vote_tally(departments: &[Department], votes: &[(&str, AnswerValue)]) -> VoteTally {
    let mut tally = VoteTally {
        levels: [0; 5],
        not_applicable: 0,
        unknown: 0,
        by_department: Vec::new(),
        spread: spread(votes.iter().map(|(_, v)| *v)),
        median: median(votes.iter().filter_map(|(_, v)| v.level())),
    };
    let mut by_department: Vec<DepartmentVotes> = departments
        .iter()
        .map(|d| DepartmentVotes {
            department_id: d.id.clone(),
            name: d.name.clone(),
            levels: [0; 5],
            not_applicable: 0,
            unknown: 0,
        })
        .collect();
    for (department, value) in votes {
        count(
            value,
            &mut tally.levels,
            &mut tally.not_applicable,
            &mut tally.unknown,
        );
        if let Some(d) = by_department
            .iter_mut()
            .find(|d| d.department_id == *department)
        {
            count(value, &mut d.levels, &mut d.not_applicable, &mut d.unknown);
        }
    }
    by_department.retain(|d| d.levels.iter().sum::<usize>() + d.not_applicable + d.unknown > 0);
    tally.by_department = by_department;
    tally
}

fn count(value: &AnswerValue, levels: &mut [usize; 5], na: &mut usize, unknown: &mut usize) {
    match value {
        AnswerValue::Level(l) => {
            if let Some(slot) = usize::from(*l)
                .checked_sub(1)
                .and_then(|i| levels.get_mut(i))
            {
                *slot += 1;
            }
        }
        AnswerValue::NotApplicable => *na += 1,
        AnswerValue::Unknown => *unknown += 1,
    }
}

/// The median of the levels; the mean of the two middle ones for an even
/// count.
fn median(levels: impl Iterator<Item = u8>) -> Option<f64> {
    let mut sorted: Vec<u8> = levels.collect();
    sorted.sort_unstable();
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(f64::from(sorted[n / 2])),
        _ => Some((f64::from(sorted[n / 2 - 1]) + f64::from(sorted[n / 2])) / 2.0),
    }
}
