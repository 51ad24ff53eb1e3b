//! Tests of the store area: the tables and their rules (`basics`), opening
//! and faults (`durability`), the CLI over the store (`commands`), the demo
//! (`demo`), self-assessment packs (`packs`), their import preview
//! (`preview`), the consultant's choice per conflict
//! (`conflict_choices`), hostile pack files (`hostile_packs`) and the head's side
//! (`pack_sessions`), targets and roadmap edits
//! (`roadmap_edits`), report branding (`branding`), one-file copies of the
//! database (`copies`), deletion that leaves nothing behind (`erasure`),
//! files only their owner can read (`file_modes`), saving the set-up
//! (`setup`), live-workshop votes (`votes`), and the kill -9 test
//! (`crash`).

mod basics;
mod branding;
mod commands;
mod conflict_choices;
mod copies;
mod crash;
mod demo;
mod durability;
mod encrypted_packs;
mod encryption;
mod encryption_commands;
mod erasure;
#[cfg(unix)]
mod file_modes;
mod hostile_packs;
mod languages;
mod pack_sessions;
mod packs;
mod preview;
mod roadmap_edits;
mod round_commands;
mod rounds;
mod setup;
mod votes;

use std::path::{Path, PathBuf};

use cx_maturity::model::AnswerValue;
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::store::Store;

/// The built-in CX maturity questionnaire.
pub fn builtin() -> Questionnaire {
    questionnaire::builtin(questionnaire::DEFAULT_ID).expect("the built-in questionnaire")
}

/// A fresh store in a temporary folder (kept alive by the returned guard).
pub fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(&dir.path().join("cx.db")).expect("open store");
    (dir, store)
}

/// The database file of a temporary store.
pub fn db_path(dir: &tempfile::TempDir) -> PathBuf {
    dir.path().join("cx.db")
}

/// Every row of every table, as text, in a stable order: compared before
/// and after a failing command to prove it changed nothing.
pub fn dump(path: &Path) -> Vec<String> {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open for dump");
    let mut out = Vec::new();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("user_version");
    out.push(format!("user_version={version}"));
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .expect("tables");
    for table in tables {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM \"{table}\" ORDER BY 1, 2"))
            .expect("select");
        let columns = stmt.column_count();
        let rows: Vec<String> = stmt
            .query_map([], |row| {
                let mut cells = Vec::new();
                for i in 0..columns {
                    let v: rusqlite::types::Value = row.get(i)?;
                    cells.push(format!("{v:?}"));
                }
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .and_then(|rows| rows.collect())
            .expect("rows");
        out.extend(rows);
    }
    out
}

/// Sends a database of this build back to the first schema, keeping the
/// rows of the first schema's tables: opening it again migrates it, and
/// so takes a migration backup of what it holds.
pub fn back_to_first_schema(path: &Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "ALTER TABLE answers DROP COLUMN do_not_quote; \
         ALTER TABLE assessments DROP COLUMN anonymity_threshold; \
         ALTER TABLE assessments DROP COLUMN anonymous; \
         ALTER TABLE respondents DROP COLUMN locale; ALTER TABLE assessments DROP COLUMN report_locale; \
         DROP INDEX assessments_next_round; ALTER TABLE answers DROP COLUMN carried; \
         ALTER TABLE assessments DROP COLUMN previous_id; DROP TABLE workshop_votes; \
         DROP TABLE roadmap_capacity; DROP TABLE pack_sessions; DROP TABLE pack_exports; \
         PRAGMA application_id = 0; PRAGMA user_version = 1;",
    )
    .unwrap();
}

/// An assessment with the built-in questionnaire and two departments.
pub fn small_assessment(store: &mut Store) -> String {
    store
        .create_assessment("Acme", "Spring review", &builtin(), &["Sales", "Service"])
        .expect("create assessment")
}

/// A respondent's stored answer to a question, if any.
pub fn answer_of(store: &Store, respondent: &str, question: &str) -> Option<AnswerValue> {
    store
        .answers_of(respondent)
        .unwrap()
        .into_iter()
        .find(|a| &*a.question_id == question)
        .map(|a| a.value)
}
