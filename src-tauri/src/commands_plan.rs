//! Commands of the targets, roadmap and branding screens (issue 7, plan).
//! Thin like the rest: parse what the window sent, call the store, return
//! what `scoring::score` and `roadmap::plan` make of it. Targets are set with
//! the existing `set_target` command.

// Tauri hands each command its arguments by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::Path;

use base64::Engine as _;
use cx_maturity::store::action_edits::ActionField;
use cx_maturity::store::{self, Store, branding};
use cx_maturity::{Error, roadmap, scoring};
use tauri::State;

use crate::state::AppState;
use crate::views_plan;
use crate::wire::*;

type Reply<T> = Result<T, WireError>;

/// The assessment's roadmap as planned now, edits applied.
pub(crate) fn roadmap_of(s: &Store, id: &str) -> cx_maturity::Result<RoadmapView> {
    let data = s.load(id)?;
    let card = scoring::score(&data);
    Ok(views_plan::roadmap_view(
        &data,
        &roadmap::plan(&data, &card),
    ))
}

#[tauri::command(async)]
pub fn get_roadmap(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<RoadmapView> {
    state.with("get_roadmap", |s| roadmap_of(s, &args.assessment_id))
}

/// Saves one field of an action's edit; the window shows "Saved" only once
/// this returns.
#[tauri::command(async)]
pub fn set_action_field(
    state: State<'_, AppState>,
    args: SetActionFieldArgs,
) -> Reply<RoadmapView> {
    state.with("set_action_field", |s| {
        s.set_action_field(
            &args.assessment_id,
            &args.action_id,
            action_field(args.change)?,
        )?;
        roadmap_of(s, &args.assessment_id)
    })
}

/// Drops every edit of an action: back to the plan as computed.
#[tauri::command(async)]
pub fn reset_action(state: State<'_, AppState>, args: ActionArgs) -> Reply<RoadmapView> {
    state.with("reset_action", |s| {
        s.clear_action_edit(&args.assessment_id, &args.action_id)?;
        roadmap_of(s, &args.assessment_id)
    })
}

/// The wire's field change as the core's, dates and statuses parsed by the
/// core so their errors read the same as on the command line.
pub(crate) fn action_field(change: ActionFieldValue) -> cx_maturity::Result<ActionField> {
    Ok(match change {
        ActionFieldValue::Owner(o) => ActionField::Owner(o),
        ActionFieldValue::Due(d) => ActionField::Due(match d.as_deref().map(str::trim) {
            Some(text) if !text.is_empty() => Some(store::parse_date(text)?),
            _ => None,
        }),
        ActionFieldValue::Status(s) => ActionField::Status(s.map(|s| s.0.parse()).transpose()?),
        ActionFieldValue::Notes(n) => ActionField::Notes(n),
        ActionFieldValue::Dropped(d) => ActionField::Dropped(d),
    })
}

#[tauri::command(async)]
pub fn get_branding(state: State<'_, AppState>) -> Reply<BrandingView> {
    state.with("get_branding", |s| {
        Ok(views_plan::branding_view(&s.branding()?))
    })
}

#[tauri::command(async)]
pub fn set_consultant_name(
    state: State<'_, AppState>,
    args: SetConsultantNameArgs,
) -> Reply<BrandingView> {
    state.with("set_consultant_name", |s| {
        let name = trimmed(args.name);
        let b = s.update_branding(|b| {
            b.consultant_name = name;
            Ok(())
        })?;
        Ok(views_plan::branding_view(&b))
    })
}

#[tauri::command(async)]
pub fn set_accent_colour(
    state: State<'_, AppState>,
    args: SetAccentColourArgs,
) -> Reply<BrandingView> {
    state.with("set_accent_colour", |s| {
        // `#RRGGBB` and `#rrggbb` are the same colour; store one spelling.
        let colour = trimmed(args.colour).map(|c| c.to_lowercase());
        let b = s.update_branding(|b| {
            b.accent_colour = colour;
            Ok(())
        })?;
        Ok(views_plan::branding_view(&b))
    })
}

/// Stores a logo the window read from a file input, after the core's check
/// (size, a whole PNG or JPEG). A refused file changes nothing.
#[tauri::command(async)]
pub fn set_logo(state: State<'_, AppState>, args: SetLogoArgs) -> Reply<BrandingView> {
    state.with("set_logo", |s| {
        let name = Path::new(&args.file_name).file_name().map_or_else(
            || "the logo file".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let bytes = decode_logo(&args.base64).map_err(|e| named(&name, e))?;
        branding::check_logo(&bytes).map_err(|e| named(&name, e))?;
        let b = s.update_branding(|b| {
            b.logo = Some(bytes);
            Ok(())
        })?;
        Ok(views_plan::branding_view(&b))
    })
}

#[tauri::command(async)]
pub fn remove_logo(state: State<'_, AppState>) -> Reply<BrandingView> {
    state.with("remove_logo", |s| {
        let b = s.update_branding(|b| {
            b.logo = None;
            Ok(())
        })?;
        Ok(views_plan::branding_view(&b))
    })
}

/// The logo's bytes from base64, refusing an oversized file before decoding
/// it (base64 is 4 characters per 3 bytes).
pub(crate) fn decode_logo(text: &str) -> cx_maturity::Result<Vec<u8>> {
    let text = text.trim();
    let approx = text.len() / 4 * 3;
    if approx > branding::MAX_LOGO_BYTES + 3 {
        return Err(Error::InvalidInput(format!(
            "the logo is {approx} bytes; at most {} bytes (2 MB) are accepted",
            branding::MAX_LOGO_BYTES
        )));
    }
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|e| Error::InvalidInput(format!("the logo file could not be read: {e}")))
}

/// A text as stored: trimmed, `None` when empty.
fn trimmed(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// Prefixes an input error with the file's name.
fn named(name: &str, e: Error) -> Error {
    match e {
        Error::InvalidInput(m) => Error::InvalidInput(format!("{name}: {m}")),
        other => other,
    }
}
