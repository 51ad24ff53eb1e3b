//! The report (PDF, and Word for the consultant to edit) and the XLSX export.
//!
//! The pipeline, one file per step:
//!
//! | file | owns |
//! |---|---|
//! | [`content`] | what the report says: blocks built from the assessment, scorecard and roadmap (and a later round's progress) |
//! | [`mod@layout`] | pagination: blocks → positioned items on pages (keep-with-next, repeated table headers) |
//! | [`pdf`] | items → printpdf operators, fonts embedded and subset, metadata |
//! | [`charts`] | radar, bars, heat map, coverage as neutral geometry (also SVG for the app) |
//! | [`fonts`] | the embedded DejaVu faces, text measurement, glyph coverage |
//! | [`locale`] | every fixed word, one table per language (English, German, French), and how each writes figures and dates |
//! | [`style`] | colours and palette |
//! | [`docx`] | the same blocks as an editable Word document: Word's own heading, list and table structure, charts as images with their figures beside them |
//! | [`xlsx`] | the action register, scores and answers workbook (progress and trend sheets of a later round) |
//! | [`progress`] | what a later round's documents show of its progress: the comparison and the trend, as [`crate::workflow`] loads them |
//!
//! The report renders what the [`Scorecard`], the [`Roadmap`] and a
//! round's [`Progress`] say and never computes a score, so the app and the
//! paper always agree.

pub mod charts;
pub mod content;
mod cover;
pub mod docx;
pub mod fonts;
pub mod layout;
pub mod locale;
pub mod pdf;
pub mod progress;
pub mod style;
pub mod xlsx;

use std::collections::BTreeSet;

use crate::logo;

use time::OffsetDateTime;

use crate::Result;
use crate::model::{AssessmentData, Branding};
use crate::roadmap::Roadmap;
use crate::scoring::Scorecard;
pub use progress::Progress;
use style::Rgb;

/// Paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            // 210 × 297 mm.
            Paper::A4 => (595.28, 841.89),
            // 8.5 × 11 in.
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// How to render a report.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportOptions {
    pub paper: Paper,
    /// Locale code of the labels: `en`, `de`, `fr` or a regional tag of
    /// one of them ([`locale::labels`]).
    pub locale: String,
    /// The date printed on the cover and written as the PDF's creation date.
    pub generated: OffsetDateTime,
}

impl ReportOptions {
    /// A4, English, generated at `generated`.
    pub fn new(generated: OffsetDateTime) -> Self {
        ReportOptions {
            paper: Paper::A4,
            locale: "en".to_owned(),
            generated,
        }
    }
}

/// A rendered report and what the caller should tell the user.
#[derive(Debug, Clone)]
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
    /// Lower-case notes: characters the font could not draw, an accent
    /// colour that could not be read, a logo that was left out.
    pub warnings: Vec<String>,
}

/// Renders the scored PDF report; `progress` is a later round's (`None`
/// for a first round).
pub fn render_pdf(
    data: &AssessmentData,
    scorecard: &Scorecard,
    roadmap: &Roadmap,
    progress: Option<&Progress>,
    branding: &Branding,
    options: &ReportOptions,
) -> Result<Vec<u8>> {
    render(data, scorecard, roadmap, progress, branding, options).map(|r| r.pdf)
}

/// The accent colour and a warning when the branding's could not be read.
fn accent(branding: &Branding, warnings: &mut Vec<String>) -> Rgb {
    match branding.accent_colour.as_deref() {
        None => style::DEFAULT_ACCENT,
        Some(s) => Rgb::parse_hex(s).unwrap_or_else(|| {
            warnings.push(format!(
                "accent colour {s:?} is not #rrggbb; the default colour was used"
            ));
            style::DEFAULT_ACCENT
        }),
    }
}

/// What a report is about: one round, scored and planned, and a later
/// round's progress.
struct Subject<'a> {
    data: &'a AssessmentData,
    scorecard: &'a Scorecard,
    roadmap: &'a Roadmap,
    progress: Option<&'a Progress>,
}

/// Builds and paginates the report of a round without its progress (a
/// first round's report) without writing the PDF: the model the tests
/// inspect (every item inside the page, nothing overlapping).
pub fn layout(
    data: &AssessmentData,
    scorecard: &Scorecard,
    roadmap: &Roadmap,
    branding: &Branding,
    options: &ReportOptions,
    warnings: &mut Vec<String>,
) -> Result<layout::Laid> {
    layout_with_progress(data, scorecard, roadmap, None, branding, options, warnings)
}

/// [`layout()`] of a round with its progress since the previous round.
pub fn layout_with_progress(
    data: &AssessmentData,
    scorecard: &Scorecard,
    roadmap: &Roadmap,
    progress: Option<&Progress>,
    branding: &Branding,
    options: &ReportOptions,
    warnings: &mut Vec<String>,
) -> Result<layout::Laid> {
    let subject = Subject {
        data,
        scorecard,
        roadmap,
        progress,
    };
    layout_with_logo(&subject, branding, options, None, warnings)
}

/// What the PDF and the Word report are both made of: the content's
/// blocks, and the words and colour around them on every page.
struct Built {
    blocks: Vec<layout::Block>,
    labels: &'static locale::Labels,
    accent: Rgb,
    /// The organisation, at the top of every page after the cover.
    header_left: String,
    /// The consultant, "confidential" and the date, at the foot.
    footer_left: String,
}

/// Builds the report's content in its language for `paper`: the one
/// content model both renderers draw.
fn build(
    subject: &Subject<'_>,
    branding: &Branding,
    options: &ReportOptions,
    logo: Option<&logo::Logo>,
    warnings: &mut Vec<String>,
) -> Result<Built> {
    let Subject {
        data,
        scorecard,
        roadmap,
        progress,
    } = *subject;
    let l = locale::labels(&options.locale)?;
    let accent = accent(branding, warnings);
    let (w, h) = options.paper.size();
    let date = locale::format_date(l, options.generated.date());
    let cx = content::Ctx {
        data,
        sc: scorecard,
        roadmap,
        branding,
        l,
        accent,
        date: date.clone(),
        width: w - 2.0 * layout::MARGIN_X,
        height: h - 132.0,
        methodology: methodology(l),
        logo: logo.map(|l| (l.width, l.height)),
        progress,
    };
    let blocks = content::build(&cx)?;
    let consultant = branding
        .consultant_name
        .as_deref()
        .filter(|s| !s.trim().is_empty());
    let mut footer = Vec::new();
    if let Some(c) = consultant {
        footer.push(c.to_owned());
    }
    footer.push(l.confidential.to_owned());
    footer.push(date);
    Ok(Built {
        blocks,
        labels: l,
        accent,
        header_left: data.assessment.organisation.clone(),
        footer_left: footer.join(" · "),
    })
}

fn layout_with_logo(
    subject: &Subject<'_>,
    branding: &Branding,
    options: &ReportOptions,
    logo: Option<&logo::Logo>,
    warnings: &mut Vec<String>,
) -> Result<layout::Laid> {
    let built = build(subject, branding, options, logo, warnings)?;
    let (w, h) = options.paper.size();
    let frame = layout::Frame {
        width: w,
        height: h,
        accent: built.accent,
        header_left: built.header_left,
        footer_left: built.footer_left,
        labels: built.labels,
    };
    layout::paginate(&built.blocks, &frame)
}

/// The consultant's logo, decoded; a warning and `None` when it cannot
/// be read (the report goes out without it).
fn decode_logo(branding: &Branding, warnings: &mut Vec<String>) -> Option<logo::Logo> {
    let bytes = branding.logo.as_deref()?;
    match logo::decode(bytes) {
        Ok(l) => Some(l),
        Err(why) => {
            warnings.push(format!("{why}; the cover shows the consultant's name only"));
            None
        }
    }
}

/// Renders the report and returns it with its page count and warnings.
/// A later round's report (`progress` given) shows its progress since the
/// previous round after the executive summary, which leads with it.
pub fn render(
    data: &AssessmentData,
    scorecard: &Scorecard,
    roadmap: &Roadmap,
    progress: Option<&Progress>,
    branding: &Branding,
    options: &ReportOptions,
) -> Result<Rendered> {
    let mut warnings = Vec::new();
    let logo = decode_logo(branding, &mut warnings);
    let subject = Subject {
        data,
        scorecard,
        roadmap,
        progress,
    };
    let laid = layout_with_logo(&subject, branding, options, logo.as_ref(), &mut warnings)?;
    let l = locale::labels(&options.locale)?;
    let info = pdf::DocInfo {
        title: format!("{} — {}", data.assessment.organisation, l.report_title),
        author: branding.consultant_name.clone().unwrap_or_default(),
        subject: data.assessment.title.clone(),
        created: options.generated.unix_timestamp(),
    };
    let mut missing = BTreeSet::new();
    let bytes = pdf::write(&laid, &info, logo.as_ref(), &mut missing)?;
    if !missing.is_empty() {
        let list: Vec<String> = missing
            .iter()
            .map(|c| format!("U+{:04X} {c:?}", u32::from(*c)))
            .collect();
        warnings.push(format!(
            "the report font has no glyph for {}; shown as \u{fffd}",
            list.join(", ")
        ));
    }
    Ok(Rendered {
        pdf: bytes,
        pages: laid.pages.len(),
        warnings,
    })
}

/// A rendered Word report and what the caller should tell the user.
#[derive(Debug, Clone)]
pub struct RenderedDocx {
    pub docx: Vec<u8>,
    /// Lower-case notes, as [`Rendered::warnings`].
    pub warnings: Vec<String>,
}

/// Renders the report as an editable Word document: the same content as
/// [`render`]'s PDF ([`content::build`]), in Word's own structure
/// ([`docx`]).
pub fn render_docx(
    data: &AssessmentData,
    scorecard: &Scorecard,
    roadmap: &Roadmap,
    progress: Option<&Progress>,
    branding: &Branding,
    options: &ReportOptions,
) -> Result<RenderedDocx> {
    let mut warnings = Vec::new();
    let logo = decode_logo(branding, &mut warnings);
    let subject = Subject {
        data,
        scorecard,
        roadmap,
        progress,
    };
    let built = build(&subject, branding, options, logo.as_ref(), &mut warnings)?;
    let doc = docx::Document {
        blocks: &built.blocks,
        labels: built.labels,
        accent: built.accent,
        paper: options.paper,
        header_left: &built.header_left,
        footer_left: &built.footer_left,
        consultant: branding
            .consultant_name
            .as_deref()
            .filter(|s| !s.trim().is_empty()),
        logo: logo.as_ref(),
        title: &format!(
            "{} — {}",
            data.assessment.organisation, built.labels.report_title
        ),
        subject: &data.assessment.title,
        created: options.generated,
    };
    let bytes = docx::write(&doc, &mut warnings)?;
    Ok(RenderedDocx {
        docx: bytes,
        warnings,
    })
}

/// The methodology appendix in the labels' language: the core's one text
/// of the method ([`crate::methodology`], also the app's Help), written
/// from the scoring constants so the words cannot drift from the
/// arithmetic.
pub fn methodology(l: &locale::Labels) -> Vec<(String, Vec<String>)> {
    crate::methodology::methodology(l)
        .into_iter()
        .map(|s| (s.heading, s.paragraphs))
        .collect()
}
