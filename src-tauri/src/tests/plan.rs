//! The plan commands' pieces over a real store: a field change from the
//! window parsed by the core (bad status and date refused in plain words),
//! the roadmap view with edits applied and the questionnaire's owner kept
//! beside them, logos checked before anything is stored, the branding's
//! `data:` URL.

use base64::Engine as _;
use cx_maturity::store::action_edits::ActionField;

use super::demo;
use crate::commands_plan::{action_field, decode_logo, roadmap_of};
use crate::views_plan::branding_view;
use crate::wire::{ActionFieldValue, ActionStatusName, ErrorKind, PhaseName};

fn jpeg() -> Vec<u8> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/fixtures/branding/logo-rgb.jpg"
    );
    std::fs::read(path).expect("fixture")
}

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

#[test]
fn logos_are_checked_before_anything_is_stored() {
    let (_dir, app, _id) = demo();
    let b64 = |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(bytes);
    // A 3 MB file is refused from its base64 length, before decoding it.
    let err = decode_logo(&"A".repeat(4 * 1024 * 1024)).unwrap_err();
    assert!(err.to_string().contains("at most 2097152 bytes"), "{err}");
    let err = decode_logo("not base64 at all!").unwrap_err();
    assert!(err.to_string().contains("could not be read"), "{err}");
    let logo = jpeg();
    assert_eq!(decode_logo(&b64(&logo)).unwrap(), logo);

    let stored = app
        .with("test", |s| {
            s.update_branding(|b| {
                b.logo = Some(logo.clone());
                Ok(())
            })
        })
        .expect("stored");
    let view = branding_view(&stored);
    let shown = view.logo.expect("logo shown");
    assert_eq!(
        (shown.mime.as_str(), shown.width, shown.height),
        ("image/jpeg", 24, 12)
    );
    assert_eq!(
        shown.data_url,
        format!("data:image/jpeg;base64,{}", b64(&logo))
    );
    assert_eq!(view.default_accent, "#1f3a5f");
    assert_eq!(view.max_logo_bytes, 2 * 1024 * 1024);

    let err = app
        .with("test", |s| {
            s.update_branding(|b| {
                b.logo = Some(logo[..100].to_vec());
                Ok(())
            })
        })
        .expect_err("cut-off JPEG refused");
    assert_eq!(err.kind, ErrorKind::InvalidInput);
    assert!(err.message.contains("cut off"), "{}", err.message);
    let kept = app.with("test", |s| s.branding()).expect("branding");
    assert_eq!(kept.logo, Some(logo));
}
