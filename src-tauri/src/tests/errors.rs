//! Core errors become plain words: kind from the closed set, no SQL text, no
//! folder of the user's machine, questionnaire problems one by one.

use std::path::PathBuf;

use cx_maturity::{Error, Issue};

use crate::convert::error::to_wire;
use crate::wire::ErrorKind;

#[test]
fn a_full_disk_is_named_and_the_sql_is_not_shown() {
    let sql = "INSERT INTO answers (respondent_id, question_id) VALUES (?1, ?2)";
    let err = Error::Storage {
        context: format!("could not save the answer ({sql})"),
        source: rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL),
            Some(sql.to_owned()),
        ),
    };
    let wire = to_wire(&err);
    assert_eq!(wire.kind, ErrorKind::Storage);
    assert!(
        wire.message.contains("the disk is full"),
        "{}",
        wire.message
    );
    assert!(
        wire.message.contains("Nothing was changed"),
        "{}",
        wire.message
    );
    assert!(!wire.message.contains("INSERT"), "{}", wire.message);
    assert!(!wire.message.contains("answers ("), "{}", wire.message);
}

#[test]
fn a_busy_database_says_another_program_holds_it() {
    let err = Error::Storage {
        context: "could not save the answer".into(),
        source: rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        ),
    };
    assert!(to_wire(&err).message.contains("in use by another program"));
}

#[test]
fn file_errors_name_the_file_but_not_its_folder() {
    let err = Error::Io {
        path: PathBuf::from("/home/alice/clients/acme/questionnaire.json"),
        source: std::io::Error::from(std::io::ErrorKind::PermissionDenied),
    };
    let wire = to_wire(&err);
    assert_eq!(wire.kind, ErrorKind::Io);
    assert!(
        wire.message.contains("questionnaire.json"),
        "{}",
        wire.message
    );
    assert!(
        wire.message.contains("permission denied"),
        "{}",
        wire.message
    );
    assert!(!wire.message.contains("/home/alice"), "{}", wire.message);
}

#[test]
fn damaged_and_newer_databases_do_not_show_their_path() {
    let path = PathBuf::from("/home/alice/.local/share/io.cxmaturity.desktop/cx-maturity.db");
    for err in [
        Error::CorruptDatabase {
            path: path.clone(),
            detail: "*** in database main *** Page 3 is never used".into(),
            backup: Some(path.with_extension("bak")),
        },
        Error::NewerDatabase {
            path: path.clone(),
            found: 9,
            supported: 1,
        },
    ] {
        let wire = to_wire(&err);
        assert_eq!(wire.kind, ErrorKind::Storage);
        assert!(!wire.message.contains("/home/alice"), "{}", wire.message);
        assert!(!wire.message.contains("Page 3"), "{}", wire.message);
    }
}

#[test]
fn questionnaire_problems_come_one_by_one_with_their_place() {
    let err = Error::InvalidQuestionnaire {
        file: PathBuf::from("/tmp/upload/my-survey.json"),
        issues: vec![
            Issue {
                path: "$".into(),
                line: Some(12),
                column: Some(5),
                message: "expected `,` or `}`".into(),
            },
            Issue {
                path: "dimensions[1].questions[0].anchors".into(),
                line: None,
                column: None,
                message: "needs exactly five anchors, found 4".into(),
            },
        ],
    };
    let wire = to_wire(&err);
    assert_eq!(wire.kind, ErrorKind::InvalidQuestionnaire);
    assert_eq!(
        wire.message,
        "\u{201c}my-survey.json\u{201d} is not a valid questionnaire: 2 problems"
    );
    assert_eq!(wire.issues.len(), 2);
    assert_eq!(
        (wire.issues[0].line, wire.issues[0].column),
        (Some(12), Some(5))
    );
    assert_eq!(wire.issues[1].path, "dimensions[1].questions[0].anchors");
    assert_eq!(wire.issues[1].line, None);
}

#[test]
fn on_the_wire_an_error_is_kind_message_and_issues_in_camel_case() {
    let wire = to_wire(&Error::NotFound {
        what: "respondent",
        id: "r-1".into(),
    });
    let json = serde_json::to_value(&wire).expect("serialises");
    assert_eq!(json["kind"], "notFound");
    assert_eq!(
        json["message"],
        "This respondent no longer exists; it may have been deleted."
    );
    assert_eq!(json["issues"], serde_json::json!([]));

    let wire = to_wire(&Error::InvalidInput(
        "a department named \"Sales\" already exists".into(),
    ));
    let json = serde_json::to_value(&wire).expect("serialises");
    assert_eq!(json["kind"], "invalidInput");
    assert_eq!(
        json["message"],
        "A department named \"Sales\" already exists."
    );
}
