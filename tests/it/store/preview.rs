//! The import preview (`Store::preview_import`): it reports exactly what the
//! commit then does, and it changes nothing, not even on a refused file.

use std::path::PathBuf;

use cx_maturity::Error;
use cx_maturity::model::AnswerValue;
use cx_maturity::pack::{self, ConflictChoices, Kept, Pack, PackAnswer, PackRespondent};
use cx_maturity::store::Store;
use time::Duration;

use super::{db_path, dump, small_assessment, temp_store};

fn answer(question: &str, value: serde_json::Value, at: time::OffsetDateTime) -> PackAnswer {
    PackAnswer {
        question: question.into(),
        value,
        comment: None,
        updated_at: at,
        carried: false,
    }
}

/// Acme with Sales (Søren: vision.statement 2, vision.awareness 3) and a
/// Sales pack exported, then changed on both sides:
/// - database after export: vision.statement → 1;
/// - pack: vision.statement → 4 (later than the database: conflict, pack
///   kept), vision.awareness → 5 (update), data.quality unknown (add), and a
///   new respondent Émilie with voc.churn 2 (add);
/// - a Service pack with a new consensus respondent Inês, voc.close-loop 1 (add).
fn two_packs(store: &mut Store) -> (String, Vec<(PathBuf, Pack)>) {
    let id = small_assessment(store);
    let sales = store.department_by_name(&id, "Sales").unwrap();
    let service = store.department_by_name(&id, "Service").unwrap();
    let soren = store
        .add_respondent(&id, &sales.id, "Søren", None, false)
        .unwrap();
    store
        .save_answer(&soren.id, "vision.statement", AnswerValue::Level(2), None)
        .unwrap();
    store
        .save_answer(&soren.id, "vision.awareness", AnswerValue::Level(3), None)
        .unwrap();
    let mut p = store.export_pack(&id, &sales.id).unwrap();
    let t = p.exported_at;
    std::thread::sleep(std::time::Duration::from_millis(5));
    store
        .save_answer(&soren.id, "vision.statement", AnswerValue::Level(1), None)
        .unwrap();
    // The head's change comes after the consultant's, before the import.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let later = time::OffsetDateTime::now_utc();
    let r = &mut p.respondents[0];
    r.answers[0] = answer("vision.statement", 4.into(), later);
    r.answers[1] = answer("vision.awareness", 5.into(), t + Duration::hours(1));
    r.answers.push(answer(
        "data.quality",
        "unknown".into(),
        t + Duration::hours(1),
    ));
    p.respondents.push(PackRespondent {
        id: "emilie-1".into(),
        name: "Émilie".into(),
        role: None,
        consensus: false,
        created_at: t,
        locale: None,
        answers: vec![answer("voc.churn", 2.into(), t + Duration::minutes(1))],
    });
    let mut s = store.export_pack(&id, &service.id).unwrap();
    s.respondents.push(PackRespondent {
        id: "ines-1".into(),
        name: "Inês".into(),
        role: None,
        consensus: true,
        created_at: s.exported_at,
        locale: None,
        answers: vec![answer(
            "voc.close-loop",
            1.into(),
            s.exported_at + Duration::hours(1),
        )],
    });
    (
        id,
        vec![
            (PathBuf::from("sales.cxpack"), p),
            (PathBuf::from("service.cxpack"), s),
        ],
    )
}

#[test]
fn the_preview_is_the_report_the_commit_then_gives() {
    let (_dir, mut store) = temp_store();
    let (id, packs) = two_packs(&mut store);

    let preview = store
        .preview_import(&id, &packs, &ConflictChoices::new())
        .unwrap();
    assert!(preview.refused.is_empty(), "{:?}", preview.refused);
    let sales = &preview.report.files[0];
    // Sales: data.quality + Émilie's voc.churn added (2); vision.awareness
    // updated (1); vision.statement in conflict, the pack's later 4 kept.
    assert_eq!(
        (
            sales.added,
            sales.updated,
            sales.unchanged,
            sales.conflicts.len()
        ),
        (2, 1, 0, 1)
    );
    assert_eq!(sales.respondents_added, ["Émilie"]);
    let c = &sales.conflicts[0];
    assert_eq!(
        (c.question.as_str(), c.database.value, c.pack.value, c.kept),
        (
            "vision.statement",
            AnswerValue::Level(1),
            AnswerValue::Level(4),
            Kept::Pack
        )
    );
    // Service: Inês and her one answer added.
    let service = &preview.report.files[1];
    assert_eq!((service.added, service.respondents_added.len()), (1, 1));

    let committed = store
        .import_pack_values(&id, &packs, &ConflictChoices::new())
        .unwrap();
    assert_eq!(committed, preview.report);
}

#[test]
fn the_preview_changes_nothing_in_the_database() {
    let (dir, mut store) = temp_store();
    let (id, packs) = two_packs(&mut store);
    let rows = dump(&db_path(&dir));
    let bytes = std::fs::read(db_path(&dir)).unwrap();

    store
        .preview_import(&id, &packs, &ConflictChoices::new())
        .unwrap();
    store
        .preview_import(&id, &packs, &ConflictChoices::new())
        .unwrap();

    assert_eq!(dump(&db_path(&dir)), rows);
    assert_eq!(std::fs::read(db_path(&dir)).unwrap(), bytes);
    // The store still reads as before: Émilie is not there.
    assert!(store.respondent("emilie-1").is_err());
}

#[test]
fn a_refused_pack_is_named_and_the_others_are_still_previewed() {
    let (dir, mut store) = temp_store();
    let (id, mut packs) = two_packs(&mut store);
    // A question the questionnaire does not have, in the Service pack.
    packs[1].1.respondents[0].answers[0].question = "voc.crystal-ball".into();
    let rows = dump(&db_path(&dir));

    let preview = store
        .preview_import(&id, &packs, &ConflictChoices::new())
        .unwrap();
    assert_eq!(preview.refused.len(), 1);
    let Error::InvalidPack { file, issue } = &preview.refused[0] else {
        panic!("expected InvalidPack, got {:?}", preview.refused[0]);
    };
    assert_eq!(file, &PathBuf::from("service.cxpack"));
    assert_eq!(issue.path, "respondents[0].answers[0].question");
    assert!(
        issue.message.contains("voc.crystal-ball"),
        "{}",
        issue.message
    );
    // Only the acceptable Sales pack is in the report.
    assert_eq!(preview.report.files.len(), 1);
    assert_eq!(preview.report.files[0].department, "Sales");
    assert_eq!(dump(&db_path(&dir)), rows);

    // And the commit refuses the whole set, changing nothing.
    let e = store
        .import_pack_values(&id, &packs, &ConflictChoices::new())
        .unwrap_err();
    assert!(matches!(e, Error::InvalidPack { .. }), "{e}");
    assert_eq!(dump(&db_path(&dir)), rows);
}

#[test]
fn packs_read_from_disk_preview_like_packs_in_memory() {
    let (dir, mut store) = temp_store();
    let (id, packs) = two_packs(&mut store);
    let on_disk: Vec<(PathBuf, Pack)> = packs
        .iter()
        .map(|(name, p)| {
            let path = dir.path().join(name);
            pack::write_file(p, &path).unwrap();
            (path.clone(), pack::read_file(&path).unwrap())
        })
        .collect();
    let from_disk = store
        .preview_import(&id, &on_disk, &ConflictChoices::new())
        .unwrap()
        .report;
    let in_memory = store
        .preview_import(&id, &packs, &ConflictChoices::new())
        .unwrap()
        .report;
    let totals = |r: &pack::ImportReport| r.totals();
    // 2 + 1 added, 1 updated, 0 unchanged, 1 conflict.
    assert_eq!(totals(&from_disk), (3, 1, 0, 1));
    assert_eq!(totals(&from_disk), totals(&in_memory));
}
