//! The `pack_sessions` table: self-assessment by pack on the department
//! head's side, with no set-up there.
//!
//! Opening a pack ([`Store::open_pack_session`]) creates a local assessment
//! that keeps the consultant's ids (assessment, department, respondents),
//! the pack's questionnaire snapshot, respondents and answers, and marks it
//! as a pack session with the pack's ORIGINAL `exported_at`. Opening the
//! same pack again resumes it. Opening a NEWER pack of it (re-sent by the
//! consultant) brings in new respondents and the consultant's answers the
//! head has not touched, never replaces an answer the head changed, and says
//! so ([`PackOpened`]). An older pack changes nothing.
//!
//! Saving ([`Store::save_filled_pack`]) writes the department's pack with
//! the original `exported_at`: the consultant's merge rule
//! ([`crate::pack::merge`]) then sees every answer the head gave (after that
//! time) as a change, and one that the consultant also changed since the
//! export as a true conflict.
//!
//! A pack is hostile input: besides [`crate::pack::read_file`]'s checks, its
//! questionnaire snapshot goes through the questionnaire validator and its
//! ids are checked against the database before anything is written; any
//! problem is an [`Error::InvalidPack`] naming the file, and nothing is
//! stored. A pack of an assessment this database holds as its own (the
//! consultant's) is refused: that pack is to be imported, not answered.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;
use time::OffsetDateTime;

use super::assessments::{existence, touch};
use super::packs::check_respondents;
use super::{Store, fmt_time, non_empty, now_text, parse_time};
use crate::model::{Answer, Department, Respondent};
use crate::pack::{self, Pack, PackAnswer, PackRespondent, issue};
use crate::questionnaire::{self, Questionnaire};
use crate::{Error, Issue, Result};

/// One self-assessment opened from a pack, with its progress.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackSession {
    /// The consultant's assessment id (kept, so the filled pack matches).
    pub assessment_id: String,
    pub organisation: String,
    pub title: String,
    pub department_id: String,
    pub department: String,
    /// When the consultant exported the first pack opened into this session;
    /// the filled pack carries this time.
    #[serde(with = "time::serde::rfc3339")]
    pub exported_at: OffsetDateTime,
    /// File name (no folder) of the pack last opened into the session.
    pub source_file: String,
    #[serde(with = "time::serde::rfc3339")]
    pub opened_at: OffsetDateTime,
    /// The last change of any answer or respondent of the session.
    #[serde(with = "time::serde::rfc3339")]
    pub updated_at: OffsetDateTime,
    /// The last time a filled pack was saved, and its file name.
    #[serde(with = "time::serde::rfc3339::option")]
    pub saved_at: Option<OffsetDateTime>,
    pub saved_file: Option<String>,
    pub respondents: u32,
    /// Answers given (a level, `na` or `unknown`) over all respondents.
    pub answered: u32,
    /// Questions in the questionnaire.
    pub questions: u32,
    /// Whether the pack last opened came encrypted: the filled pack then
    /// goes back under the same passphrase, typed again to save it.
    pub encrypted: bool,
}

impl PackSession {
    /// Answers expected: respondents × questions, or the questions alone
    /// while nobody answers yet (the head still has to add themself).
    pub fn expected(&self) -> u32 {
        self.respondents.max(1).saturating_mul(self.questions)
    }
}

/// What opening a pack did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenKind {
    /// A new session from this pack.
    Created,
    /// The same pack as before: the session as it was left.
    Resumed,
    /// A newer pack of the session: the consultant's changes brought in,
    /// the head's own answers kept.
    Refreshed,
    /// A pack older than the newest one opened before: nothing changed.
    OlderIgnored,
}

/// The outcome of [`Store::open_pack_session`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackOpened {
    pub session: PackSession,
    pub kind: OpenKind,
    /// The session had been deleted and was restored (answers and all).
    pub restored: bool,
    /// Respondents the (newer) pack brought that the session did not have.
    pub respondents_added: Vec<String>,
    /// Answers taken from a newer pack: new ones, and ones the head had not
    /// changed that the consultant updated.
    pub answers_added: u32,
    pub answers_updated: u32,
    /// Answers the head changed that differ in the newer pack: the head's
    /// are kept (the consultant sees them as conflicts on import).
    pub kept_yours: u32,
}

const SESSION_SELECT: &str = "SELECT s.assessment_id, a.organisation, a.title, s.department_id, \
     d.name, s.exported_at, s.source_file, s.opened_at, a.updated_at, s.saved_at, s.saved_file, \
     (SELECT count(*) FROM respondents r WHERE r.assessment_id = a.id), \
     (SELECT count(*) FROM answers x JOIN respondents r ON r.id = x.respondent_id \
      WHERE r.assessment_id = a.id), \
     a.question_count, s.passphrase_check IS NOT NULL \
     FROM pack_sessions s JOIN assessments a ON a.id = s.assessment_id \
     JOIN departments d ON d.id = s.department_id \
     WHERE a.deleted_at IS NULL";

fn session_from_row(row: &Row<'_>) -> rusqlite::Result<PackSession> {
    let saved_at: Option<String> = row.get(9)?;
    Ok(PackSession {
        assessment_id: row.get(0)?,
        organisation: row.get(1)?,
        title: row.get(2)?,
        department_id: row.get(3)?,
        department: row.get(4)?,
        exported_at: parse_time(&row.get::<_, String>(5)?)?,
        source_file: row.get(6)?,
        opened_at: parse_time(&row.get::<_, String>(7)?)?,
        updated_at: parse_time(&row.get::<_, String>(8)?)?,
        saved_at: saved_at.as_deref().map(parse_time).transpose()?,
        saved_file: row.get(10)?,
        respondents: row.get(11)?,
        answered: row.get(12)?,
        questions: row.get(13)?,
        encrypted: row.get(14)?,
    })
}

/// The session row of an assessment, deleted or not.
struct Base {
    department_id: String,
    /// The original `exported_at`.
    exported_at: OffsetDateTime,
    /// The export time of the newest pack opened into the session.
    newest: OffsetDateTime,
}

fn session_base(conn: &Connection, id: &str) -> Result<Option<Base>> {
    conn.query_row(
        "SELECT department_id, exported_at, newest_pack_at FROM pack_sessions \
         WHERE assessment_id = ?1",
        [id],
        |r| {
            Ok(Base {
                department_id: r.get(0)?,
                exported_at: parse_time(&r.get::<_, String>(1)?)?,
                newest: parse_time(&r.get::<_, String>(2)?)?,
            })
        },
    )
    .optional()
    .map_err(Error::storage("could not read the pack session"))
}

/// The file's own name, for messages and the session list.
fn file_name(file: &Path) -> String {
    file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// One error for a pack's problems: the first, with how many more there are.
fn pack_error(file: &Path, mut issues: Vec<Issue>) -> Error {
    let more = issues.len().saturating_sub(1);
    let mut first = issues.remove(0);
    if more > 0 {
        first.message = format!("{} (and {more} more problem(s))", first.message);
    }
    Error::InvalidPack {
        file: file.to_owned(),
        issue: first,
    }
}

/// Runs the questionnaire validator on the pack's snapshot; returns the
/// checked questionnaire and the snapshot text to store.
fn check_snapshot(file: &Path, p: &Pack) -> Result<(Questionnaire, String)> {
    let text = serde_json::to_string(&p.questionnaire.snapshot)
        .map_err(|e| Error::InvalidInput(format!("could not encode the snapshot: {e}")))?;
    let q = questionnaire::parse(&text, Path::new("questionnaire.snapshot")).map_err(|e| {
        match e {
            Error::InvalidQuestionnaire { issues, .. } if !issues.is_empty() => {
                let issues = issues
                    .into_iter()
                    .map(|i| {
                        let at = if i.path == "$" || i.path.is_empty() {
                            "questionnaire.snapshot".to_owned()
                        } else {
                            format!("questionnaire.snapshot.{}", i.path)
                        };
                        // Lines and columns would point into re-encoded
                        // text, not the file: only the path is kept.
                        issue(
                            at,
                            format!("the questionnaire in the pack is not valid: {}", i.message),
                        )
                    })
                    .collect();
                pack_error(file, issues)
            }
            other => other,
        }
    })?;
    if q.id != p.questionnaire.id || q.version != p.questionnaire.version {
        return Err(pack_error(
            file,
            vec![issue(
                "questionnaire.snapshot",
                format!(
                    "the snapshot is questionnaire {} {}, but the pack says {} {}",
                    q.id, q.version, p.questionnaire.id, p.questionnaire.version
                ),
            )],
        ));
    }
    Ok((q, text))
}

/// Names and ids a person or the database relies on must not be empty.
fn check_identity(p: &Pack, issues: &mut Vec<Issue>) {
    for (path, value) in [
        ("assessment.id", &p.assessment.id),
        ("assessment.organisation", &p.assessment.organisation),
        ("department.id", &p.department.id),
        ("department.name", &p.department.name),
    ] {
        if value.trim().is_empty() {
            issues.push(issue(path, "must not be empty"));
        }
    }
}

/// Adds a pack respondent to the session (same id and creation time).
fn insert_respondent(conn: &Connection, p: &Pack, r: &PackRespondent) -> Result<()> {
    super::respondents::insert(
        conn,
        &p.assessment.id,
        &Respondent {
            id: r.id.clone(),
            name: r.name.clone(),
            department_id: p.department.id.clone(),
            role: non_empty(r.role.as_deref()),
            consensus: r.consensus,
            created_at: r.created_at,
            locale: r.locale.clone(),
        },
    )
}

/// A pack answer as the store holds it (the pack was checked: the value is
/// valid).
fn incoming(r: &PackRespondent, a: &PackAnswer) -> Option<Answer> {
    Some(Answer {
        respondent_id: r.id.as_str().into(),
        question_id: a.question.as_str().into(),
        value: a.answer_value()?,
        comment: non_empty(a.comment.as_deref()),
        updated_at: a.updated_at,
        carried: a.carried,
        do_not_quote: false,
    })
}

/// A new session from a checked pack.
fn create(tx: &Connection, file: &Path, p: &Pack, q: &Questionnaire, snapshot: &str) -> Result<()> {
    let mut issues = Vec::new();
    if let Some(other) = super::departments::owner(tx, &p.department.id)? {
        issues.push(issue(
            "department.id",
            format!(
                "department id {} already belongs to another assessment ({other}) in this database",
                p.department.id
            ),
        ));
    }
    check_respondents(tx, &p.assessment.id, q, p, &mut issues)?;
    if !issues.is_empty() {
        return Err(pack_error(file, issues));
    }
    super::assessments::insert_with_id(
        tx,
        &p.assessment.id,
        &p.assessment.organisation,
        &p.assessment.title,
        q,
        snapshot,
    )?;
    super::departments::insert_with_id(
        tx,
        &p.assessment.id,
        &Department {
            id: p.department.id.clone(),
            name: p.department.name.clone(),
            position: 0,
        },
    )?;
    let at = now_text();
    tx.execute(
        "INSERT INTO pack_sessions (assessment_id, department_id, exported_at, newest_pack_at, \
         source_file, opened_at) VALUES (?1, ?2, ?3, ?3, ?4, ?5)",
        params![
            p.assessment.id,
            p.department.id,
            fmt_time(p.exported_at)?,
            file_name(file),
            at
        ],
    )
    .map_err(Error::storage("could not open the pack"))?;
    for r in &p.respondents {
        insert_respondent(tx, p, r)?;
        for a in &r.answers {
            if let Some(answer) = incoming(r, a) {
                super::answers::upsert(tx, &answer)?;
            }
        }
    }
    Ok(())
}

/// What [`refresh`] did: respondents added, answers added, updated, kept.
type Refreshed = (Vec<String>, u32, u32, u32);

/// Brings a newer pack into an existing session. `base` is the session's
/// original `exported_at`: a stored answer changed after it was changed here
/// (or came from an earlier re-sent pack) and is never replaced, so the
/// head's answers are never lost; the consultant sees any difference as a
/// conflict on import.
fn refresh(
    tx: &Connection,
    file: &Path,
    p: &Pack,
    q: &Questionnaire,
    base: OffsetDateTime,
) -> Result<Refreshed> {
    let mut issues = Vec::new();
    check_respondents(tx, &p.assessment.id, q, p, &mut issues)?;
    if !issues.is_empty() {
        return Err(pack_error(file, issues));
    }
    let (mut people, mut added, mut updated, mut kept) = (Vec::new(), 0, 0, 0);
    for r in &p.respondents {
        if super::respondents::home(tx, &r.id)?.is_none() {
            insert_respondent(tx, p, r)?;
            people.push(r.name.clone());
        }
        for a in &r.answers {
            let Some(new) = incoming(r, a) else { continue };
            match super::answers::stored(tx, &r.id, &a.question)? {
                None => {
                    super::answers::upsert(tx, &new)?;
                    added += 1;
                }
                Some(old) if old.value == new.value && old.comment == new.comment => {}
                // The head's own answer: kept, whatever the consultant did.
                Some(old) if old.updated_at > base => kept += 1,
                Some(old) if new.updated_at > old.updated_at => {
                    super::answers::upsert(tx, &new)?;
                    updated += 1;
                }
                Some(_) => {}
            }
        }
    }
    tx.execute(
        "UPDATE pack_sessions SET source_file = ?2, newest_pack_at = ?3 WHERE assessment_id = ?1",
        params![p.assessment.id, file_name(file), fmt_time(p.exported_at)?],
    )
    .map_err(Error::storage("could not open the pack"))?;
    touch(tx, &p.assessment.id)?;
    Ok((people, added, updated, kept))
}

/// Keeps the proof of an encrypted pack's passphrase with its session, or
/// clears it when the pack opened came plain.
fn record_passphrase_check(tx: &Connection, id: &str, check: Option<&[u8]>) -> Result<()> {
    tx.execute(
        "UPDATE pack_sessions SET passphrase_check = ?2 WHERE assessment_id = ?1",
        params![id, check],
    )
    .map_err(Error::storage("could not open the pack"))?;
    Ok(())
}

/// A pack read and checked for opening as a session: everything that needs
/// no database (the file, the names, the questionnaire snapshot through the
/// full validator) done, so that a caller holding the database lock never
/// waits on a hostile file ([`check_pack_file`]).
#[derive(Debug)]
pub struct CheckedPack {
    file: PathBuf,
    pack: Pack,
    questionnaire: Questionnaire,
    snapshot: String,
    /// For a pack that came encrypted: proof of its passphrase
    /// ([`crate::pack_crypt::passphrase_check`]), kept with the session.
    passphrase_check: Option<Vec<u8>>,
}

/// Reads a pack file and runs every check of [`Store::open_checked_pack`]
/// that needs no database.
pub fn check_pack_file(file: &Path) -> Result<CheckedPack> {
    check_pack_file_with(file, None)
}

/// [`check_pack_file`] for a pack that may be encrypted with `passphrase`
/// ([`crate::pack::read_file_with`]).
pub fn check_pack_file_with(
    file: &Path,
    passphrase: Option<&crate::Passphrase>,
) -> Result<CheckedPack> {
    let (p, sealed) = pack::read_file_sealed(file, passphrase)?;
    let mut checked = check_pack_value(file, p)?;
    if let (true, Some(passphrase)) = (sealed, passphrase) {
        checked.passphrase_check = Some(crate::pack_crypt::passphrase_check(passphrase)?);
    }
    Ok(checked)
}

/// [`check_pack_file`] for a pack already read; `file` names it.
pub fn check_pack_value(file: &Path, p: Pack) -> Result<CheckedPack> {
    let mut issues = Vec::new();
    check_identity(&p, &mut issues);
    if !issues.is_empty() {
        return Err(pack_error(file, issues));
    }
    let (questionnaire, snapshot) = check_snapshot(file, &p)?;
    Ok(CheckedPack {
        file: file.to_owned(),
        pack: p,
        questionnaire,
        snapshot,
        passphrase_check: None,
    })
}

impl Store {
    /// Opens a pack file as a self-assessment session (or resumes, or
    /// refreshes, the session it belongs to). Nothing is stored when the
    /// file or its content has a problem.
    pub fn open_pack_session(&mut self, file: &Path) -> Result<PackOpened> {
        self.open_checked_pack(&check_pack_file(file)?)
    }

    /// [`Store::open_pack_session`] for a pack already read; `file` names
    /// it in errors and in the session.
    pub fn open_pack_value(&mut self, file: &Path, p: &Pack) -> Result<PackOpened> {
        self.open_checked_pack(&check_pack_value(file, p.clone())?)
    }

    /// Opens a pack checked by [`check_pack_file`].
    pub fn open_checked_pack(&mut self, checked: &CheckedPack) -> Result<PackOpened> {
        let CheckedPack {
            file,
            pack: p,
            questionnaire: q,
            snapshot,
            passphrase_check,
        } = checked;
        let file = file.as_path();
        let id = p.assessment.id.clone();
        let (kind, restored, refreshed) = self.write("could not open the pack", |tx| {
            let exists = existence(tx, &id)?;
            let base = session_base(tx, &id)?;
            let (Some(deleted), Some(base)) = (exists, base) else {
                if exists.is_some() {
                    return Err(Error::InvalidInput(format!(
                        "{} is a pack of \u{201c}{} \u{2014} {}\u{201d}, which this database holds \
                         as an assessment of its own, not as a pack you were sent; to bring its \
                         answers in, open that assessment and import the pack",
                        file_name(file),
                        p.assessment.organisation,
                        p.assessment.title
                    )));
                }
                create(tx, file, p, q, snapshot)?;
                record_passphrase_check(tx, &id, passphrase_check.as_deref())?;
                return Ok((OpenKind::Created, false, (Vec::new(), 0, 0, 0)));
            };
            let (questionnaire_id, questionnaire_version) =
                super::assessments::questionnaire_of(tx, &id)?;
            let department = super::departments::by_id(tx, &id, &base.department_id)
                .map_or_else(|_| base.department_id.clone(), |d| d.name);
            let stored = (questionnaire_id, questionnaire_version, department);
            if base.department_id != p.department.id {
                return Err(Error::InvalidInput(format!(
                    "{} is the pack of department \u{201c}{}\u{201d}, but this app already holds \
                     the self-assessment of department \u{201c}{}\u{201d} of the same \
                     assessment; send the filled pack back first, then answer the other \
                     department's pack with its own database file (see Help, \u{201c}Where your \
                     data lives\u{201d})",
                    file_name(file),
                    p.department.name,
                    stored.2
                )));
            }
            if (stored.0.as_str(), stored.1.as_str())
                != (
                    p.questionnaire.id.as_str(),
                    p.questionnaire.version.as_str(),
                )
            {
                return Err(pack_error(
                    file,
                    vec![issue(
                        "questionnaire.version",
                        format!(
                            "the session was opened with questionnaire {} {}, this pack uses {} {}",
                            stored.0, stored.1, p.questionnaire.id, p.questionnaire.version
                        ),
                    )],
                ));
            }
            if deleted {
                super::assessments::undelete(tx, &id)?;
            }
            if p.exported_at < base.newest {
                return Ok((OpenKind::OlderIgnored, deleted, (Vec::new(), 0, 0, 0)));
            }
            record_passphrase_check(tx, &id, passphrase_check.as_deref())?;
            if p.exported_at > base.newest {
                let done = refresh(tx, file, p, q, base.exported_at)?;
                Ok((OpenKind::Refreshed, deleted, done))
            } else {
                Ok((OpenKind::Resumed, deleted, (Vec::new(), 0, 0, 0)))
            }
        })?;
        let (respondents_added, answers_added, answers_updated, kept_yours) = refreshed;
        Ok(PackOpened {
            session: self.pack_session(&id)?,
            kind,
            restored,
            respondents_added,
            answers_added,
            answers_updated,
            kept_yours,
        })
    }

    /// Whether `passphrase` may save the filled pack of a session: a
    /// session from an encrypted pack needs the passphrase that pack came
    /// with ([`Error::PassphraseNeeded`] without one,
    /// [`Error::WrongPassphrase`] for another); a plain session takes any,
    /// or none.
    pub fn check_pack_passphrase(
        &self,
        assessment_id: &str,
        passphrase: Option<&crate::Passphrase>,
    ) -> Result<()> {
        let (source, check): (String, Option<Vec<u8>>) = self
            .conn()
            .query_row(
                "SELECT source_file, passphrase_check FROM pack_sessions WHERE assessment_id = ?1",
                [assessment_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(Error::storage("could not read the pack session"))?
            .ok_or_else(|| Error::NotFound {
                what: "pack session",
                id: assessment_id.to_owned(),
            })?;
        let Some(check) = check else { return Ok(()) };
        let source = Path::new(&source);
        let passphrase = passphrase.ok_or_else(|| Error::PassphraseNeeded {
            path: source.to_owned(),
        })?;
        crate::pack_crypt::verify(&check, passphrase, source)
    }

    /// The live pack sessions, most recently changed first.
    pub fn pack_sessions(&self) -> Result<Vec<PackSession>> {
        self.conn()
            .prepare(&format!(
                "{SESSION_SELECT} ORDER BY a.updated_at DESC, a.id"
            ))
            .and_then(|mut s| s.query_map([], session_from_row)?.collect())
            .map_err(self.fail("could not list the pack sessions"))
    }

    /// The pack session of an assessment; `NotFound` when the assessment
    /// is not a (live) pack session.
    pub fn pack_session(&self, assessment_id: &str) -> Result<PackSession> {
        self.conn()
            .query_row(
                &format!("{SESSION_SELECT} AND s.assessment_id = ?1"),
                [assessment_id],
                session_from_row,
            )
            .optional()
            .map_err(self.fail("could not read the pack session"))?
            .ok_or_else(|| Error::NotFound {
                what: "pack session",
                id: assessment_id.to_owned(),
            })
    }

    /// The filled pack of a session: the department's respondents and
    /// answers as they are now, with the ORIGINAL `exported_at`.
    pub fn filled_pack(&self, assessment_id: &str) -> Result<Pack> {
        let session = self.pack_session(assessment_id)?;
        let mut p = self.build_pack(assessment_id, &session.department_id)?;
        p.exported_at = session.exported_at;
        Ok(p)
    }

    /// Writes the filled pack of a session to `path` and records when and
    /// under which name it was saved.
    pub fn save_filled_pack(&mut self, assessment_id: &str, path: &Path) -> Result<PackSession> {
        self.save_filled_pack_with(assessment_id, path, None)
    }

    /// [`Store::save_filled_pack`], encrypted with `passphrase` when there
    /// is one. A session whose pack came encrypted is saved only under the
    /// passphrase it came with ([`Store::check_pack_passphrase`]), so the
    /// consultant can open what comes back; nothing is written otherwise.
    pub fn save_filled_pack_with(
        &mut self,
        assessment_id: &str,
        path: &Path,
        passphrase: Option<&crate::Passphrase>,
    ) -> Result<PackSession> {
        self.check_pack_passphrase(assessment_id, passphrase)?;
        let p = self.filled_pack(assessment_id)?;
        pack::write_file_with(&p, path, passphrase)?;
        self.write("could not record the saved pack", |tx| {
            tx.execute(
                "UPDATE pack_sessions SET saved_at = ?2, saved_file = ?3 WHERE assessment_id = ?1",
                params![assessment_id, now_text(), file_name(path)],
            )
            .map_err(Error::storage("could not record the saved pack"))?;
            Ok(())
        })?;
        self.pack_session(assessment_id)
    }
}
