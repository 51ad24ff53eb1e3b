//! Opening: pragmas, migrations and their backup, newer and damaged files,
//! unwritable and full locations. Each fault leaves a clear error and no
//! partial state.

use std::path::Path;

use cx_maturity::model::AnswerValue;
use cx_maturity::store::{SCHEMA_VERSION, Store, backup_dir, latest_backup};
use cx_maturity::{Error, ErrorKind};

use super::{builtin, db_path, small_assessment, temp_store};

#[test]
fn open_creates_missing_parent_folders_and_uses_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a/b/c/cx.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.path(), path);
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), version), ("wal", SCHEMA_VERSION));
    // A fresh file has nothing to back up.
    assert_eq!(latest_backup(&path), None);
}

#[test]
fn reopening_keeps_everything_and_makes_no_backup() {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    drop(store);
    let store = Store::open(&db_path(&dir)).unwrap();
    assert_eq!(store.list_assessments().unwrap()[0].id, id);
    assert_eq!(latest_backup(&db_path(&dir)), None);
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_not_touched() {
    let (dir, mut store) = temp_store();
    small_assessment(&mut store);
    drop(store);
    let path = db_path(&dir);
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 7)
            .unwrap();
        // Back to a rollback journal so the file alone is the whole state.
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let e = Store::open(&path).unwrap_err();
    match &e {
        Error::NewerDatabase {
            found, supported, ..
        } => {
            assert_eq!((*found, *supported), (SCHEMA_VERSION + 7, SCHEMA_VERSION));
        }
        other => panic!("expected NewerDatabase, got {other}"),
    }
    assert!(e.to_string().contains("newer version"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "file bytes changed");
    assert!(!Path::new(&format!("{}-wal", path.display())).exists());
}

#[test]
fn an_older_database_is_backed_up_before_migrating() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        // A database of the first schema holding data (the migration must
        // not run before a copy exists).
        let conn = first_schema(&path);
        conn.execute_batch(
            "CREATE TABLE keepsake (x TEXT); INSERT INTO keepsake VALUES ('précieux');",
        )
        .unwrap();
    }
    Store::open(&path).unwrap();
    let backup = latest_backup(&path).expect("a backup was made");
    assert!(backup.starts_with(dir.path().join("old.db.backups")));
    let copy = rusqlite::Connection::open(&backup).unwrap();
    let x: String = copy
        .query_row("SELECT x FROM keepsake", [], |r| r.get(0))
        .unwrap();
    let version: i64 = copy
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let tables: i64 = copy
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name = 'assessments'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // The copy is the database as it was: the first schema, not yet upgraded.
    assert_eq!((x.as_str(), version, tables), ("précieux", 1, 1));
}

#[test]
fn a_corrupt_file_is_reported_with_the_latest_backup_and_never_recreated() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cx.db");
    {
        let conn = first_schema(&path);
        conn.execute_batch("CREATE TABLE keepsake (x TEXT);")
            .unwrap();
    }
    // Migrating makes a backup; then the file is damaged.
    let mut store = Store::open(&path).unwrap();
    small_assessment(&mut store);
    drop(store);
    let backup = latest_backup(&path).unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().skip(100).take(4000) {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();

    let e = Store::open(&path).unwrap_err();
    match &e {
        Error::CorruptDatabase {
            path: p, backup: b, ..
        } => {
            assert_eq!(
                (p.as_path(), b.as_deref()),
                (path.as_path(), Some(backup.as_path()))
            );
        }
        other => panic!("expected CorruptDatabase, got {other}"),
    }
    let text = e.to_string();
    assert!(
        text.contains("damaged") && text.contains(&backup.display().to_string()),
        "{text}"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        bytes,
        "the damaged file was changed"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_reported_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    let text = "these are my meeting notes, not a database\n".repeat(200);
    std::fs::write(&path, &text).unwrap();
    let e = Store::open(&path).unwrap_err();
    assert!(
        matches!(e, Error::CorruptDatabase { backup: None, .. }),
        "{e}"
    );
    assert!(e.to_string().contains("no backup was found"), "{e}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
}

#[test]
fn a_database_path_under_a_regular_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain.txt");
    std::fs::write(&file, "x").unwrap();
    let e = Store::open(&file.join("sub/cx.db")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
    assert!(
        e.to_string()
            .ends_with("plain.txt/sub: a part of its path is a file, not a folder"),
        "{e}"
    );
    let source = std::error::Error::source(&e).map(ToString::to_string);
    assert!(
        source.is_some_and(|s| s.contains("could not create the database folder")),
        "{e:?}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn a_folder_given_as_database_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let e = Store::open(dir.path()).unwrap_err();
    assert!(e.to_string().contains("is a folder"), "{e}");
}

/// Mounts a tmpfs of `size` at `dir` (we run as root in CI); `false` when
/// this machine does not allow mounts, so the caller takes another way.
fn mount_tmpfs(dir: &Path, options: &str) -> bool {
    std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", options, "tmpfs"])
        .arg(dir)
        .status()
        .is_ok_and(|s| s.success())
}

fn unmount(dir: &Path) {
    let _ = std::process::Command::new("umount").arg(dir).status();
}

/// Unmounts on drop, even when an assertion fails.
struct Mounted<'a>(&'a Path);
impl Drop for Mounted<'_> {
    fn drop(&mut self) {
        unmount(self.0);
    }
}

#[test]
fn a_read_only_folder_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("ro");
    std::fs::create_dir(&mnt).unwrap();
    if mount_tmpfs(&mnt, "size=1m,ro") {
        let _guard = Mounted(&mnt);
        let e = Store::open(&mnt.join("cx.db")).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Storage, "{e}");
        assert!(e.to_string().contains("cannot be opened"), "{e}");
        assert!(!mnt.join("cx.db").exists());
    } else {
        // No mounts here: a parent that is a regular file is the
        // unwritable location every machine can make, even for root.
        let file = dir.path().join("file");
        std::fs::write(&file, "").unwrap();
        let e = Store::open(&file.join("cx.db")).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Io, "{e}");
    }
}

#[test]
fn an_existing_database_on_a_read_only_mount_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("data");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("cx.db");
    let mut store = Store::open(&path).unwrap();
    small_assessment(&mut store);
    drop(store);
    let before = super::dump(&path);
    let bound = std::process::Command::new("sh")
        .arg("-c")
        .arg("mount --bind \"$0\" \"$0\" && mount -o remount,ro,bind \"$0\"")
        .arg(&folder)
        .status()
        .is_ok_and(|s| s.success());
    if !bound {
        // No mounts here: the other unwritable-location tests cover it.
        a_database_path_under_a_regular_file_is_a_clear_error();
        return;
    }
    let guard = Mounted(&folder);
    // Reading still works (a consultant can look at an archived copy)…
    let mut store = Store::open(&path).unwrap();
    let id = store.list_assessments().unwrap()[0].id.clone();
    let sales = store.department_by_name(&id, "Sales").unwrap();
    // …and every change fails with a message that says why.
    let e = store
        .add_respondent(&id, &sales.id, "Jo", None, false)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Storage, "{e}");
    let text = e.to_string();
    assert!(text.contains(&path.display().to_string()), "{text}");
    assert!(text.contains("read-only"), "{text}");
    drop(store);
    drop(guard);
    assert_eq!(super::dump(&path), before);
}

#[test]
fn a_full_disk_is_a_clear_error_and_keeps_what_was_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    if !mount_tmpfs(&mnt, "size=1m") {
        full_disk_by_file_size_limit(dir.path());
        return;
    }
    let _guard = Mounted(&mnt);
    let path = mnt.join("cx.db");
    let mut store = Store::open(&path).unwrap();
    let id = small_assessment(&mut store);
    let d = store.department_by_name(&id, "Sales").unwrap();
    let r = store
        .add_respondent(&id, &d.id, "Ida", None, false)
        .unwrap();
    store
        .save_answer(&r.id, "vision.statement", AnswerValue::Level(3), None)
        .unwrap();
    // Fill the disk with long comments until a save fails (each at the
    // comment limit, 10,000 characters of two bytes).
    let long = "ä".repeat(9_990);
    let questions: Vec<String> = builtin().questions().map(|(_, q)| q.id.clone()).collect();
    let mut saved = Vec::new();
    let mut failure = None;
    'fill: for round in 0..100 {
        for q in &questions {
            let comment = format!("{round} {long}");
            match store.save_answer(&r.id, q, AnswerValue::Level(2), Some(&comment)) {
                Ok(a) => saved.push(a),
                Err(e) => {
                    failure = Some(e);
                    break 'fill;
                }
            }
        }
    }
    let e = failure.expect("the 1 MB disk filled up");
    assert_eq!(e.kind(), ErrorKind::Storage, "{e}");
    assert!(e.to_string().contains("is full"), "{e}");
    drop(store);
    // Free the disk of anything else and check the saved answers survived.
    let store = Store::open(&path).unwrap();
    store.check_integrity().unwrap();
    let stored = store.answers_of(&r.id).unwrap();
    for a in saved.iter().rev().take(5) {
        assert!(
            stored
                .iter()
                .any(|s| s.question_id == a.question_id && s.comment == a.comment),
            "a saved answer was lost"
        );
    }
}

#[test]
fn a_file_size_limit_is_a_clear_error_and_changes_nothing() {
    // Runs everywhere (no mount needed); also the full-disk test's fallback.
    full_disk_by_file_size_limit(tempfile::tempdir().unwrap().path());
}

/// `cxm demo` under RLIMIT_FSIZE = 1 byte (with SIGXFSZ ignored, so the
/// write fails with EFBIG instead of killing the process): exit 1, a
/// message, the database as it was.
fn full_disk_by_file_size_limit(dir: &Path) {
    let db = dir.join("limited.db");
    let out = super::super::util::cxm(&db)
        .args([
            "assessment",
            "create",
            "--org",
            "Acme",
            "--department",
            "Sales",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let before = super::dump(&db);
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg("trap '' XFSZ; exec prlimit --fsize=1 \"$0\" --db \"$1\" demo")
        .arg(env!("CARGO_BIN_EXE_cxm"))
        .arg(&db)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&db.display().to_string()), "{stderr}");
    assert!(out.stdout.is_empty());
    assert_eq!(super::dump(&db), before);
}

/// A database as the first release of the app wrote it (schema 1).
fn first_schema(path: &Path) -> rusqlite::Connection {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    rusqlite_migration::Migrations::from_slice(&[rusqlite_migration::M::up(include_str!(
        "../../../migrations/0001_init.sql"
    ))])
    .to_latest(&mut conn)
    .unwrap();
    conn
}

#[test]
fn a_database_of_another_program_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine'); PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let e = Store::open(&path).unwrap_err();
    assert!(matches!(e, Error::ForeignDatabase { .. }), "{e}");
    assert!(e.to_string().contains("not a database of this app"), "{e}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "file bytes changed");
    assert!(!Path::new(&format!("{}-wal", path.display())).exists());
    assert!(!backup_dir(&path).exists(), "a backup folder was made");

    // Another program's mark in the header is refused whatever the tables.
    let marked = dir.path().join("marked.db");
    {
        let conn = rusqlite::Connection::open(&marked).unwrap();
        conn.execute_batch("PRAGMA application_id = 42; CREATE TABLE assessments (id TEXT);")
            .unwrap();
    }
    assert!(matches!(
        Store::open(&marked).unwrap_err(),
        Error::ForeignDatabase { .. }
    ));
}

#[test]
fn migration_backups_are_kept_to_the_newest_few() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cx.db");
    drop(first_schema(&path));
    // Every attempt at an upgrade takes a backup; here the database is sent
    // back to the first schema eight times.
    for _ in 0..8 {
        drop(Store::open(&path).unwrap());
        super::back_to_first_schema(&path);
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let backups: Vec<_> = std::fs::read_dir(backup_dir(&path))
        .unwrap()
        .filter_map(|e| e.ok())
        .collect();
    assert_eq!(backups.len(), cx_maturity::store::BACKUPS_KEPT);
    assert!(latest_backup(&path).is_some());
}
