//! The database as one file: a copy saved while the store is open, the
//! checkpoint on close, and `cxm backup`; each read back by the `sqlite3`
//! command-line shell alone, with no `-wal` file beside it.

use std::path::{Path, PathBuf};
use std::process::Command;

use cx_maturity::store::Store;

use super::temp_store;
use crate::util::cxm;

/// The file `path` with `suffix` added to its name (`cx.db` → `cx.db-wal`).
fn beside(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The organisations of every assessment in `file`, read by the `sqlite3`
/// shell from a folder that holds that one file and nothing else.
fn organisations_read_alone(file: &Path) -> Vec<String> {
    let alone = tempfile::tempdir().unwrap();
    let copy = alone.path().join("alone.db");
    std::fs::copy(file, &copy).unwrap();
    let out = Command::new("sqlite3")
        .arg("-readonly")
        .arg(&copy)
        .arg("SELECT organisation FROM assessments ORDER BY organisation;")
        .output()
        .expect("the sqlite3 shell (scripts/install-deps.sh --test installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn a_copy_taken_while_the_app_runs_holds_every_assessment_on_its_own() {
    let (dir, mut store) = temp_store();
    cx_maturity::demo::create_demo(&mut store).unwrap();
    store
        .create_assessment("Acme", "Spring", &super::builtin(), &["Sales"])
        .unwrap();
    // The store is still open: the latest changes sit in the `-wal` file,
    // so the database file alone would not hold them.
    assert!(
        std::fs::metadata(beside(store.path(), "-wal"))
            .unwrap()
            .len()
            > 0
    );

    let copy = dir.path().join("copies/all data.db");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    store.save_copy(&copy).unwrap();
    assert!(!beside(&copy, "-wal").exists());
    assert!(!beside(&copy, "-journal").exists());
    assert_eq!(
        organisations_read_alone(&copy),
        ["Acme", "Nordlicht Haushaltswaren GmbH"]
    );
    // And the app opens it with everything in it.
    let reopened = Store::open(&copy).unwrap();
    assert_eq!(reopened.list_assessments().unwrap().len(), 2);

    // A copy over the database itself is refused, and the database is kept.
    let e = store.save_copy(store.path()).unwrap_err();
    assert!(e.to_string().contains("is the database itself"), "{e}");
    assert_eq!(store.list_assessments().unwrap().len(), 2);
}

#[test]
fn after_a_normal_close_the_database_file_alone_holds_everything() {
    let (_dir, mut store) = temp_store();
    cx_maturity::demo::create_demo(&mut store).unwrap();
    let path = store.path().to_owned();
    store.close().unwrap();
    let wal = beside(&path, "-wal");
    assert!(!wal.exists() || std::fs::metadata(&wal).unwrap().len() == 0);
    assert_eq!(
        organisations_read_alone(&path),
        ["Nordlicht Haushaltswaren GmbH"]
    );
}

#[test]
fn cxm_leaves_one_file_and_backs_up_to_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let out = cxm(&db).arg("demo").output().unwrap();
    assert!(out.status.success());
    // `cxm` ended: its changes are in the database file itself.
    assert_eq!(
        organisations_read_alone(&db),
        ["Nordlicht Haushaltswaren GmbH"]
    );

    let copy = dir.path().join("backup.db");
    let out = cxm(&db)
        .args(["backup", "--out"])
        .arg(&copy)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        organisations_read_alone(&copy),
        ["Nordlicht Haushaltswaren GmbH"]
    );

    // Into a folder that does not exist: a clear error, exit 1, no file.
    let out = cxm(&db)
        .args(["backup", "--out"])
        .arg(dir.path().join("missing/backup.db"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing"));
}
