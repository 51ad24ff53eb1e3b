//! The consultant's branding → `wire/branding.rs`, with the logo as a
//! `data:` URL for the preview and the limits the core accepts.

use base64::Engine as _;
use cx_maturity::logo;
use cx_maturity::model::Branding;
use cx_maturity::report::style;
use cx_maturity::store::branding;

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
    wire::BrandingView {
        consultant_name: b.consultant_name.clone(),
        accent_colour: b.accent_colour.clone(),
        default_accent: style::DEFAULT_ACCENT.hex(),
        logo,
        max_logo_bytes: count32(branding::MAX_LOGO_BYTES),
        max_name_chars: count32(branding::MAX_NAME_CHARS),
    }
}
