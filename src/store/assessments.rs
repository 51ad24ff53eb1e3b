//! The `assessments` table: creating an assessment with its questionnaire
//! snapshot and departments, listing them with their completion, soft
//! delete / restore / purge, and [`Store::load`] of everything at once.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::departments::DepartmentEdit;
use super::{Store, new_id, now_text, parse_time, snapshot_json};
use crate::limits;
use crate::model::{Anonymity, Assessment, AssessmentData, AssessmentStatus};
use crate::questionnaire::Questionnaire;
use crate::{Error, Field, Result};

/// One line of the assessment list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AssessmentSummary {
    pub id: String,
    pub organisation: String,
    pub title: String,
    pub status: AssessmentStatus,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub departments: u32,
    pub respondents: u32,
    /// Answers given (including `na` and `unknown`).
    pub answers_given: u32,
    /// Respondents × questions.
    pub answers_expected: u32,
    /// `answers_given / answers_expected`; `None` without respondents.
    pub completion: Option<f64>,
    /// The round this one follows, when it is a later round.
    pub previous_id: Option<String>,
    /// The language of its report (`en`, `de`, `fr`).
    pub report_locale: String,
    /// Whether readers see no names and no figure of a department below
    /// the threshold (scoring.md, "Anonymity").
    pub anonymous: bool,
    /// Its place in its chain of rounds, 1 for the first.
    pub round: u32,
    /// Whether a later round follows it (then no next round can be
    /// started from it).
    pub has_next_round: bool,
}

const ASSESSMENT_COLUMNS: &str = "id, organisation, title, status, created_at, updated_at, \
     questionnaire_id, questionnaire_version, previous_id, report_locale, anonymous, \
     anonymity_threshold";

fn assessment_from_row(row: &Row<'_>) -> rusqlite::Result<Assessment> {
    let status: String = row.get(3)?;
    Ok(Assessment {
        id: row.get(0)?,
        organisation: row.get(1)?,
        title: row.get(2)?,
        status: if status == "closed" {
            AssessmentStatus::Closed
        } else {
            AssessmentStatus::Open
        },
        created_at: parse_time(&row.get::<_, String>(4)?)?,
        updated_at: parse_time(&row.get::<_, String>(5)?)?,
        questionnaire_id: row.get(6)?,
        questionnaire_version: row.get(7)?,
        previous_id: row.get(8)?,
        report_locale: row.get(9)?,
        anonymity: Anonymity {
            anonymous: row.get(10)?,
            threshold: row.get(11)?,
        },
    })
}

/// The stored questionnaire snapshot of a live assessment.
pub(crate) fn snapshot_text(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT questionnaire_snapshot FROM assessments WHERE id = ?1 AND deleted_at IS NULL",
        [id],
        |r| r.get(0),
    )
    .optional()
}

/// Fails with `NotFound` unless `id` is a live (not deleted) assessment.
pub(crate) fn require_live(conn: &Connection, id: &str) -> Result<()> {
    let found: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM assessments WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |r| r.get(0),
        )
        .optional()
        .map_err(Error::storage("could not read the assessment"))?;
    found.map(|_| ()).ok_or_else(|| Error::NotFound {
        what: "assessment",
        id: id.to_owned(),
    })
}

/// Marks an assessment as changed now (lists sort by it).
pub(crate) fn touch(conn: &Connection, id: &str) -> Result<()> {
    conn.prepare_cached("UPDATE assessments SET updated_at = ?2 WHERE id = ?1")
        .and_then(|mut s| s.execute(params![id, now_text()]))
        .map_err(Error::storage("could not update the assessment"))?;
    Ok(())
}

/// Checks an assessment's organisation name and title: not empty, one
/// line, within [`limits::NAME_CHARS`].
pub(crate) fn check_identity(organisation: &str, title: &str) -> Result<()> {
    if organisation.trim().is_empty() {
        return Err(Error::field(
            Field::Organisation,
            "the organisation name is empty; enter the organisation's name",
        ));
    }
    if title.trim().is_empty() {
        return Err(Error::field(
            Field::Title,
            "the title is empty; enter a title for the assessment",
        ));
    }
    limits::check_line(Field::Organisation, organisation, limits::NAME_CHARS)?;
    limits::check_line(Field::Title, title, limits::NAME_CHARS)
}

/// Checks a list of department names: none empty, each within its limit,
/// no two equal (ignoring case).
pub(crate) fn check_department_names(names: &[&str]) -> Result<()> {
    for (i, name) in names.iter().enumerate() {
        super::departments::check_listed(names[..i].iter().copied(), name)?;
    }
    Ok(())
}

/// Inserts an assessment row with a given id and snapshot text (a pack
/// session keeps the consultant's id and the pack's snapshot as sent).
pub(crate) fn insert_with_id(
    conn: &Connection,
    id: &str,
    organisation: &str,
    title: &str,
    questionnaire: &Questionnaire,
    snapshot: &str,
) -> Result<()> {
    let question_count = i64::try_from(questionnaire.questions().count()).unwrap_or(i64::MAX);
    conn.execute(
        "INSERT INTO assessments (id, organisation, title, status, created_at, updated_at, \
         questionnaire_id, questionnaire_version, questionnaire_snapshot, question_count) \
         VALUES (?1, ?2, ?3, 'open', ?4, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            organisation,
            title,
            now_text(),
            questionnaire.id,
            questionnaire.version,
            snapshot,
            question_count
        ],
    )
    .map_err(Error::storage("could not create the assessment"))?;
    Ok(())
}

/// The questionnaire id and version an assessment was taken with (deleted
/// or not).
pub(crate) fn questionnaire_of(conn: &Connection, id: &str) -> Result<(String, String)> {
    conn.query_row(
        "SELECT questionnaire_id, questionnaire_version FROM assessments WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .map_err(Error::storage("could not read the assessment"))
}

/// Brings a soft-deleted assessment back (no-op for a live one).
pub(crate) fn undelete(conn: &Connection, id: &str) -> Result<()> {
    conn.execute(
        "UPDATE assessments SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
        [id],
    )
    .map_err(Error::storage("could not restore the assessment"))?;
    Ok(())
}

/// Whether an assessment row with this id exists, and whether it is
/// soft-deleted: `None` when there is none.
pub(crate) fn existence(conn: &Connection, id: &str) -> Result<Option<bool>> {
    conn.query_row(
        "SELECT deleted_at IS NOT NULL FROM assessments WHERE id = ?1",
        [id],
        |r| r.get(0),
    )
    .optional()
    .map_err(Error::storage("could not read the assessment"))
}

impl Store {
    /// Creates an assessment taken with `questionnaire` (stored as a
    /// snapshot) and its departments in the given order; returns its id.
    pub fn create_assessment(
        &mut self,
        organisation: &str,
        title: &str,
        questionnaire: &Questionnaire,
        departments: &[&str],
    ) -> Result<String> {
        check_identity(organisation, title)?;
        check_department_names(departments)?;
        let snapshot = snapshot_json(questionnaire)?;
        let question_count = i64::try_from(questionnaire.questions().count()).unwrap_or(i64::MAX);
        let id = new_id();
        let at = now_text();
        self.write("could not create the assessment", |tx| {
            tx.execute(
                "INSERT INTO assessments (id, organisation, title, status, created_at, updated_at, \
                 questionnaire_id, questionnaire_version, questionnaire_snapshot, question_count) \
                 VALUES (?1, ?2, ?3, 'open', ?4, ?4, ?5, ?6, ?7, ?8)",
                params![
                    id,
                    organisation,
                    title,
                    at,
                    questionnaire.id,
                    questionnaire.version,
                    snapshot,
                    question_count
                ],
            )
            .map_err(Error::storage("could not create the assessment"))?;
            for (position, name) in (0u32..).zip(departments) {
                super::departments::insert(tx, &id, name, position)?;
            }
            Ok(())
        })?;
        Ok(id)
    }

    /// A live assessment by id.
    pub fn assessment(&self, id: &str) -> Result<Assessment> {
        self.conn()
            .query_row(
                &format!(
                    "SELECT {ASSESSMENT_COLUMNS} FROM assessments WHERE id = ?1 AND deleted_at IS NULL"
                ),
                [id],
                assessment_from_row,
            )
            .optional()
            .map_err(self.fail("could not read the assessment"))?
            .ok_or_else(|| Error::NotFound {
                what: "assessment",
                id: id.to_owned(),
            })
    }

    /// Live assessments, most recently changed first, with their completion.
    pub fn list_assessments(&self) -> Result<Vec<AssessmentSummary>> {
        let sql = "SELECT a.id, a.organisation, a.title, a.status, a.created_at, a.updated_at, \
                   a.questionnaire_id, a.questionnaire_version, a.previous_id, a.report_locale, \
                   a.anonymous, a.anonymity_threshold, a.question_count, \
                   (SELECT count(*) FROM departments d WHERE d.assessment_id = a.id), \
                   (SELECT count(*) FROM respondents r WHERE r.assessment_id = a.id), \
                   (SELECT count(*) FROM answers x JOIN respondents r ON r.id = x.respondent_id \
                    WHERE r.assessment_id = a.id) \
                   FROM assessments a WHERE a.deleted_at IS NULL \
                   ORDER BY a.updated_at DESC, a.id";
        let mut stmt = self
            .conn()
            .prepare(sql)
            .map_err(self.fail("could not list the assessments"))?;
        let rows = stmt
            .query_map([], |row| {
                let a = assessment_from_row(row)?;
                let questions: u32 = row.get(12)?;
                let departments: u32 = row.get(13)?;
                let respondents: u32 = row.get(14)?;
                let answers_given: u32 = row.get(15)?;
                let answers_expected = respondents * questions;
                Ok(AssessmentSummary {
                    id: a.id,
                    organisation: a.organisation,
                    title: a.title,
                    status: a.status,
                    created_at: a.created_at,
                    updated_at: a.updated_at,
                    questionnaire_id: a.questionnaire_id,
                    questionnaire_version: a.questionnaire_version,
                    departments,
                    respondents,
                    answers_given,
                    answers_expected,
                    completion: (answers_expected > 0)
                        .then(|| f64::from(answers_given) / f64::from(answers_expected)),
                    previous_id: a.previous_id,
                    report_locale: a.report_locale,
                    anonymous: a.anonymity.anonymous,
                    round: 1,
                    has_next_round: false,
                })
            })
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(self.fail("could not list the assessments"))?;
        let mut rows = rows;
        let links = super::rounds::links(self.conn())
            .map_err(self.fail("could not list the assessments"))?;
        for row in &mut rows {
            row.round = links.round_number(&row.id);
            row.has_next_round = links.next_of(&row.id).is_some();
        }
        Ok(rows)
    }

    /// Renames an assessment or changes its organisation or status.
    pub fn update_assessment(
        &mut self,
        id: &str,
        organisation: &str,
        title: &str,
        status: AssessmentStatus,
    ) -> Result<Assessment> {
        check_identity(organisation, title)?;
        let status = match status {
            AssessmentStatus::Open => "open",
            AssessmentStatus::Closed => "closed",
        };
        self.write("could not update the assessment", |tx| {
            require_live(tx, id)?;
            tx.execute(
                "UPDATE assessments SET organisation = ?2, title = ?3, status = ?4, updated_at = ?5 \
                 WHERE id = ?1",
                params![id, organisation, title, status, now_text()],
            )
            .map_err(Error::storage("could not update the assessment"))?;
            Ok(())
        })?;
        self.assessment(id)
    }

    /// Saves the set-up screen in one transaction: the organisation and
    /// title, and the departments exactly as listed (renamed in place,
    /// reordered, added and removed together).
    /// Anything refused leaves the whole assessment as it was.
    pub fn save_setup(
        &mut self,
        id: &str,
        organisation: &str,
        title: &str,
        departments: &[DepartmentEdit],
    ) -> Result<()> {
        check_identity(organisation, title)?;
        self.write("could not save the set-up", |tx| {
            require_live(tx, id)?;
            tx.execute(
                "UPDATE assessments SET organisation = ?2, title = ?3, updated_at = ?4 WHERE id = ?1",
                params![id, organisation, title, now_text()],
            )
            .map_err(Error::storage("could not update the assessment"))?;
            super::departments::replace_all(tx, id, departments)
        })
    }

    /// Soft delete: the assessment disappears from lists and lookups but
    /// stays in the file until [`Store::purge_assessment`], so the UI can
    /// offer an undo ([`Store::restore_assessment`]).
    pub fn delete_assessment(&mut self, id: &str) -> Result<()> {
        self.write("could not delete the assessment", |tx| {
            require_live(tx, id)?;
            tx.execute(
                "UPDATE assessments SET deleted_at = ?2 WHERE id = ?1",
                params![id, now_text()],
            )
            .map_err(Error::storage("could not delete the assessment"))?;
            Ok(())
        })
    }

    /// Undoes [`Store::delete_assessment`]. Refused when the round it
    /// follows has started another next round in the meantime (a chain
    /// never forks).
    pub fn restore_assessment(&mut self, id: &str) -> Result<()> {
        self.write("could not restore the assessment", |tx| {
            super::rounds::check_restorable(tx, id)?;
            let n = tx
                .execute(
                    "UPDATE assessments SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL",
                    [id],
                )
                .map_err(Error::storage("could not restore the assessment"))?;
            if n == 0 {
                return Err(Error::NotFound {
                    what: "deleted assessment",
                    id: id.to_owned(),
                });
            }
            Ok(())
        })
    }

    /// Removes a soft-deleted assessment and everything in it for good,
    /// leaving nothing of it in the database's files or its migration
    /// backups (`erasure`). Refused (`NotFound`, nothing changed) for an
    /// id that is not a soft-deleted assessment.
    pub fn purge_assessment(&mut self, id: &str) -> Result<()> {
        self.write("could not purge the assessment", |tx| {
            let n = tx
                .execute(
                    "DELETE FROM assessments WHERE id = ?1 AND deleted_at IS NOT NULL",
                    [id],
                )
                .map_err(Error::storage("could not purge the assessment"))?;
            if n == 0 {
                return Err(Error::NotFound {
                    what: "deleted assessment",
                    id: id.to_owned(),
                });
            }
            Ok(())
        })?;
        self.snapshots.borrow_mut().remove(id);
        self.erase_assessments(&[id.to_owned()])
    }

    /// Purges every soft-deleted assessment in one transaction (the app
    /// does so when it starts and when it ends: an undo never outlives the
    /// run that offered it); returns how many there were.
    pub fn purge_deleted(&mut self) -> Result<usize> {
        let ids = self.write("could not purge the deleted assessments", |tx| {
            let ids: Vec<String> = tx
                .prepare("DELETE FROM assessments WHERE deleted_at IS NOT NULL RETURNING id")
                .and_then(|mut stmt| stmt.query_map([], |r| r.get(0))?.collect())
                .map_err(Error::storage("could not purge the deleted assessments"))?;
            Ok(ids)
        })?;
        for id in &ids {
            self.snapshots.borrow_mut().remove(id);
        }
        self.erase_assessments(&ids)?;
        Ok(ids.len())
    }

    /// Everything scoring, the roadmap and the report need, in one read
    /// transaction (a consistent picture even while another program writes).
    pub fn load(&self, id: &str) -> Result<AssessmentData> {
        let tx = self
            .conn()
            .unchecked_transaction()
            .map_err(self.fail("could not read the assessment"))?;
        let assessment = self.assessment(id)?;
        let questionnaire = (*self.questionnaire(id)?).clone();
        let data = AssessmentData {
            assessment,
            questionnaire,
            departments: self.departments(id)?,
            respondents: self.respondents(id)?,
            answers: self.answers_of_assessment(id)?,
            settings: self.dimension_settings(id)?,
            evidence: self.evidence(id)?,
            action_edits: self.action_edits(id)?,
            capacity: self.roadmap_capacity(id)?,
            first_votes: self.first_votes(id)?,
        };
        tx.finish()
            .map_err(self.fail("could not read the assessment"))?;
        Ok(data)
    }
}
