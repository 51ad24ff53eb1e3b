//! Self-assessment by pack on the department head's side: opening a pack
//! as a session, resuming it, deleting it and undoing that, a newer pack,
//! saving the filled pack, and the consultant importing it (counts and true
//! conflicts); hostile packs and the consultant's own assessments refused
//! with nothing stored; the migration that adds the sessions keeps older
//! data.

use std::path::{Path, PathBuf};

use tempfile::TempDir;

use cx_maturity::model::AnswerValue;
use cx_maturity::pack::{self, Kept, Pack};
use cx_maturity::store::{OpenKind, SCHEMA_VERSION, Store};
use cx_maturity::{Error, ErrorKind};

use super::{answer_of, db_path, dump, small_assessment, temp_store};

/// Times in packs and answers are taken from the clock; a short pause
/// makes "after the export" strictly after it.
fn tick() {
    std::thread::sleep(std::time::Duration::from_millis(5));
}

struct Consultant {
    _dir: TempDir,
    store: Store,
    id: String,
    sales: String,
    service: String,
    soren: String,
}

/// The consultant's assessment: Sales has Søren, who answered two
/// questions before the export; Service has nobody.
fn consultant() -> Consultant {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let service = store.department_by_name(&id, "Service").unwrap().id;
    let soren = store
        .add_respondent(&id, &sales, "Søren", Some("Head of Sales"), false)
        .unwrap()
        .id;
    store
        .save_answer(&soren, "vision.statement", AnswerValue::Level(2), None)
        .unwrap();
    store
        .save_answer(&soren, "vision.awareness", AnswerValue::Level(3), None)
        .unwrap();
    Consultant {
        _dir: dir,
        store,
        id,
        sales,
        service,
        soren,
    }
}

fn export(c: &mut Consultant, department: &str, dir: &Path, name: &str) -> PathBuf {
    let p = c.store.export_pack(&c.id, department).unwrap();
    let file = dir.join(name);
    pack::write_file(&p, &file).unwrap();
    tick();
    file
}

#[test]
fn a_filled_pack_goes_back_with_its_answers_counts_and_a_true_conflict() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sent = export(&mut c, &department, files.path(), "acme-sales.cxpack.json");
    let exported_at = pack::read_file(&sent).unwrap().exported_at;

    // After the export the consultant changes one of Søren's answers.
    c.store
        .save_answer(&c.soren, "vision.awareness", AnswerValue::Level(1), None)
        .unwrap();
    tick();

    // The head opens the pack in their own database and answers.
    let (_hdir, mut head) = temp_store();
    let opened = head.open_pack_session(&sent).unwrap();
    assert_eq!(opened.kind, OpenKind::Created);
    let s = &opened.session;
    assert_eq!(
        (
            s.assessment_id.as_str(),
            s.department.as_str(),
            s.organisation.as_str()
        ),
        (c.id.as_str(), "Sales", "Acme")
    );
    assert_eq!(s.source_file, "acme-sales.cxpack.json");
    assert_eq!(s.exported_at, exported_at);
    // 1 respondent × 50 questions, 2 answered in the pack.
    assert_eq!(
        (s.respondents, s.answered, s.questions, s.expected()),
        (1, 2, 50, 50)
    );
    head.save_answer(&c.soren, "vision.statement", AnswerValue::Level(4), None)
        .unwrap();
    head.save_answer(
        &c.soren,
        "vision.awareness",
        AnswerValue::Level(5),
        Some("after the workshop"),
    )
    .unwrap();
    head.save_answer(&c.soren, "data.quality", AnswerValue::Unknown, None)
        .unwrap();
    head.save_answer(&c.soren, "trust.promises", AnswerValue::Level(4), None)
        .unwrap();
    let back = files.path().join("acme-sales-filled.cxpack.json");
    let saved = head.save_filled_pack(&c.id, &back).unwrap();
    assert_eq!(
        saved.saved_file.as_deref(),
        Some("acme-sales-filled.cxpack.json")
    );
    assert_eq!((saved.answered, saved.expected()), (4, 50));
    // The filled pack keeps the ORIGINAL export time.
    let filled = pack::read_file(&back).unwrap();
    assert_eq!(filled.exported_at, exported_at);

    // The consultant imports it.
    let report = c
        .store
        .import_packs(&c.id, std::slice::from_ref(&back))
        .unwrap();
    let f = &report.files[0];
    // vision.statement: changed only by the head → updated (1).
    // data.quality, trust.promises: new → added (2).
    // vision.awareness: changed on both sides → one conflict, the head's
    // (later) answer kept.
    assert_eq!((f.added, f.updated, f.unchanged), (2, 1, 0));
    assert_eq!(f.conflicts.len(), 1);
    let k = &f.conflicts[0];
    assert_eq!(
        (k.question.as_str(), k.database.value, k.pack.value, k.kept),
        (
            "vision.awareness",
            AnswerValue::Level(1),
            AnswerValue::Level(5),
            Kept::Pack
        )
    );
    assert!(f.respondents_added.is_empty());
    assert_eq!(
        answer_of(&c.store, &c.soren, "vision.statement"),
        Some(AnswerValue::Level(4))
    );
    assert_eq!(
        answer_of(&c.store, &c.soren, "vision.awareness"),
        Some(AnswerValue::Level(5))
    );
    assert_eq!(
        answer_of(&c.store, &c.soren, "data.quality"),
        Some(AnswerValue::Unknown)
    );
    assert_eq!(
        answer_of(&c.store, &c.soren, "trust.promises"),
        Some(AnswerValue::Level(4))
    );
}

#[test]
fn a_consultant_change_after_the_heads_wins_and_is_reported() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sent = export(&mut c, &department, files.path(), "sales.cxpack.json");
    let (_hdir, mut head) = temp_store();
    head.open_pack_session(&sent).unwrap();
    head.save_answer(&c.soren, "vision.awareness", AnswerValue::Level(5), None)
        .unwrap();
    tick();
    // The consultant changes the same answer later still.
    c.store
        .save_answer(&c.soren, "vision.awareness", AnswerValue::Level(2), None)
        .unwrap();
    let back = files.path().join("filled.cxpack.json");
    head.save_filled_pack(&c.id, &back).unwrap();
    let report = c.store.import_packs(&c.id, &[back]).unwrap();
    let f = &report.files[0];
    // vision.statement is the same on both sides: unchanged (1); the
    // conflict keeps the newer database answer.
    assert_eq!(
        (f.added, f.updated, f.unchanged, f.conflicts.len()),
        (0, 0, 1, 1)
    );
    assert_eq!(f.conflicts[0].kept, Kept::Database);
    assert_eq!(
        answer_of(&c.store, &c.soren, "vision.awareness"),
        Some(AnswerValue::Level(2))
    );
}

#[test]
fn the_head_adds_themself_when_the_pack_has_nobody_and_import_accepts_them() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.service.clone();
    let sent = export(&mut c, &department, files.path(), "service.cxpack.json");
    let (_hdir, mut head) = temp_store();
    let s = head.open_pack_session(&sent).unwrap().session;
    // Nobody answers yet: 0 of 50 (the questions alone).
    assert_eq!((s.respondents, s.answered, s.expected()), (0, 0, 50));
    let me = head
        .add_respondent(
            &c.id,
            &s.department_id,
            "Ines",
            Some("Head of Service"),
            false,
        )
        .unwrap();
    head.save_answers(
        &me.id,
        &[
            ("vision.statement", AnswerValue::Level(3), None),
            ("vision.awareness", AnswerValue::NotApplicable, None),
            ("data.quality", AnswerValue::Level(2), Some("two CRMs")),
        ],
    )
    .unwrap();
    let back = files.path().join("service-filled.cxpack.json");
    head.save_filled_pack(&c.id, &back).unwrap();

    let report = c.store.import_packs(&c.id, &[back]).unwrap();
    let f = &report.files[0];
    assert_eq!(f.respondents_added, ["Ines"]);
    assert_eq!((f.added, f.updated, f.conflicts.len()), (3, 0, 0));
    let ines = c.store.respondent(&me.id).unwrap();
    assert_eq!(
        (ines.name.as_str(), ines.department_id.as_str()),
        ("Ines", c.service.as_str())
    );
    assert_eq!(
        answer_of(&c.store, &me.id, "vision.awareness"),
        Some(AnswerValue::NotApplicable)
    );
}

#[test]
fn reopening_the_same_pack_resumes_even_after_a_restart() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sent = export(&mut c, &department, files.path(), "sales.cxpack.json");
    let hdir = tempfile::tempdir().unwrap();
    let path = hdir.path().join("head.db");
    {
        let mut head = Store::open(&path).unwrap();
        head.open_pack_session(&sent).unwrap();
        head.save_answer(&c.soren, "vision.statement", AnswerValue::Level(5), None)
            .unwrap();
        head.save_answer(&c.soren, "data.quality", AnswerValue::Level(1), None)
            .unwrap();
    }
    // The app restarts: the session is listed with its progress.
    let mut head = Store::open(&path).unwrap();
    let sessions = head.pack_sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    // 2 answers from the pack + data.quality = 3 (vision.statement replaced).
    assert_eq!(sessions[0].answered, 3);
    let again = head.open_pack_session(&sent).unwrap();
    assert_eq!(again.kind, OpenKind::Resumed);
    assert_eq!(again.session.answered, 3);
    assert_eq!(
        answer_of(&head, &c.soren, "vision.statement"),
        Some(AnswerValue::Level(5))
    );
    assert_eq!(
        head.resume_point(&c.soren).unwrap().as_deref(),
        Some("vision.strategy-link")
    );
    assert_eq!(head.pack_sessions().unwrap().len(), 1);
}

/// The head's store with Sales' pack open and Søren's answer to
/// `data.quality` changed to 1; the pack file sent; the folders to keep.
fn head_with_one_answer(c: &mut Consultant) -> ((TempDir, TempDir), PathBuf, Store) {
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sent = export(c, &department, files.path(), "sales.cxpack.json");
    let (hdir, mut head) = temp_store();
    head.open_pack_session(&sent).unwrap();
    head.save_answer(&c.soren, "data.quality", AnswerValue::Level(1), None)
        .unwrap();
    ((files, hdir), sent, head)
}

#[test]
fn a_deleted_session_comes_back_with_its_answers_when_the_pack_is_opened_again() {
    let mut c = consultant();
    let (_dirs, sent, mut head) = head_with_one_answer(&mut c);
    head.delete_assessment(&c.id).unwrap();
    assert!(head.pack_sessions().unwrap().is_empty());
    let again = head.open_pack_session(&sent).unwrap();
    assert_eq!(
        (again.kind, again.restored, again.session.answered),
        (OpenKind::Resumed, true, 3)
    );
}

/// Home's Delete, then Undo: the session is gone from the list, then back
/// with its answers.
#[test]
fn undoing_the_delete_of_a_session_brings_it_back_with_its_answers() {
    let mut c = consultant();
    let (_dirs, _sent, mut head) = head_with_one_answer(&mut c);
    let answered = head.pack_session(&c.id).unwrap().answered;
    head.delete_assessment(&c.id).unwrap();
    assert!(head.pack_sessions().unwrap().is_empty());
    head.restore_assessment(&c.id).unwrap();
    let back = head.pack_sessions().unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(
        (back[0].assessment_id.as_str(), back[0].answered),
        (c.id.as_str(), answered)
    );
    assert_eq!(
        answer_of(&head, &c.soren, "data.quality"),
        Some(AnswerValue::Level(1))
    );
}

#[test]
fn a_newer_pack_brings_the_consultants_changes_and_never_the_heads_answers_away() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let first = export(&mut c, &department, files.path(), "sales-1.cxpack.json");
    let t1 = pack::read_file(&first).unwrap().exported_at;
    let (_hdir, mut head) = temp_store();
    head.open_pack_session(&first).unwrap();
    head.save_answer(&c.soren, "vision.statement", AnswerValue::Level(5), None)
        .unwrap();
    tick();
    // The consultant changes the same answer and another one, adds Kasia
    // with one answer, and re-sends the pack.
    c.store
        .save_answer(&c.soren, "vision.statement", AnswerValue::Level(1), None)
        .unwrap();
    c.store
        .save_answer(&c.soren, "vision.awareness", AnswerValue::Level(4), None)
        .unwrap();
    let kasia = c
        .store
        .add_respondent(&c.id, &c.sales, "Kasia", None, false)
        .unwrap();
    c.store
        .save_answer(&kasia.id, "trust.promises", AnswerValue::Level(2), None)
        .unwrap();
    let department = c.sales.clone();
    let second = export(&mut c, &department, files.path(), "sales-2.cxpack.json");

    let opened = head.open_pack_session(&second).unwrap();
    assert_eq!(opened.kind, OpenKind::Refreshed);
    assert_eq!(opened.respondents_added, ["Kasia"]);
    // Kasia's answer is new (1); vision.awareness was not touched by the
    // head, so the consultant's newer one is taken (1); vision.statement
    // was the head's own: kept (1).
    assert_eq!(
        (
            opened.answers_added,
            opened.answers_updated,
            opened.kept_yours
        ),
        (1, 1, 1)
    );
    assert_eq!(
        answer_of(&head, &c.soren, "vision.statement"),
        Some(AnswerValue::Level(5))
    );
    assert_eq!(
        answer_of(&head, &c.soren, "vision.awareness"),
        Some(AnswerValue::Level(4))
    );
    // The session keeps the first export time and names the newer file.
    assert_eq!(opened.session.exported_at, t1);
    assert_eq!(opened.session.source_file, "sales-2.cxpack.json");

    // The older pack, opened again, changes nothing.
    let before = dump(head.path());
    let old = head.open_pack_session(&first).unwrap();
    assert_eq!(old.kind, OpenKind::OlderIgnored);
    assert_eq!(dump(head.path()), before);

    // Back at the consultant's, the head's answer is a true conflict.
    let back = files.path().join("filled.cxpack.json");
    head.save_filled_pack(&c.id, &back).unwrap();
    let report = c.store.import_packs(&c.id, &[back]).unwrap();
    let conflicts: Vec<&str> = report.files[0]
        .conflicts
        .iter()
        .map(|k| k.question.as_str())
        .collect();
    assert!(conflicts.contains(&"vision.statement"), "{conflicts:?}");
}

#[test]
fn a_pack_of_the_consultants_own_assessment_is_refused_and_nothing_changes() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sent = export(&mut c, &department, files.path(), "sales.cxpack.json");
    let before = dump(c.store.path());
    let e = c.store.open_pack_session(&sent).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let text = e.to_string();
    assert!(
        text.contains("sales.cxpack.json") && text.contains("import the pack"),
        "{text}"
    );
    assert_eq!(dump(c.store.path()), before);
}

#[test]
fn a_second_department_of_the_same_assessment_is_refused_with_the_reason() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sales = export(&mut c, &department, files.path(), "sales.cxpack.json");
    let department = c.service.clone();
    let service = export(&mut c, &department, files.path(), "service.cxpack.json");
    let (hdir, mut head) = temp_store();
    head.open_pack_session(&sales).unwrap();
    let before = dump(&db_path(&hdir));
    let e = head.open_pack_session(&service).unwrap_err();
    assert!(
        e.to_string()
            .contains("department \u{201c}Service\u{201d}, but"),
        "{e}"
    );
    assert_eq!(dump(&db_path(&hdir)), before);
}

/// Writes `value` as a pack with a correct checksum.
fn sealed(dir: &Path, name: &str, mut value: serde_json::Value) -> PathBuf {
    value["checksum"] = serde_json::Value::String(pack::checksum_of(&value));
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

/// Opening `file` fails with an invalid-pack error naming the file at
/// `place`, and the head's database is exactly as before.
fn refused(file: &Path, place: &str) {
    let (hdir, mut head) = temp_store();
    let before = dump(&db_path(&hdir));
    let e = head.open_pack_session(file).unwrap_err();
    match &e {
        Error::InvalidPack { file: f, issue } => {
            assert_eq!(f, file);
            assert!(
                issue.path.starts_with(place),
                "{} is not at {place}: {e}",
                issue.path
            );
        }
        other => panic!("expected InvalidPack at {place}, got {other}"),
    }
    assert_eq!(
        dump(&db_path(&hdir)),
        before,
        "{place}: the database changed"
    );
    assert!(head.pack_sessions().unwrap().is_empty());
}

#[test]
fn hostile_packs_are_refused_naming_file_and_place_with_nothing_stored() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let good = export(&mut c, &department, files.path(), "good.cxpack.json");
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&good).unwrap()).unwrap();
    let dir = files.path();

    // A snapshot the questionnaire validator refuses (4 anchors instead of 5).
    let mut v = value.clone();
    v["questionnaire"]["snapshot"]["dimensions"][0]["questions"][0]["anchors"]
        .as_array_mut()
        .unwrap()
        .pop();
    refused(
        &sealed(dir, "short-anchors.cxpack.json", v),
        "questionnaire.snapshot.dimensions[0].questions[0]",
    );

    // A snapshot that is not a questionnaire at all.
    let mut v = value.clone();
    v["questionnaire"]["snapshot"] = serde_json::json!({"hello": "world"});
    refused(
        &sealed(dir, "not-a-questionnaire.cxpack.json", v),
        "questionnaire.snapshot",
    );

    // A snapshot of another questionnaire version than the pack says.
    let mut v = value.clone();
    v["questionnaire"]["version"] = "9.9.9".into();
    refused(
        &sealed(dir, "version.cxpack.json", v),
        "questionnaire.snapshot",
    );

    // An answer to a question the snapshot does not have, and a bad value.
    let mut v = value.clone();
    v["respondents"][0]["answers"][0]["question"] = "nope.nothing".into();
    refused(
        &sealed(dir, "question.cxpack.json", v),
        "respondents[0].answers[0].question",
    );
    let mut v = value.clone();
    v["respondents"][0]["answers"][1]["value"] = 7.into();
    refused(
        &sealed(dir, "value.cxpack.json", v),
        "respondents[0].answers[1].value",
    );

    // An empty department name.
    let mut v = value.clone();
    v["department"]["name"] = "  ".into();
    refused(&sealed(dir, "department.cxpack.json", v), "department.name");

    // Tampered after export: the checksum no longer matches.
    let text = std::fs::read_to_string(&good).unwrap();
    let tampered = dir.join("tampered.cxpack.json");
    std::fs::write(&tampered, text.replacen("\"Søren\"", "\"Mallory\"", 1)).unwrap();
    refused(&tampered, "checksum");

    // Not a pack (a questionnaire file, say).
    let mut v = value;
    v["kind"] = "cx-maturity-questionnaire".into();
    refused(&sealed(dir, "kind.cxpack.json", v), "kind");

    // The good one opens.
    let (_h, mut head) = temp_store();
    assert_eq!(
        head.open_pack_session(&good).unwrap().kind,
        OpenKind::Created
    );
}

#[test]
fn migrating_a_database_of_the_previous_schema_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let (id, soren) = {
        let mut store = Store::open(&path).unwrap();
        let id = small_assessment(&mut store);
        let sales = store.department_by_name(&id, "Sales").unwrap().id;
        let r = store
            .add_respondent(&id, &sales, "Søren", None, false)
            .unwrap();
        store
            .save_answer(&r.id, "vision.statement", AnswerValue::Level(4), Some("ok"))
            .unwrap();
        (id, r.id)
    };
    {
        // Back to schema 1: what the first release wrote.
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "ALTER TABLE answers DROP COLUMN do_not_quote; ALTER TABLE assessments DROP COLUMN anonymity_threshold; ALTER TABLE assessments DROP COLUMN anonymous; ALTER TABLE respondents DROP COLUMN locale; ALTER TABLE assessments DROP COLUMN report_locale; DROP INDEX assessments_next_round; ALTER TABLE answers DROP COLUMN carried; ALTER TABLE assessments DROP COLUMN previous_id; DROP TABLE workshop_votes; DROP TABLE roadmap_capacity; DROP TABLE pack_sessions; DROP TABLE pack_exports; \
             PRAGMA application_id = 0; PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    let before: Vec<String> = dump(&path)
        .into_iter()
        .filter(|l| !l.starts_with("user_version"))
        .collect();
    let store = Store::open(&path).unwrap();
    let after = dump(&path);
    assert_eq!(after[0], format!("user_version={SCHEMA_VERSION}"));
    assert_eq!(SCHEMA_VERSION, 9);
    // Schemas 6 to 8 add last columns to three tables, with their
    // defaults: no previous round, an English report, named with the
    // threshold 3; not carried and quotable; no respondent language. Every
    // other cell is as it was.
    let without_round_columns: Vec<String> = after[1..]
        .iter()
        .map(|line| {
            let added = [
                (
                    "assessments: ",
                    "Null | Text(\"en\") | Integer(0) | Integer(3)",
                ),
                ("answers: ", "Integer(0) | Integer(0)"),
                ("respondents: ", "Null"),
            ];
            match added.iter().find(|(table, _)| line.starts_with(table)) {
                Some((_, default)) => line
                    .strip_suffix(&format!(" | {default}"))
                    .unwrap_or_else(|| panic!("{line} ends with the new column's default"))
                    .to_owned(),
                None => line.clone(),
            }
        })
        .collect();
    assert_eq!(without_round_columns, before);
    assert!(store.pack_sessions().unwrap().is_empty());
    assert_eq!(
        answer_of(&store, &soren, "vision.statement"),
        Some(AnswerValue::Level(4))
    );
    assert_eq!(store.assessment(&id).unwrap().organisation, "Acme");
    assert!(cx_maturity::store::latest_backup(&path).is_some());
}

#[test]
fn the_filled_pack_is_the_department_as_it_is_now_with_the_original_time() {
    let mut c = consultant();
    let files = tempfile::tempdir().unwrap();
    let department = c.sales.clone();
    let sent = export(&mut c, &department, files.path(), "sales.cxpack.json");
    let original: Pack = pack::read_file(&sent).unwrap();
    let (_h, mut head) = temp_store();
    head.open_pack_session(&sent).unwrap();
    head.clear_answer(&c.soren, "vision.awareness").unwrap();
    let filled = head.filled_pack(&c.id).unwrap();
    assert_eq!(filled.exported_at, original.exported_at);
    assert_eq!(filled.assessment, original.assessment);
    assert_eq!(filled.department, original.department);
    assert_eq!(
        filled.questionnaire.snapshot,
        original.questionnaire.snapshot
    );
    let qs: Vec<&str> = filled.respondents[0]
        .answers
        .iter()
        .map(|a| a.question.as_str())
        .collect();
    assert_eq!(qs, ["vision.statement"]);
    // Not a pack session: no filled pack.
    assert_eq!(
        c.store.filled_pack(&c.id).unwrap_err().kind(),
        ErrorKind::NotFound
    );
}
