//! The consultant's branding → `wire/branding.rs`, with the logo as a
//! `data:` URL for the preview and the limits the core accepts.

use base64::Engine as _;
use cx_maturity::logo;
use cx_maturity::model::Branding;
use cx_maturity::report::style;

use super::count32;
use crate::wire;

/// The branding with the logo as a `data:` URL (its format and size read
/// by the core's logo check; a stored logo it cannot read is shown without
/// a size rather than hidden, so it can still be removed).
pub(crate) fn branding_view(b: &Branding) -> wire::BrandingView {
    let logo = b.logo.as_deref().map(|bytes| {
        let info = logo::inspect(bytes).ok();
        let mime = info
            .map(|i| i.format)
            .or_else(|| logo::sniff(bytes))
            .map_or("application/octet-stream", logo::Format::mime);
        wire::LogoView {
            mime: mime.to_owned(),
            width: info.map_or(0, |i| i.width),
            height: info.map_or(0, |i| i.height),
            bytes: count32(bytes.len()),
            data_url: format!(
                "data:{mime};base64,{}",
                base64::engine::general_purpose::STANDARD.encode(bytes)
            ),
        }
    });
    let accent = b
        .accent_colour
        .as_deref()
        .and_then(style::Rgb::parse_hex)
        .unwrap_or(style::DEFAULT_ACCENT);
    wire::BrandingView {
        consultant_name: b.consultant_name.clone(),
        accent_colour: b.accent_colour.clone(),
        default_accent: style::DEFAULT_ACCENT.hex(),
        logo,
        accent_on_band: accent_colours(accent),
    }
}

/// The cover's text colours on a band of `accent` (`report::style::on_fill`).
pub(crate) fn accent_colours(accent: style::Rgb) -> wire::AccentColours {
    let on = style::on_fill(accent);
    let on_white = style::contrast(accent, style::WHITE);
    wire::AccentColours {
        accent: accent.hex(),
        text: on.text.hex(),
        muted: on.muted.hex(),
        contrast: f64::from(on.contrast),
        readable: on.readable(),
        contrast_on_white: f64::from(on_white),
        readable_on_white: on_white >= style::READABLE_CONTRAST,
    }
}
