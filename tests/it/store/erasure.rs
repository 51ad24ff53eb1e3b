//! Deleted means gone: after a purge (or a respondent's removal) no byte
//! of the deleted names and comments is left in the database file, its
//! `-wal` and `-shm` files, or any migration backup; a delete that is
//! undone keeps everything; purging at the next start leaves nothing.

use std::path::{Path, PathBuf};

use cx_maturity::model::AnswerValue;
use cx_maturity::pack;
use cx_maturity::store::{Store, backup_dir, latest_backup};
use cx_maturity::{Error, ErrorKind};

use super::{back_to_first_schema, builtin, db_path, dump, temp_store};

const ORGANISATION: &str = "Quokkatronic Widgets";
const DEPARTMENT: &str = "Xylophone Logistics";
const RESPONDENT: &str = "Zebulon Quaxworth";
const COMMENT: &str = "purple-elephant-7731";
/// In the assessment that stays: proves the search reads the files.
const KEPT: &str = "Marzipan Kept GmbH";

/// The database, its `-wal` and `-shm` files and every file in its
/// backups folder.
fn files_of(db: &Path) -> Vec<PathBuf> {
    let mut files = vec![db.to_owned()];
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        files.push(PathBuf::from(name));
    }
    if let Ok(entries) = std::fs::read_dir(backup_dir(db)) {
        files.extend(entries.map(|e| e.unwrap().path()));
    }
    files.retain(|f| f.exists());
    files
}

/// Every file of `db` that holds `text` (as `grep -a -l` would list them).
fn holding(db: &Path, text: &str) -> Vec<PathBuf> {
    files_of(db)
        .into_iter()
        .filter(|f| {
            let bytes = std::fs::read(f).unwrap();
            bytes.windows(text.len()).any(|w| w == text.as_bytes())
        })
        .collect()
}

fn assert_gone(db: &Path, texts: &[&str]) {
    for text in texts {
        let found = holding(db, text);
        assert!(found.is_empty(), "{text:?} is still in {found:?}");
    }
}

/// An assessment of [`ORGANISATION`] with [`RESPONDENT`] in
/// [`DEPARTMENT`], who answered with [`COMMENT`]; returns its id and the
/// respondent's.
fn distinctive(store: &mut Store) -> (String, String) {
    let id = store
        .create_assessment(ORGANISATION, "Secret review", &builtin(), &[DEPARTMENT])
        .unwrap();
    let department = store.department_by_name(&id, DEPARTMENT).unwrap().id;
    let respondent = store
        .add_respondent(&id, &department, RESPONDENT, Some("Chief Llama"), false)
        .unwrap()
        .id;
    store
        .save_answer(
            &respondent,
            "vision.statement",
            AnswerValue::Level(3),
            Some(COMMENT),
        )
        .unwrap();
    (id, respondent)
}

/// A store holding the distinctive assessment and a kept one, whose file
/// was migrated once, so a migration backup holds both.
fn with_a_backup() -> (tempfile::TempDir, Store, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let (id, respondent) = {
        let mut store = Store::open(&path).unwrap();
        store
            .create_assessment(KEPT, "Stays", &builtin(), &["Sales"])
            .unwrap();
        let ids = distinctive(&mut store);
        store.close().unwrap();
        ids
    };
    back_to_first_schema(&path);
    let store = Store::open(&path).unwrap();
    let backup = latest_backup(&path).expect("the migration took a backup");
    let bytes = std::fs::read(&backup).unwrap();
    assert!(
        bytes
            .windows(RESPONDENT.len())
            .any(|w| w == RESPONDENT.as_bytes())
    );
    (dir, store, id, respondent)
}

#[test]
fn a_purged_assessment_leaves_no_byte_in_the_files_or_the_backups() {
    let (dir, mut store, id, _) = with_a_backup();
    let path = db_path(&dir);
    assert!(!holding(&path, COMMENT).is_empty());
    store.delete_assessment(&id).unwrap();
    // Deleted but undoable: still in the file.
    assert!(!holding(&path, RESPONDENT).is_empty());
    store.purge_assessment(&id).unwrap();
    // Checked while the store is open, with its -wal and -shm files.
    assert_gone(&path, &[ORGANISATION, DEPARTMENT, RESPONDENT, COMMENT]);
    assert!(!holding(&path, KEPT).is_empty(), "the kept assessment");
    assert_eq!(latest_backup(&path), None, "the backup held it");
    assert_eq!(store.list_assessments().unwrap().len(), 1);
    store.check_integrity().unwrap();
    store.close().unwrap();
    assert_gone(&path, &[ORGANISATION, DEPARTMENT, RESPONDENT, COMMENT]);
}

#[test]
fn delete_then_undo_keeps_everything() {
    let (dir, mut store) = temp_store();
    let (id, respondent) = distinctive(&mut store);
    let before = dump(&db_path(&dir));
    store.delete_assessment(&id).unwrap();
    store.restore_assessment(&id).unwrap();
    assert_eq!(dump(&db_path(&dir)), before);
    let answers = store.answers_of(&respondent).unwrap();
    assert_eq!(answers[0].comment.as_deref(), Some(COMMENT));
}

#[test]
fn purging_every_deleted_assessment_at_the_next_start_leaves_nothing() {
    let (dir, mut store, id, _) = with_a_backup();
    let path = db_path(&dir);
    store.delete_assessment(&id).unwrap();
    // The app ends with the undo still offered.
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.purge_deleted().unwrap(), 1);
    assert_gone(&path, &[ORGANISATION, DEPARTMENT, RESPONDENT, COMMENT]);
    assert_eq!(store.list_assessments().unwrap()[0].organisation, KEPT);
    // Nothing left to purge: nothing changes.
    let before = dump(&path);
    assert_eq!(store.purge_deleted().unwrap(), 0);
    assert_eq!(dump(&path), before);
}

#[test]
fn purging_an_unknown_or_a_live_assessment_is_refused_and_changes_nothing() {
    let (dir, mut store) = temp_store();
    let (id, _) = distinctive(&mut store);
    let before = dump(&db_path(&dir));
    for wrong in ["no-such-id", id.as_str()] {
        let e = store.purge_assessment(wrong).unwrap_err();
        assert!(matches!(e, Error::NotFound { .. }), "{e}");
        assert_eq!(e.kind(), ErrorKind::NotFound);
    }
    assert_eq!(dump(&db_path(&dir)), before);
}

#[test]
fn a_removed_respondent_leaves_no_byte_in_the_files_or_the_backups() {
    let (dir, mut store, id, respondent) = with_a_backup();
    let path = db_path(&dir);
    let removed = store.remove_respondent(&respondent).unwrap();
    assert_gone(&path, &[RESPONDENT, COMMENT]);
    assert_eq!(latest_backup(&path), None, "the backup held them");
    // The rest of the assessment stays, and the undo (held in memory)
    // brings them back.
    assert!(!holding(&path, ORGANISATION).is_empty());
    store.restore_respondent(&removed).unwrap();
    assert_eq!(store.respondent(&respondent).unwrap().name, RESPONDENT);
    assert_eq!(store.assessment(&id).unwrap().organisation, ORGANISATION);
}

#[test]
fn a_backup_without_the_deleted_assessment_is_kept() {
    let (dir, mut store, _, _) = with_a_backup();
    let path = db_path(&dir);
    // Created after the backup was taken: the backup does not hold it.
    let later = store
        .create_assessment("Later Ltd", "New", &builtin(), &["Ops"])
        .unwrap();
    store.delete_assessment(&later).unwrap();
    store.purge_assessment(&later).unwrap();
    assert!(latest_backup(&path).is_some());
}

/// A department head's self-assessment opened from a pack, deleted from
/// Home and purged: gone from the head's files the same way.
#[test]
fn a_purged_pack_session_leaves_no_byte_on_the_heads_laptop() {
    let (_cdir, mut consultant) = temp_store();
    let (id, respondent) = distinctive(&mut consultant);
    let department = consultant.department_by_name(&id, DEPARTMENT).unwrap().id;
    let files = tempfile::tempdir().unwrap();
    let sent = files.path().join("quokka.cxpack.json");
    pack::write_file(&consultant.export_pack(&id, &department).unwrap(), &sent).unwrap();

    let (hdir, mut head) = temp_store();
    head.open_pack_session(&sent).unwrap();
    head.save_answer(
        &respondent,
        "vision.awareness",
        AnswerValue::Level(2),
        Some("tangerine-walrus-9054"),
    )
    .unwrap();
    head.delete_assessment(&id).unwrap();
    head.purge_assessment(&id).unwrap();
    assert!(head.pack_sessions().unwrap().is_empty());
    assert_gone(
        &db_path(&hdir),
        &[
            ORGANISATION,
            DEPARTMENT,
            RESPONDENT,
            COMMENT,
            "tangerine-walrus-9054",
        ],
    );
}
