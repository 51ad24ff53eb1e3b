//! The `departments` table: the functions assessed in one assessment, in
//! display order, unique by name (ignoring case) within the assessment.

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::assessments::{require_live, touch};
use super::{Store, new_id};
use crate::limits;
use crate::model::Department;
use crate::{Error, Field, Result};

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
    let name = normalise_name(name);
    let id = new_id();
    conn.execute(
        "INSERT INTO departments (id, assessment_id, name, position) VALUES (?1, ?2, ?3, ?4)",
        params![id, assessment_id, name, position],
    )
    .map_err(Error::storage("could not add the department"))?;
    Ok(Department { id, name, position })
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

/// A department name as it is stored and compared: surrounding white
/// space removed and every run of white space inside made one space, so
/// "Customer  Service " and "Customer Service" are one name.
pub fn normalise_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Names (of departments, of respondents) compare after
/// [`normalise_name`], ignoring case (Unicode).
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    normalise_name(a).to_lowercase() == normalise_name(b).to_lowercase()
}

/// Why a department name cannot be used. The set-up screen asks for it
/// while a name is typed, so the rule lives here once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    /// Nothing but white space.
    Empty,
    /// Longer than [`limits::NAME_CHARS`].
    TooLong { chars: usize, max: usize },
    /// A line break or another control character.
    NotOneLine,
    /// The same name (ignoring case and spacing) as `of`.
    Duplicate { of: String },
}

impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => f.write_str("a department name is empty; enter a name"),
            Self::TooLong { chars, max } => write!(
                f,
                "the department name is {chars} characters long; at most {max} are accepted — shorten it"
            ),
            Self::NotOneLine => f.write_str(
                "the department name must be one line of text; it holds a line break or an invisible character such as a tab — retype it",
            ),
            Self::Duplicate { of } => write!(
                f,
                "the assessment already has a department \u{201c}{of}\u{201d}; choose another name"
            ),
        }
    }
}

/// What is wrong with `name` as a department beside `others` (the other
/// departments' names), or `None` when it can be used.
pub fn name_problem<'a>(
    others: impl IntoIterator<Item = &'a str>,
    name: &str,
) -> Option<NameProblem> {
    // The control-character check reads the text as given: normalising
    // first would quietly turn a line break into a space.
    if limits::has_control(name, false) {
        return Some(NameProblem::NotOneLine);
    }
    let normal = normalise_name(name);
    if normal.is_empty() {
        return Some(NameProblem::Empty);
    }
    let chars = normal.chars().take(limits::NAME_CHARS + 1).count();
    if chars > limits::NAME_CHARS {
        return Some(NameProblem::TooLong {
            chars: normal.chars().count(),
            max: limits::NAME_CHARS,
        });
    }
    others
        .into_iter()
        .find(|other| same_name(other, &normal))
        .map(|other| NameProblem::Duplicate {
            of: other.to_owned(),
        })
}

/// Checks one name of a list given whole (a new assessment's, the set-up's
/// save) against the names before it.
pub(crate) fn check_listed<'a>(
    earlier: impl IntoIterator<Item = &'a str>,
    name: &str,
) -> Result<()> {
    match name_problem(earlier, name) {
        None => Ok(()),
        Some(NameProblem::Duplicate { of }) => Err(Error::field(
            Field::Departments,
            format!(
                "the department \u{201c}{name}\u{201d} is listed twice (as \u{201c}{of}\u{201d}); remove one or rename it"
            ),
        )),
        Some(p) => Err(Error::field(Field::Departments, p.to_string())),
    }
}

fn check_name_free(
    conn: &Connection,
    assessment_id: &str,
    name: &str,
    except_id: Option<&str>,
) -> Result<()> {
    let existing =
        list(conn, assessment_id).map_err(Error::storage("could not read the departments"))?;
    let others = existing
        .iter()
        .filter(|d| Some(d.id.as_str()) != except_id)
        .map(|d| d.name.as_str());
    name_problem(others, name).map_or(Ok(()), |p| {
        Err(Error::field(Field::Departments, p.to_string()))
    })
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

/// One department as the set-up screen saves it: an existing one by id
/// (renamed when its name changed) or a new one (`id` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepartmentEdit {
    pub id: Option<String>,
    pub name: String,
}

/// Makes the assessment's departments exactly `wanted`, in that order:
/// departments left out are removed (only when nobody answers for them),
/// the others renamed, new ones added. Runs inside the caller's
/// transaction, so a refusal leaves every department as it was.
pub(crate) fn replace_all(
    tx: &Connection,
    assessment_id: &str,
    wanted: &[DepartmentEdit],
) -> Result<()> {
    let current =
        list(tx, assessment_id).map_err(Error::storage("could not read the departments"))?;
    for (i, edit) in wanted.iter().enumerate() {
        if let Some(id) = &edit.id {
            if !current.iter().any(|d| &d.id == id) {
                return Err(Error::NotFound {
                    what: "department",
                    id: id.clone(),
                });
            }
            if wanted[..i].iter().any(|w| w.id.as_ref() == Some(id)) {
                return Err(Error::field(
                    Field::Departments,
                    "a department is listed twice; reload the set-up and try again",
                ));
            }
        }
        check_listed(wanted[..i].iter().map(|w| w.name.as_str()), &edit.name)?;
    }
    for d in &current {
        if wanted
            .iter()
            .any(|w| w.id.as_deref() == Some(d.id.as_str()))
        {
            continue;
        }
        let people = respondent_count(tx, &d.id)?;
        if people > 0 {
            return Err(Error::field(
                Field::Departments,
                format!(
                    "the department \u{201c}{}\u{201d} still has {people} respondent(s); remove them first, or keep the department",
                    d.name
                ),
            ));
        }
        tx.execute("DELETE FROM departments WHERE id = ?1", [&d.id])
            .map_err(Error::storage("could not remove the department"))?;
    }
    // Names are unique per assessment in the table, so swapping two names
    // passes through a name no department can have (it holds a control
    // character, which names refuse).
    for edit in wanted {
        if let Some(id) = &edit.id {
            tx.execute(
                "UPDATE departments SET name = char(1) || id WHERE id = ?1",
                [id],
            )
            .map_err(Error::storage("could not rename the department"))?;
        }
    }
    for (position, edit) in (0u32..).zip(wanted) {
        let name = normalise_name(&edit.name);
        match &edit.id {
            Some(id) => tx
                .execute(
                    "UPDATE departments SET name = ?2, position = ?3 WHERE id = ?1",
                    params![id, name, position],
                )
                .map(|_| ())
                .map_err(Error::storage("could not rename the department"))?,
            None => tx
                .execute(
                    "INSERT INTO departments (id, assessment_id, name, position) VALUES (?1, ?2, ?3, ?4)",
                    params![new_id(), assessment_id, name, position],
                )
                .map(|_| ())
                .map_err(Error::storage("could not add the department"))?,
        }
    }
    Ok(())
}

fn respondent_count(conn: &Connection, department_id: &str) -> Result<i64> {
    conn.query_row(
        "SELECT count(*) FROM respondents WHERE department_id = ?1",
        [department_id],
        |r| r.get(0),
    )
    .map_err(Error::storage("could not read the respondents"))
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
            let name = normalise_name(name);
            tx.execute(
                "UPDATE departments SET name = ?2 WHERE id = ?1",
                [department_id, name.as_str()],
            )
            .map_err(Error::storage("could not rename the department"))?;
            touch(tx, assessment_id)?;
            d.name = name;
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
            let people = respondent_count(tx, department_id)?;
            if people > 0 {
                return Err(Error::field(
                    Field::Departments,
                    format!(
                        "the department \u{201c}{}\u{201d} still has {people} respondent(s); remove them first",
                        d.name
                    ),
                ));
            }
            tx.execute("DELETE FROM departments WHERE id = ?1", [department_id])
                .map_err(Error::storage("could not remove the department"))?;
            touch(tx, assessment_id)
        })
    }
}
