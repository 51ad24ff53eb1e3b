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
    assert_eq!(
        wire.message,
        "Could not read or write \u{201c}questionnaire.json\u{201d}: this user may not read or write it; choose another place."
    );
    assert!(!wire.message.contains("/home/alice"), "{}", wire.message);
    // A reason the app has no words for points at the log.
    let odd = to_wire(&Error::Io {
        path: PathBuf::from("/home/alice/report.pdf"),
        source: std::io::Error::other("EIO: input/output error"),
    });
    assert_eq!(
        odd.message,
        "Could not read or write \u{201c}report.pdf\u{201d}: the system reported a problem (details are in the app's log)."
    );
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
                message: "a comma or a closing brace } is missing".into(),
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

#[test]
fn a_questionnaire_file_with_one_problem_says_it_in_the_message() {
    // The core's own words for a file cut short (tests/it/questionnaire.rs
    // checks the core says exactly this).
    let cut = "the file stops in the middle of a text; it may be cut short \u{2014} copy or download it again";
    let err = Error::InvalidQuestionnaire {
        file: PathBuf::from("/tmp/upload/cx-maturity.json"),
        issues: vec![Issue {
            path: "dimensions[9].questions[4].anchors[2]".into(),
            line: Some(1076),
            column: Some(152),
            message: cut.into(),
        }],
    };
    let wire = to_wire(&err);
    assert_eq!(
        wire.message,
        format!(
            "\u{201c}cx-maturity.json\u{201d} is not a valid questionnaire: line 1076, column 152: {cut}."
        )
    );
    assert_eq!(wire.issues[0].message, cut);
    assert_eq!(
        (wire.issues[0].line, wire.issues[0].column),
        (Some(1076), Some(152))
    );
}

#[test]
fn an_error_about_one_field_names_it_for_the_form() {
    let wire = to_wire(&Error::field(
        cx_maturity::Field::Organisation,
        "the organisation name must be one line of text",
    ));
    assert_eq!(wire.kind, ErrorKind::InvalidInput);
    assert_eq!(
        wire.message,
        "The organisation name must be one line of text."
    );
    assert_eq!(wire.issues.len(), 1);
    assert_eq!(
        (
            wire.issues[0].path.as_str(),
            wire.issues[0].line,
            wire.issues[0].column
        ),
        ("organisation", None, None)
    );
    let json = serde_json::to_value(&wire).expect("serialises");
    assert_eq!(json["issues"][0]["path"], "organisation");
}

#[test]
fn a_report_that_could_not_be_built_keeps_its_inner_words_for_the_log() {
    let wire = to_wire(&Error::Report(
        "xlsx: XlsxError::ParameterError(\"row 1048577\")".into(),
    ));
    assert_eq!(wire.kind, ErrorKind::Report);
    assert!(!wire.message.contains("xlsx"), "{}", wire.message);
    assert!(
        wire.message.contains("nothing was written"),
        "{}",
        wire.message
    );
}
