//! Encryption at rest: nothing of an encrypted database (nor its `-wal`,
//! copies and backups) is readable on disk; a missing, wrong or needless
//! passphrase is refused with the file left byte for byte; setting,
//! changing and removing the passphrase keep every answer, also when the
//! change is killed at any moment.

use std::path::{Path, PathBuf};

use cx_maturity::model::AnswerValue;
use cx_maturity::store::{Store, backup_dir, is_encrypted};
use cx_maturity::{Error, ErrorKind, Passphrase};
use sha2::{Digest, Sha256};

/// A name that appears nowhere else, to search the raw bytes for.
const NAME: &str = "Zygmunt Quellenbach";

fn phrase(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned()).unwrap()
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// Whether `needle` is in the file at `path` (a missing file holds nothing).
fn file_contains(path: &Path, needle: &str) -> bool {
    std::fs::read(path).is_ok_and(|b| contains(&b, needle))
}

fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// The file's SHA-256, or `None` when there is no file.
fn hash(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path).ok().map(|b| Sha256::digest(b).to_vec())
}

/// An assessment with one respondent named [`NAME`] who answered once.
fn fill(store: &mut Store) -> String {
    let id = super::small_assessment(store);
    let dept = store.department_by_name(&id, "Sales").unwrap();
    let r = store
        .add_respondent(&id, &dept.id, NAME, Some("Head of Sales"), false)
        .unwrap();
    let q = super::builtin().questions().next().unwrap().1.id.clone();
    store
        .save_answer(&r.id, &q, AnswerValue::Level(3), Some("comment"))
        .unwrap();
    id
}

fn respondent_names(store: &Store, assessment: &str) -> Vec<String> {
    store
        .load(assessment)
        .unwrap()
        .respondents
        .iter()
        .map(|r| r.name.clone())
        .collect()
}

#[test]
fn the_same_data_is_readable_on_disk_in_a_plain_database_and_nowhere_in_an_encrypted_one() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain.db");
    let mut store = Store::open(&plain).unwrap();
    fill(&mut store);
    store.close().unwrap();
    assert!(
        file_contains(&plain, NAME),
        "the plain database holds the name"
    );
    assert!(!is_encrypted(&plain));

    let secret = dir.path().join("secret.db");
    let key = phrase("correct horse battery staple");
    let mut store = Store::open_with(&secret, Some(&key)).unwrap();
    let id = fill(&mut store);
    // While open, the latest pages are in the -wal file.
    let wal = sibling(&secret, "-wal");
    assert!(
        std::fs::metadata(&wal).unwrap().len() > 0,
        "the -wal has pages"
    );
    assert!(
        !file_contains(&wal, NAME),
        "the -wal holds the name in clear"
    );
    assert!(!file_contains(&secret, NAME));
    // A copy of all data is encrypted under the same passphrase.
    let copy = dir.path().join("copy.db");
    store.save_copy(&copy).unwrap();
    assert!(
        !file_contains(&copy, NAME),
        "the copy holds the name in clear"
    );
    assert!(is_encrypted(&copy));
    store.close().unwrap();
    assert!(
        !file_contains(&secret, NAME),
        "the database holds the name in clear"
    );
    assert!(is_encrypted(&secret));

    let store = Store::open_with(&copy, Some(&key)).unwrap();
    assert_eq!(respondent_names(&store, &id), [NAME]);
    assert!(matches!(
        Store::open(&copy).unwrap_err(),
        Error::PassphraseNeeded { .. }
    ));
}

#[test]
fn a_migration_backup_of_an_encrypted_database_is_encrypted_with_the_same_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cx.db");
    let key = phrase("s3cret Ünïcode ' quote");
    {
        // An encrypted database at the first schema, holding the name.
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA key = 's3cret Ünïcode '' quote';")
            .unwrap();
        rusqlite_migration::Migrations::from_slice(&[rusqlite_migration::M::up(include_str!(
            "../../../migrations/0001_init.sql"
        ))])
        .to_latest(&mut conn)
        .unwrap();
        conn.execute("CREATE TABLE keepsake (x TEXT)", []).unwrap();
        conn.execute("INSERT INTO keepsake VALUES (?1)", [NAME])
            .unwrap();
    }
    let store = Store::open_with(&path, Some(&key)).unwrap();
    drop(store);
    let backups: Vec<PathBuf> = std::fs::read_dir(backup_dir(&path))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(!file_contains(&backups[0], NAME), "the backup is in clear");
    let conn = rusqlite::Connection::open(&backups[0]).unwrap();
    conn.execute_batch("PRAGMA key = 's3cret Ünïcode '' quote';")
        .unwrap();
    let (x, version): (String, i64) = conn
        .query_row(
            "SELECT x, (SELECT user_version FROM pragma_user_version) FROM keepsake",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((x.as_str(), version), (NAME, 1));
}

/// Opens `path` with `passphrase` expecting a refusal; the database and
/// its `-wal` are byte for byte as before. Returns the error.
fn refused_unchanged(path: &Path, passphrase: Option<&Passphrase>) -> Error {
    let wal = sibling(path, "-wal");
    let before = (hash(path), hash(&wal));
    let e = Store::open_with(path, passphrase).unwrap_err();
    assert_eq!((hash(path), hash(&wal)), before, "{e}: the file changed");
    e
}

#[test]
fn a_missing_wrong_or_needless_passphrase_is_refused_and_the_file_is_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let secret = dir.path().join("secret.db");
    let mut store = Store::open_with(&secret, Some(&phrase("right"))).unwrap();
    fill(&mut store);
    store.close().unwrap();

    let e = refused_unchanged(&secret, None);
    assert!(matches!(e, Error::PassphraseNeeded { .. }), "{e}");
    assert_eq!(e.kind(), ErrorKind::Locked);
    assert_eq!(
        e.to_string(),
        format!(
            "{} is encrypted: give its passphrase to open it",
            secret.display()
        )
    );

    let e = refused_unchanged(&secret, Some(&phrase("wrong")));
    assert!(matches!(e, Error::WrongPassphrase { .. }), "{e}");
    assert_eq!(e.kind(), ErrorKind::Passphrase);
    assert_eq!(
        e.to_string(),
        format!(
            "the passphrase does not open {}; nothing was changed",
            secret.display()
        )
    );
    assert!(!e.to_string().contains("wrong"));
    assert!(!sibling(&secret, "-wal").exists());

    let plain = dir.path().join("plain.db");
    let mut store = Store::open(&plain).unwrap();
    fill(&mut store);
    store.close().unwrap();
    let e = refused_unchanged(&plain, Some(&phrase("right")));
    assert!(matches!(e, Error::NotEncrypted { .. }), "{e}");
    assert_eq!(
        e.to_string(),
        format!(
            "{} is not encrypted: open it without a passphrase",
            plain.display()
        )
    );

    // And the right one still opens everything.
    Store::open_with(&secret, Some(&phrase("right"))).unwrap();
    Store::open(&plain).unwrap();
}

#[test]
fn a_text_file_without_a_passphrase_is_still_reported_as_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(&path, "my notes\n".repeat(100)).unwrap();
    let e = refused_unchanged(&path, None);
    assert!(matches!(e, Error::CorruptDatabase { .. }), "{e}");
}

#[test]
fn setting_changing_and_removing_the_passphrase_keep_every_answer_and_the_backups_follow() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cx.db");
    let mut store = Store::open(&path).unwrap();
    let id = fill(&mut store);
    // A backup in clear beside it, as a migration leaves one.
    std::fs::create_dir_all(backup_dir(&path)).unwrap();
    let backup = backup_dir(&path).join("20260101T000000.000000000Z-schema1.db");
    store.save_copy(&backup).unwrap();
    assert!(file_contains(&backup, NAME));
    let before = store.load(&id).unwrap();

    let first = phrase("first passphrase");
    store.change_passphrase(Some(&first)).unwrap();
    assert!(store.is_encrypted());
    assert_eq!(store.load(&id).unwrap().answers, before.answers);
    store.close().unwrap();
    assert!(!file_contains(&path, NAME));
    assert!(!file_contains(&backup, NAME), "the backup stayed in clear");
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.ends_with(".tmp")),
        "a temporary file was left: {names:?}"
    );
    Store::open_with(&backup, Some(&first)).unwrap();

    let second = phrase("second passphrase");
    let mut store = Store::open_with(&path, Some(&first)).unwrap();
    store.change_passphrase(Some(&second)).unwrap();
    drop(store);
    assert!(matches!(
        Store::open_with(&path, Some(&first)).unwrap_err(),
        Error::WrongPassphrase { .. }
    ));
    assert!(matches!(
        Store::open_with(&backup, Some(&first)).unwrap_err(),
        Error::WrongPassphrase { .. }
    ));

    let mut store = Store::open_with(&path, Some(&second)).unwrap();
    store.change_passphrase(None).unwrap();
    assert!(!store.is_encrypted());
    assert_eq!(store.load(&id).unwrap().answers, before.answers);
    store.close().unwrap();
    assert!(file_contains(&path, NAME));
    let store = Store::open(&backup).unwrap();
    assert_eq!(respondent_names(&store, &id), [NAME]);
}

#[test]
fn removing_a_passphrase_from_a_plain_database_is_refused() {
    let (_dir, mut store) = super::temp_store();
    let e = store.change_passphrase(None).unwrap_err();
    assert!(e.to_string().contains("not encrypted"), "{e}");
}

#[test]
fn a_passphrase_is_never_printed() {
    let p = phrase("hunter2");
    assert_eq!(format!("{p:?}"), "Passphrase(…)");
    assert!(Passphrase::new(String::new()).is_err());
    assert!(Passphrase::new("two\nlines".into()).is_err());
}

#[test]
fn a_passphrase_file_gives_its_first_line_without_the_line_ending() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pass.txt");
    std::fs::write(&file, "  spaced out  \r\nsecond line\n").unwrap();
    assert_eq!(
        Passphrase::from_file(&file).unwrap(),
        phrase("  spaced out  ")
    );
    std::fs::write(&file, "\nsecond").unwrap();
    let e = Passphrase::from_file(&file).unwrap_err();
    assert!(e.to_string().contains("is empty"), "{e}");
    let e = Passphrase::from_file(&dir.path().join("missing.txt")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Io);
}

/// A passphrase change killed while writing its copy leaves
/// `.<name>.<random>.tmp` beside the database (decrypted, when the
/// passphrase was being removed). The next open removes it, and those among
/// the backups, before even checking the passphrase; other files stay.
#[test]
fn a_copy_left_by_an_interrupted_passphrase_change_is_removed_at_the_next_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let key = phrase("the one");
    {
        let mut store = Store::open_with(&db, Some(&key)).unwrap();
        fill(&mut store);
    }
    let leftover = dir.path().join(".cx.db.0123abcd.tmp");
    std::fs::write(&leftover, "SQLite format 3\0 Jorinde Bauer").unwrap();
    let backups = backup_dir(&db);
    std::fs::create_dir_all(&backups).unwrap();
    let backup_leftover = backups.join(".20261124T0500Z.db.4567.tmp");
    std::fs::write(&backup_leftover, "Jorinde Bauer").unwrap();
    let others = [
        dir.path().join(".notes.txt.89ab.tmp"),
        dir.path().join("cx.db.tmp"),
    ];
    for other in &others {
        std::fs::write(other, "not ours").unwrap();
    }

    // Even a wrong passphrase: the copy must not wait for the right one.
    assert!(Store::open_with(&db, Some(&phrase("not it"))).is_err());
    assert!(!leftover.exists());
    assert!(!backup_leftover.exists());
    for other in &others {
        assert!(other.exists(), "{other:?} is not a copy of the database");
    }
    Store::open_with(&db, Some(&key)).unwrap();
}
