//! Files only their owner can read (Unix): the data folder the store
//! creates is 0700, the database and its `-wal` / `-shm` files 0600 (an
//! existing looser one tightened), migration backups and their folder
//! private, copies and every export 0600 when new — and a file replaced by
//! an export keeps the mode it had. The tests run with the usual umask
//! (022), under which a plain new file would be 0644.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use cx_maturity::files::write_atomically;
use cx_maturity::store::{Store, backup_dir, latest_backup};

use super::back_to_first_schema;
use crate::util::cxm;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn beside(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[test]
fn a_new_database_its_journal_and_the_folders_made_for_it_are_private() {
    let dir = tempfile::tempdir().unwrap();
    set_mode(dir.path(), 0o755);
    let db = dir.path().join("data/app/cx.db");
    let mut store = Store::open(&db).unwrap();
    store
        .create_assessment("Acme", "Q1", &super::builtin(), &["Sales"])
        .unwrap();
    assert_eq!(mode(dir.path()), 0o755, "an existing folder is left alone");
    assert_eq!(mode(&dir.path().join("data")), 0o700);
    assert_eq!(mode(&dir.path().join("data/app")), 0o700);
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&beside(&db, "-wal")), 0o600);
    assert_eq!(mode(&beside(&db, "-shm")), 0o600);
}

#[test]
fn an_existing_database_readable_by_others_is_tightened_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    Store::open(&db).unwrap().close().unwrap();
    set_mode(&db, 0o644);
    let store = Store::open(&db).unwrap();
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(&beside(&db, "-wal")), 0o600);
    drop(store);
    // The owner's own bits stay as they were.
    set_mode(&db, 0o640);
    drop(Store::open(&db).unwrap());
    assert_eq!(mode(&db), 0o600);
}

#[test]
fn migration_backups_and_their_folder_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    Store::open(&db).unwrap().close().unwrap();
    back_to_first_schema(&db);
    drop(Store::open(&db).unwrap());
    let backup = latest_backup(&db).expect("a backup");
    assert_eq!(mode(&backup_dir(&db)), 0o700);
    assert_eq!(mode(&backup), 0o600);
}

#[test]
fn a_copy_of_all_data_is_private_and_a_replaced_copy_keeps_its_mode() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("cx.db")).unwrap();
    let copy = dir.path().join("copy.db");
    store.save_copy(&copy).unwrap();
    assert_eq!(mode(&copy), 0o600);
    set_mode(&copy, 0o644);
    store.save_copy(&copy).unwrap();
    assert_eq!(mode(&copy), 0o644);
}

#[test]
fn an_export_is_private_when_new_and_keeps_the_mode_of_the_file_it_replaces() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("report.pdf");
    write_atomically(&new, b"first").unwrap();
    assert_eq!(mode(&new), 0o600);
    write_atomically(&new, b"again").unwrap();
    assert_eq!(mode(&new), 0o600);

    // A file the user shared on purpose stays shared when exported over.
    let shared = dir.path().join("shared.pdf");
    std::fs::write(&shared, b"old").unwrap();
    set_mode(&shared, 0o644);
    write_atomically(&shared, b"new").unwrap();
    assert_eq!(mode(&shared), 0o644);
    assert_eq!(std::fs::read(&shared).unwrap(), b"new");
}

#[test]
fn the_command_lines_report_workbook_pack_and_copy_are_private() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new/cx.db");
    let out = cxm(&db).arg("demo").output().unwrap();
    assert!(out.status.success());
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&db), 0o600);

    let pdf = dir.path().join("report.pdf");
    let xlsx = dir.path().join("register.xlsx");
    let pack = dir.path().join("sales.cxpack.json");
    let copy = dir.path().join("copy.db");
    // The PDF exists already, shared: it keeps its mode.
    std::fs::write(&pdf, b"old").unwrap();
    set_mode(&pdf, 0o644);
    let runs: [Vec<&std::ffi::OsStr>; 4] = [
        vec![
            "report".as_ref(),
            id.as_ref(),
            "--out".as_ref(),
            pdf.as_ref(),
        ],
        vec![
            "export".as_ref(),
            id.as_ref(),
            "--xlsx".as_ref(),
            xlsx.as_ref(),
        ],
        vec![
            "pack".as_ref(),
            "export".as_ref(),
            id.as_ref(),
            "--department".as_ref(),
            "sales".as_ref(),
            "--out".as_ref(),
            pack.as_ref(),
        ],
        vec!["backup".as_ref(), "--out".as_ref(), copy.as_ref()],
    ];
    for args in runs {
        let out = cxm(&db).args(&args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(mode(&pdf), 0o644);
    assert_eq!(mode(&xlsx), 0o600);
    assert_eq!(mode(&pack), 0o600);
    assert_eq!(mode(&copy), 0o600);
}
