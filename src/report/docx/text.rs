//! Text into Word runs: bold where the content says bold, a line break
//! where it has a newline, and nothing XML cannot hold. Everything else
//! — `<`, `&`, quotes, emoji, right-to-left text — is written as it is
//! (docx-rs escapes it), and Word picks a face that can draw it.

use docx_rs::{BreakType, Run};

use crate::report::fonts::Weight;
use crate::report::layout::Spans;
use crate::report::style::Rgb;

/// `s` without the control characters XML 1.0 forbids (tab and newline
/// stay; the caller turns newlines into breaks).
fn xml_safe(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect()
}

/// One run per span, with a line break for each newline in it.
pub fn runs(spans: &Spans, color: Option<Rgb>) -> Vec<Run> {
    spans
        .iter()
        .map(|(text, weight)| {
            let mut run = Run::new();
            for (i, line) in xml_safe(text).split('\n').enumerate() {
                if i > 0 {
                    run = run.add_break(BreakType::TextWrapping);
                }
                if !line.is_empty() {
                    run = run.add_text(line);
                }
            }
            if *weight == Weight::Bold {
                run = run.bold();
            }
            if let Some(c) = color {
                run = run.color(hex(c));
            }
            run
        })
        .collect()
}

/// A colour as Word writes it: six hex digits, no `#`.
pub fn hex(c: Rgb) -> String {
    c.hex().trim_start_matches('#').to_owned()
}

/// Points in twentieths of a point, Word's unit of length.
pub fn twips(pt: f32) -> usize {
    (pt * 20.0).round().max(0.0) as usize
}

/// Points in English Metric Units, DrawingML's unit of length.
pub fn emu(pt: f32) -> u32 {
    (pt * 12_700.0).round().max(0.0) as u32
}
