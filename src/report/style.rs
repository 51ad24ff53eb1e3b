//! Colours and the report's palette: one place that decides how the report
//! looks, shared by the charts (PDF and SVG) and the page layout.

use serde::Serialize;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (the branding's accent colour).
    pub fn parse_hex(s: &str) -> Option<Rgb> {
        let h = s.trim().strip_prefix('#')?;
        if h.len() != 6 || !h.is_ascii() {
            return None;
        }
        let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).ok();
        Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// The colour mixed with white: `t` = 0 keeps it, 1 gives white.
    pub fn tint(self, t: f32) -> Rgb {
        self.mix(WHITE, t)
    }

    /// Linear mix towards `other` by `t` (0..=1).
    pub fn mix(self, other: Rgb, t: f32) -> Rgb {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| {
            // invariant: a blend of two bytes stays in 0..=255.
            (f32::from(a) + (f32::from(b) - f32::from(a)) * t).round() as u8
        };
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }

    /// Relative luminance (0 black … 1 white), for picking a text colour
    /// that stays readable on a fill.
    pub fn luminance(self) -> f32 {
        let lin = |c: u8| {
            let c = f32::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// White or near-black, whichever reads better on this fill.
    pub fn text_on(self) -> Rgb {
        if self.luminance() < 0.36 { WHITE } else { INK }
    }

    /// Components as 0..=1 floats (PDF colour operators).
    pub fn unit(self) -> (f32, f32, f32) {
        (
            f32::from(self.0) / 255.0,
            f32::from(self.1) / 255.0,
            f32::from(self.2) / 255.0,
        )
    }
}

/// The contrast a text needs on its fill to be read (WCAG 2, AA).
pub const READABLE_CONTRAST: f32 = 4.5;

/// WCAG 2 contrast ratio of two colours, 1 (none) to 21 (black on white).
pub fn contrast(a: Rgb, b: Rgb) -> f32 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How text is coloured on a band of `fill`: the report cover's accent band
/// and the app's branding preview both take their colours from here, so
/// the preview is what the PDF prints.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OnFill {
    /// The organisation's name and the title: white or near-black,
    /// whichever has the higher contrast on the fill.
    pub text: Rgb,
    /// Lesser text (the kicker, the subtitle): the fill blended towards
    /// `text`, as little as still reads ([`READABLE_CONTRAST`], or as much
    /// as `text` itself reaches).
    pub muted: Rgb,
    /// Contrast of `text` on the fill ([`contrast`]).
    pub contrast: f32,
}

impl OnFill {
    /// Whether `text` reaches [`READABLE_CONTRAST`] on the fill.
    pub fn readable(&self) -> bool {
        self.contrast >= READABLE_CONTRAST
    }
}

/// The text colours on a band of `fill`.
pub fn on_fill(fill: Rgb) -> OnFill {
    let text = if contrast(fill, WHITE) >= contrast(fill, INK) {
        WHITE
    } else {
        INK
    };
    let full = contrast(fill, text);
    let wanted = READABLE_CONTRAST.min(full);
    let muted = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95]
        .into_iter()
        .map(|t| fill.mix(text, t))
        .find(|m| contrast(fill, *m) >= wanted)
        .unwrap_or(text);
    OnFill {
        text,
        muted,
        contrast: full,
    }
}

pub const WHITE: Rgb = Rgb(255, 255, 255);
/// Body text.
pub const INK: Rgb = Rgb(0x1d, 0x23, 0x2b);
/// Secondary text (captions, notes).
pub const MUTED: Rgb = Rgb(0x5b, 0x65, 0x70);
/// Rules and grid lines.
pub const RULE: Rgb = Rgb(0xc9, 0xcf, 0xd6);
/// Light panel background.
pub const PANEL: Rgb = Rgb(0xf2, 0xf4, 0xf6);
/// The default accent when the consultant has set none: a deep navy.
pub const DEFAULT_ACCENT: Rgb = Rgb(0x1f, 0x3a, 0x5f);
/// Warnings (perception gap, low coverage).
pub const WARN: Rgb = Rgb(0xb4, 0x5f, 0x06);
/// Background of a warning call-out.
pub const WARN_BG: Rgb = Rgb(0xfd, 0xf3, 0xe4);
/// Good news (strengths).
pub const GOOD: Rgb = Rgb(0x2e, 0x7d, 0x5b);

/// Department lines on the radar: distinct, muted, readable when printed.
pub const SERIES: [Rgb; 8] = [
    Rgb(0xd9, 0x7b, 0x29),
    Rgb(0x3b, 0x8e, 0xa5),
    Rgb(0x8e, 0x5a, 0xa8),
    Rgb(0x6a, 0x9a, 0x3a),
    Rgb(0xc2, 0x45, 0x5b),
    Rgb(0x7a, 0x6a, 0x4f),
    Rgb(0x2f, 0x6f, 0x9f),
    Rgb(0xa6, 0x8f, 0x1f),
];

/// Heat-map fill for a score in 1..=5: a sequential blue scale from pale to
/// deep, so order survives a black-and-white print (the number is printed
/// in the cell as well).
pub fn heat(score: f64) -> Rgb {
    const STOPS: [Rgb; 5] = [
        Rgb(0xee, 0xf3, 0xf8),
        Rgb(0xc6, 0xd7, 0xea),
        Rgb(0x8d, 0xb0, 0xd4),
        Rgb(0x4f, 0x7f, 0xb3),
        Rgb(0x1f, 0x4a, 0x7c),
    ];
    let s = score.clamp(1.0, 5.0) - 1.0;
    // invariant: s is in 0..=4, so the index is 0..=3.
    let i = (s.floor() as usize).min(3);
    STOPS[i].mix(STOPS[i + 1], (s - i as f64) as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_on_a_band_reads_on_light_and_dark_fills_and_muted_text_too() {
        for fill in [
            DEFAULT_ACCENT,
            Rgb(0x0b, 0x6e, 0x4f),
            Rgb(0xf5, 0xe6, 0x63),
            Rgb(0x77, 0x77, 0x77),
            WHITE,
            Rgb(0, 0, 0),
        ] {
            let on = on_fill(fill);
            let best = contrast(fill, WHITE).max(contrast(fill, INK));
            assert_eq!(on.contrast, best, "{fill:?}: the better of white and ink");
            assert!(
                contrast(fill, on.muted) >= best.min(4.5),
                "{fill:?}: muted text reads as well as it can"
            );
        }
        // A mid grey reaches 4.5 with neither: the better one, and it says so.
        assert!(!on_fill(Rgb(0x77, 0x77, 0x77)).readable());
        // Dark fills get white text; light ones near-black.
        assert_eq!(on_fill(DEFAULT_ACCENT).text, WHITE);
        assert_eq!(on_fill(Rgb(0xf5, 0xe6, 0x63)).text, INK);
        assert!((contrast(WHITE, Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
    }

    #[test]
    fn hex_round_trip_and_rejects() {
        assert_eq!(Rgb::parse_hex("#1F3A5f"), Some(Rgb(0x1f, 0x3a, 0x5f)));
        assert_eq!(Rgb(0x1f, 0x3a, 0x5f).hex(), "#1f3a5f");
        assert_eq!(Rgb::parse_hex("1f3a5f"), None);
        assert_eq!(Rgb::parse_hex("#12345"), None);
        assert_eq!(Rgb::parse_hex("#gg0000"), None);
        assert_eq!(Rgb::parse_hex("#ééé"), None);
    }

    #[test]
    fn heat_scale_darkens_with_score_and_text_stays_readable() {
        assert!(heat(1.0).luminance() > heat(3.0).luminance());
        assert!(heat(3.0).luminance() > heat(5.0).luminance());
        assert_eq!(heat(1.0).text_on(), INK);
        assert_eq!(heat(5.0).text_on(), WHITE);
    }
}
