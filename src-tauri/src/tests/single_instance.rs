//! The single-instance name: one per database file, however it is spelt,
//! and always a name the session bus accepts.

use std::path::Path;

use crate::single_instance::instance_name;

const ID: &str = "io.cxmaturity.desktop";

/// The D-Bus rules for a well-known name: at most 255 characters, two or
/// more dot-separated elements, each non-empty, of `[A-Za-z0-9_-]`, none
/// starting with a digit.
fn is_bus_name(name: &str) -> bool {
    name.len() <= 255
        && name.split('.').count() >= 2
        && name.split('.').all(|e| {
            !e.is_empty()
                && !e.starts_with(|c: char| c.is_ascii_digit())
                && e.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
}

#[test]
fn one_database_one_name_however_the_path_is_spelt() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(dir.path().join("sub")).expect("sub folder");
    let plain = dir.path().join("cx.db");
    let roundabout = dir.path().join("sub").join("..").join("cx.db");
    // The file need not exist yet: a first launch creates it.
    assert!(!plain.exists());
    assert_eq!(
        instance_name(ID, Some(&plain)),
        instance_name(ID, Some(&roundabout))
    );
    std::fs::write(&plain, b"").expect("create the file");
    assert_eq!(
        instance_name(ID, Some(&plain)),
        instance_name(ID, Some(&roundabout))
    );
}

#[test]
fn another_database_runs_beside_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let consultant = instance_name(ID, Some(&dir.path().join("cx.db")));
    let head = instance_name(ID, Some(&dir.path().join("head.db")));
    assert_ne!(consultant, head);
    assert!(
        consultant.starts_with("io.cxmaturity.desktop.db"),
        "{consultant}"
    );
}

#[test]
fn every_name_is_one_the_session_bus_accepts() {
    let odd = [
        Path::new("/tmp/ünïcode folder/cx.db"),
        Path::new("relative.db"),
        Path::new("/"),
        Path::new("/tmp/0starts-with-a-digit.db"),
    ];
    for path in odd {
        let name = instance_name(ID, Some(path));
        assert!(is_bus_name(&name), "{name} for {}", path.display());
    }
    assert!(is_bus_name(&instance_name("io.cx-maturity.desktop", None)));
    assert!(is_bus_name(&instance_name(ID, None)));
}
