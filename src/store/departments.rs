//! The `departments` table: the functions assessed in one assessment, in
//! display order, unique by name (ignoring case) within the assessment.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::assessments::{require_live, touch};
use super::{Store, new_id};
use crate::limits;
use crate::model::Department;
use crate::{Error, Result};

fn from_row(row: &Row<'_>) -> rusqlite::Result<Department> {
    Ok(Department {
        id: row.get(0)?,
        name: row.get(1)?,
        position: row.get(2)?,
    })
}

/// Inserts a department; fails on an empty or duplicate name.
pub(crate) fn insert(
    conn: &Connection,
    assessment_id: &str,
    name: &str,
    position: u32,
) -> Result<Department> {
    check_name_free(conn, assessment_id, name, None)?;
    let id = new_id();
    conn.execute(
        "INSERT INTO departments (id, assessment_id, name, position) VALUES (?1, ?2, ?3, ?4)",
        params![id, assessment_id, name, position],
    )
    .map_err(Error::storage("could not add the department"))?;
    Ok(Department {
        id,
        name: name.to_owned(),
        position,
    })
}

/// Inserts a department with a given id (a pack session keeps the
/// consultant's department id, so the filled pack matches it on import).
pub(crate) fn insert_with_id(
    conn: &Connection,
    assessment_id: &str,
    department: &Department,
) -> Result<()> {
    check_name_free(conn, assessment_id, &department.name, None)?;
    conn.execute(
        "INSERT INTO departments (id, assessment_id, name, position) VALUES (?1, ?2, ?3, ?4)",
        params![
            department.id,
            assessment_id,
            department.name,
            department.position
        ],
    )
    .map_err(Error::storage("could not add the department"))?;
    Ok(())
}

/// The assessment a department id belongs to, if any (ids are global).
pub(crate) fn owner(conn: &Connection, id: &str) -> Result<Option<String>> {
    conn.query_row(
        "SELECT assessment_id FROM departments WHERE id = ?1",
        [id],
        |r| r.get(0),
    )
    .optional()
    .map_err(Error::storage("could not read the department"))
}

/// Department names compare ignoring case (Unicode) and surrounding spaces.
fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Checks a department name on its own: not empty, one line, within
/// [`limits::NAME_CHARS`].
pub(crate) fn check_name(name: &str) -> Result<()> {
    if name.trim().is_empty() {
        return Err(Error::InvalidInput(
            "a department name must not be empty".into(),
        ));
    }
    limits::check_line("the department name", name, limits::NAME_CHARS)
}

fn check_name_free(
    conn: &Connection,
    assessment_id: &str,
    name: &str,
    except_id: Option<&str>,
) -> Result<()> {
    check_name(name)?;
    let existing =
        list(conn, assessment_id).map_err(Error::storage("could not read the departments"))?;
    match existing
        .iter()
        .find(|d| Some(d.id.as_str()) != except_id && same_name(&d.name, name))
    {
        Some(d) => Err(Error::InvalidInput(format!(
            "the assessment already has a department {:?}",
            d.name
        ))),
        None => Ok(()),
    }
}

/// The department with this id in this assessment.
pub(crate) fn by_id(conn: &Connection, assessment_id: &str, id: &str) -> Result<Department> {
    conn.query_row(
        "SELECT id, name, position FROM departments WHERE assessment_id = ?1 AND id = ?2",
        [assessment_id, id],
        from_row,
    )
    .optional()
    .map_err(Error::storage("could not read the department"))?
    .ok_or_else(|| Error::NotFound {
        what: "department",
        id: id.to_owned(),
    })
}

pub(crate) fn list(conn: &Connection, assessment_id: &str) -> rusqlite::Result<Vec<Department>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, position FROM departments WHERE assessment_id = ?1 ORDER BY position, name",
    )?;
    stmt.query_map([assessment_id], from_row)?.collect()
}

impl Store {
    /// The departments of an assessment, in display order.
    pub fn departments(&self, assessment_id: &str) -> Result<Vec<Department>> {
        require_live(self.conn(), assessment_id)?;
        list(self.conn(), assessment_id).map_err(self.fail("could not read the departments"))
    }

    /// A department by its name (ignoring case and surrounding spaces).
    pub fn department_by_name(&self, assessment_id: &str, name: &str) -> Result<Department> {
        self.departments(assessment_id)?
            .into_iter()
            .find(|d| same_name(&d.name, name))
            .ok_or_else(|| Error::NotFound {
                what: "department",
                id: name.to_owned(),
            })
    }

    /// Adds a department at the end of the order.
    pub fn add_department(&mut self, assessment_id: &str, name: &str) -> Result<Department> {
        self.write("could not add the department", |tx| {
            require_live(tx, assessment_id)?;
            let next: u32 = tx
                .query_row(
                    "SELECT coalesce(max(position) + 1, 0) FROM departments WHERE assessment_id = ?1",
                    [assessment_id],
                    |r| r.get(0),
                )
                .map_err(Error::storage("could not read the departments"))?;
            let d = insert(tx, assessment_id, name, next)?;
            touch(tx, assessment_id)?;
            Ok(d)
        })
    }

    /// Renames a department (respondents and answers stay with it).
    pub fn rename_department(
        &mut self,
        assessment_id: &str,
        department_id: &str,
        name: &str,
    ) -> Result<Department> {
        self.write("could not rename the department", |tx| {
            require_live(tx, assessment_id)?;
            let mut d = by_id(tx, assessment_id, department_id)?;
            check_name_free(tx, assessment_id, name, Some(department_id))?;
            tx.execute(
                "UPDATE departments SET name = ?2 WHERE id = ?1",
                [department_id, name],
            )
            .map_err(Error::storage("could not rename the department"))?;
            touch(tx, assessment_id)?;
            d.name = name.to_owned();
            Ok(d)
        })
    }

    /// Puts the departments in the given order; `order` must name each
    /// department of the assessment exactly once.
    pub fn reorder_departments(&mut self, assessment_id: &str, order: &[&str]) -> Result<()> {
        self.write("could not reorder the departments", |tx| {
            require_live(tx, assessment_id)?;
            let current = list(tx, assessment_id)
                .map_err(Error::storage("could not read the departments"))?;
            let mut wanted: Vec<&str> = order.to_vec();
            wanted.sort_unstable();
            let mut have: Vec<&str> = current.iter().map(|d| d.id.as_str()).collect();
            have.sort_unstable();
            if wanted != have {
                return Err(Error::InvalidInput(
                    "the new order must list every department of the assessment exactly once"
                        .into(),
                ));
            }
            for (position, id) in (0u32..).zip(order) {
                tx.execute(
                    "UPDATE departments SET position = ?2 WHERE id = ?1",
                    params![id, position],
                )
                .map_err(Error::storage("could not reorder the departments"))?;
            }
            touch(tx, assessment_id)
        })
    }

    /// Removes a department that has no respondents (answers are never
    /// dropped as a side effect: remove the respondents first).
    pub fn remove_department(&mut self, assessment_id: &str, department_id: &str) -> Result<()> {
        self.write("could not remove the department", |tx| {
            require_live(tx, assessment_id)?;
            let d = by_id(tx, assessment_id, department_id)?;
            let people: i64 = tx
                .query_row(
                    "SELECT count(*) FROM respondents WHERE department_id = ?1",
                    [department_id],
                    |r| r.get(0),
                )
                .map_err(Error::storage("could not read the respondents"))?;
            if people > 0 {
                return Err(Error::InvalidInput(format!(
                    "department {:?} still has {people} respondent(s); remove them first",
                    d.name
                )));
            }
            tx.execute("DELETE FROM departments WHERE id = ?1", [department_id])
                .map_err(Error::storage("could not remove the department"))?;
            touch(tx, assessment_id)
        })
    }
}
