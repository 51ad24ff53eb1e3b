//! The Word report's styles and list definitions: one place where a
//! consultant restyles the whole document. Headings are Word's built-in
//! "heading 1–3" (ids `Heading1`…, with outline levels, so the navigation
//! pane and the table of contents find them); everything else is a named
//! "CX …" style, and the report's text refers to styles rather than
//! carrying its own formatting. The accent colour is in the headings,
//! the title and the table headers.

use docx_rs::{
    AbstractNumbering, AlignmentType, BorderType, IndentLevel, Level, LevelJc, LevelText,
    LineSpacing, NumberFormat, Numbering, NumberingId, ParagraphBorder, ParagraphBorderPosition,
    ParagraphBorders, RunFonts, Shading, Start, Style, StyleType,
};

use super::text::hex;
use crate::report::style::{INK, MUTED, PANEL, RULE, Rgb, WARN, WARN_BG};

/// The style ids the report's paragraphs refer to.
pub mod id {
    pub const BODY: &str = "CXBody";
    pub const SMALL: &str = "CXSmall";
    pub const NOTE: &str = "CXNote";
    pub const CAPTION: &str = "CXCaption";
    pub const LIST: &str = "CXList";
    pub const TABLE_TEXT: &str = "CXTableText";
    pub const TABLE_HEAD: &str = "CXTableHead";
    pub const TABLE: &str = "CXTable";
    pub const KEY_LABEL: &str = "CXKeyLabel";
    pub const KEY_VALUE: &str = "CXKeyValue";
    pub const CALLOUT: &str = "CXCallout";
    pub const WARNING: &str = "CXWarning";
    pub const FIGURE: &str = "CXFigure";
    pub const TITLE: &str = "Title";
    pub const SUBTITLE: &str = "Subtitle";
    pub const COVER_KICKER: &str = "CXCoverKicker";
    pub const TOC_HEADING: &str = "TOCHeading";
    pub const TOC1: &str = "TOC1";
    pub const TOC2: &str = "TOC2";
    pub const HEADER: &str = "Header";
    pub const FOOTER: &str = "Footer";
}

/// The typeface of every style: on every Windows and macOS machine, and
/// matched by a metric-compatible face elsewhere.
pub const FONT: &str = "Arial";

/// The list definitions' ids: bullets, numbers, ticks (docx-rs keeps 1
/// for a definition of its own).
pub const BULLETS: usize = 11;
pub const NUMBERS: usize = 12;
pub const TICKS: usize = 13;
/// The first list instance's id; each list takes the next.
pub const FIRST_LIST: usize = 11;

/// Half-points, Word's unit of font size.
fn half_points(pt: f32) -> usize {
    (pt * 2.0).round() as usize
}

/// Spacing before and after a paragraph, in points.
fn spacing(before: f32, after: f32) -> LineSpacing {
    LineSpacing::new()
        .before((before * 20.0).round() as u32)
        .after((after * 20.0).round() as u32)
}

fn paragraph(id: &str, name: &str, size: f32, color: Rgb) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .size(half_points(size))
        .color(hex(color))
}

fn heading(level: usize, size: f32, color: Rgb, before: f32, after: f32) -> Style {
    let mut s = Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next(id::BODY)
        .size(half_points(size))
        .color(hex(color))
        .bold()
        .outline_lvl(level - 1)
        .line_spacing(spacing(before, after));
    s.paragraph_property = s.paragraph_property.keep_next(true).keep_lines(true);
    s
}

fn boxed(id: &str, name: &str, fill: Rgb, edge: Rgb) -> Style {
    let mut s = paragraph(id, name, 9.5, INK).line_spacing(spacing(2.0, 2.0));
    s.paragraph_property = s
        .paragraph_property
        .shading(Shading::new().fill(hex(fill)))
        .set_borders(
            ParagraphBorders::with_empty().set(
                ParagraphBorder::new(ParagraphBorderPosition::Left)
                    .val(BorderType::Single)
                    .size(24)
                    .space(6)
                    .color(hex(edge)),
            ),
        )
        .keep_lines(true);
    s
}

/// Every style of the report.
pub fn styles(accent: Rgb) -> Vec<Style> {
    let mut normal = Style::new("Normal", StyleType::Paragraph)
        .name("Normal")
        .fonts(RunFonts::new().ascii(FONT).hi_ansi(FONT).cs(FONT))
        .size(half_points(10.0))
        .color(hex(INK));
    normal.paragraph_property = normal.paragraph_property.widow_control(true);
    let mut key_value = paragraph(id::KEY_VALUE, "CX Key Value", 18.0, accent).bold();
    key_value.paragraph_property = key_value.paragraph_property.keep_next(true);
    let mut key_label = paragraph(id::KEY_LABEL, "CX Key Label", 7.5, MUTED).bold();
    key_label.paragraph_property = key_label.paragraph_property.keep_next(true);
    let mut caption = paragraph(id::CAPTION, "CX Caption", 8.0, MUTED)
        .italic()
        .line_spacing(spacing(2.0, 8.0));
    caption.paragraph_property = caption.paragraph_property.keep_next(true);
    let mut figure = paragraph(id::FIGURE, "CX Figure", 10.0, INK)
        .align(AlignmentType::Center)
        .line_spacing(spacing(4.0, 2.0));
    figure.paragraph_property = figure.paragraph_property.keep_next(true);
    let mut table_head = paragraph(id::TABLE_HEAD, "CX Table Head", 8.0, accent.text_on()).bold();
    table_head.paragraph_property = table_head.paragraph_property.keep_next(true);
    vec![
        normal,
        heading(1, 18.0, accent, 0.0, 10.0),
        heading(2, 13.0, accent, 14.0, 6.0),
        heading(3, 10.5, INK, 10.0, 4.0),
        paragraph(id::TITLE, "Title", 28.0, accent.text_on())
            .bold()
            .line_spacing(spacing(6.0, 6.0)),
        paragraph(id::SUBTITLE, "Subtitle", 14.0, accent.text_on()).line_spacing(spacing(0.0, 6.0)),
        paragraph(id::COVER_KICKER, "CX Cover Kicker", 10.0, accent.text_on())
            .bold()
            .line_spacing(spacing(0.0, 4.0)),
        paragraph(id::BODY, "CX Body", 10.0, INK).line_spacing(spacing(0.0, 6.0)),
        paragraph(id::SMALL, "CX Small", 9.0, INK).line_spacing(spacing(0.0, 4.0)),
        paragraph(id::NOTE, "CX Note", 8.5, MUTED).line_spacing(spacing(0.0, 4.0)),
        caption,
        figure,
        paragraph(id::LIST, "CX List", 10.0, INK).line_spacing(spacing(0.0, 4.0)),
        paragraph(id::TABLE_TEXT, "CX Table Text", 8.0, INK).line_spacing(spacing(1.0, 1.0)),
        table_head,
        key_label,
        key_value,
        boxed(id::CALLOUT, "CX Callout", PANEL, accent),
        boxed(id::WARNING, "CX Warning", WARN_BG, WARN),
        paragraph(id::TOC_HEADING, "TOC Heading", 16.0, accent)
            .bold()
            .line_spacing(spacing(0.0, 10.0)),
        paragraph(id::TOC1, "toc 1", 10.0, INK)
            .bold()
            .line_spacing(spacing(6.0, 2.0)),
        paragraph(id::TOC2, "toc 2", 10.0, INK)
            .indent(Some(240), None, None, None)
            .line_spacing(spacing(0.0, 2.0)),
        paragraph(id::HEADER, "header", 8.0, MUTED),
        paragraph(id::FOOTER, "footer", 8.0, MUTED),
        Style::new(id::TABLE, StyleType::Table)
            .name("CX Table")
            .set_borders(table_borders()),
    ]
}

fn table_borders() -> docx_rs::TableBorders {
    use docx_rs::{TableBorder, TableBorderPosition, TableBorders};
    let line = |p| {
        TableBorder::new(p)
            .border_type(BorderType::Single)
            .size(4)
            .color(hex(RULE))
    };
    TableBorders::with_empty()
        .set(line(TableBorderPosition::Top))
        .set(line(TableBorderPosition::Bottom))
        .set(line(TableBorderPosition::InsideH))
}

/// Bullets, numbers and ticks as Word lists, hung in the margin as the
/// PDF hangs its markers.
pub fn abstract_lists() -> Vec<AbstractNumbering> {
    let level = |format: &str, text: &str| {
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new(format),
            LevelText::new(text),
            LevelJc::new("left"),
        )
        .indent(
            Some(360),
            Some(docx_rs::SpecialIndentType::Hanging(260)),
            None,
            None,
        )
    };
    vec![
        AbstractNumbering::new(BULLETS).add_level(level("bullet", "•")),
        AbstractNumbering::new(NUMBERS).add_level(level("decimal", "%1.")),
        AbstractNumbering::new(TICKS).add_level(level("bullet", "✓")),
    ]
}

/// A list instance of `abstract_id`: a numbered list restarts at 1 in
/// each instance.
pub fn list(num_id: usize, abstract_id: usize) -> Numbering {
    Numbering::new(num_id, abstract_id).add_override(docx_rs::LevelOverride::new(0).start(1))
}

/// A paragraph's place in list `num_id`.
pub fn in_list(num_id: usize) -> (NumberingId, IndentLevel) {
    (NumberingId::new(num_id), IndentLevel::new(0))
}
