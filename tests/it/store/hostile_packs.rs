//! Packs that come back by e-mail, written by a careless or hostile hand:
//! impossible times, a respondent claimed for two departments, a clock set
//! ahead, texts beyond their limits, control characters. Each is refused
//! (or defused) before anything is stored, and the database is left exactly
//! as it was.

use std::path::{Path, PathBuf};

use cx_maturity::model::AnswerValue;
use cx_maturity::pack::{self, Kept};
use cx_maturity::store::Store;
use cx_maturity::{Error, ErrorKind};
use time::{Duration, OffsetDateTime};

use super::{db_path, small_assessment, temp_store};

/// An assessment with a Sales respondent who answered one question, and
/// that department's pack as JSON.
fn exported(store: &mut Store) -> (String, String, String, serde_json::Value) {
    let id = small_assessment(store);
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let r = store
        .add_respondent(&id, &sales, "Søren", None, false)
        .unwrap();
    store
        .save_answer(&r.id, "vision.statement", AnswerValue::Level(2), None)
        .unwrap();
    let p = store.export_pack(&id, &sales).unwrap();
    let value = serde_json::from_str(&pack::to_json(&p).unwrap()).unwrap();
    (id, sales, r.id, value)
}

/// Writes a pack value with a checksum that matches (a hostile file is
/// well sealed: the checksum proves nothing about its content).
fn sealed(dir: &Path, name: &str, mut value: serde_json::Value) -> PathBuf {
    value["checksum"] = pack::checksum_of(&value).into();
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

/// The database file and its WAL, byte for byte.
fn bytes(path: &Path) -> (Vec<u8>, Option<Vec<u8>>) {
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    (std::fs::read(path).unwrap(), std::fs::read(wal).ok())
}

/// The one problem of a refused import: (JSON path, message).
fn refusal(e: Error) -> (String, String) {
    match e {
        Error::InvalidPack { issue, .. } => (issue.path, issue.message),
        other => panic!("expected one refused pack, got {other}"),
    }
}

#[test]
fn times_outside_the_calendar_are_refused_with_their_path_and_change_nothing() {
    let (dir, mut store) = temp_store();
    let (id, _, _, value) = exported(&mut store);
    // Year −1 and year 10000 once converted to UTC; before 2000; a week ahead.
    let cases = [
        (
            "respondents[0].answers[0].updated_at",
            "0000-01-01T00:00:00+00:01",
        ),
        ("respondents[0].created_at", "9999-12-31T23:59:59-23:59"),
        ("exported_at", "1999-12-31T23:59:59Z"),
        (
            "respondents[0].answers[0].updated_at",
            "2999-01-01T00:00:00Z",
        ),
    ];
    let files = tempfile::tempdir().unwrap();
    for (i, (path, time)) in cases.into_iter().enumerate() {
        let mut v = value.clone();
        match path {
            "exported_at" => v["exported_at"] = time.into(),
            "respondents[0].created_at" => v["respondents"][0]["created_at"] = time.into(),
            _ => v["respondents"][0]["answers"][0]["updated_at"] = time.into(),
        }
        let file = sealed(files.path(), &format!("{i}.cxpack"), v);
        let before = bytes(&db_path(&dir));
        let e = store.import_packs(&id, &[file]).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidPack);
        let (at, message) = refusal(e);
        assert_eq!(at, path, "{time}: {message}");
        assert!(message.contains(time), "{message}");
        assert_eq!(
            bytes(&db_path(&dir)),
            before,
            "{time}: the database changed"
        );
    }
    // The assessment still reads, scores and exports.
    store.load(&id).unwrap();
}

#[test]
fn two_packs_bringing_one_new_respondent_for_two_departments_are_refused() {
    let (dir, mut store) = temp_store();
    let (id, _, _, sales_pack) = exported(&mut store);
    let service = store.department_by_name(&id, "Service").unwrap().id;
    let service_pack: serde_json::Value =
        serde_json::from_str(&pack::to_json(&store.export_pack(&id, &service).unwrap()).unwrap())
            .unwrap();
    let newcomer = serde_json::json!({
        "id": "new-1", "name": "Emil", "consensus": false,
        "created_at": OffsetDateTime::now_utc().format(&time::format_description::well_known::Rfc3339).unwrap(),
        "answers": []
    });
    let mut a = sales_pack;
    a["respondents"]
        .as_array_mut()
        .unwrap()
        .push(newcomer.clone());
    let mut b = service_pack;
    b["respondents"].as_array_mut().unwrap().push(newcomer);
    let files = tempfile::tempdir().unwrap();
    let first = sealed(files.path(), "sales.cxpack", a);
    let second = sealed(files.path(), "service.cxpack", b);
    let before = bytes(&db_path(&dir));
    let e = store
        .import_packs(&id, &[first.clone(), second])
        .unwrap_err();
    let (at, message) = refusal(e);
    assert_eq!(at, "respondents[0].id");
    assert!(message.contains("new-1"), "{message}");
    assert!(message.contains("\"Sales\""), "{message}");
    assert!(message.contains("sales.cxpack"), "{message}");
    assert_eq!(bytes(&db_path(&dir)), before);
    // Either pack alone is fine.
    store.import_packs(&id, &[first]).unwrap();
}

#[test]
fn a_pack_answer_dated_in_the_future_never_wins_a_conflict_and_is_stored_on_this_clock() {
    let (_dir, mut store) = temp_store();
    let (id, _, rid, mut value) = exported(&mut store);
    std::thread::sleep(std::time::Duration::from_millis(5));
    // The consultant changes the answer after the export.
    store
        .save_answer(&rid, "vision.statement", AnswerValue::Level(3), None)
        .unwrap();
    // The head's laptop clock runs twelve hours ahead (inside the day the
    // door allows): its change looks newer than anything here.
    let ahead = OffsetDateTime::now_utc() + Duration::hours(12);
    let stamp = |t: OffsetDateTime| {
        t.format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    value["respondents"][0]["answers"][0]["value"] = 5.into();
    value["respondents"][0]["answers"][0]["updated_at"] = stamp(ahead).into();
    value["respondents"][0]["answers"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"question": "vision.awareness", "value": 4, "updated_at": stamp(ahead)}));
    let files = tempfile::tempdir().unwrap();
    let file = sealed(files.path(), "sales.cxpack", value);
    let report = store.import_packs(&id, &[file]).unwrap();
    let f = &report.files[0];
    assert_eq!(f.conflicts.len(), 1);
    assert_eq!(f.conflicts[0].kept, Kept::Database);
    assert_eq!(f.conflicts[0].pack.updated_at, ahead);
    let answers = store.answers_of(&rid).unwrap();
    let statement = answers
        .iter()
        .find(|a| &*a.question_id == "vision.statement")
        .unwrap();
    assert_eq!(statement.value, AnswerValue::Level(3));
    // The added answer is dated no later than the import.
    let added = answers
        .iter()
        .find(|a| &*a.question_id == "vision.awareness")
        .unwrap();
    assert_eq!(added.value, AnswerValue::Level(4));
    assert!(added.updated_at <= OffsetDateTime::now_utc());
}

#[test]
fn texts_beyond_their_limits_or_with_control_characters_are_refused_at_their_path() {
    let (dir, mut store) = temp_store();
    let (id, _, _, value) = exported(&mut store);
    let files = tempfile::tempdir().unwrap();
    type Change = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: [(&str, Change, &str); 5] = [
        (
            "respondents[0].name",
            Box::new(|v| v["respondents"][0]["name"] = "n".repeat(201).into()),
            "201 characters long; at most 200",
        ),
        (
            "respondents[0].answers[0].comment",
            Box::new(|v| {
                v["respondents"][0]["answers"][0]["comment"] = "c".repeat(10_001).into();
            }),
            "10001 characters long; at most 10000",
        ),
        (
            "department.name",
            Box::new(|v| v["department"]["name"] = "d".repeat(40_000).into()),
            "40000 characters long",
        ),
        (
            "respondents[0].name",
            Box::new(|v| v["respondents"][0]["name"] = "Søren\u{1b}[2J\u{1b}[31m".into()),
            "one line of text",
        ),
        (
            "respondents[0].role",
            Box::new(|v| v["respondents"][0]["role"] = "Head\r\nof Sales".into()),
            "one line of text",
        ),
    ];
    for (i, (path, change, said)) in cases.iter().enumerate() {
        let mut v = value.clone();
        change(&mut v);
        let file = sealed(files.path(), &format!("{i}.cxpack"), v);
        let before = bytes(&db_path(&dir));
        let (at, message) = refusal(store.import_packs(&id, &[file]).unwrap_err());
        assert_eq!(&at, path, "{message}");
        assert!(message.contains(said), "{message}");
        assert_eq!(bytes(&db_path(&dir)), before);
    }
}

/// A time that is no time, a value of the wrong kind, a field the format
/// does not know, and a pack cut short: each refused in plain words at its
/// place (never the `time` crate's or `serde_json`'s own words), nothing
/// stored.
#[test]
fn a_pack_that_cannot_be_read_says_what_is_wrong_where_in_plain_words() {
    let (dir, mut store) = temp_store();
    let (id, _, _, value) = exported(&mut store);
    let files = tempfile::tempdir().unwrap();
    type Change = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: [(&str, Change, &str); 5] = [
        (
            "respondents[0].answers[0].updated_at",
            Box::new(|v| {
                v["respondents"][0]["answers"][0]["updated_at"] = "2027-02-31T10:00:00Z".into();
            }),
            "respondents[0].answers[0].updated_at: \u{201c}2027-02-31T10:00:00Z\u{201d} is not a time: 31 February 2027 is not a date (February 2027 has 28 days)",
        ),
        (
            "exported_at",
            Box::new(|v| v["exported_at"] = "last Tuesday".into()),
            "exported_at: \u{201c}last Tuesday\u{201d} is not a time written like 2027-03-31T14:05:00Z (date, T, time, then Z or an offset like +01:00)",
        ),
        (
            "respondents",
            Box::new(|v| v["respondents"] = "Søren".into()),
            "respondents must be a list [ … ], not the text \"Søren\"",
        ),
        (
            "respondents[0].consensus",
            Box::new(|v| v["respondents"][0]["consensus"] = "yes".into()),
            "respondents[0].consensus must be true or false, not the text \"yes\"",
        ),
        (
            "respondents[0].mood",
            Box::new(|v| v["respondents"][0]["mood"] = "fine".into()),
            "\"mood\" is not a field of respondents[0]; the known fields are: id, name, role, consensus, created_at, locale, answers",
        ),
    ];
    for (i, (path, change, said)) in cases.iter().enumerate() {
        let mut v = value.clone();
        change(&mut v);
        let file = sealed(files.path(), &format!("{i}.cxpack"), v);
        let before = bytes(&db_path(&dir));
        let (at, message) = refusal(store.import_packs(&id, &[file]).unwrap_err());
        assert_eq!(&at, path, "{message}");
        assert_eq!(message, *said);
        assert!(!message.contains("invalid type") && !message.contains("component"));
        assert_eq!(bytes(&db_path(&dir)), before);
    }

    // Cut short inside a text: the line it stops on, counted by hand from
    // the text kept.
    let text = serde_json::to_string_pretty(&value).unwrap();
    let at = text.find("\"Søren\"").unwrap() + 2;
    let line = text[..at].matches('\n').count() + 1;
    let cut = files.path().join("cut.cxpack.json");
    std::fs::write(&cut, &text[..at]).unwrap();
    let before = bytes(&db_path(&dir));
    let Error::InvalidPack { issue, .. } = store.import_packs(&id, &[cut]).unwrap_err() else {
        panic!("expected one refused pack")
    };
    assert_eq!((issue.path.as_str(), issue.line), ("$", Some(line)));
    assert_eq!(
        issue.message,
        "the file stops in the middle of a text; it may be cut short — copy or download it again"
    );
    assert_eq!(bytes(&db_path(&dir)), before);
}

#[test]
fn the_report_names_the_department_as_stored_and_says_whether_the_export_is_on_record() {
    let (_dir, mut store) = temp_store();
    let (id, _, _, value) = exported(&mut store);
    let files = tempfile::tempdir().unwrap();
    let mut renamed = value.clone();
    renamed["department"]["name"] = "Vertrieb (laut Datei)".into();
    let file = sealed(files.path(), "renamed.cxpack", renamed);
    let report = store.import_packs(&id, &[file]).unwrap();
    assert_eq!(report.files[0].department, "Sales");
    assert!(report.files[0].export_recorded);

    // The same pack claiming an export time this database never recorded.
    let mut forged = value;
    forged["exported_at"] = "2020-02-02T02:02:02Z".into();
    let file = sealed(files.path(), "forged.cxpack", forged);
    let report = store.import_packs(&id, &[file]).unwrap();
    assert!(!report.files[0].export_recorded);
}

#[test]
fn a_database_damaged_by_an_unreadable_time_opens_again_after_the_upgrade() {
    // What an older build could store from a hostile pack: a time with
    // year −1, which made every read of the assessment fail.
    let (dir, mut store) = temp_store();
    let (id, _, rid, _) = exported(&mut store);
    drop(store);
    {
        let conn = rusqlite::Connection::open(db_path(&dir)).unwrap();
        conn.execute_batch(&format!(
            "UPDATE answers SET updated_at = '-0001-12-31T23:59:00.000000000Z' WHERE respondent_id = '{rid}';
             ALTER TABLE pack_sessions DROP COLUMN passphrase_check; ALTER TABLE answers DROP COLUMN do_not_quote; ALTER TABLE assessments DROP COLUMN anonymity_threshold; ALTER TABLE assessments DROP COLUMN anonymous; ALTER TABLE respondents DROP COLUMN locale; ALTER TABLE assessments DROP COLUMN report_locale; DROP INDEX assessments_next_round; ALTER TABLE answers DROP COLUMN carried; ALTER TABLE assessments DROP COLUMN previous_id; DROP TABLE workshop_votes; DROP TABLE roadmap_capacity; DROP TABLE pack_exports; PRAGMA application_id = 0; PRAGMA user_version = 2;"
        ))
        .unwrap();
    }
    let store = Store::open(&db_path(&dir)).unwrap();
    let data = store.load(&id).unwrap();
    assert_eq!(data.answers.len(), 1);
    assert_eq!(data.answers[0].value, AnswerValue::Level(2));
}

/// Found by fuzzing-led review: a pack (checksum correct) whose snapshot is
/// the 10,000-character key over 40,000 elements. Refused with the key's
/// place in the snapshot, before any database lock is taken.
#[test]
fn a_pack_whose_snapshot_is_hostile_is_refused_at_the_door() {
    let path = crate::util::fixtures()
        .join("fuzz/pack/snapshot-unknown-key-10k-chars-40k-element-array.json");
    let e = cx_maturity::store::pack_sessions::check_pack_file(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidPack, "{e}");
}
