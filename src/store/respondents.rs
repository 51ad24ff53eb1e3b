//! The `respondents` table: the people (or department consensus voices)
//! who answer, and how far each has come.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::assessments::{require_live, touch};
use super::{Store, fmt_time, new_id, non_empty, now, parse_time};
use crate::limits;
use crate::model::Respondent;
use crate::{Error, Field, Result};

/// A respondent with how many questions they have answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RespondentProgress {
    pub respondent: Respondent,
    /// Answers given, including `na` and `unknown`.
    pub answered: u32,
    /// Questions in the assessment's questionnaire.
    pub total: u32,
}

/// A respondent just removed, with everything needed to put them back:
/// held by the caller for as long as it offers an undo, and nowhere else
/// (the rows themselves are gone from the database).
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedRespondent {
    pub assessment_id: String,
    pub respondent: Respondent,
    /// Their answers, each with its comment and time.
    pub answers: Vec<crate::model::Answer>,
    /// Their first votes of a live workshop, if they took part in one.
    pub first_votes: Vec<crate::model::FirstVote>,
}

const COLUMNS: &str = "id, name, department_id, role, consensus, created_at, locale";

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Respondent> {
    Ok(Respondent {
        id: row.get(0)?,
        name: row.get(1)?,
        department_id: row.get(2)?,
        role: row.get(3)?,
        consensus: row.get(4)?,
        created_at: parse_time(&row.get::<_, String>(5)?)?,
        locale: row.get(6)?,
    })
}

/// The respondent and the id of its (live) assessment.
pub(crate) fn with_assessment(conn: &Connection, id: &str) -> Result<(Respondent, String)> {
    conn.prepare_cached(
        "SELECT r.id, r.name, r.department_id, r.role, r.consensus, r.created_at, r.locale, \
         r.assessment_id \
         FROM respondents r JOIN assessments a ON a.id = r.assessment_id \
         WHERE r.id = ?1 AND a.deleted_at IS NULL",
    )
    .and_then(|mut s| {
        s.query_row([id], |row| Ok((from_row(row)?, row.get(7)?)))
            .optional()
    })
    .map_err(Error::storage("could not read the respondent"))?
    .ok_or_else(|| Error::NotFound {
        what: "respondent",
        id: id.to_owned(),
    })
}

/// Where a respondent id lives, (assessment id, department id), or `None`
/// (ids are global: a pack may bring one from anywhere).
pub(crate) fn home(conn: &Connection, id: &str) -> Result<Option<(String, String)>> {
    conn.prepare_cached("SELECT assessment_id, department_id FROM respondents WHERE id = ?1")
        .and_then(|mut s| s.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional())
        .map_err(Error::storage("could not read the respondents"))
}

/// Checks a respondent's name and role: a name, both one line within
/// [`limits::NAME_CHARS`].
pub(crate) fn check_person(name: &str, role: Option<&str>) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::field(
            Field::RespondentName,
            "the respondent's name is empty; enter a name",
        ));
    }
    limits::check_line(Field::RespondentName, name, limits::NAME_CHARS)?;
    if let Some(role) = role {
        limits::check_line(Field::RespondentRole, role, limits::NAME_CHARS)?;
    }
    Ok(())
}

/// Inserts a respondent with a given id and creation time (packs carry both).
pub(crate) fn insert(conn: &Connection, assessment_id: &str, r: &Respondent) -> Result<()> {
    check_person(&r.name, r.role.as_deref())?;
    let created_at = fmt_time(r.created_at)?;
    conn.prepare_cached(
        "INSERT INTO respondents (id, assessment_id, department_id, name, role, consensus, \
         created_at, locale) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .and_then(|mut s| {
        s.execute(params![
            r.id,
            assessment_id,
            r.department_id,
            r.name,
            r.role,
            r.consensus,
            created_at,
            r.locale
        ])
    })
    .map_err(Error::storage("could not add the respondent"))?;
    Ok(())
}

pub(crate) fn list(conn: &Connection, assessment_id: &str) -> rusqlite::Result<Vec<Respondent>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM respondents WHERE assessment_id = ?1 ORDER BY created_at, rowid"
    ))?;
    stmt.query_map([assessment_id], from_row)?.collect()
}

impl Store {
    /// Adds a respondent to a department of the assessment.
    pub fn add_respondent(
        &mut self,
        assessment_id: &str,
        department_id: &str,
        name: &str,
        role: Option<&str>,
        consensus: bool,
    ) -> Result<Respondent> {
        let r = Respondent {
            id: new_id(),
            name: name.to_owned(),
            department_id: department_id.to_owned(),
            role: non_empty(role),
            consensus,
            created_at: now(),
            locale: None,
        };
        self.write("could not add the respondent", |tx| {
            require_live(tx, assessment_id)?;
            super::departments::by_id(tx, assessment_id, department_id)?;
            insert(tx, assessment_id, &r)?;
            touch(tx, assessment_id)
        })?;
        Ok(r)
    }

    /// Changes a respondent's name, department, role or consensus flag
    /// (their answers stay).
    pub fn update_respondent(
        &mut self,
        id: &str,
        name: &str,
        department_id: &str,
        role: Option<&str>,
        consensus: bool,
    ) -> Result<Respondent> {
        check_person(name, role)?;
        let role = non_empty(role);
        self.write("could not update the respondent", |tx| {
            let (mut r, assessment_id) = with_assessment(tx, id)?;
            super::departments::by_id(tx, &assessment_id, department_id)?;
            tx.execute(
                "UPDATE respondents SET name = ?2, department_id = ?3, role = ?4, consensus = ?5 \
                 WHERE id = ?1",
                params![id, name, department_id, role, consensus],
            )
            .map_err(Error::storage("could not update the respondent"))?;
            touch(tx, &assessment_id)?;
            r.name = name.to_owned();
            r.department_id = department_id.to_owned();
            r.role = role;
            r.consensus = consensus;
            Ok(r)
        })
    }

    /// Removes a respondent and their answers, leaving nothing of them in
    /// the database's files or its migration backups (`erasure`; best
    /// effort there: the removal stands, and the checkpoint when the store
    /// closes finishes what a busy moment left). The returned rows are
    /// the undo ([`Store::restore_respondent`]), held in memory only.
    pub fn remove_respondent(&mut self, id: &str) -> Result<RemovedRespondent> {
        let removed = self.remove_respondent_rows(id)?;
        let _ = self.erase_respondent(id);
        Ok(removed)
    }

    fn remove_respondent_rows(&mut self, id: &str) -> Result<RemovedRespondent> {
        self.write("could not remove the respondent", |tx| {
            let (respondent, assessment_id) = with_assessment(tx, id)?;
            let answers = super::answers::list_of(tx, id)
                .map_err(Error::storage("could not read the answers"))?;
            let first_votes = super::votes::list_of(tx, id)
                .map_err(Error::storage("could not read the votes"))?;
            tx.execute("DELETE FROM respondents WHERE id = ?1", [id])
                .map_err(Error::storage("could not remove the respondent"))?;
            touch(tx, &assessment_id)?;
            Ok(RemovedRespondent {
                assessment_id,
                respondent,
                answers,
                first_votes,
            })
        })
    }

    /// Puts a removed respondent back with every answer (and first vote)
    /// as it was (ids, values, comments, times): the undo of [`Store::remove_respondent`].
    /// Refused when the assessment or the department is gone, or the id is
    /// taken again.
    pub fn restore_respondent(&mut self, removed: &RemovedRespondent) -> Result<()> {
        self.write("could not restore the respondent", |tx| {
            require_live(tx, &removed.assessment_id)?;
            super::departments::by_id(
                tx,
                &removed.assessment_id,
                &removed.respondent.department_id,
            )?;
            insert(tx, &removed.assessment_id, &removed.respondent)?;
            for a in &removed.answers {
                super::answers::upsert(tx, a)?;
            }
            for v in &removed.first_votes {
                super::votes::insert(tx, v)?;
            }
            touch(tx, &removed.assessment_id)
        })
    }

    /// Another respondent of the department with the same name as `name`
    /// (case and spacing ignored, as for department names), other than
    /// `except` (the one being edited). Two people may share a name, so
    /// this is a warning the set-up asks for before it saves, not a rule
    /// that refuses.
    pub fn namesake(
        &self,
        assessment_id: &str,
        department_id: &str,
        name: &str,
        except: Option<&str>,
    ) -> Result<Option<Respondent>> {
        Ok(self.respondents(assessment_id)?.into_iter().find(|r| {
            r.department_id == department_id
                && Some(r.id.as_str()) != except
                && super::departments::same_name(&r.name, name)
        }))
    }

    /// A respondent by id.
    pub fn respondent(&self, id: &str) -> Result<Respondent> {
        with_assessment(self.conn(), id)
            .map(|(r, _)| r)
            .map_err(|e| super::classify(self.path(), e))
    }

    /// The respondents of an assessment, oldest first.
    pub fn respondents(&self, assessment_id: &str) -> Result<Vec<Respondent>> {
        require_live(self.conn(), assessment_id)?;
        list(self.conn(), assessment_id).map_err(self.fail("could not read the respondents"))
    }

    /// Each respondent of the assessment with their answered count.
    pub fn respondent_progress(&self, assessment_id: &str) -> Result<Vec<RespondentProgress>> {
        require_live(self.conn(), assessment_id)?;
        let total = u32::try_from(self.questionnaire(assessment_id)?.questions().count())
            .unwrap_or(u32::MAX);
        let mut stmt = self
            .conn()
            .prepare(&format!(
                "SELECT {COLUMNS}, (SELECT count(*) FROM answers x WHERE x.respondent_id = r.id) \
                 FROM respondents r WHERE assessment_id = ?1 ORDER BY created_at, rowid"
            ))
            .map_err(self.fail("could not read the respondents"))?;
        stmt.query_map([assessment_id], |row| {
            Ok(RespondentProgress {
                respondent: from_row(row)?,
                answered: row.get(7)?,
                total,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(self.fail("could not read the respondents"))
    }
}
