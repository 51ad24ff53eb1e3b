//! The roadmap commands' pieces over a real store: a field change from the
//! window parsed by the core (bad status and date refused in plain words),
//! the roadmap view with edits applied and the questionnaire's owner kept
//! beside them.

use cx_maturity::store::action_edits::ActionField;

use super::demo;
use crate::commands::roadmap_of;
use crate::convert::roadmap::action_field;
use crate::wire::{ActionFieldValue, ActionStatusName, PhaseName};

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
    assert!(
        bad_date.to_string().contains("is not YYYY-MM-DD"),
        "{bad_date}"
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
    assert_eq!(before.phases[0].months, "0–3 months");
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
