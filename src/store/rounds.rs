//! Rounds of an assessment (scoring.md, "Rounds and progress"): the links
//! between rounds (`assessments.previous_id`), the chain of an assessment,
//! starting the next round in one transaction, and confirming an answer
//! carried forward (`answers.carried`).
//!
//! A next round is a new assessment of the same organisation. It takes from
//! its previous round the departments, the respondents chosen, targets and
//! importance, the roadmap's capacities and every roadmap edit (a done
//! action stays done), and, when asked, each kept respondent's answers,
//! marked carried. Customer evidence starts empty: it belongs to a period.
//! Branding is the installation's, shared by every round already.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::assessments::{check_identity, require_live, touch};
use super::{Store, new_id, now_text, snapshot_json};
use crate::model::{Answer, Assessment};
use crate::questionnaire::{Questionnaire, question_changes};
use crate::{Error, Result};

/// Which of the previous round's respondents the next round keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RespondentChoice {
    All,
    None,
    /// These respondents (ids in the previous round), in its order.
    Only(Vec<String>),
}

/// How to start the next round of an assessment.
#[derive(Debug, Clone)]
pub struct NextRound {
    /// `None`: [`suggested_title`] of the previous round.
    pub title: Option<String>,
    pub respondents: RespondentChoice,
    /// Carry the kept respondents' answers forward, marked carried.
    pub carry_answers: bool,
    /// Take the round with this questionnaire (the same id, typically a
    /// newer version) instead of the previous round's snapshot.
    pub questionnaire: Option<Questionnaire>,
}

/// What starting a next round did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundStarted {
    pub id: String,
    pub previous_id: String,
    pub title: String,
    pub respondents: usize,
    /// Answers carried forward (those of removed questions are not).
    pub carried_answers: usize,
    /// Question ids in the new round's questionnaire only.
    pub questions_added: Vec<String>,
    /// Question ids in the previous round's questionnaire only.
    pub questions_removed: Vec<String>,
}

/// The title a next round gets unless the user gives one: the previous
/// round's title with "(round N)" after it, replacing an earlier mark.
pub fn suggested_title(previous_title: &str, round: u32) -> String {
    let base = previous_title
        .trim_end()
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once(" (round "))
        .filter(|(_, n)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .map_or(previous_title.trim_end(), |(base, _)| base);
    format!("{base} (round {round})")
}

/// The links between live rounds.
pub(crate) struct Links {
    /// Each live round's previous round, when that one is live too.
    previous: HashMap<String, Option<String>>,
    /// Live rounds by the round they follow.
    next: HashMap<String, String>,
}

impl Links {
    /// The round's place in its chain, 1 for the first: one more than the
    /// live rounds before it.
    pub(crate) fn round_number(&self, id: &str) -> u32 {
        let mut n = 1;
        let mut at = id;
        // A chain is acyclic by construction; the bound is a guard against
        // a file edited by hand.
        while let Some(Some(prev)) = self.previous.get(at) {
            if n as usize > self.previous.len() {
                break;
            }
            n += 1;
            at = prev;
        }
        n
    }

    /// The live round that follows `id`, if any.
    pub(crate) fn next_of(&self, id: &str) -> Option<&str> {
        self.next.get(id).map(String::as_str)
    }
}

/// Reads every link ([`Links`]).
pub(crate) fn links(conn: &Connection) -> rusqlite::Result<Links> {
    let mut previous = HashMap::new();
    let mut next = HashMap::new();
    let mut stmt =
        conn.prepare_cached("SELECT id, previous_id, deleted_at IS NOT NULL FROM assessments")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<String>>(1)?,
            r.get::<_, bool>(2)?,
        ))
    })?;
    let mut live = Vec::new();
    let mut deleted = std::collections::HashSet::new();
    for row in rows {
        let (id, prev, is_deleted) = row?;
        if is_deleted {
            deleted.insert(id);
        } else {
            live.push((id, prev));
        }
    }
    // A deleted round is out of its chain until it is restored.
    for (id, prev) in live {
        let prev = prev.filter(|p| !deleted.contains(p));
        if let Some(p) = &prev {
            next.insert(p.clone(), id.clone());
        }
        previous.insert(id, prev);
    }
    Ok(Links { previous, next })
}

/// The live round that follows `id`: its id and title.
fn next_round(conn: &Connection, id: &str) -> Result<Option<(String, String)>> {
    conn.query_row(
        "SELECT id, title FROM assessments WHERE previous_id = ?1 AND deleted_at IS NULL",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(Error::storage("could not read the rounds"))
}

/// Refuses to restore a deleted round whose previous round has started
/// another next round since: restoring it would fork the chain.
pub(crate) fn check_restorable(conn: &Connection, id: &str) -> Result<()> {
    let row: Option<(String, Option<String>)> = conn
        .query_row(
            "SELECT title, previous_id FROM assessments WHERE id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(Error::storage("could not read the assessment"))?;
    let Some((title, Some(previous))) = row else {
        return Ok(());
    };
    match next_round(conn, &previous)? {
        Some((other, other_title)) if other != id => Err(Error::InvalidInput(format!(
            "“{title}” cannot be restored: the round it follows has started another \
             next round since, “{other_title}”; delete that one first to restore this one"
        ))),
        _ => Ok(()),
    }
}

impl Store {
    /// The rounds of `id`'s chain, oldest first, `id` among them: every
    /// live round before it and after it.
    pub fn rounds(&self, id: &str) -> Result<Vec<Assessment>> {
        let first = self.assessment(id)?;
        let mut before = Vec::new();
        let mut at = first.previous_id.clone();
        while let Some(prev) = at {
            if before.len() > 10_000 {
                break;
            }
            match self.assessment(&prev) {
                Ok(a) => {
                    at = a.previous_id.clone();
                    before.push(a);
                }
                Err(Error::NotFound { .. }) => break,
                Err(e) => return Err(e),
            }
        }
        before.reverse();
        let mut chain = before;
        let mut at = Some(first.id.clone());
        chain.push(first);
        while let Some(current) = at.take() {
            if let Some((next, _)) = next_round(self.conn(), &current)? {
                if chain.iter().any(|a| a.id == next) {
                    break;
                }
                chain.push(self.assessment(&next)?);
                at = Some(next);
            }
        }
        Ok(chain)
    }

    /// The live round `id` follows, if any (`None` for a first round and
    /// when the earlier round is deleted).
    pub fn previous_round(&self, id: &str) -> Result<Option<Assessment>> {
        let a = self.assessment(id)?;
        match a.previous_id {
            None => Ok(None),
            Some(prev) => match self.assessment(&prev) {
                Ok(p) => Ok(Some(p)),
                Err(Error::NotFound { .. }) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    /// Starts the next round of `previous_id` (scoring.md, "Rounds and
    /// progress") in one transaction: all of it or, on any error, nothing.
    /// Refused when `previous_id` already has a next round.
    pub fn start_next_round(
        &mut self,
        previous_id: &str,
        plan: &NextRound,
    ) -> Result<RoundStarted> {
        let previous = self.assessment(previous_id)?;
        let old_q = self.questionnaire(previous_id)?;
        let (snapshot, new_q) = match &plan.questionnaire {
            None => (
                super::assessments::snapshot_text(self.conn(), previous_id)
                    .map_err(self.fail("could not read the assessment"))?
                    .unwrap_or_default(),
                (*old_q).clone(),
            ),
            Some(q) if q.id != old_q.id => {
                return Err(Error::InvalidInput(format!(
                    "the next round must be taken with the questionnaire of the previous one \
                     ({}), so that the rounds can be compared question by question; \
                     {} is another questionnaire",
                    old_q.id, q.id
                )));
            }
            Some(q) => (snapshot_json(q)?, q.clone()),
        };
        if plan.carry_answers && plan.respondents == RespondentChoice::None {
            return Err(Error::InvalidInput(
                "answers can only be carried forward with the respondents who gave them; \
                 keep the respondents or start the round without their answers"
                    .into(),
            ));
        }
        let links = links(self.conn()).map_err(self.fail("could not read the rounds"))?;
        let title = plan.title.clone().unwrap_or_else(|| {
            suggested_title(&previous.title, links.round_number(previous_id) + 1)
        });
        check_identity(&previous.organisation, &title)?;
        let (questions_added, questions_removed) = question_changes(&old_q, &new_q);
        let kept_questions: Vec<String> = new_q
            .questions()
            .map(|(_, x)| x.id.clone())
            .filter(|id| old_q.question(id).is_some())
            .collect();
        let dimensions: Vec<&str> = new_q.dimensions.iter().map(|d| d.id.as_str()).collect();
        let actions: Vec<&str> = new_q.actions().map(|(_, _, a)| a.id.as_str()).collect();
        let old_respondents = self.respondents(previous_id)?;
        let kept_respondents: Vec<_> = match &plan.respondents {
            RespondentChoice::All => old_respondents.iter().collect(),
            RespondentChoice::None => Vec::new(),
            RespondentChoice::Only(ids) => {
                if let Some(stray) = ids
                    .iter()
                    .find(|id| !old_respondents.iter().any(|r| &r.id == *id))
                {
                    return Err(Error::NotFound {
                        what: "respondent of the previous round",
                        id: stray.clone(),
                    });
                }
                old_respondents
                    .iter()
                    .filter(|r| ids.contains(&r.id))
                    .collect()
            }
        };
        let as_json = |ids: &[&str]| serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
        let kept_questions_json =
            serde_json::to_string(&kept_questions).unwrap_or_else(|_| "[]".into());
        let (dimensions_json, actions_json) = (as_json(&dimensions), as_json(&actions));
        let id = new_id();
        let question_count = i64::try_from(new_q.questions().count()).unwrap_or(i64::MAX);

        let carried_answers = self.write("could not start the next round", |tx| {
            require_live(tx, previous_id)?;
            if let Some((_, next_title)) = next_round(tx, previous_id)? {
                return Err(Error::InvalidInput(format!(
                    "“{}” already has a next round, “{next_title}”; a round can only be \
                     started from the latest round of its chain",
                    previous.title
                )));
            }
            tx.execute(
                "INSERT INTO assessments (id, organisation, title, status, created_at, updated_at, \
                 questionnaire_id, questionnaire_version, questionnaire_snapshot, question_count, \
                 previous_id, report_locale, anonymous, anonymity_threshold) \
                 VALUES (?1, ?2, ?3, 'open', ?4, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    id,
                    previous.organisation,
                    title,
                    now_text(),
                    new_q.id,
                    new_q.version,
                    snapshot,
                    question_count,
                    previous_id,
                    previous.report_locale,
                    previous.anonymity.anonymous,
                    previous.anonymity.threshold
                ],
            )
            .map_err(Error::storage("could not start the next round"))?;

            let mut department_ids = HashMap::new();
            for d in super::departments::list(tx, previous_id)
                .map_err(Error::storage("could not read the departments"))?
            {
                let new = super::departments::insert(tx, &id, &d.name, d.position)?;
                department_ids.insert(d.id, new.id);
            }

            let mut carried = 0;
            for r in &kept_respondents {
                let mut copy = (*r).clone();
                copy.id = new_id();
                // A language the new questionnaire lacks falls back to the app's.
                copy.locale = r.locale.as_deref().and_then(|l| new_q.find_locale(l));
                copy.department_id =
                    department_ids
                        .get(&r.department_id)
                        .cloned()
                        .ok_or_else(|| Error::NotFound {
                            what: "department",
                            id: r.department_id.clone(),
                        })?;
                super::respondents::insert(tx, &id, &copy)?;
                if plan.carry_answers {
                    carried += tx
                        .prepare_cached(
                            "INSERT INTO answers (respondent_id, question_id, value, comment, \
                             updated_at, carried, do_not_quote) \
                             SELECT ?1, question_id, value, comment, updated_at, 1, do_not_quote \
                             FROM answers \
                             WHERE respondent_id = ?2 \
                             AND question_id IN (SELECT value FROM json_each(?3))",
                        )
                        .and_then(|mut s| s.execute(params![copy.id, r.id, kept_questions_json]))
                        .map_err(Error::storage("could not carry the answers forward"))?;
                }
            }

            tx.execute(
                "INSERT INTO dimension_settings (assessment_id, dimension_id, target, importance) \
                 SELECT ?1, dimension_id, target, importance FROM dimension_settings \
                 WHERE assessment_id = ?2 AND dimension_id IN (SELECT value FROM json_each(?3))",
                params![id, previous_id, dimensions_json],
            )
            .map_err(Error::storage("could not carry the targets forward"))?;
            tx.execute(
                "INSERT INTO action_edits (assessment_id, action_id, owner, due, status, notes, \
                 dropped, updated_at) \
                 SELECT ?1, action_id, owner, due, status, notes, dropped, updated_at \
                 FROM action_edits \
                 WHERE assessment_id = ?2 AND action_id IN (SELECT value FROM json_each(?3))",
                params![id, previous_id, actions_json],
            )
            .map_err(Error::storage("could not carry the roadmap forward"))?;
            tx.execute(
                "INSERT INTO roadmap_capacity (assessment_id, now_capacity, next_capacity) \
                 SELECT ?1, now_capacity, next_capacity FROM roadmap_capacity \
                 WHERE assessment_id = ?2",
                params![id, previous_id],
            )
            .map_err(Error::storage("could not carry the roadmap forward"))?;
            Ok(carried)
        })?;

        Ok(RoundStarted {
            id,
            previous_id: previous_id.to_owned(),
            title,
            respondents: kept_respondents.len(),
            carried_answers,
            questions_added,
            questions_removed,
        })
    }

    /// Confirms a carried answer as it stands: it is the respondent's own
    /// answer from now on (value and comment unchanged). Confirming an
    /// answer that is not carried changes nothing.
    pub fn confirm_answer(&mut self, respondent_id: &str, question_id: &str) -> Result<Answer> {
        let at = super::now();
        let updated_at = super::fmt_time(at)?;
        self.write("could not confirm the answer", |tx| {
            let (_, assessment_id) = super::respondents::with_assessment(tx, respondent_id)?;
            let changed = tx
                .execute(
                    "UPDATE answers SET carried = 0, updated_at = ?3 \
                     WHERE respondent_id = ?1 AND question_id = ?2 AND carried = 1",
                    params![respondent_id, question_id, updated_at],
                )
                .map_err(Error::storage("could not confirm the answer"))?;
            if changed > 0 {
                touch(tx, &assessment_id)?;
            }
            super::answers::stored(tx, respondent_id, question_id)?.ok_or_else(|| Error::NotFound {
                what: "answer",
                id: format!("{respondent_id}/{question_id}"),
            })
        })
    }
}
