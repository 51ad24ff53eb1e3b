//! The branding screen: the consultant's name, accent colour and logo, one
//! field per command, each changed in one transaction
//! (`Store::update_branding`). A logo comes from the window's file input as
//! base64 and is checked whole by the core before it is stored.

use std::path::Path;

use base64::Engine as _;
use cx_maturity::model::Branding;
use cx_maturity::report::style;
use cx_maturity::store::branding;
use cx_maturity::{Error, Field};
use tauri::State;

use super::Reply;
use crate::convert::branding::branding_view;
use crate::state::AppState;
use crate::wire::{
    AccentColours, AccentColoursArgs, BrandingView, SetAccentColourArgs, SetConsultantNameArgs,
    SetLogoArgs,
};

#[tauri::command(async)]
pub(crate) fn get_branding(state: State<'_, AppState>) -> Reply<BrandingView> {
    state.with("get_branding", |s| Ok(branding_view(&s.branding()?)))
}

#[tauri::command(async)]
pub(crate) fn set_consultant_name(
    state: State<'_, AppState>,
    args: SetConsultantNameArgs,
) -> Reply<BrandingView> {
    let name = trimmed(args.name);
    update(&state, "set_consultant_name", |b| b.consultant_name = name)
}

#[tauri::command(async)]
pub(crate) fn set_accent_colour(
    state: State<'_, AppState>,
    args: SetAccentColourArgs,
) -> Reply<BrandingView> {
    // `#RRGGBB` and `#rrggbb` are the same colour; store one spelling.
    let colour = trimmed(args.colour).map(|c| c.to_lowercase());
    update(&state, "set_accent_colour", |b| b.accent_colour = colour)
}

/// How the report's cover would colour text on a band of a colour the user
/// is typing (not stored): the branding preview shows exactly this.
#[tauri::command(async)]
pub(crate) fn accent_colours(args: AccentColoursArgs) -> Reply<AccentColours> {
    branding::check_accent(args.colour.trim())
        .and_then(|()| {
            style::Rgb::parse_hex(args.colour.trim())
                .ok_or_else(|| branding::accent_refused(args.colour.trim()))
        })
        .map(crate::convert::branding::accent_colours)
        .map_err(|e| crate::convert::error::report("accent_colours", &e))
}

/// Stores a logo the window read from a file input, after the core's check
/// (size, a whole PNG or JPEG). A refused file changes nothing.
#[tauri::command(async)]
pub(crate) fn set_logo(state: State<'_, AppState>, args: SetLogoArgs) -> Reply<BrandingView> {
    state.with("set_logo", |s| {
        let bytes = checked_logo(&args.file_name, &args.base64)?;
        let b = s.update_branding(|b| {
            b.logo = Some(bytes);
            Ok(())
        })?;
        Ok(branding_view(&b))
    })
}

#[tauri::command(async)]
pub(crate) fn remove_logo(state: State<'_, AppState>) -> Reply<BrandingView> {
    update(&state, "remove_logo", |b| b.logo = None)
}

/// Changes one field of the branding in one transaction; the branding as
/// stored after it.
fn update(
    state: &AppState,
    command: &str,
    change: impl FnOnce(&mut Branding),
) -> Reply<BrandingView> {
    state.with(command, |s| {
        let b = s.update_branding(|b| {
            change(b);
            Ok(())
        })?;
        Ok(branding_view(&b))
    })
}

/// The logo's bytes from base64, refusing an oversized file before decoding
/// it (base64 is 4 characters per 3 bytes).
pub(crate) fn decode_logo(text: &str) -> cx_maturity::Result<Vec<u8>> {
    let text = text.trim();
    let approx = text.len() / 4 * 3;
    if approx > branding::MAX_LOGO_BYTES + 3 {
        return Err(Error::field(
            Field::Logo,
            "the logo is larger than 2 MB; save it smaller or choose another file",
        ));
    }
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| {
            Error::field(
                Field::Logo,
                "the logo file did not arrive whole; choose it again",
            )
        })
}

/// A text as stored: trimmed, `None` when empty.
fn trimmed(text: Option<String>) -> Option<String> {
    text.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty())
}

/// The logo's bytes from the window's base64 once the core accepted them
/// (size, a whole PNG or JPEG); a refusal starts with the file's name in
/// quotes, spelt as the user's file is (the message's first letter is
/// capitalised for the screen, and `Logo.png` is not the user's file).
pub(crate) fn checked_logo(file_name: &str, base64: &str) -> cx_maturity::Result<Vec<u8>> {
    let name = Path::new(file_name).file_name().map_or_else(
        || "the logo file".to_owned(),
        |n| n.to_string_lossy().into_owned(),
    );
    let named = |e: Error| match e {
        Error::InvalidInput(m) => Error::InvalidInput(format!("\u{201c}{name}\u{201d}: {m}")),
        Error::InvalidField { field, message } => {
            Error::field(field, format!("\u{201c}{name}\u{201d}: {message}"))
        }
        other => other,
    };
    let bytes = decode_logo(base64).map_err(named)?;
    branding::check_logo(&bytes).map_err(named)?;
    Ok(bytes)
}
