//! The report's two typefaces (DejaVu Sans and DejaVu Sans Bold, embedded in
//! the binary), text measurement on the very bytes that get embedded, and
//! the glyph-coverage check.
//!
//! Measuring with `ttf-parser` on the embedded bytes is what keeps wrapped
//! lines inside their column: the widths used for layout are the widths the
//! PDF viewer will draw. printpdf writes our strings without kerning, so
//! measurement ignores kerning too.
//!
//! A character the font cannot draw would otherwise be an empty box in the
//! PDF, silently. [`Fonts::sanitize`] replaces it with U+FFFD (which DejaVu
//! has) and records it, and the report lists every such character in its
//! warnings.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use ttf_parser::Face;

use crate::{Error, Result};

/// DejaVu Sans, licence in `assets/fonts/LICENSE-DejaVu.txt`.
pub static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold.
pub static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Characters below this have their advance widths cached in a table;
/// covers Latin-1, Latin Extended-A and -B (German, French, Polish, Czech…).
const TABLE_CHARS: usize = 0x250;
/// What a character the font lacks is replaced with.
pub const REPLACEMENT: char = '\u{FFFD}';

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    Regular,
    Bold,
}

/// One parsed face with a width table for the common characters.
struct Metrics {
    face: Face<'static>,
    units_per_em: f32,
    /// Advance in font units; `u16::MAX` = no glyph.
    table: Vec<u16>,
}

impl Metrics {
    fn parse(bytes: &'static [u8], name: &str) -> Result<Self> {
        let face = Face::parse(bytes, 0)
            .map_err(|e| Error::Report(format!("the embedded font {name} cannot be read: {e}")))?;
        let units_per_em = f32::from(face.units_per_em());
        let table = (0..TABLE_CHARS)
            .map(|c| {
                char::from_u32(c as u32)
                    .and_then(|c| face.glyph_index(c))
                    .and_then(|g| face.glyph_hor_advance(g))
                    .unwrap_or(u16::MAX)
            })
            .collect();
        Ok(Metrics {
            face,
            units_per_em,
            table,
        })
    }

    fn advance(&self, c: char) -> Option<u16> {
        let i = c as usize;
        if i < TABLE_CHARS {
            let a = self.table[i];
            return (a != u16::MAX).then_some(a);
        }
        self.face
            .glyph_index(c)
            .and_then(|g| self.face.glyph_hor_advance(g))
    }
}

/// Both faces, parsed once per process.
pub struct Fonts {
    regular: Metrics,
    bold: Metrics,
}

static FONTS: OnceLock<Fonts> = OnceLock::new();

impl Fonts {
    /// The report's fonts (parsed on first use).
    pub fn get() -> Result<&'static Fonts> {
        if let Some(f) = FONTS.get() {
            return Ok(f);
        }
        let fonts = Fonts {
            regular: Metrics::parse(REGULAR_TTF, "DejaVu Sans")?,
            bold: Metrics::parse(BOLD_TTF, "DejaVu Sans Bold")?,
        };
        Ok(FONTS.get_or_init(|| fonts))
    }

    fn metrics(&self, weight: Weight) -> &Metrics {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }

    /// Width of `text` in points at `size` points. Characters without a
    /// glyph are measured as the replacement character they will become.
    pub fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        let m = self.metrics(weight);
        let fallback = m.advance(REPLACEMENT).unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| u32::from(m.advance(c).unwrap_or(fallback)))
            .sum();
        units as f32 * size / m.units_per_em
    }

    /// Whether both faces can draw `c`.
    pub fn covers(&self, c: char) -> bool {
        self.regular.advance(c).is_some() && self.bold.advance(c).is_some()
    }

    /// `text` made safe to draw: control characters become spaces (tabs) or
    /// are dropped, characters the font lacks become U+FFFD and are added
    /// to `missing`.
    pub fn sanitize(&self, text: &str, missing: &mut BTreeSet<char>) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\t' {
                out.push(' ');
            } else if c == '\n' {
                out.push('\n');
            } else if c.is_control() {
                // \r and other controls carry nothing a reader can see.
            } else if self.covers(c) {
                out.push(c);
            } else {
                missing.insert(c);
                out.push(REPLACEMENT);
            }
        }
        out
    }

    /// Ascender height as a fraction of the font size.
    pub fn ascent(&self) -> f32 {
        f32::from(self.regular.face.ascender()) / self.regular.units_per_em
    }
}

/// One piece of a wrapped line: text in one weight, placed `x` points from
/// the line's start.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub x: f32,
    pub text: String,
    pub weight: Weight,
}

/// A wrapped line and its width.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WrappedLine {
    pub pieces: Vec<Piece>,
    pub width: f32,
    /// The line ends inside a word that was wider than a line and had to
    /// be broken between characters.
    pub broken: bool,
}

impl WrappedLine {
    /// The line's text, pieces joined.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

impl Fonts {
    /// Wraps text made of spans of different weights into lines at most
    /// `max` points wide. Breaks at spaces; a word wider than a line is
    /// broken between characters (a pasted URL or a 5,000-character run must
    /// still stay on the page). `\n` starts a new line.
    pub fn wrap_spans(&self, spans: &[(&str, Weight)], size: f32, max: f32) -> Vec<WrappedLine> {
        let space = |w: Weight| self.width(" ", w, size);
        let mut lines: Vec<WrappedLine> = Vec::new();
        let mut cur = WrappedLine::default();
        // Whether a space separates the next word from the previous one.
        let mut pending_space: Option<Weight> = None;
        for (text, weight) in spans {
            let weight = *weight;
            for (pi, para) in text.split('\n').enumerate() {
                if pi > 0 {
                    lines.push(std::mem::take(&mut cur));
                    pending_space = None;
                }
                if para.starts_with(' ') && !cur.pieces.is_empty() {
                    pending_space = Some(weight);
                }
                let mut words = para.split(' ').filter(|w| !w.is_empty()).peekable();
                while let Some(word) = words.next() {
                    let ww = self.width(word, weight, size);
                    let sp = pending_space.map_or(0.0, space);
                    let mut spaced = false;
                    if !cur.pieces.is_empty() && cur.width + sp + ww > max {
                        lines.push(std::mem::take(&mut cur));
                    } else if !cur.pieces.is_empty() && pending_space.is_some() {
                        cur.width += sp;
                        spaced = true;
                    }
                    if cur.width + ww > max {
                        // Break the long word between characters.
                        let mut chunk = String::new();
                        let mut cw = 0.0;
                        for c in word.chars() {
                            let w = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
                            let empty = chunk.is_empty() && cur.pieces.is_empty();
                            if cur.width + cw + w > max && !empty {
                                push_piece(
                                    &mut cur,
                                    std::mem::take(&mut chunk),
                                    weight,
                                    cw,
                                    spaced,
                                );
                                cur.broken = true;
                                lines.push(std::mem::take(&mut cur));
                                spaced = false;
                                cw = 0.0;
                            }
                            chunk.push(c);
                            cw += w;
                        }
                        push_piece(&mut cur, chunk, weight, cw, spaced);
                    } else {
                        push_piece(&mut cur, word.to_owned(), weight, ww, spaced);
                    }
                    pending_space = if words.peek().is_some() || para.ends_with(' ') {
                        Some(weight)
                    } else {
                        None
                    };
                }
            }
        }
        if !cur.pieces.is_empty() || lines.is_empty() {
            lines.push(cur);
        }
        lines
    }

    /// Wraps plain text of one weight; returns the lines' text.
    pub fn wrap(&self, text: &str, weight: Weight, size: f32, max: f32) -> Vec<String> {
        self.wrap_spans(&[(text, weight)], size, max)
            .iter()
            .map(WrappedLine::text)
            .collect()
    }

    /// `text` cut with an ellipsis so it is at most `max` points wide.
    pub fn ellipsize(&self, text: &str, weight: Weight, size: f32, max: f32) -> String {
        if self.width(text, weight, size) <= max {
            return text.to_owned();
        }
        let budget = max - self.width("…", weight, size);
        let mut out = String::new();
        let mut w = 0.0;
        for c in text.chars() {
            let cw = self.width(c.encode_utf8(&mut [0; 4]), weight, size);
            if w + cw > budget {
                break;
            }
            out.push(c);
            w += cw;
        }
        out.truncate(out.trim_end().len());
        out.push('…');
        out
    }
}

/// Appends `text` to the line: merged into the last piece when the weight is
/// the same (fewer text operators), else as a new piece. `spaced`: a space
/// (already counted in `line.width`) separates it from what came before.
fn push_piece(line: &mut WrappedLine, text: String, weight: Weight, width: f32, spaced: bool) {
    if text.is_empty() {
        return;
    }
    match line.pieces.last_mut() {
        Some(last) if last.weight == weight => {
            if spaced {
                last.text.push(' ');
            }
            last.text.push_str(&text);
        }
        _ => line.pieces.push(Piece {
            x: line.width,
            text,
            weight,
        }),
    }
    line.width += width;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_german_french_letters_are_covered() {
        let f = Fonts::get().unwrap();
        // With the no-break spaces and the minus sign German and French
        // figures are written with, and the guillemets.
        for c in "łŁßéèçąęśżźńóÄÖÜœ€–—…“”„«»’\u{a0}\u{202f}\u{2212}".chars()
        {
            assert!(f.covers(c), "{c} should be in DejaVu Sans");
        }
    }

    #[test]
    fn missing_glyph_is_replaced_and_recorded() {
        let f = Fonts::get().unwrap();
        let mut missing = BTreeSet::new();
        // U+6F22 (a CJK ideograph) is not in DejaVu Sans.
        let s = f.sanitize("ok \u{6F22}\tend\r", &mut missing);
        assert_eq!(s, "ok \u{FFFD} end");
        assert_eq!(missing.into_iter().collect::<Vec<_>>(), vec!['\u{6F22}']);
    }

    /// A word wider than the line is broken between characters, and the
    /// line that ends inside it says so; lines broken at spaces do not.
    #[test]
    fn a_line_broken_inside_a_word_is_marked() {
        let f = Fonts::get().unwrap();
        let max = f.width("Verantwortlich", Weight::Bold, 8.0);
        let lines = f.wrap_spans(
            &[("Verantwortlich Verantwortlichkeiten", Weight::Bold)],
            8.0,
            max,
        );
        let texts: Vec<String> = lines.iter().map(WrappedLine::text).collect();
        assert_eq!(texts[0], "Verantwortlich");
        assert!(!lines[0].broken);
        assert!(
            lines.len() == 3 && lines[1].broken && !lines[2].broken,
            "{texts:?}"
        );
        // A no-break space keeps a figure and its sign together.
        let max = f.width("42\u{a0}%", Weight::Regular, 8.0) + 1.0;
        let lines = f.wrap_spans(&[("a 42\u{a0}%", Weight::Regular)], 8.0, max);
        let texts: Vec<String> = lines.iter().map(WrappedLine::text).collect();
        assert_eq!(texts, ["a", "42\u{a0}%"]);
    }

    #[test]
    fn width_scales_with_size_and_length() {
        let f = Fonts::get().unwrap();
        let one = f.width("M", Weight::Regular, 10.0);
        assert!(
            one > 5.0 && one < 12.0,
            "an M at 10 pt is 5..12 pt wide, got {one}"
        );
        assert!((f.width("MM", Weight::Regular, 10.0) - 2.0 * one).abs() < 1e-3);
        assert!((f.width("M", Weight::Regular, 20.0) - 2.0 * one).abs() < 1e-3);
        assert!(f.width("M", Weight::Bold, 10.0) > one);
    }
}
