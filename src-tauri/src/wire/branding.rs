//! What the branding screen shows and sends: the consultant's name, accent
//! colour and logo (as a `data:` URL for the preview), with the limits the
//! core accepts.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The consultant's branding, for the branding screen and its preview.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct BrandingView {
    pub(crate) consultant_name: Option<String>,
    /// `#rrggbb`; `null`: the report's default accent.
    pub(crate) accent_colour: Option<String>,
    /// The report's own accent, used when none is set.
    pub(crate) default_accent: String,
    pub(crate) logo: Option<LogoView>,
    /// Text colours on a band of the accent in use (the set one, else the
    /// default): what the report's cover prints.
    pub(crate) accent_on_band: AccentColours,
}

/// How the report's cover colours text on a band of an accent colour (the
/// core's rule, `report::style::on_fill`), for the branding preview.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AccentColours {
    /// The accent itself, `#rrggbb`.
    pub(crate) accent: String,
    /// The organisation's name and title on the band, `#rrggbb`.
    pub(crate) text: String,
    /// Lesser text on the band, `#rrggbb`.
    pub(crate) muted: String,
    /// WCAG contrast of `text` on the accent, 1..21.
    pub(crate) contrast: f64,
    /// Whether that contrast reaches WCAG AA for text (4.5).
    pub(crate) readable: bool,
    /// WCAG contrast of the accent on white paper (headings are printed in
    /// it), 1..21.
    pub(crate) contrast_on_white: f64,
    /// Whether that reaches WCAG AA for text (4.5).
    pub(crate) readable_on_white: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LogoView {
    /// `image/png` or `image/jpeg`.
    pub(crate) mime: String,
    pub(crate) width: u32,
    pub(crate) height: u32,
    /// The file's size in bytes.
    pub(crate) bytes: u32,
    /// `data:<mime>;base64,…`, which the window's CSP allows as an image.
    pub(crate) data_url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetConsultantNameArgs {
    /// Empty or `null` removes it.
    pub(crate) name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetAccentColourArgs {
    /// `#rrggbb`; `null` returns to the default.
    pub(crate) colour: Option<String>,
}

/// A logo file the user chose in the window: its name (for messages only)
/// and its bytes as base64, read by the web view from a file input, so no
/// path of the user's machine crosses the boundary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct SetLogoArgs {
    pub(crate) file_name: String,
    pub(crate) base64: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct AccentColoursArgs {
    /// `#rrggbb`, as typed (not stored).
    pub(crate) colour: String,
}
