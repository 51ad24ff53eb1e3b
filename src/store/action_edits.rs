//! The `action_edits` table: the consultant's edits of roadmap actions
//! (owner, due date, status, notes, dropped) per assessment.

use rusqlite::params;

use super::assessments::{require_live, touch};
use super::{Store, fmt_date, fmt_time, now, parse_stored_date};
use crate::model::{ActionEdit, ActionStatus};
use crate::{Error, Result};

fn status_text(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Planned => "planned",
        ActionStatus::InProgress => "in_progress",
        ActionStatus::Done => "done",
        ActionStatus::Blocked => "blocked",
    }
}

fn status_from_text(text: &str) -> rusqlite::Result<ActionStatus> {
    match text {
        "planned" => Ok(ActionStatus::Planned),
        "in_progress" => Ok(ActionStatus::InProgress),
        "done" => Ok(ActionStatus::Done),
        "blocked" => Ok(ActionStatus::Blocked),
        other => Err(rusqlite::Error::InvalidColumnType(
            4,
            format!("status {other}"),
            rusqlite::types::Type::Text,
        )),
    }
}

impl Store {
    /// The roadmap edits of an assessment, by action id.
    pub fn action_edits(&self, assessment_id: &str) -> Result<Vec<ActionEdit>> {
        require_live(self.conn(), assessment_id)?;
        self.conn()
            .prepare_cached(
                "SELECT action_id, owner, due, status, notes, dropped FROM action_edits \
                 WHERE assessment_id = ?1 ORDER BY action_id",
            )
            .and_then(|mut s| {
                s.query_map([assessment_id], |r| {
                    Ok(ActionEdit {
                        action_id: r.get(0)?,
                        owner: r.get(1)?,
                        due: r
                            .get::<_, Option<String>>(2)?
                            .map(|d: String| parse_stored_date(&d))
                            .transpose()?,
                        status: r
                            .get::<_, Option<String>>(3)?
                            .map(|s: String| status_from_text(&s))
                            .transpose()?,
                        notes: r.get(4)?,
                        dropped: r.get(5)?,
                    })
                })?
                .collect()
            })
            .map_err(self.fail("could not read the roadmap edits"))
    }

    /// Stores the edit of one action (replacing an earlier one). The action
    /// must be in the assessment's questionnaire.
    pub fn set_action_edit(&mut self, assessment_id: &str, edit: &ActionEdit) -> Result<()> {
        let q = self.questionnaire(assessment_id)?;
        let known = q
            .dimensions
            .iter()
            .flat_map(|d| &d.transitions)
            .flat_map(|t| &t.actions)
            .any(|a| a.id == edit.action_id);
        if !known {
            return Err(Error::NotFound {
                what: "roadmap action",
                id: edit.action_id.clone(),
            });
        }
        self.write("could not save the roadmap edit", |tx| {
            require_live(tx, assessment_id)?;
            tx.execute(
                "INSERT INTO action_edits (assessment_id, action_id, owner, due, status, notes, dropped, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (assessment_id, action_id) DO UPDATE SET \
                 owner = excluded.owner, due = excluded.due, status = excluded.status, \
                 notes = excluded.notes, dropped = excluded.dropped, updated_at = excluded.updated_at",
                params![
                    assessment_id,
                    edit.action_id,
                    edit.owner,
                    edit.due.map(fmt_date),
                    edit.status.map(status_text),
                    edit.notes,
                    edit.dropped,
                    fmt_time(now())
                ],
            )
            .map_err(Error::storage("could not save the roadmap edit"))?;
            touch(tx, assessment_id)
        })
    }

    /// Drops the consultant's edit of an action (back to the plan as computed).
    pub fn clear_action_edit(&mut self, assessment_id: &str, action_id: &str) -> Result<()> {
        self.write("could not clear the roadmap edit", |tx| {
            require_live(tx, assessment_id)?;
            tx.execute(
                "DELETE FROM action_edits WHERE assessment_id = ?1 AND action_id = ?2",
                [assessment_id, action_id],
            )
            .map_err(Error::storage("could not clear the roadmap edit"))?;
            touch(tx, assessment_id)
        })
    }
}
