//! The roadmap commands' pieces over a real store: a field change from the
//! window parsed by the core (bad status and date refused in plain words),
//! the roadmap view with edits applied and the questionnaire's owner kept
//! beside them; the phase capacities set, refused and reset, and the
//! reason a moved action carries.

use cx_maturity::store::action_edits::ActionField;

use super::demo;
use crate::commands::{capacity_reset, capacity_set, roadmap_of};
use crate::convert::roadmap::action_field;
use crate::wire::{
    ActionFieldValue, ActionStatusName, ErrorKind, MoveReason, MovedView, PhaseName,
    SetRoadmapCapacityArgs,
};

#[test]
fn field_changes_are_parsed_by_the_core_with_plain_errors() {
    assert_eq!(
        action_field(ActionFieldValue::Status(Some(ActionStatusName(
            "in_progress".into()
        ))))
        .unwrap(),
        ActionField::Status(Some(cx_maturity::model::ActionStatus::InProgress))
    );
    assert_eq!(
        action_field(ActionFieldValue::Due(Some(" ".into()))).unwrap(),
        ActionField::Due(None)
    );
    let bad_status = action_field(ActionFieldValue::Status(Some(ActionStatusName(
        "started".into(),
    ))))
    .unwrap_err();
    assert!(
        bad_status
            .to_string()
            .contains("planned, in_progress, done, blocked")
    );
    let bad_date = action_field(ActionFieldValue::Due(Some("30.09.2026".into()))).unwrap_err();
    assert_eq!(
        bad_date.to_string(),
        "the due date must look like 2027-03-31 (year, month, day); \u{201c}30.09.2026\u{201d} does not"
    );
    let no_day = action_field(ActionFieldValue::Due(Some("2027-02-31".into()))).unwrap_err();
    // On the wire: the plain sentence, and the due date as the field at fault.
    let wire = crate::convert::error::to_wire(&no_day);
    assert_eq!(wire.kind, ErrorKind::InvalidInput);
    assert_eq!(
        wire.message,
        "31 February 2027 is not a date (February 2027 has 28 days)."
    );
    assert_eq!(
        wire.issues
            .iter()
            .map(|i| i.path.as_str())
            .collect::<Vec<_>>(),
        ["actionDue"]
    );
}

#[test]
fn the_roadmap_view_shows_edits_and_keeps_the_suggested_owner() {
    let (_dir, app, id) = demo();
    let before = app.with("test", |s| roadmap_of(s, &id)).expect("roadmap");
    assert_eq!(
        before.phases.iter().map(|p| p.phase).collect::<Vec<_>>(),
        [PhaseName::Now, PhaseName::Next, PhaseName::Later]
    );
    // The demo has edited some actions; take one it left as planned.
    let first = before.phases[0]
        .actions
        .iter()
        .find(|a| !a.owner_edited && !a.dropped)
        .expect("an unedited Now action")
        .clone();
    assert_eq!(first.owner, first.default_owner);
    assert_eq!(first.to_level, first.from_level + 1);
    let after = app
        .with("test", |s| {
            s.set_action_field(
                &id,
                &first.id,
                ActionField::Owner(Some("Jürgen Weiß".into())),
            )?;
            s.set_action_field(&id, &first.id, ActionField::Dropped(true))?;
            roadmap_of(s, &id)
        })
        .expect("edited");
    let edited = after.phases[0]
        .actions
        .iter()
        .find(|a| a.id == first.id)
        .expect("still listed");
    assert_eq!(edited.owner, "Jürgen Weiß");
    assert_eq!(edited.default_owner, first.default_owner);
    assert!(edited.owner_edited && edited.dropped);
    // Every required action names where it is planned, or that it is reached.
    for a in after.phases.iter().flat_map(|p| &p.actions) {
        for r in &a.requires {
            let planned = after
                .phases
                .iter()
                .find(|p| p.actions.iter().any(|x| x.id == r.id))
                .map(|p| p.phase);
            assert_eq!(r.phase, planned, "{} requires {}", a.id, r.id);
            assert!(!r.title.is_empty());
        }
    }
}

/// The demo plans about thirty actions for Now by its steps; with the
/// default capacities (8, 12) the view says so, and each action a full
/// phase moved carries the reason.
#[test]
fn the_view_carries_the_capacities_and_why_actions_moved() {
    let (_dir, app, id) = demo();
    let view = app.with("test", |s| roadmap_of(s, &id)).expect("roadmap");
    let c = view.capacity;
    assert_eq!(
        (c.now, c.next, c.default_now, c.default_next),
        (8, 12, 8, 12)
    );
    assert_eq!((c.min, c.max), (1, 100));
    assert!(c.is_default);
    let live = |v: &crate::wire::RoadmapView, i: usize| {
        v.phases[i].actions.iter().filter(|a| !a.dropped).count()
    };
    assert!(live(&view, 0) <= 8);
    assert!(live(&view, 1) <= 12);
    let moved: Vec<&MovedView> = view
        .phases
        .iter()
        .flat_map(|p| &p.actions)
        .filter_map(|a| a.moved.as_ref())
        .collect();
    assert!(moved.iter().any(|m| m.reason == MoveReason::Capacity
        && m.from == PhaseName::Now
        && m.full == Some(PhaseName::Now)
        && m.required.is_none()));
    for m in &moved {
        match m.reason {
            MoveReason::Capacity => assert!(m.full.is_some() && m.required.is_none()),
            MoveReason::Requires => assert!(m.full.is_none() && m.required.is_some()),
        }
    }
}

#[test]
fn capacities_are_set_one_at_a_time_and_reset() {
    let (_dir, app, id) = demo();
    let args = |phase, capacity| SetRoadmapCapacityArgs {
        assessment_id: id.clone(),
        phase,
        capacity,
    };
    let view = app
        .with("test", |s| capacity_set(s, &args(PhaseName::Now, Some(3))))
        .expect("set");
    assert_eq!((view.capacity.now, view.capacity.next), (3, 12));
    assert!(!view.capacity.is_default);
    assert!(view.phases[0].actions.iter().filter(|a| !a.dropped).count() <= 3);
    let view = app
        .with("test", |s| {
            capacity_set(s, &args(PhaseName::Next, Some(20)))
        })
        .expect("set");
    assert_eq!((view.capacity.now, view.capacity.next), (3, 20));

    // A bad value is refused in plain words; nothing changes.
    let err = app
        .with("test", |s| capacity_set(s, &args(PhaseName::Now, Some(0))))
        .unwrap_err();
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("between 1 and 100"), "{}", err.message);
    let err = app
        .with("test", |s| {
            capacity_set(s, &args(PhaseName::Later, Some(5)))
        })
        .unwrap_err();
    assert!(err.message.contains("Later"), "{}", err.message);
    let view = app.with("test", |s| roadmap_of(s, &id)).expect("roadmap");
    assert_eq!((view.capacity.now, view.capacity.next), (3, 20));

    // One back to its default, then both.
    let view = app
        .with("test", |s| capacity_set(s, &args(PhaseName::Now, None)))
        .expect("default");
    assert_eq!((view.capacity.now, view.capacity.next), (8, 20));
    let view = app.with("test", |s| capacity_reset(s, &id)).expect("reset");
    assert_eq!((view.capacity.now, view.capacity.next), (8, 12));
    assert!(view.capacity.is_default);
}
