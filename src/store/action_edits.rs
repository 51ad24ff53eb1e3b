//! The `action_edits` table: the consultant's edits of roadmap actions
//! (owner, due date, status, notes, dropped) per assessment, their checks
//! (lengths, one-line owner, each error naming its field), and the one-field update the roadmap editor
//! saves with.

use rusqlite::{Connection, OptionalExtension, params};
use time::Date;

use super::assessments::{require_live, touch};
use super::{Store, fmt_date, now_text, parse_stored_date};
use crate::model::{ActionEdit, ActionStatus};
use crate::{Error, Field, Result};

/// The longest owner accepted, in characters: a name or a role.
pub const MAX_OWNER_CHARS: usize = crate::limits::OWNER_CHARS;
/// The longest notes accepted, in characters.
pub const MAX_NOTES_CHARS: usize = crate::limits::NOTES_CHARS;

/// One field of an action's edit, as the roadmap editor saves them: each
/// change on its own, so two quick edits of different fields never
/// overwrite each other. `None` (or an empty text) returns the field to
/// the plan as computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionField {
    Owner(Option<String>),
    Due(Option<Date>),
    Status(Option<ActionStatus>),
    Notes(Option<String>),
    Dropped(bool),
}

/// Checks an edit: owner one line of at most [`MAX_OWNER_CHARS`], notes at
/// most [`MAX_NOTES_CHARS`] (line breaks and tabs allowed); the error
/// names the field.
pub fn check_action_edit(edit: &ActionEdit) -> Result<()> {
    if let Some(owner) = &edit.owner {
        crate::limits::check_line(Field::ActionOwner, owner, MAX_OWNER_CHARS)?;
    }
    if let Some(notes) = &edit.notes {
        crate::limits::check_text(Field::ActionNotes, notes, MAX_NOTES_CHARS)?;
    }
    Ok(())
}

/// A text field as stored: trimmed, and `None` when empty.
fn stored_text(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

impl ActionEdit {
    /// No edit at all: the action as the plan computes it.
    pub fn is_empty(&self) -> bool {
        self.owner.is_none()
            && self.due.is_none()
            && self.status.is_none()
            && self.notes.is_none()
            && !self.dropped
    }
}

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
            .and_then(|mut s| s.query_map([assessment_id], edit_from_row)?.collect())
            .map_err(self.fail("could not read the roadmap edits"))
    }

    /// Stores the edit of one action (replacing an earlier one). The action
    /// must be in the assessment's questionnaire and the edit pass
    /// [`check_action_edit`].
    pub fn set_action_edit(&mut self, assessment_id: &str, edit: &ActionEdit) -> Result<()> {
        self.require_action(assessment_id, &edit.action_id)?;
        check_action_edit(edit)?;
        self.write("could not save the roadmap edit", |tx| {
            require_live(tx, assessment_id)?;
            write_edit(tx, assessment_id, edit)?;
            touch(tx, assessment_id)
        })
    }

    /// Changes one field of an action's edit, keeping the others, in one
    /// transaction; returns the edit as stored. Texts are trimmed and an
    /// empty one means "as planned"; an edit left with nothing in it is
    /// removed. Checked as [`set_action_edit`](Self::set_action_edit).
    pub fn set_action_field(
        &mut self,
        assessment_id: &str,
        action_id: &str,
        field: ActionField,
    ) -> Result<ActionEdit> {
        self.require_action(assessment_id, action_id)?;
        self.write("could not save the roadmap edit", |tx| {
            require_live(tx, assessment_id)?;
            let mut edit = read_edit(tx, assessment_id, action_id)
                .map_err(Error::storage("could not read the roadmap edit"))?
                .unwrap_or_else(|| ActionEdit {
                    action_id: action_id.to_owned(),
                    owner: None,
                    due: None,
                    status: None,
                    notes: None,
                    dropped: false,
                });
            match field {
                ActionField::Owner(o) => edit.owner = stored_text(o),
                ActionField::Due(d) => edit.due = d,
                ActionField::Status(s) => edit.status = s,
                ActionField::Notes(n) => edit.notes = stored_text(n),
                ActionField::Dropped(d) => edit.dropped = d,
            }
            check_action_edit(&edit)?;
            if edit.is_empty() {
                tx.execute(
                    "DELETE FROM action_edits WHERE assessment_id = ?1 AND action_id = ?2",
                    [assessment_id, action_id],
                )
                .map_err(Error::storage("could not save the roadmap edit"))?;
            } else {
                write_edit(tx, assessment_id, &edit)?;
            }
            touch(tx, assessment_id)?;
            Ok(edit)
        })
    }

    /// Refuses an action id that is not in the assessment's questionnaire.
    fn require_action(&self, assessment_id: &str, action_id: &str) -> Result<()> {
        let q = self.questionnaire(assessment_id)?;
        let known = q
            .dimensions
            .iter()
            .flat_map(|d| &d.transitions)
            .flat_map(|t| &t.actions)
            .any(|a| a.id == action_id);
        if known {
            Ok(())
        } else {
            Err(Error::NotFound {
                what: "roadmap action",
                id: action_id.to_owned(),
            })
        }
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

fn edit_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ActionEdit> {
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
}

fn read_edit(
    conn: &Connection,
    assessment_id: &str,
    action_id: &str,
) -> rusqlite::Result<Option<ActionEdit>> {
    conn.query_row(
        "SELECT action_id, owner, due, status, notes, dropped FROM action_edits \
         WHERE assessment_id = ?1 AND action_id = ?2",
        [assessment_id, action_id],
        edit_from_row,
    )
    .optional()
}

fn write_edit(conn: &Connection, assessment_id: &str, edit: &ActionEdit) -> Result<()> {
    conn.execute(
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
            now_text()
        ],
    )
    .map_err(Error::storage("could not save the roadmap edit"))?;
    Ok(())
}
