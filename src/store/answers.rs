//! The `answers` table: one answer per respondent and question, saved the
//! moment it is given (one committed transaction each), and the resume point.

use std::collections::HashSet;
use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension, Row, params};
use time::OffsetDateTime;

use super::assessments::{require_live, touch};
use super::{Store, fmt_time, non_empty, now, parse_time};
use crate::limits;
use crate::model::{Answer, AnswerValue};
use crate::questionnaire::Questionnaire;
use crate::{Error, Field, Result};

/// The stored text of an answer value (the `value` column's CHECK set).
pub(crate) fn value_text(v: AnswerValue) -> String {
    v.to_string()
}

fn value_from_text(text: &str) -> rusqlite::Result<AnswerValue> {
    text.parse().map_err(|e: Error| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Answer> {
    from_row_shared(row, &mut Ids::default())
}

/// Id strings handed out once each: every answer of one respondent (and
/// of one question) gets the same allocation, so scoring tells answers
/// apart by pointer instead of reading 36-byte ids half a million times.
#[derive(Default)]
pub(crate) struct Ids(HashSet<Arc<str>>);

impl Ids {
    fn get(&mut self, id: &str) -> Arc<str> {
        if let Some(shared) = self.0.get(id) {
            return Arc::clone(shared);
        }
        let shared: Arc<str> = Arc::from(id);
        self.0.insert(Arc::clone(&shared));
        shared
    }
}

/// [`from_row`] with the ids taken from `ids`.
pub(crate) fn from_row_shared(row: &Row<'_>, ids: &mut Ids) -> rusqlite::Result<Answer> {
    Ok(Answer {
        respondent_id: ids.get(row.get_ref(0)?.as_str()?),
        question_id: ids.get(row.get_ref(1)?.as_str()?),
        value: value_from_text(&row.get::<_, String>(2)?)?,
        comment: row.get(3)?,
        updated_at: parse_time(&row.get::<_, String>(4)?)?,
        carried: row.get(5)?,
        do_not_quote: row.get(6)?,
    })
}

/// Checks a value and question against the assessment's questionnaire.
pub(crate) fn check(q: &Questionnaire, question_id: &str, value: AnswerValue) -> Result<()> {
    if q.question(question_id).is_none() {
        return Err(Error::NotFound {
            what: "question",
            id: question_id.to_owned(),
        });
    }
    if let AnswerValue::Level(l) = value
        && !(1..=5).contains(&l)
    {
        return Err(Error::InvalidInput(format!(
            "answer level {l} is not between 1 and 5"
        )));
    }
    Ok(())
}

/// Checks an answer's comment: within [`limits::COMMENT_CHARS`].
pub(crate) fn check_comment(comment: Option<&str>) -> Result<()> {
    comment.map_or(Ok(()), |c| {
        limits::check_text(Field::AnswerComment, c, limits::COMMENT_CHARS)
    })
}

/// The stored answer of a respondent to a question, if any.
pub(crate) fn stored(
    conn: &Connection,
    respondent_id: &str,
    question_id: &str,
) -> Result<Option<Answer>> {
    conn.prepare_cached(
        "SELECT respondent_id, question_id, value, comment, updated_at, carried, do_not_quote \
         FROM answers \
         WHERE respondent_id = ?1 AND question_id = ?2",
    )
    .and_then(|mut s| {
        s.query_row([respondent_id, question_id], from_row)
            .optional()
    })
    .map_err(Error::storage("could not read the answers"))
}

/// Inserts or replaces an answer as given (packs keep their times).
pub(crate) fn upsert(conn: &Connection, a: &Answer) -> Result<()> {
    check_comment(a.comment.as_deref())?;
    let updated_at = fmt_time(a.updated_at)?;
    conn.prepare_cached(
        "INSERT INTO answers (respondent_id, question_id, value, comment, updated_at, carried) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT (respondent_id, question_id) DO UPDATE SET \
         value = excluded.value, comment = excluded.comment, updated_at = excluded.updated_at, \
         carried = excluded.carried",
    )
    .and_then(|mut s| {
        s.execute(params![
            a.respondent_id,
            a.question_id,
            value_text(a.value),
            a.comment,
            updated_at,
            a.carried
        ])
    })
    .map_err(Error::storage("could not save the answer"))?;
    Ok(())
}

pub(crate) fn list_of(conn: &Connection, respondent_id: &str) -> rusqlite::Result<Vec<Answer>> {
    conn.prepare_cached(
        "SELECT respondent_id, question_id, value, comment, updated_at, carried, do_not_quote \
         FROM answers \
         WHERE respondent_id = ?1",
    )?
    .query_map([respondent_id], from_row)?
    .collect()
}

/// Puts answers in questionnaire order (unknown questions last, by id).
fn sort_by_questionnaire(q: &Questionnaire, answers: &mut [Answer]) {
    let order: std::collections::HashMap<&str, usize> = q
        .questions()
        .enumerate()
        .map(|(i, (_, question))| (question.id.as_str(), i))
        .collect();
    answers.sort_by(|a, b| {
        let ka = order.get(&*a.question_id).unwrap_or(&usize::MAX);
        let kb = order.get(&*b.question_id).unwrap_or(&usize::MAX);
        ka.cmp(kb)
            .then_with(|| a.respondent_id.cmp(&b.respondent_id))
            .then_with(|| a.question_id.cmp(&b.question_id))
    });
}

impl Store {
    /// Saves one answer; it counts as saved once this returns `Ok` (the
    /// transaction is committed with `synchronous=FULL`). Returns the
    /// stored answer with its `updated_at`.
    pub fn save_answer(
        &mut self,
        respondent_id: &str,
        question_id: &str,
        value: AnswerValue,
        comment: Option<&str>,
    ) -> Result<Answer> {
        let at: OffsetDateTime = now();
        let answer = Answer {
            respondent_id: respondent_id.into(),
            question_id: question_id.into(),
            value,
            comment: non_empty(comment),
            updated_at: at,
            carried: false,
            do_not_quote: false,
        };
        let assessment_id = super::respondents::with_assessment(self.conn(), respondent_id)
            .map_err(|e| super::classify(self.path(), e))?
            .1;
        let q = self.questionnaire(&assessment_id)?;
        check(&q, question_id, value)?;
        check_comment(answer.comment.as_deref())?;
        self.write("could not save the answer", |tx| {
            // Re-check inside the transaction: the respondent may have been
            // removed by another program since the lookup above.
            super::respondents::with_assessment(tx, respondent_id)?;
            upsert(tx, &answer)?;
            touch(tx, &assessment_id)
        })?;
        Ok(answer)
    }

    /// Saves several answers of one respondent in one transaction: all of
    /// them or, on any error, none (a consensus sheet, the demo).
    pub fn save_answers(
        &mut self,
        respondent_id: &str,
        items: &[(&str, AnswerValue, Option<&str>)],
    ) -> Result<Vec<Answer>> {
        let assessment_id = super::respondents::with_assessment(self.conn(), respondent_id)
            .map_err(|e| super::classify(self.path(), e))?
            .1;
        let q = self.questionnaire(&assessment_id)?;
        let at = now();
        let mut answers = Vec::with_capacity(items.len());
        for (question_id, value, comment) in items {
            check(&q, question_id, *value)?;
            check_comment(*comment)?;
            answers.push(Answer {
                respondent_id: respondent_id.into(),
                question_id: (*question_id).into(),
                value: *value,
                comment: non_empty(*comment),
                updated_at: at,
                carried: false,
                do_not_quote: false,
            });
        }
        self.write("could not save the answers", |tx| {
            super::respondents::with_assessment(tx, respondent_id)?;
            for a in &answers {
                upsert(tx, a)?;
            }
            touch(tx, &assessment_id)
        })?;
        Ok(answers)
    }

    /// Removes an answer (the question is unanswered again).
    pub fn clear_answer(&mut self, respondent_id: &str, question_id: &str) -> Result<()> {
        self.write("could not clear the answer", |tx| {
            let (_, assessment_id) = super::respondents::with_assessment(tx, respondent_id)?;
            tx.execute(
                "DELETE FROM answers WHERE respondent_id = ?1 AND question_id = ?2",
                [respondent_id, question_id],
            )
            .map_err(Error::storage("could not clear the answer"))?;
            touch(tx, &assessment_id)
        })
    }

    /// A respondent's answers, in questionnaire order.
    pub fn answers_of(&self, respondent_id: &str) -> Result<Vec<Answer>> {
        let (_, assessment_id) = super::respondents::with_assessment(self.conn(), respondent_id)
            .map_err(|e| super::classify(self.path(), e))?;
        let mut answers =
            list_of(self.conn(), respondent_id).map_err(self.fail("could not read the answers"))?;
        sort_by_questionnaire(&*self.questionnaire(&assessment_id)?, &mut answers);
        Ok(answers)
    }

    /// Every answer of an assessment, in questionnaire order.
    pub fn answers_of_assessment(&self, assessment_id: &str) -> Result<Vec<Answer>> {
        require_live(self.conn(), assessment_id)?;
        let mut answers: Vec<Answer> = self
            .conn()
            .prepare_cached(
                "SELECT x.respondent_id, x.question_id, x.value, x.comment, x.updated_at, x.carried, \
                 x.do_not_quote \
                 FROM answers x JOIN respondents r ON r.id = x.respondent_id \
                 WHERE r.assessment_id = ?1",
            )
            .and_then(|mut s| {
                let mut ids = Ids::default();
                s.query_map([assessment_id], |row| from_row_shared(row, &mut ids))?
                    .collect()
            })
            .map_err(self.fail("could not read the answers"))?;
        sort_by_questionnaire(&*self.questionnaire(assessment_id)?, &mut answers);
        Ok(answers)
    }

    /// Where a respondent picks up again: the first question, in
    /// questionnaire order, without an answer; `None` when all are answered.
    pub fn resume_point(&self, respondent_id: &str) -> Result<Option<String>> {
        let (_, assessment_id) = super::respondents::with_assessment(self.conn(), respondent_id)
            .map_err(|e| super::classify(self.path(), e))?;
        let answered: HashSet<Arc<str>> = list_of(self.conn(), respondent_id)
            .map_err(self.fail("could not read the answers"))?
            .into_iter()
            .map(|a| a.question_id)
            .collect();
        let q = self.questionnaire(&assessment_id)?;
        Ok(q.questions()
            .map(|(_, question)| &question.id)
            .find(|id| !answered.contains(id.as_str()))
            .cloned())
    }
}
