//! The `workshop_votes` table: a live-workshop participant's first vote on
//! a question, beside the final vote (scoring.md, "Workshop votes").
//!
//! A vote is an answer first: [`Store::save_vote`] writes the participant's
//! answer exactly as [`Store::save_answer`] does (same checks, the comment
//! kept), and in the same transaction the first vote when the vote is
//! [`VoteRound::Blind`], or the re-vote's time when it is
//! [`VoteRound::Revote`]. Scoring reads only `answers`, so a workshop
//! changes no figure; the calibration figures come from these rows
//! ([`crate::scoring::workshop`]).

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::answers::{check, stored, upsert, value_text};
use super::assessments::{require_live, touch};
use super::{Store, fmt_time, now, parse_time};
use crate::model::{Answer, AnswerValue, FirstVote, VoteRound};
use crate::{Error, Result};

fn from_row(row: &Row<'_>) -> rusqlite::Result<FirstVote> {
    let value: String = row.get(2)?;
    Ok(FirstVote {
        respondent_id: row.get(0)?,
        question_id: row.get(1)?,
        value: value.parse().map_err(|e: Error| {
            rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, Box::new(e))
        })?,
        voted_at: parse_time(&row.get::<_, String>(3)?)?,
        revoted_at: row
            .get::<_, Option<String>>(4)?
            .map(|t| parse_time(&t))
            .transpose()?,
    })
}

const COLUMNS: &str = "v.respondent_id, v.question_id, v.first_value, v.first_at, v.revoted_at";

/// The first vote of a respondent on a question, if any.
fn first_vote(
    conn: &Connection,
    respondent_id: &str,
    question_id: &str,
) -> Result<Option<FirstVote>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM workshop_votes v WHERE v.respondent_id = ?1 AND v.question_id = ?2"
    ))
    .and_then(|mut s| {
        s.query_row([respondent_id, question_id], from_row)
            .optional()
    })
    .map_err(Error::storage("could not read the votes"))
}

/// The first votes of a respondent, for the undo of a removal.
pub(crate) fn list_of(conn: &Connection, respondent_id: &str) -> rusqlite::Result<Vec<FirstVote>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM workshop_votes v WHERE v.respondent_id = ?1 ORDER BY v.question_id"
    ))?
    .query_map([respondent_id], from_row)?
    .collect()
}

/// Inserts a first vote as given (the undo of a removal puts it back).
pub(crate) fn insert(conn: &Connection, vote: &FirstVote) -> Result<()> {
    let voted_at = fmt_time(vote.voted_at)?;
    let revoted_at = vote.revoted_at.map(fmt_time).transpose()?;
    conn.prepare_cached(
        "INSERT INTO workshop_votes (respondent_id, question_id, first_value, first_at, revoted_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut s| {
        s.execute(params![
            vote.respondent_id,
            vote.question_id,
            value_text(vote.value),
            voted_at,
            revoted_at
        ])
    })
    .map_err(Error::storage("could not save the vote"))?;
    Ok(())
}

/// Records the vote beside the answer: a blind vote becomes the first
/// vote (replacing an earlier blind one), a re-vote stamps its time on
/// the first vote (a participant without one voted only after the reveal:
/// their vote has no first vote).
fn record(conn: &Connection, answer: &Answer, round: VoteRound, at: &str) -> Result<()> {
    let existing = first_vote(conn, &answer.respondent_id, &answer.question_id)?;
    match round {
        VoteRound::Blind => {
            if existing.as_ref().is_some_and(|v| v.revoted_at.is_some()) {
                return Err(Error::InvalidInput(format!(
                    "the votes on question {} were revealed and this participant re-voted; \
                     a vote now is a re-vote, not a first vote",
                    answer.question_id
                )));
            }
            conn.prepare_cached(
                "INSERT INTO workshop_votes (respondent_id, question_id, first_value, first_at) \
                 VALUES (?1, ?2, ?3, ?4) \
                 ON CONFLICT (respondent_id, question_id) DO UPDATE SET \
                 first_value = excluded.first_value, first_at = excluded.first_at",
            )
            .and_then(|mut s| {
                s.execute(params![
                    answer.respondent_id,
                    answer.question_id,
                    value_text(answer.value),
                    at
                ])
            })
            .map_err(Error::storage("could not save the vote"))?;
        }
        VoteRound::Revote => {
            if existing.is_some() {
                conn.prepare_cached(
                    "UPDATE workshop_votes SET revoted_at = ?3 \
                     WHERE respondent_id = ?1 AND question_id = ?2",
                )
                .and_then(|mut s| s.execute(params![answer.respondent_id, answer.question_id, at]))
                .map_err(Error::storage("could not save the vote"))?;
            }
        }
    }
    Ok(())
}

impl Store {
    /// Saves a live-workshop participant's vote: their answer (checked
    /// exactly like [`Store::save_answer`]; a comment already given stays)
    /// and, in the same transaction, the first vote or the re-vote's time
    /// (module documentation). It counts as saved once this returns `Ok`.
    /// A blind vote after the participant re-voted the question is
    /// refused; nothing changes on any error.
    pub fn save_vote(
        &mut self,
        respondent_id: &str,
        question_id: &str,
        value: AnswerValue,
        round: VoteRound,
    ) -> Result<Answer> {
        let assessment_id = super::respondents::with_assessment(self.conn(), respondent_id)
            .map_err(|e| super::classify(self.path(), e))?
            .1;
        let q = self.questionnaire(&assessment_id)?;
        check(&q, question_id, value)?;
        let at = now();
        let at_text = fmt_time(at)?;
        self.write("could not save the vote", |tx| {
            // Re-checked inside the transaction: the respondent may have
            // been removed by another program since the lookup above.
            super::respondents::with_assessment(tx, respondent_id)?;
            let comment = stored(tx, respondent_id, question_id)?.and_then(|a| a.comment);
            let answer = Answer {
                respondent_id: respondent_id.into(),
                question_id: question_id.into(),
                value,
                comment,
                updated_at: at,
                carried: false,
                do_not_quote: false,
            };
            upsert(tx, &answer)?;
            record(tx, &answer, round, &at_text)?;
            touch(tx, &assessment_id)?;
            Ok(answer)
        })
    }

    /// The first votes of an assessment's participants, by respondent
    /// (oldest first), then question id.
    pub fn first_votes(&self, assessment_id: &str) -> Result<Vec<FirstVote>> {
        require_live(self.conn(), assessment_id)?;
        self.conn()
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM workshop_votes v JOIN respondents r ON r.id = v.respondent_id \
                 WHERE r.assessment_id = ?1 ORDER BY r.created_at, r.rowid, v.question_id"
            ))
            .and_then(|mut s| s.query_map([assessment_id], from_row)?.collect())
            .map_err(self.fail("could not read the votes"))
    }
}
