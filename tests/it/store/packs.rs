//! Self-assessment packs: export, answer, import; merge and conflicts; every
//! malformed kind refused with file and place, the database unchanged.

use std::path::{Path, PathBuf};

use cx_maturity::model::AnswerValue;
use cx_maturity::pack::{self, DecidedBy, Kept, Pack, PackAnswer, PackRespondent};
use cx_maturity::store::Store;
use cx_maturity::{Error, ErrorKind};
use time::Duration;

use super::{db_path, dump, small_assessment, temp_store};
use crate::util::{cxm, fixtures};

/// An assessment with one Sales respondent who answered two questions.
fn setup(store: &mut Store) -> (String, String, String) {
    let id = small_assessment(store);
    let sales = store.department_by_name(&id, "Sales").unwrap();
    let r = store
        .add_respondent(&id, &sales.id, "Søren", Some("Head of Sales"), false)
        .unwrap();
    store
        .save_answer(
            &r.id,
            "vision.statement",
            AnswerValue::Level(2),
            Some("alt"),
        )
        .unwrap();
    store
        .save_answer(&r.id, "vision.awareness", AnswerValue::Level(3), None)
        .unwrap();
    (id, sales.id, r.id)
}

fn answer(question: &str, value: serde_json::Value, at: time::OffsetDateTime) -> PackAnswer {
    PackAnswer {
        question: question.into(),
        value,
        comment: None,
        updated_at: at,
        carried: false,
    }
}

fn write(dir: &Path, name: &str, p: &Pack) -> PathBuf {
    let path = dir.join(name);
    pack::write_file(p, &path).unwrap();
    path
}

/// Serialises a JSON value as a pack file with a correct checksum (for
/// packs that are well-formed but wrong for the assessment).
fn write_sealed(dir: &Path, name: &str, mut value: serde_json::Value) -> PathBuf {
    let sum = pack::checksum_of(&value);
    value["checksum"] = serde_json::Value::String(sum);
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    path
}

#[test]
fn export_carries_identity_snapshot_respondents_and_answers() {
    let (dir, mut store) = temp_store();
    let (id, sales, rid) = setup(&mut store);
    let p = store.export_pack(&id, &sales).unwrap();
    assert_eq!((p.format, p.kind.as_str()), (1, "cx-maturity-pack"));
    assert_eq!(
        (p.assessment.id.as_str(), p.assessment.organisation.as_str()),
        (id.as_str(), "Acme")
    );
    assert_eq!(
        (
            p.questionnaire.id.as_str(),
            p.questionnaire.version.as_str()
        ),
        ("cx-maturity", "1.0.0")
    );
    assert_eq!(
        p.questionnaire.snapshot["dimensions"]
            .as_array()
            .unwrap()
            .len(),
        10
    );
    assert_eq!(p.department.name, "Sales");
    assert_eq!(p.respondents.len(), 1);
    assert_eq!(p.respondents[0].id, rid);
    let qs: Vec<&str> = p.respondents[0]
        .answers
        .iter()
        .map(|a| a.question.as_str())
        .collect();
    assert_eq!(qs, ["vision.statement", "vision.awareness"]);
    // Written and read back: the same pack, checksum set.
    let file = write(dir.path(), "sales.cxpack.json", &p);
    let back = pack::read_file(&file).unwrap();
    assert!(back.checksum.starts_with("sha256:") && back.checksum.len() == 7 + 64);
    assert_eq!(
        Pack {
            checksum: String::new(),
            ..back
        },
        p
    );
}

#[test]
fn import_adds_updates_keeps_and_reports_conflicts() {
    let (dir, mut store) = temp_store();
    let (id, sales, rid) = setup(&mut store);
    let r2 = store
        .add_respondent(&id, &sales, "Kasia", None, false)
        .unwrap();
    store
        .save_answer(&r2.id, "trust.promises", AnswerValue::Level(3), None)
        .unwrap();
    store
        .save_answer(&r2.id, "trust.cancellation", AnswerValue::Level(3), None)
        .unwrap();
    let mut p = store.export_pack(&id, &sales).unwrap();
    let t = p.exported_at;
    std::thread::sleep(std::time::Duration::from_millis(5));
    // After the export the consultant changes three answers in the database.
    store
        .save_answer(&rid, "vision.statement", AnswerValue::Level(1), None)
        .unwrap();
    store
        .save_answer(&r2.id, "trust.promises", AnswerValue::Level(4), None)
        .unwrap();
    let db_cancel = store
        .save_answer(&r2.id, "trust.cancellation", AnswerValue::Level(4), None)
        .unwrap();
    // The head's last change comes after the consultant's, before the import.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let later = time::OffsetDateTime::now_utc();

    // Meanwhile the head answers in the pack.
    let soren = p.respondents.iter_mut().find(|r| r.id == rid).unwrap();
    // Changed in the pack only: update.
    soren.answers[1] = answer("vision.awareness", 5.into(), t + Duration::hours(1));
    // Changed on both sides, the pack later: conflict, pack kept.
    soren.answers[0] = PackAnswer {
        comment: Some("nach Workshop – höher".into()),
        ..answer("vision.statement", 4.into(), later)
    };
    // New answers: added.
    soren.answers.push(answer(
        "data.quality",
        "unknown".into(),
        t + Duration::hours(1),
    ));
    soren.answers.push(answer(
        "trust.cancellation",
        "na".into(),
        t + Duration::hours(1),
    ));
    let kasia = p.respondents.iter_mut().find(|r| r.id == r2.id).unwrap();
    // trust.promises left as exported (3): the database's newer 4 stays.
    // trust.cancellation changed in the pack just after the export but
    // before the consultant's change: conflict, database kept.
    kasia.answers[1] = answer(
        "trust.cancellation",
        2.into(),
        t + Duration::microseconds(1),
    );
    // A new colleague the head added.
    p.respondents.push(PackRespondent {
        id: "new-respondent-1".into(),
        name: "Émilie".into(),
        role: Some("Inside Sales".into()),
        consensus: false,
        created_at: t + Duration::minutes(30),
        locale: None,
        answers: vec![answer("voc.churn", 2.into(), t + Duration::minutes(31))],
    });
    let file = write(dir.path(), "sales.json", &p);

    let report = store
        .import_packs(&id, std::slice::from_ref(&file))
        .unwrap();
    let f = &report.files[0];
    assert_eq!(f.department, "Sales");
    assert_eq!(f.respondents_added, ["Émilie"]);
    // Søren: data.quality + trust.cancellation added; Émilie: voc.churn added → 3.
    // Søren vision.awareness → 1 updated.
    // Kasia trust.promises (kept, database newer) → 1 unchanged.
    // Søren vision.statement and Kasia trust.cancellation → 2 conflicts.
    assert_eq!(
        (f.added, f.updated, f.unchanged, f.conflicts.len()),
        (3, 1, 1, 2)
    );
    let c0 = &f.conflicts[0];
    assert_eq!(
        (c0.respondent.as_str(), c0.question.as_str(), c0.kept),
        ("Søren", "vision.statement", Kept::Pack)
    );
    assert_eq!(
        (c0.database.value, c0.pack.value),
        (AnswerValue::Level(1), AnswerValue::Level(4))
    );
    let c1 = &f.conflicts[1];
    assert_eq!(
        (c1.question.as_str(), c1.kept),
        ("trust.cancellation", Kept::Database)
    );
    // No choices (as `cxm pack import`): the rule decided both.
    for c in [c0, c1] {
        assert_eq!((c.rule_keeps, c.decided_by), (c.kept, DecidedBy::Rule));
    }
    assert_eq!(c1.database.updated_at, db_cancel.updated_at);
    assert_eq!(report.totals(), (3, 1, 1, 2));

    let got = |r: &str, q: &str| {
        store
            .answers_of(r)
            .unwrap()
            .into_iter()
            .find(|a| &*a.question_id == q)
            .map(|a| (a.value, a.comment))
    };
    assert_eq!(
        got(&rid, "vision.statement"),
        Some((AnswerValue::Level(4), Some("nach Workshop – höher".into())))
    );
    assert_eq!(
        got(&rid, "vision.awareness"),
        Some((AnswerValue::Level(5), None))
    );
    assert_eq!(
        got(&rid, "data.quality"),
        Some((AnswerValue::Unknown, None))
    );
    assert_eq!(
        got(&r2.id, "trust.promises"),
        Some((AnswerValue::Level(4), None))
    );
    assert_eq!(
        got(&r2.id, "trust.cancellation"),
        Some((AnswerValue::Level(4), None))
    );
    let emilie = store.respondent("new-respondent-1").unwrap();
    assert_eq!(
        (emilie.department_id.as_str(), emilie.role.as_deref()),
        (sales.as_str(), Some("Inside Sales"))
    );

    // Importing the same file again changes nothing: all unchanged or kept.
    let before = dump(&db_path(&dir));
    let again = store.import_packs(&id, &[file]).unwrap();
    assert_eq!(again.files[0].added + again.files[0].updated, 0);
    let after: Vec<String> = dump(&db_path(&dir))
        .into_iter()
        .filter(|l| !l.starts_with("assessments:"))
        .collect();
    let before: Vec<String> = before
        .into_iter()
        .filter(|l| !l.starts_with("assessments:"))
        .collect();
    assert_eq!(after, before);
}

#[test]
fn several_files_go_in_together_or_not_at_all() {
    let (dir, mut store) = temp_store();
    let (id, sales, _) = setup(&mut store);
    let service = store.department_by_name(&id, "Service").unwrap();
    let ok_sales = store.export_pack(&id, &sales).unwrap();
    let mut ok_service = store.export_pack(&id, &service.id).unwrap();
    ok_service.respondents.push(PackRespondent {
        id: "svc-1".into(),
        name: "Inês".into(),
        role: None,
        consensus: true,
        created_at: ok_service.exported_at,
        locale: None,
        answers: vec![answer(
            "voc.close-loop",
            1.into(),
            ok_service.exported_at + Duration::hours(1),
        )],
    });
    let a = write(dir.path(), "a.json", &ok_sales);
    let b = write(dir.path(), "b.json", &ok_service);
    let bad = fixtures().join("packs/not-json.json");
    let before = dump(&db_path(&dir));
    let e = store
        .import_packs(&id, &[a.clone(), bad.clone(), b.clone()])
        .unwrap_err();
    assert!(
        matches!(&e, Error::InvalidPack { file, .. } if *file == bad),
        "{e}"
    );
    assert_eq!(dump(&db_path(&dir)), before);

    // Two bad files: both named, nothing imported.
    let bad2 = fixtures().join("packs/format-2.json");
    let e = store
        .import_packs(&id, &[a.clone(), bad, bad2])
        .unwrap_err();
    let Error::InvalidPacks { errors } = &e else {
        panic!("expected InvalidPacks, got {e}")
    };
    assert_eq!(errors.len(), 2);
    let text = e.to_string();
    assert!(
        text.contains("not-json.json") && text.contains("format-2.json"),
        "{text}"
    );
    assert_eq!(dump(&db_path(&dir)), before);

    let report = store.import_packs(&id, &[a, b]).unwrap();
    assert_eq!(report.files.len(), 2);
    assert_eq!(report.files[1].respondents_added, ["Inês"]);
    assert!(store.respondent("svc-1").unwrap().consensus);
}

/// One malformed pack through `cxm pack import`: exit 1, the file and the
/// place named on stderr, the database unchanged.
fn refused(db: &Path, id: &str, file: &Path, place: &str) {
    let before = dump(db);
    let out = cxm(db)
        .args(["pack", "import", id])
        .arg(file)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{}: {stderr}", file.display());
    assert!(
        stderr.contains(&file.display().to_string()),
        "file not named: {stderr}"
    );
    assert!(
        stderr.contains(place),
        "place {place:?} not named: {stderr}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(dump(db), before, "{} changed the database", file.display());
}

#[test]
fn every_malformed_pack_is_refused_with_file_and_place() {
    let (dir, mut store) = temp_store();
    let (id, sales, _) = setup(&mut store);
    let other = store
        .create_assessment("Other GmbH", "Other", &super::builtin(), &["Sales"])
        .unwrap();
    let other_sales = store.department_by_name(&other, "Sales").unwrap();
    let good = store.export_pack(&id, &sales).unwrap();
    let foreign = store.export_pack(&other, &other_sales.id).unwrap();
    drop(store);
    let db = db_path(&dir);
    let d = dir.path();
    let good_text = pack::to_json(&good).unwrap();
    let good_value: serde_json::Value = serde_json::from_str(&good_text).unwrap();

    // Not JSON.
    refused(
        &db,
        &id,
        &fixtures().join("packs/not-json.json"),
        "1:1: $: this is not a JSON file (it should begin with a {); check that you chose the right file",
    );
    // Not UTF-8 (Latin-1 ü after 41 characters of line 2).
    refused(
        &db,
        &id,
        &fixtures().join("packs/latin1.json"),
        "2:42: $: a character here cannot be read, so the file was saved in another text encoding; open it in a text editor and save it with the encoding “UTF-8”",
    );
    // Another kind of JSON file.
    refused(&db, &id, &fixtures().join("packs/wrong-kind.json"), "kind");
    // A future format.
    refused(
        &db,
        &id,
        &fixtures().join("packs/format-2.json"),
        "format: pack format 2 is not supported; this version of the app reads format 1 — update the app, or ask for a pack exported by this version",
    );

    // Truncated in the middle (a mail client cut it off).
    let truncated = d.join("truncated.json");
    std::fs::write(&truncated, &good_text[..good_text.len() * 2 / 3]).unwrap();
    refused(&db, &id, &truncated, "the file stops in the middle of");
    refused(
        &db,
        &id,
        &truncated,
        "it may be cut short — copy or download it again",
    );

    // Changed by hand after export: the checksum no longer matches.
    let tampered = d.join("tampered.json");
    std::fs::write(&tampered, good_text.replacen("\"Søren\"", "\"Soren\"", 1)).unwrap();
    refused(&db, &id, &tampered, "checksum: does not match");

    // A pack of another assessment.
    let wrong = write(d, "other-assessment.json", &foreign);
    refused(
        &db,
        &id,
        &wrong,
        "assessment.id: this pack belongs to assessment",
    );

    // Another questionnaire version.
    let mut v = good_value.clone();
    v["questionnaire"]["version"] = "2.0.0".into();
    refused(
        &db,
        &id,
        &write_sealed(d, "version.json", v),
        "questionnaire.version",
    );

    // An unknown question id.
    let mut v = good_value.clone();
    v["respondents"][0]["answers"][1]["question"] = "vision.crystal-ball".into();
    refused(
        &db,
        &id,
        &write_sealed(d, "question.json", v),
        "respondents[0].answers[1].question",
    );

    // Levels out of range, of every wrong shape.
    for (n, bad) in [
        serde_json::json!(0),
        serde_json::json!(6),
        serde_json::json!(-1),
        serde_json::json!(2.5),
        serde_json::json!("5"),
        serde_json::json!(null),
    ]
    .into_iter()
    .enumerate()
    {
        let mut v = good_value.clone();
        v["respondents"][0]["answers"][0]["value"] = bad;
        refused(
            &db,
            &id,
            &write_sealed(d, &format!("level-{n}.json"), v),
            "respondents[0].answers[0].value",
        );
    }

    // The same respondent twice.
    let mut v = good_value;
    let first = v["respondents"][0].clone();
    v["respondents"].as_array_mut().unwrap().push(first);
    refused(
        &db,
        &id,
        &write_sealed(d, "duplicate.json", v),
        "respondents[1].id: respondent",
    );

    // Bigger than 20 MB: refused before it is read.
    let big = d.join("big.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(20 * 1024 * 1024 + 1).unwrap();
    refused(
        &db,
        &id,
        &big,
        "$: the file is more than 20 MB; packs are at most 20 MB — choose the pack file itself, not an export or a database",
    );
}

#[test]
fn a_pack_cannot_move_a_respondent_to_another_department() {
    let (dir, mut store) = temp_store();
    let (id, sales, rid) = setup(&mut store);
    let service = store.department_by_name(&id, "Service").unwrap();
    let mut p = store.export_pack(&id, &service.id).unwrap();
    let sales_pack = store.export_pack(&id, &sales).unwrap();
    p.respondents.push(sales_pack.respondents[0].clone());
    let file = write(dir.path(), "moved.json", &p);
    let before = dump(&db_path(&dir));
    let e = store.import_packs(&id, &[file]).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidPack);
    let text = e.to_string();
    assert!(
        text.contains("respondents[0].id") && text.contains(&rid) && text.contains("\"Sales\""),
        "{text}"
    );
    assert_eq!(dump(&db_path(&dir)), before);
}

#[test]
fn pack_commands_export_and_import() {
    let (dir, mut store) = temp_store();
    let (id, _, _) = setup(&mut store);
    drop(store);
    let db = db_path(&dir);
    let out_file = dir.path().join("sales pack.json");
    let out = cxm(&db)
        .args(["pack", "export", &id, "--department", "sales", "--out"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = cxm(&db)
        .args(["pack", "import", &id, "--json"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // Nothing changed since the export: both answers unchanged.
    assert_eq!(report["files"][0]["unchanged"], 2);
    assert_eq!(report["files"][0]["added"], 0);
    assert_eq!(report["files"][0]["conflicts"], serde_json::json!([]));
}

mod props {
    //! Export → answer → write → read → import keeps every answer exactly.

    use super::*;
    use proptest::prelude::*;

    fn value() -> impl Strategy<Value = AnswerValue> {
        prop_oneof![
            (1u8..=5).prop_map(AnswerValue::Level),
            Just(AnswerValue::NotApplicable),
            Just(AnswerValue::Unknown),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

        #[test]
        fn pack_round_trip_keeps_every_answer(
            answers in proptest::collection::btree_map(0usize..50, (value(), proptest::option::of("\\PC{0,40}")), 0..30),
            name in "\\PC{1,30}",
        ) {
            let (dir, mut store) = temp_store();
            let id = small_assessment(&mut store);
            let sales = store.department_by_name(&id, "Sales").unwrap();
            let questions: Vec<String> = super::super::builtin().questions().map(|(_, q)| q.id.clone()).collect();
            let mut p = store.export_pack(&id, &sales.id).unwrap();
            let at = p.exported_at + Duration::minutes(5);
            p.respondents.push(PackRespondent {
                id: "head".into(),
                name: name.clone(),
                role: None,
                consensus: false,
                created_at: at,
                locale: None,
                answers: answers
                    .iter()
                    .map(|(q, (v, c))| PackAnswer {
                        question: questions[*q].clone(),
                        value: serde_json::to_value(v).unwrap(),
                        comment: c.clone(),
                        updated_at: at,
                        carried: false,
                    })
                    .collect(),
            });
            let file = write(dir.path(), "p.json", &p);
            // The file reads back as the same pack.
            let back = pack::read_file(&file).unwrap();
            prop_assert_eq!(Pack { checksum: String::new(), ..back }, p);

            let report = store.import_packs(&id, &[file]).unwrap();
            prop_assert_eq!(report.files[0].added as usize, answers.len());
            let r = store.respondent("head").unwrap();
            prop_assert_eq!(r.name, name);
            let mut stored: Vec<(String, AnswerValue, Option<String>)> = store
                .answers_of("head")
                .unwrap()
                .into_iter()
                .map(|a| (a.question_id.to_string(), a.value, a.comment))
                .collect();
            stored.sort_by(|a, b| a.0.cmp(&b.0));
            let mut expected: Vec<(String, AnswerValue, Option<String>)> = answers
                .iter()
                .map(|(q, (v, c))| (questions[*q].clone(), *v, c.clone().filter(|c| !c.trim().is_empty())))
                .collect();
            expected.sort_by(|a, b| a.0.cmp(&b.0));
            prop_assert_eq!(stored, expected);
        }
    }
}
