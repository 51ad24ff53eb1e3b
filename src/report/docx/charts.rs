//! A chart as a PNG for the Word report: the chart's own SVG
//! ([`Figure::to_svg`], the app's too) rasterised with resvg at print
//! resolution. Text is drawn with the report's embedded DejaVu faces
//! loaded into the renderer's font database, so a chart reads the same on
//! a machine without any fonts installed.

use std::sync::{Arc, OnceLock};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg::{self, fontdb};

use crate::report::charts::Figure;
use crate::report::fonts::{BOLD_TTF, REGULAR_TTF};
use crate::{Error, Result};

/// Pixels per inch of the pictures: sharp on paper, a few hundred
/// kilobytes a chart.
pub const DPI: f32 = 200.0;

/// The parser's options with the report's fonts, made once per process.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut db = fontdb::Database::new();
        db.load_font_data(REGULAR_TTF.to_vec());
        db.load_font_data(BOLD_TTF.to_vec());
        db.set_sans_serif_family("DejaVu Sans");
        usvg::Options {
            font_family: "DejaVu Sans".to_owned(),
            fontdb: Arc::new(db),
            ..usvg::Options::default()
        }
    })
}

/// A rasterised chart: PNG bytes and their size in pixels.
pub struct Picture {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Renders `figure` at [`DPI`] on white (a transparent chart would take
/// the colour of whatever a consultant pastes it on).
pub fn rasterise(figure: &Figure) -> Result<Picture> {
    let err = |what: &str, e: &dyn std::fmt::Display| {
        Error::Report(format!("chart {:?}: {what}: {e}", figure.title))
    };
    let tree = usvg::Tree::from_str(&figure.to_svg(), options())
        .map_err(|e| err("the drawing could not be read", &e))?;
    let scale = DPI / 72.0;
    let width = (figure.width * scale).ceil().max(1.0) as u32;
    let height = (figure.height * scale).ceil().max(1.0) as u32;
    let mut pixmap = Pixmap::new(width, height)
        .ok_or_else(|| err("no picture of that size", &format!("{width}×{height}")))?;
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let png = pixmap
        .encode_png()
        .map_err(|e| err("the picture could not be written", &e))?;
    Ok(Picture { png, width, height })
}
