//! The store's side of the roadmap editor and of targets: one-field
//! action edits that keep the other fields, their checks, and the plan
//! reading stored edits and settings back. Every refused input leaves the
//! database byte for byte as it was.

use cx_maturity::Field;
use cx_maturity::dates::parse_date;
use cx_maturity::model::{ActionStatus, AnswerValue, DimensionSetting};
use cx_maturity::store::action_edits::{ActionField, MAX_NOTES_CHARS, MAX_OWNER_CHARS};
use cx_maturity::{roadmap, scoring};

use super::{db_path, dump, small_assessment, temp_store};

const ACTION: &str = "data.1-2.inventory";

#[test]
fn one_field_at_a_time_keeps_the_others_and_an_emptied_edit_is_removed() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let set = |store: &mut cx_maturity::store::Store, f| store.set_action_field(&id, ACTION, f);
    set(
        &mut store,
        ActionField::Owner(Some("  Chief Data Officer ".into())),
    )
    .unwrap();
    set(
        &mut store,
        ActionField::Due(Some(parse_date("2026-09-30", Field::ActionDue).unwrap())),
    )
    .unwrap();
    set(&mut store, ActionField::Status(Some(ActionStatus::Blocked))).unwrap();
    let last = set(
        &mut store,
        ActionField::Notes(Some("waits for the CRM budget".into())),
    )
    .unwrap();
    // Each save kept what the earlier ones stored; the owner is trimmed.
    assert_eq!(last.owner.as_deref(), Some("Chief Data Officer"));
    assert_eq!(
        last.due,
        Some(parse_date("2026-09-30", Field::ActionDue).unwrap())
    );
    assert_eq!(last.status, Some(ActionStatus::Blocked));
    assert_eq!(last.notes.as_deref(), Some("waits for the CRM budget"));
    assert!(!last.dropped);
    assert_eq!(store.action_edits(&id).unwrap(), vec![last.clone()]);

    let dropped = set(&mut store, ActionField::Dropped(true)).unwrap();
    assert!(dropped.dropped);
    assert_eq!(dropped.owner, last.owner);
    let restored = set(&mut store, ActionField::Dropped(false)).unwrap();
    assert_eq!(restored, last);

    // Emptying every field (an empty owner counts as none) removes the row.
    set(&mut store, ActionField::Owner(Some("   ".into()))).unwrap();
    set(&mut store, ActionField::Due(None)).unwrap();
    set(&mut store, ActionField::Status(None)).unwrap();
    set(&mut store, ActionField::Notes(Some(String::new()))).unwrap();
    assert!(store.action_edits(&id).unwrap().is_empty());
}

#[test]
fn bad_action_edits_are_refused_with_the_reason_and_change_nothing() {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    store
        .set_action_field(&id, ACTION, ActionField::Owner(Some("CIO".into())))
        .unwrap();
    let before = dump(&db_path(&dir));
    let long_owner = "x".repeat(MAX_OWNER_CHARS + 1);
    let long_notes = "é".repeat(MAX_NOTES_CHARS + 1);
    // Each refusal of a value names its field (the app marks it); an
    // action that does not exist is named.
    let cases: Vec<(&str, ActionField, &str)> = vec![
        (
            ACTION,
            ActionField::Owner(Some(long_owner)),
            "the owner is 121 characters long; at most 120 are accepted — shorten it",
        ),
        (
            ACTION,
            ActionField::Owner(Some("Head of\nService".into())),
            "the owner must be one line of text",
        ),
        (
            ACTION,
            ActionField::Notes(Some(long_notes)),
            "the notes text is 2001 characters long; at most 2000",
        ),
        (
            ACTION,
            ActionField::Notes(Some("bell \u{7}".into())),
            "the notes text holds an invisible character",
        ),
        (
            "data.9-10.moon",
            ActionField::Dropped(true),
            "data.9-10.moon",
        ),
    ];
    for (action, field, says) in cases {
        let err = store.set_action_field(&id, action, field).unwrap_err();
        assert!(err.to_string().contains(says), "{err}");
    }
    // Exactly the limits are fine, and nothing else was written.
    assert_eq!(dump(&db_path(&dir)), before);
    let max = "ß".repeat(MAX_OWNER_CHARS);
    store
        .set_action_field(&id, ACTION, ActionField::Owner(Some(max.clone())))
        .unwrap();
    assert_eq!(store.action_edits(&id).unwrap()[0].owner, Some(max));
}

#[test]
fn statuses_parse_with_a_plain_error() {
    for s in ActionStatus::ALL {
        assert_eq!(s.as_str().parse::<ActionStatus>().unwrap(), s);
    }
    let err = "started".parse::<ActionStatus>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "status \"started\" is not one of planned, in_progress, done, blocked"
    );
}

#[test]
fn the_plan_shows_stored_edits_and_settings() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.departments(&id).unwrap()[0].id.clone();
    let r = store
        .add_respondent(&id, &sales, "Ana", None, false)
        .unwrap()
        .id;
    // Every question answered 1: each dimension scores 1.0, default target 2.
    let q = store.questionnaire(&id).unwrap();
    let items: Vec<_> = q
        .questions()
        .map(|(_, question)| (question.id.as_str(), AnswerValue::Level(1), None))
        .collect();
    store.save_answers(&r, &items).unwrap();
    store
        .set_action_field(
            &id,
            ACTION,
            ActionField::Owner(Some("Chief Data Officer".into())),
        )
        .unwrap();
    store
        .set_action_field(&id, ACTION, ActionField::Dropped(true))
        .unwrap();
    // Target 4 for data: the steps 1→2 (now), 2→3 (next), 3→4 (later).
    store
        .set_dimension_setting(
            &id,
            &DimensionSetting {
                dimension_id: "data".into(),
                target: Some(4),
                importance: Some(5),
            },
        )
        .unwrap();
    let data = store.load(&id).unwrap();
    let card = scoring::score(&data);
    let dim = card.dimension("data").unwrap();
    // gap = 4 − 1.0 = 3.0; priority = 3.0 × 5 × weight 1 = 15.
    assert_eq!(
        (dim.target, dim.default_target, dim.target_is_default),
        (Some(4), Some(2), false)
    );
    assert_eq!((dim.importance, dim.importance_is_default), (5, false));
    assert_eq!(dim.gap, Some(3.0));
    assert_eq!(dim.priority, Some(15.0));
    let plan = roadmap::plan(&data, &card);
    let (phase, a) = plan.actions().find(|(_, a)| a.id == ACTION).unwrap();
    assert_eq!(phase, roadmap::Phase::Now);
    assert_eq!(a.owner, "Chief Data Officer");
    assert!(a.dropped);
    for (from, phase) in [(2, roadmap::Phase::Next), (3, roadmap::Phase::Later)] {
        assert!(
            plan.actions()
                .any(|(p, a)| a.dimension == "data" && a.transition[0] == from && p >= phase),
            "a data action from level {from} in {phase:?} or later"
        );
    }
    // Data has the highest priority (15 against 1 × 3 = 3 for the others),
    // so its actions open Now.
    assert_eq!(plan.phases[0].actions[0].dimension, "data");
}
