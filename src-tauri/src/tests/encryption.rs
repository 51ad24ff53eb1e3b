//! Encryption at rest through the shell: an encrypted database keeps every
//! command locked until the right passphrase unlocks it; a wrong one
//! changes nothing; the passphrase is set, changed and removed only with
//! the current one.

use cx_maturity::Passphrase;
use cx_maturity::store::Store;

use crate::state::AppState;
use crate::wire::ErrorKind;

fn phrase(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned()).expect("passphrase")
}

/// An encrypted database with one assessment, closed.
fn encrypted_db(dir: &tempfile::TempDir, key: &str) -> std::path::PathBuf {
    let path = dir.path().join("cx.db");
    let mut store = Store::open_with(&path, Some(&phrase(key))).expect("create");
    cx_maturity::demo::create_demo_in(&mut store, "en").expect("demo");
    store.close().expect("close");
    path
}

#[test]
fn every_command_is_locked_until_the_right_passphrase_unlocks_the_database() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = encrypted_db(&dir, "right one");
    let app = AppState::open(path.clone());
    assert_eq!(app.lock_state(), (true, true));
    let e = app.with("test", |s| s.list_assessments()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Locked);
    assert!(e.message.contains("is encrypted"), "{}", e.message);

    let before = std::fs::read(&path).expect("read");
    let e = app.unlock(phrase("wrong one")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Passphrase);
    assert!(
        e.message.starts_with("The passphrase does not open"),
        "{}",
        e.message
    );
    assert!(!e.message.contains("wrong one"));
    assert_eq!(std::fs::read(&path).expect("read"), before);
    assert_eq!(app.lock_state(), (true, true));
    assert!(app.with("test", |s| s.list_assessments()).is_err());

    app.unlock(phrase("right one")).expect("unlock");
    assert_eq!(app.lock_state(), (true, false));
    let list = app.with("test", |s| s.list_assessments()).expect("list");
    assert_eq!(list.len(), 1);
}

#[test]
fn the_passphrase_is_set_changed_and_removed_only_with_the_current_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cx.db");
    let app = AppState::open(path.clone());
    app.with("test", |s| cx_maturity::demo::create_demo_in(s, "en"))
        .expect("demo");
    assert_eq!(app.lock_state(), (false, false));

    app.change_passphrase(None, Some(phrase("first")))
        .expect("set");
    assert_eq!(app.lock_state(), (true, false));
    assert_eq!(
        app.with("test", |s| s.list_assessments())
            .expect("list")
            .len(),
        1
    );

    let e = app
        .change_passphrase(Some(&phrase("not it")), Some(phrase("second")))
        .unwrap_err();
    assert_eq!(e.kind, ErrorKind::Passphrase);
    let e = app.change_passphrase(None, None).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Passphrase);
    app.change_passphrase(Some(&phrase("first")), Some(phrase("second")))
        .expect("change");
    app.close();
    drop(app);

    // A relaunch: locked; the old passphrase no longer opens it.
    let app = AppState::open(path.clone());
    assert_eq!(app.lock_state(), (true, true));
    assert_eq!(
        app.unlock(phrase("first")).unwrap_err().kind,
        ErrorKind::Passphrase
    );
    app.unlock(phrase("second")).expect("unlock");
    app.change_passphrase(Some(&phrase("second")), None)
        .expect("remove");
    assert_eq!(app.lock_state(), (false, false));
    app.close();
    drop(app);
    let app = AppState::open(path);
    assert_eq!(app.lock_state(), (false, false));
    assert_eq!(
        app.with("test", |s| s.list_assessments())
            .expect("list")
            .len(),
        1
    );
}
