//! The picker's test hook: queued picks come out in order, one per pick, the
//! file shrinks as they are taken, and anything unusable reads as a cancel.

use std::path::{Path, PathBuf};

use crate::picker::test_picks::{Pick, take_next};

fn queue(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("picks.json");
    std::fs::write(&path, text).expect("write queue");
    (dir, path)
}

fn remaining(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read queue")).expect("json")
}

#[test]
fn picks_come_out_first_in_first_out_and_the_file_keeps_the_rest() {
    let (_dir, q) = queue(r#"["/tmp/a.pdf", ["/tmp/x.cxpack", "/tmp/y.cxpack"], null]"#);

    assert_eq!(
        take_next(&q),
        Pick::Paths(vec![PathBuf::from("/tmp/a.pdf")])
    );
    assert_eq!(
        remaining(&q),
        serde_json::json!([["/tmp/x.cxpack", "/tmp/y.cxpack"], null])
    );
    assert_eq!(
        take_next(&q).all(),
        vec![
            PathBuf::from("/tmp/x.cxpack"),
            PathBuf::from("/tmp/y.cxpack")
        ]
    );
    assert_eq!(take_next(&q), Pick::Cancelled);
    assert_eq!(remaining(&q), serde_json::json!([]));
    // Exhausted: every further pick is a cancel, and the file stays an array.
    assert_eq!(take_next(&q), Pick::Cancelled);
    assert_eq!(remaining(&q), serde_json::json!([]));
}

#[test]
fn a_single_pick_of_several_files_takes_the_first() {
    let (_dir, q) = queue(r#"[["/tmp/one", "/tmp/two"]]"#);
    assert_eq!(take_next(&q).first(), Some(PathBuf::from("/tmp/one")));
}

#[test]
fn a_missing_empty_or_malformed_queue_is_a_cancel_and_never_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    assert_eq!(take_next(&dir.path().join("absent.json")), Pick::Cancelled);

    for text in ["", "  \n", "not json", r#"{"a": 1}"#, "[]"] {
        let (_d, q) = queue(text);
        assert_eq!(take_next(&q), Pick::Cancelled, "queue {text:?}");
    }
}

#[test]
fn an_element_that_is_not_a_path_cancels_that_pick_only() {
    let (_dir, q) = queue(r#"[42, [], ["/tmp/ok", 7], "/tmp/next"]"#);
    assert_eq!(take_next(&q), Pick::Cancelled, "a number");
    assert_eq!(take_next(&q), Pick::Cancelled, "an empty list");
    assert_eq!(take_next(&q), Pick::Cancelled, "a list with a number");
    assert_eq!(take_next(&q).first(), Some(PathBuf::from("/tmp/next")));
}
