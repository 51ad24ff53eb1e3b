//! The consultant's choice per conflict (`ConflictChoices`): a conflict
//! decided "ours" or "theirs" against the merge rule, two decided
//! differently in one import, the rule for conflicts without a choice, a
//! choice for an answer that is no conflict refused with nothing changed,
//! and the preview with choices equal to the commit with the same choices.

use std::path::PathBuf;

use cx_maturity::Error;
use cx_maturity::model::{Answer, AnswerValue};
use cx_maturity::pack::{ConflictChoices, DecidedBy, ImportReport, Kept, Pack, PackAnswer};
use cx_maturity::store::Store;
use time::Duration;

use super::{db_path, dump, small_assessment, temp_store};

/// The assessment, Søren's id and the Sales pack as the head sends it back.
struct Import {
    id: String,
    soren: String,
    packs: Vec<(PathBuf, Pack)>,
}

fn answer(question: &str, value: i32, comment: &str, at: time::OffsetDateTime) -> PackAnswer {
    PackAnswer {
        question: question.into(),
        value: value.into(),
        comment: Some(comment.into()),
        updated_at: at,
        carried: false,
    }
}

/// Acme, Sales, Søren with vision.statement 2 and vision.awareness 3; the
/// Sales pack is exported, then both answers change on both sides:
/// - vision.statement: database 1 "ours: after the workshop"; pack 4
///   "theirs: new strategy" dated after the database's change, so the rule
///   keeps the pack's;
/// - vision.awareness: pack 5 "theirs: posters" dated a microsecond after
///   the export, then database 2 "ours: nobody knows it", so the rule
///   keeps the database's;
/// - data.quality: new in the pack (added, no conflict).
fn conflicting_pack(store: &mut Store) -> Import {
    let id = small_assessment(store);
    let sales = store.department_by_name(&id, "Sales").unwrap();
    let soren = store
        .add_respondent(&id, &sales.id, "Søren", None, false)
        .unwrap()
        .id;
    store
        .save_answer(&soren, "vision.statement", AnswerValue::Level(2), None)
        .unwrap();
    store
        .save_answer(&soren, "vision.awareness", AnswerValue::Level(3), None)
        .unwrap();
    let mut p = store.export_pack(&id, &sales.id).unwrap();
    let t = p.exported_at;
    std::thread::sleep(std::time::Duration::from_millis(5));
    store
        .save_answer(
            &soren,
            "vision.statement",
            AnswerValue::Level(1),
            Some("ours: after the workshop"),
        )
        .unwrap();
    store
        .save_answer(
            &soren,
            "vision.awareness",
            AnswerValue::Level(2),
            Some("ours: nobody knows it"),
        )
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let later = time::OffsetDateTime::now_utc();
    let r = &mut p.respondents[0];
    r.answers[0] = answer("vision.statement", 4, "theirs: new strategy", later);
    r.answers[1] = answer(
        "vision.awareness",
        5,
        "theirs: posters",
        t + Duration::microseconds(1),
    );
    r.answers.push(answer(
        "data.quality",
        3,
        "theirs: new",
        t + Duration::minutes(1),
    ));
    Import {
        id,
        soren,
        packs: vec![(PathBuf::from("sales.cxpack"), p)],
    }
}

fn stored(store: &Store, respondent: &str, question: &str) -> Option<Answer> {
    store
        .answers_of(respondent)
        .unwrap()
        .into_iter()
        .find(|a| &*a.question_id == question)
}

fn choices(list: &[(&str, &str, Kept)]) -> ConflictChoices {
    let mut c = ConflictChoices::new();
    for (r, q, kept) in list {
        assert_eq!(c.choose(*r, *q, *kept), None, "one choice per answer");
    }
    c
}

/// Commits the pack with Søren's choices, (question, side) each.
fn import_deciding(store: &mut Store, x: &Import, list: &[(&str, Kept)]) -> ImportReport {
    let list: Vec<(&str, &str, Kept)> = list
        .iter()
        .map(|(q, k)| (x.soren.as_str(), *q, *k))
        .collect();
    store
        .import_pack_values(&x.id, &x.packs, &choices(&list))
        .unwrap()
}

#[test]
fn keeping_ours_when_the_pack_is_newer_leaves_the_stored_answer_exactly_as_it_was() {
    let (_dir, mut store) = temp_store();
    let x = conflicting_pack(&mut store);
    let before = stored(&store, &x.soren, "vision.statement").unwrap();

    let report = import_deciding(&mut store, &x, &[("vision.statement", Kept::Database)]);

    let c = &report.files[0].conflicts[0];
    assert_eq!(
        (c.question.as_str(), c.kept, c.rule_keeps, c.decided_by),
        (
            "vision.statement",
            Kept::Database,
            Kept::Pack,
            DecidedBy::Choice
        )
    );
    // Value, comment and time, all as they were.
    assert_eq!(stored(&store, &x.soren, "vision.statement"), Some(before));
    assert_eq!(
        stored(&store, &x.soren, "vision.statement").map(|a| (a.value, a.comment)),
        Some((
            AnswerValue::Level(1),
            Some("ours: after the workshop".into())
        ))
    );
    // The other conflict had no choice: the rule kept the newer database answer.
    let other = &report.files[0].conflicts[1];
    assert_eq!(
        (other.question.as_str(), other.kept, other.decided_by),
        ("vision.awareness", Kept::Database, DecidedBy::Rule)
    );
    // The answer that was no conflict went in as always.
    assert_eq!(report.files[0].added, 1);
}

#[test]
fn keeping_theirs_when_the_database_is_newer_replaces_the_stored_answer() {
    let (_dir, mut store) = temp_store();
    let x = conflicting_pack(&mut store);

    let report = import_deciding(&mut store, &x, &[("vision.awareness", Kept::Pack)]);

    let c = report.files[0]
        .conflicts
        .iter()
        .find(|c| c.question == "vision.awareness")
        .unwrap();
    assert_eq!(
        (c.kept, c.rule_keeps, c.decided_by),
        (Kept::Pack, Kept::Database, DecidedBy::Choice)
    );
    assert_eq!(
        stored(&store, &x.soren, "vision.awareness").map(|a| (a.value, a.comment)),
        Some((AnswerValue::Level(5), Some("theirs: posters".into())))
    );
    // Without a choice, vision.statement went the rule's way: the newer pack's.
    assert_eq!(
        stored(&store, &x.soren, "vision.statement").map(|a| (a.value, a.comment)),
        Some((AnswerValue::Level(4), Some("theirs: new strategy".into())))
    );
}

#[test]
fn two_conflicts_of_one_import_are_decided_differently() {
    let (_dir, mut store) = temp_store();
    let x = conflicting_pack(&mut store);
    let statement_before = stored(&store, &x.soren, "vision.statement").unwrap();

    // Both against the rule: ours for the one the pack would win, theirs
    // for the one the database would win.
    let report = import_deciding(
        &mut store,
        &x,
        &[
            ("vision.statement", Kept::Database),
            ("vision.awareness", Kept::Pack),
        ],
    );

    let decided: Vec<(&str, Kept, Kept, DecidedBy)> = report.files[0]
        .conflicts
        .iter()
        .map(|c| (c.question.as_str(), c.kept, c.rule_keeps, c.decided_by))
        .collect();
    assert_eq!(
        decided,
        [
            (
                "vision.statement",
                Kept::Database,
                Kept::Pack,
                DecidedBy::Choice
            ),
            (
                "vision.awareness",
                Kept::Pack,
                Kept::Database,
                DecidedBy::Choice
            ),
        ]
    );
    assert_eq!(
        stored(&store, &x.soren, "vision.statement"),
        Some(statement_before)
    );
    assert_eq!(
        stored(&store, &x.soren, "vision.awareness").map(|a| (a.value, a.comment)),
        Some((AnswerValue::Level(5), Some("theirs: posters".into())))
    );
    // 1 added (data.quality), nothing updated, 2 conflicts.
    assert_eq!(report.totals(), (1, 0, 0, 2));
}

#[test]
fn a_choice_for_an_answer_that_is_no_conflict_is_refused_and_nothing_changes() {
    let (dir, mut store) = temp_store();
    let x = conflicting_pack(&mut store);
    let rows = dump(&db_path(&dir));
    let answers = store.answers_of_assessment(&x.id).unwrap();
    // data.quality is only added by the pack; ghost-1 is in no pack; the
    // one good choice beside them does not let the rest through.
    let bad = choices(&[
        (&x.soren, "vision.statement", Kept::Database),
        (&x.soren, "data.quality", Kept::Pack),
        ("ghost-1", "vision.statement", Kept::Database),
    ]);

    for attempt in ["preview", "commit"] {
        let e = if attempt == "preview" {
            store.preview_import(&x.id, &x.packs, &bad).unwrap_err()
        } else {
            store.import_pack_values(&x.id, &x.packs, &bad).unwrap_err()
        };
        let Error::InvalidInput(message) = &e else {
            panic!("{attempt}: expected InvalidInput, got {e:?}");
        };
        assert!(
            message.contains(&format!(
                "Søren (respondent {}) on question data.quality",
                x.soren
            )),
            "{attempt}: {message}"
        );
        assert!(
            message.contains("respondent ghost-1 on question vision.statement"),
            "{attempt}: {message}"
        );
        assert!(
            !message.contains(&format!(
                "Søren (respondent {}) on question vision.statement",
                x.soren
            )),
            "{attempt}: the good choice is not named: {message}"
        );
        assert_eq!(
            store.answers_of_assessment(&x.id).unwrap(),
            answers,
            "{attempt}"
        );
        assert_eq!(dump(&db_path(&dir)), rows, "{attempt}");
    }
    // The same packs with the good choice alone go in.
    let report = import_deciding(&mut store, &x, &[("vision.statement", Kept::Database)]);
    assert_eq!(report.totals(), (1, 0, 0, 2));
}

#[test]
fn the_preview_with_choices_is_the_commit_with_the_same_choices() {
    let (dir, mut store) = temp_store();
    let x = conflicting_pack(&mut store);
    let decided = choices(&[
        (&x.soren, "vision.statement", Kept::Database),
        (&x.soren, "vision.awareness", Kept::Pack),
    ]);
    let rows = dump(&db_path(&dir));

    let preview = store.preview_import(&x.id, &x.packs, &decided).unwrap();
    assert!(preview.refused.is_empty(), "{:?}", preview.refused);
    assert_eq!(dump(&db_path(&dir)), rows, "the preview changed nothing");
    // Without choices the preview shows the rule's sides, which differ.
    let by_rule = store
        .preview_import(&x.id, &x.packs, &ConflictChoices::new())
        .unwrap();
    let kept =
        |r: &ImportReport| -> Vec<Kept> { r.files[0].conflicts.iter().map(|c| c.kept).collect() };
    assert_eq!(kept(&preview.report), [Kept::Database, Kept::Pack]);
    assert_eq!(kept(&by_rule.report), [Kept::Pack, Kept::Database]);

    let committed = store.import_pack_values(&x.id, &x.packs, &decided).unwrap();
    assert_eq!(committed, preview.report);
}

#[test]
fn choices_hold_one_side_per_answer_in_id_order() {
    let mut c = ConflictChoices::new();
    assert!(c.is_empty());
    assert_eq!(c.choose("r-2", "vision.statement", Kept::Pack), None);
    assert_eq!(c.choose("r-1", "voc.churn", Kept::Database), None);
    assert_eq!(c.choose("r-1", "data.quality", Kept::Pack), None);
    // A second choice for one answer replaces the first and says so.
    assert_eq!(
        c.choose("r-2", "vision.statement", Kept::Database),
        Some(Kept::Pack)
    );
    assert_eq!(c.len(), 3);
    assert_eq!(c.get("r-2", "vision.statement"), Some(Kept::Database));
    assert_eq!(c.get("r-2", "voc.churn"), None);
    assert_eq!(
        c.iter().collect::<Vec<_>>(),
        [
            ("r-1", "data.quality", Kept::Pack),
            ("r-1", "voc.churn", Kept::Database),
            ("r-2", "vision.statement", Kept::Database),
        ]
    );
}
