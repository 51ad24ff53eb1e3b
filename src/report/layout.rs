//! The report's layout model and its pagination.
//!
//! `content.rs` describes the report as a flow of [`Block`]s (headings,
//! paragraphs, key figures, tables, charts, call-outs, page breaks);
//! [`paginate`] measures them with the embedded font and places them on
//! pages as positioned [`Item`]s. Coordinates here are PDF points, origin
//! bottom-left, text placed by its baseline: `pdf.rs` only translates items
//! into operators.
//!
//! The rules a professional document keeps: a heading is never the last
//! thing on a page (keep-with-next), a table repeats its header row after a
//! page break, a row taller than a page is split line by line rather than
//! run off the page, paragraphs break between lines, and charts too large
//! for a page are scaled down, never clipped.

use serde::Serialize;

use super::charts::{Anchor, Figure, Shape, Stroke};
use super::fonts::{Fonts, Weight};
use super::locale::Labels;
use super::style::{self, INK, MUTED, PANEL, RULE, Rgb, WHITE};

/// Text in runs of regular and bold.
pub type Spans = Vec<(String, Weight)>;

pub fn plain(s: impl Into<String>) -> Spans {
    vec![(s.into(), Weight::Regular)]
}

pub fn bold(s: impl Into<String>) -> Spans {
    vec![(s.into(), Weight::Bold)]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Align {
    Left,
    Right,
    Center,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub title: String,
    /// Relative width.
    pub width: f32,
    pub align: Align,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Cell {
    pub spans: Spans,
    pub fill: Option<Rgb>,
    pub color: Option<Rgb>,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell {
            spans: plain(s),
            ..Cell::default()
        }
    }
    pub fn bold(s: impl Into<String>) -> Cell {
        Cell {
            spans: bold(s),
            ..Cell::default()
        }
    }
    pub fn colored(mut self, fill: Rgb) -> Cell {
        self.fill = Some(fill);
        self.color = Some(fill.text_on());
        self
    }
    pub fn muted(mut self) -> Cell {
        self.color = Some(MUTED);
        self
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    pub size: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyFigure {
    pub label: String,
    pub value: String,
    pub note: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Warning,
    Info,
}

/// The report's cover page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cover {
    pub kicker: String,
    pub organisation: String,
    pub title: String,
    pub subtitle: String,
    /// (label, value) lines: date, questionnaire, respondents, prepared by.
    pub facts: Vec<(String, String)>,
    pub departments_title: String,
    /// (department, who took part: "2 of 3" or "did not take part").
    pub departments: Vec<(String, String)>,
    pub consultant: Option<String>,
    pub footer: String,
    /// The consultant's logo size in pixels, when there is one to draw.
    pub logo: Option<(u32, u32)>,
}

/// One element of the report's flow.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "block", rename_all = "snake_case")]
pub enum Block {
    Cover(Box<Cover>),
    /// Level 1 starts a section (running header, bookmark); 2 and 3 are
    /// sub-headings.
    Heading {
        level: u8,
        text: String,
    },
    Paragraph {
        spans: Spans,
        size: f32,
        color: Rgb,
        /// A bullet or number hung in the left margin of the text.
        marker: Option<String>,
        space_after: f32,
    },
    KeyFigures(Vec<KeyFigure>),
    Table(Table),
    Figure {
        #[serde(skip)]
        figure: Box<Figure>,
        caption: Option<String>,
        /// The figures the chart draws, as a table: the Word report sets
        /// it under the picture; the PDF's chart prints them itself.
        data: Option<Table>,
    },
    Callout {
        title: String,
        body: String,
        tone: Tone,
    },
    Spacer(f32),
    PageBreak,
    /// A new page, unless the page so far is less than half full: then what
    /// follows starts on it, after a gap (a page holding only the last lines
    /// of a section would waste paper). Before back matter such as the
    /// appendix, whose start need not open a page.
    SectionBreak,
}

impl Block {
    pub fn para(spans: Spans) -> Block {
        Block::Paragraph {
            spans,
            size: BODY,
            color: INK,
            marker: None,
            space_after: 6.0,
        }
    }
    pub fn small(spans: Spans) -> Block {
        Block::Paragraph {
            spans,
            size: SMALL,
            color: MUTED,
            marker: None,
            space_after: 4.0,
        }
    }
    pub fn bullet(marker: impl Into<String>, spans: Spans) -> Block {
        Block::Paragraph {
            spans,
            size: BODY,
            color: INK,
            marker: Some(marker.into()),
            space_after: 4.0,
        }
    }
    pub fn h(level: u8, text: impl Into<String>) -> Block {
        Block::Heading {
            level,
            text: text.into(),
        }
    }
}

/// Body text size.
pub const BODY: f32 = 9.5;
/// The space before a section that [`Block::SectionBreak`] lets start
/// below the end of the previous one.
const SECTION_GAP: f32 = 24.0;
/// Notes and captions.
pub const SMALL: f32 = 7.5;

/// A positioned drawing element on a page (PDF points, origin bottom-left).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "item", rename_all = "snake_case")]
pub enum Item {
    /// `x` is where the text starts, `y` its baseline; `rotate` in degrees
    /// counter-clockwise.
    Text {
        x: f32,
        y: f32,
        text: String,
        size: f32,
        weight: Weight,
        color: Rgb,
        rotate: f32,
    },
    /// `y` is the bottom edge.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    Path {
        points: Vec<[f32; 2]>,
        closed: bool,
        fill: Option<Rgb>,
        stroke: Option<Stroke>,
    },
    /// The consultant's logo, `y` its bottom edge.
    Logo { x: f32, y: f32, w: f32, h: f32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct Page {
    pub items: Vec<Item>,
    /// The section (level-1 heading) this page belongs to, for the header.
    pub section: Option<String>,
    pub is_cover: bool,
}

/// The paginated report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Laid {
    pub width: f32,
    pub height: f32,
    pub pages: Vec<Page>,
    /// Level-1 and level-2 headings with their 0-based page, for the PDF
    /// outline.
    pub bookmarks: Vec<(String, usize)>,
    /// The texts of the flow that did not fit their box: a line that ends
    /// inside a word broken between characters, or a text cut short with an
    /// ellipsis (the running header and footer, which are cut on purpose,
    /// aside). Empty when every word fits; what the tests hold every
    /// language's report to.
    pub cut: Vec<String>,
}

/// Page furniture and geometry.
pub struct Frame<'a> {
    pub width: f32,
    pub height: f32,
    pub accent: Rgb,
    /// Left of the running header (organisation).
    pub header_left: String,
    /// Left of the footer (consultant, confidentiality, date).
    pub footer_left: String,
    pub labels: &'a Labels,
}

pub(super) const MARGIN_X: f32 = 56.0;
pub(super) const MARGIN_TOP: f32 = 70.0;
pub(super) const MARGIN_BOTTOM: f32 = 62.0;

struct Cursor<'a> {
    fonts: &'a Fonts,
    frame: &'a Frame<'a>,
    pages: Vec<Page>,
    /// Baseline-free top of the free space on the current page.
    y: f32,
    section: Option<String>,
    bookmarks: Vec<(String, usize)>,
    cut: Vec<String>,
}

impl<'a> Cursor<'a> {
    /// Notes the lines that end inside a broken word.
    fn note_broken(&mut self, lines: &[super::fonts::WrappedLine]) {
        self.cut
            .extend(lines.iter().filter(|l| l.broken).map(|l| l.text()));
    }
    /// [`Fonts::wrap`], noting the lines that end inside a broken word.
    fn wrap(&mut self, text: &str, weight: Weight, size: f32, max: f32) -> Vec<String> {
        let lines = self.fonts.wrap_spans(&[(text, weight)], size, max);
        self.note_broken(&lines);
        lines.iter().map(super::fonts::WrappedLine::text).collect()
    }
    /// [`Fonts::ellipsize`], noting a text it cuts short.
    fn ellipsize(&mut self, text: &str, weight: Weight, size: f32, max: f32) -> String {
        let shown = self.fonts.ellipsize(text, weight, size, max);
        if shown != text {
            self.cut.push(text.to_owned());
        }
        shown
    }
    fn left(&self) -> f32 {
        MARGIN_X
    }
    fn content_width(&self) -> f32 {
        self.frame.width - 2.0 * MARGIN_X
    }
    fn top(&self) -> f32 {
        self.frame.height - MARGIN_TOP
    }
    fn bottom(&self) -> f32 {
        MARGIN_BOTTOM
    }
    fn full_height(&self) -> f32 {
        self.top() - self.bottom()
    }
    fn room(&self) -> f32 {
        self.y - self.bottom()
    }
    fn at_page_top(&self) -> bool {
        (self.y - self.top()).abs() < 0.01
    }
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() || self.pages.last().is_some_and(|p| p.is_cover) {
            self.new_page();
        }
        // invariant: a page was pushed just above when there was none.
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }
    fn new_page(&mut self) {
        self.pages.push(Page {
            items: Vec::new(),
            section: self.section.clone(),
            is_cover: false,
        });
        self.y = self.top();
    }
    /// Starts a new page unless `h` fits in what is left (or the page is
    /// still empty, where waiting would not help).
    fn ensure(&mut self, h: f32) {
        let no_page = self.pages.is_empty() || self.pages.last().is_some_and(|p| p.is_cover);
        if no_page || (h > self.room() && !self.at_page_top()) {
            self.new_page();
        }
    }
    fn push(&mut self, item: Item) {
        self.page().items.push(item);
    }
    fn text(&mut self, x: f32, y: f32, s: &str, size: f32, weight: Weight, color: Rgb) {
        if s.is_empty() {
            return;
        }
        self.push(Item::Text {
            x,
            y,
            text: s.to_owned(),
            size,
            weight,
            color,
            rotate: 0.0,
        });
    }
    fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Rgb) {
        self.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill: Some(fill),
            stroke: None,
        });
    }
    fn hline(&mut self, x0: f32, x1: f32, y: f32, color: Rgb, width: f32) {
        self.push(Item::Path {
            points: vec![[x0, y], [x1, y]],
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(color, width)),
        });
    }
}

fn heading_style(level: u8) -> (f32, f32, f32) {
    // (size, space before, space after)
    match level {
        1 => (18.0, 0.0, 12.0),
        2 => (12.0, 12.0, 6.0),
        _ => (10.0, 8.0, 4.0),
    }
}

/// The line height of text of `size` points in the flow.
pub(super) fn lh(size: f32) -> f32 {
    size * 1.32
}

fn span_refs(spans: &Spans) -> Vec<(&str, Weight)> {
    spans.iter().map(|(s, w)| (s.as_str(), *w)).collect()
}

const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.5;

/// No column's widest word claims more than this share of the table.
const WORD_SHARE_MAX: f32 = 0.4;

/// The columns' widths: their relative widths shared out over `total`,
/// then widened where a column cannot hold its widest word (a German
/// heading such as "Verantwortlich", a date) at the expense of columns
/// with room to spare, so words break between characters only when the
/// table as a whole has no room for them.
fn col_widths(fonts: &Fonts, t: &Table, total: f32) -> Vec<f32> {
    let sum: f32 = t.columns.iter().map(|c| c.width).sum::<f32>().max(0.001);
    let mut widths: Vec<f32> = t.columns.iter().map(|c| c.width / sum * total).collect();
    let need: Vec<f32> = (0..t.columns.len())
        .map(|c| widest_word(fonts, t, c).min(total * WORD_SHARE_MAX) + 2.0 * CELL_PAD_X)
        .collect();
    let lack: f32 = widths
        .iter()
        .zip(&need)
        .map(|(w, n)| (n - w).max(0.0))
        .sum();
    let spare: f32 = widths
        .iter()
        .zip(&need)
        .map(|(w, n)| (w - n).max(0.0))
        .sum();
    if lack <= 0.0 || spare <= 0.0 {
        return widths;
    }
    let take = lack.min(spare);
    for (w, n) in widths.iter_mut().zip(&need) {
        if *w < *n {
            *w += (n - *w) * take / lack;
        } else {
            *w -= (*w - n) * take / spare;
        }
    }
    widths
}

/// The width of the widest word in column `c`: its heading (bold) and
/// every cell, each span in its weight. Words are what the wrapping keeps
/// whole: runs between spaces and line breaks.
fn widest_word(fonts: &Fonts, t: &Table, c: usize) -> f32 {
    let words = |s: &str, weight: Weight| {
        s.split([' ', '\n'])
            .map(|w| fonts.width(w, weight, t.size))
            .fold(0.0, f32::max)
    };
    let head = t
        .columns
        .get(c)
        .map_or(0.0, |col| words(&col.title, Weight::Bold));
    t.rows
        .iter()
        .filter_map(|row| row.get(c))
        .flat_map(|cell| cell.spans.iter().map(|(s, w)| words(s, *w)))
        .fold(head, f32::max)
}

/// Height of the first lines of a block: what must follow a heading onto
/// its page.
fn min_height(fonts: &Fonts, b: &Block, width: f32) -> f32 {
    match b {
        // The heading itself: what follows it is added by the caller.
        Block::Heading { level, .. } => {
            let (size, before, after) = heading_style(*level);
            before + lh(size) + after
        }
        Block::Paragraph { size, .. } => 2.0 * lh(*size),
        Block::Table(t) => {
            let widths = col_widths(fonts, t, width);
            let head = table_header_height(fonts, t, &widths);
            let first = t
                .rows
                .first()
                .map_or(0.0, |r| row_lines(fonts, t, r, &widths).1);
            head + first.min(4.0 * lh(t.size) + 2.0 * CELL_PAD_Y)
        }
        // As `place_figure` will take it: a figure is never cut, so all of
        // it, with its caption.
        Block::Figure {
            figure, caption, ..
        } => {
            let cap = caption.as_deref().map_or(0.0, |t| {
                fonts.wrap(t, Weight::Regular, SMALL, width).len() as f32 * lh(SMALL) + 4.0
            });
            figure.height * (width / figure.width).min(1.0) + cap
        }
        Block::KeyFigures(_) => 70.0,
        Block::Callout { .. } => 60.0,
        _ => 0.0,
    }
}

fn table_header_height(fonts: &Fonts, t: &Table, widths: &[f32]) -> f32 {
    let lines = t
        .columns
        .iter()
        .zip(widths)
        .map(|(c, w)| {
            fonts
                .wrap(&c.title, Weight::Bold, t.size, w - 2.0 * CELL_PAD_X)
                .len()
        })
        .max()
        .unwrap_or(1);
    lines as f32 * lh(t.size) + 2.0 * CELL_PAD_Y
}

type CellLines = Vec<Vec<super::fonts::WrappedLine>>;

fn row_lines(fonts: &Fonts, t: &Table, row: &[Cell], widths: &[f32]) -> (CellLines, f32) {
    let lines: CellLines = row
        .iter()
        .zip(widths)
        .map(|(c, w)| fonts.wrap_spans(&span_refs(&c.spans), t.size, w - 2.0 * CELL_PAD_X))
        .collect();
    let n = lines.iter().map(Vec::len).max().unwrap_or(1);
    (lines, n as f32 * lh(t.size) + 2.0 * CELL_PAD_Y)
}

/// Lays the blocks out on pages of the frame's size.
pub fn paginate(blocks: &[Block], frame: &Frame<'_>) -> crate::Result<Laid> {
    let fonts = Fonts::get()?;
    let mut c = Cursor {
        fonts,
        frame,
        pages: Vec::new(),
        y: 0.0,
        section: None,
        bookmarks: Vec::new(),
        cut: Vec::new(),
    };
    for (i, block) in blocks.iter().enumerate() {
        match block {
            Block::Cover(cover) => {
                let page = super::cover::cover_page(fonts, frame, cover);
                c.pages.push(page);
            }
            Block::PageBreak => {
                if !c
                    .pages
                    .last()
                    .is_some_and(|p| !p.is_cover && p.items.is_empty())
                {
                    c.new_page();
                }
            }
            Block::SectionBreak => {
                let has_content = c
                    .pages
                    .last()
                    .is_some_and(|p| !p.is_cover && !p.items.is_empty());
                if has_content && c.top() - c.y < c.full_height() * 0.5 {
                    c.y -= SECTION_GAP;
                } else if has_content || c.pages.last().is_none_or(|p| p.is_cover) {
                    c.new_page();
                }
            }
            Block::Spacer(h) => {
                if !c.at_page_top() {
                    c.y -= h;
                }
            }
            Block::Heading { level, text } => {
                // Keep with next: this heading, any headings right after it,
                // and the first lines of the block they introduce.
                let w = c.content_width();
                let mut need = 0.0;
                for b in &blocks[i..] {
                    need += min_height(fonts, b, w);
                    if !matches!(b, Block::Heading { .. }) {
                        break;
                    }
                }
                let (size, before, after) = heading_style(*level);
                if *level == 1 {
                    c.section = Some(text.clone());
                }
                c.ensure(need);
                if *level == 1
                    && let Some(p) = c.pages.last_mut()
                {
                    p.section = Some(text.clone());
                }
                if !c.at_page_top() {
                    c.y -= before;
                }
                let lines = c.wrap(text, Weight::Bold, size, w);
                let color = if *level == 1 { frame.accent } else { INK };
                for line in &lines {
                    c.y -= size * 1.05;
                    let (x, y) = (c.left(), c.y);
                    c.text(x, y, line, size, Weight::Bold, color);
                    c.y -= size * 0.3;
                }
                if *level == 1 {
                    let (x, y) = (c.left(), c.y - 4.0);
                    c.fill_rect(x, y, 36.0, 2.5, frame.accent);
                    c.y -= 8.0;
                }
                c.y -= after;
                if *level <= 2 {
                    let page = c.pages.len() - 1;
                    c.bookmarks.push((text.clone(), page));
                }
            }
            Block::Paragraph {
                spans,
                size,
                color,
                marker,
                space_after,
            } => paragraph(
                &mut c,
                spans,
                *size,
                *color,
                marker.as_deref(),
                *space_after,
            ),
            Block::KeyFigures(figs) => key_figures(&mut c, figs),
            Block::Table(t) => table(&mut c, t),
            Block::Figure {
                figure, caption, ..
            } => place_figure(&mut c, figure, caption.as_deref()),
            Block::Callout { title, body, tone } => callout(&mut c, title, body, *tone),
        }
    }
    if c.pages.is_empty() {
        c.new_page();
    }
    furniture(fonts, frame, &mut c.pages);
    // A table header repeated after a page break is noted once.
    c.cut.dedup();
    Ok(Laid {
        width: frame.width,
        height: frame.height,
        pages: c.pages,
        bookmarks: c.bookmarks,
        cut: c.cut,
    })
}

fn paragraph(
    c: &mut Cursor<'_>,
    spans: &Spans,
    size: f32,
    color: Rgb,
    marker: Option<&str>,
    space_after: f32,
) {
    let indent = if marker.is_some() { 16.0 } else { 0.0 };
    let width = c.content_width() - indent;
    let lines = c.fonts.wrap_spans(&span_refs(spans), size, width);
    c.note_broken(&lines);
    let line_h = lh(size);
    // Avoid a lone first line at the foot of a page.
    c.ensure(line_h * lines.len().min(2) as f32);
    for (k, line) in lines.iter().enumerate() {
        c.ensure(line_h);
        c.y -= line_h;
        let base = c.y + (line_h - size) / 2.0 + size * 0.22;
        if k == 0
            && let Some(m) = marker
        {
            let x = c.left();
            c.text(x, base, m, size, Weight::Bold, c.frame.accent);
        }
        for p in &line.pieces {
            let x = c.left() + indent + p.x;
            c.text(x, base, &p.text, size, p.weight, color);
        }
    }
    c.y -= space_after;
}

fn key_figures(c: &mut Cursor<'_>, figs: &[KeyFigure]) {
    if figs.is_empty() {
        return;
    }
    let fonts = c.fonts;
    let n = figs.len() as f32;
    let gap = 10.0;
    let w = (c.content_width() - gap * (n - 1.0)) / n;
    let notes: Vec<Vec<String>> = figs
        .iter()
        .map(|f| {
            let mut lines = c.wrap(&f.note, Weight::Regular, SMALL, w - 16.0);
            if lines.len() > 3 {
                let rest = lines[2..].join(" ");
                lines.truncate(2);
                lines.push(c.ellipsize(&rest, Weight::Regular, SMALL, w - 16.0));
            }
            lines
        })
        .collect();
    // A label too long for one line (a German compound in a row of four)
    // takes two, and every box of the row grows alike.
    let labels: Vec<Vec<String>> = figs
        .iter()
        .map(|f| {
            let mut lines = c.wrap(&f.label.to_uppercase(), Weight::Bold, 7.0, w - 16.0);
            if lines.len() > 2 {
                let rest = lines[1..].join(" ");
                lines.truncate(1);
                lines.push(c.ellipsize(&rest, Weight::Bold, 7.0, w - 16.0));
            }
            lines
        })
        .collect();
    let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let below = (label_lines - 1) as f32 * lh(7.0);
    let note_lines = notes.iter().map(Vec::len).max().unwrap_or(0) as f32;
    let h = 14.0 + 10.0 + 24.0 + below + note_lines * lh(SMALL) + 8.0;
    c.ensure(h + 8.0);
    let top = c.y;
    for (k, f) in figs.iter().enumerate() {
        let x = c.left() + k as f32 * (w + gap);
        c.fill_rect(x, top - h, w, h, PANEL);
        c.fill_rect(x, top - h, 3.0, h, c.frame.accent);
        for (j, line) in labels[k].iter().enumerate() {
            let y = top - 16.0 - j as f32 * lh(7.0);
            c.text(x + 10.0, y, line, 7.0, Weight::Bold, MUTED);
        }
        let top = top - below;
        let mut vsize = 20.0;
        while vsize > 9.0 && fonts.width(&f.value, Weight::Bold, vsize) > w - 16.0 {
            vsize -= 1.0;
        }
        let value = c.ellipsize(&f.value, Weight::Bold, vsize, w - 16.0);
        c.text(
            x + 10.0,
            top - 40.0,
            &value,
            vsize,
            Weight::Bold,
            c.frame.accent,
        );
        for (j, line) in notes[k].iter().enumerate() {
            let y = top - 54.0 - j as f32 * lh(SMALL);
            c.text(x + 10.0, y, line, SMALL, Weight::Regular, INK);
        }
    }
    c.y = top - h - 12.0;
}

fn table(c: &mut Cursor<'_>, t: &Table) {
    let fonts = c.fonts;
    let widths = col_widths(fonts, t, c.content_width());
    let head_h = table_header_height(fonts, t, &widths);
    let line_h = lh(t.size);
    let draw_header = |c: &mut Cursor<'_>| {
        let top = c.y;
        let x0 = c.left();
        let total = c.content_width();
        c.fill_rect(x0, top - head_h, total, head_h, c.frame.accent);
        let mut x = x0;
        for (col, w) in t.columns.iter().zip(&widths) {
            let lines = c.wrap(&col.title, Weight::Bold, t.size, w - 2.0 * CELL_PAD_X);
            for (k, line) in lines.iter().enumerate() {
                let lw = fonts.width(line, Weight::Bold, t.size);
                let tx = aligned(x, *w, lw, col.align);
                let base = top - CELL_PAD_Y - k as f32 * line_h - t.size * 1.02;
                c.text(tx, base, line, t.size, Weight::Bold, WHITE);
            }
            x += w;
        }
        c.y -= head_h;
    };
    let first_h = t
        .rows
        .first()
        .map_or(0.0, |r| row_lines(fonts, t, r, &widths).1.min(3.0 * line_h));
    c.ensure(head_h + first_h);
    draw_header(c);
    for (ri, row) in t.rows.iter().enumerate() {
        let (lines, row_h) = row_lines(fonts, t, row, &widths);
        for cell in &lines {
            c.note_broken(cell);
        }
        // A row that fits a page moves whole to the next one; a taller row
        // starts here (when a few lines fit) and is split below.
        let fits_a_page = row_h <= c.full_height() - head_h;
        if row_h > c.room() && (fits_a_page || c.room() < line_h * 3.0 + 2.0 * CELL_PAD_Y) {
            c.new_page();
            draw_header(c);
        }
        // Draw the row, splitting it over pages when it is taller than
        // the room left (only rows taller than a page get here).
        let total_lines = lines.iter().map(Vec::len).max().unwrap_or(1);
        let mut from = 0;
        while from < total_lines {
            let fit = (((c.room() - 2.0 * CELL_PAD_Y) / line_h).floor() as usize).max(1);
            let to = (from + fit).min(total_lines);
            let h = (to - from) as f32 * line_h + 2.0 * CELL_PAD_Y;
            let top = c.y;
            let x0 = c.left();
            if ri % 2 == 1 {
                c.fill_rect(x0, top - h, c.content_width(), h, PANEL);
            }
            let mut x = x0;
            for (ci, ((cell, w), cl)) in row.iter().zip(&widths).zip(&lines).enumerate() {
                if let Some(fill) = cell.fill {
                    c.fill_rect(x, top - h, *w, h, fill);
                }
                let color = cell.color.unwrap_or(INK);
                let align = t.columns.get(ci).map_or(Align::Left, |c| c.align);
                for (k, line) in cl.iter().enumerate().take(to).skip(from) {
                    let base = top - CELL_PAD_Y - (k - from) as f32 * line_h - t.size * 1.02;
                    let lx = aligned(x, *w, line.width, align);
                    for p in &line.pieces {
                        c.text(lx + p.x, base, &p.text, t.size, p.weight, color);
                    }
                }
                x += w;
            }
            c.y -= h;
            let (l, r, y) = (c.left(), c.left() + c.content_width(), c.y);
            c.hline(l, r, y, RULE, 0.4);
            from = to;
            if from < total_lines {
                c.new_page();
                draw_header(c);
            }
        }
    }
    c.y -= 10.0;
}

fn aligned(x: f32, w: f32, text_w: f32, align: Align) -> f32 {
    match align {
        Align::Left => x + CELL_PAD_X,
        Align::Right => x + w - CELL_PAD_X - text_w,
        Align::Center => x + (w - text_w) / 2.0,
    }
}

/// Figure items placed with their top-left at (`left`, `top`), scaled by `s`.
pub fn figure_items(fonts: &Fonts, f: &Figure, left: f32, top: f32, s: f32) -> Vec<Item> {
    let tx = |x: f32| left + x * s;
    let ty = |y: f32| top - y * s;
    let scale_stroke = |st: &Option<Stroke>| {
        st.map(|mut k| {
            k.width *= s.max(0.5);
            k
        })
    };
    f.shapes
        .iter()
        .map(|shape| match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                stroke,
            } => Item::Rect {
                x: tx(*x),
                y: ty(y + h),
                w: w * s,
                h: h * s,
                fill: *fill,
                stroke: scale_stroke(stroke),
            },
            Shape::Path {
                points,
                closed,
                fill,
                stroke,
            } => Item::Path {
                points: points.iter().map(|[x, y]| [tx(*x), ty(*y)]).collect(),
                closed: *closed,
                fill: *fill,
                stroke: scale_stroke(stroke),
            },
            Shape::Text {
                x,
                y,
                text,
                size,
                weight,
                color,
                anchor,
                rotate,
            } => {
                let size = size * s;
                let w = fonts.width(text, *weight, size);
                let back = match anchor {
                    Anchor::Start => 0.0,
                    Anchor::Middle => w / 2.0,
                    Anchor::End => w,
                };
                let (sin, cos) = rotate.to_radians().sin_cos();
                Item::Text {
                    x: tx(*x) - back * cos,
                    y: ty(*y) - back * sin,
                    text: text.clone(),
                    size,
                    weight: *weight,
                    color: *color,
                    rotate: *rotate,
                }
            }
        })
        .collect()
}

fn place_figure(c: &mut Cursor<'_>, f: &Figure, caption: Option<&str>) {
    let width = c.content_width();
    let cap_lines = caption.map_or_else(Vec::new, |t| c.wrap(t, Weight::Regular, SMALL, width));
    let cap_h = cap_lines.len() as f32 * lh(SMALL) + if cap_lines.is_empty() { 0.0 } else { 4.0 };
    let s = (c.content_width() / f.width)
        .min((c.full_height() - cap_h) / f.height)
        .min(1.0);
    let h = f.height * s + cap_h;
    c.ensure(h);
    let top = c.y;
    let left = c.left() + (c.content_width() - f.width * s) / 2.0;
    let items = figure_items(c.fonts, f, left, top, s);
    c.page().items.extend(items);
    c.y = top - f.height * s - 4.0;
    for line in &cap_lines {
        c.y -= lh(SMALL);
        let (x, y) = (c.left(), c.y + 2.0);
        c.text(x, y, line, SMALL, Weight::Regular, MUTED);
    }
    c.y -= 10.0;
}

fn callout(c: &mut Cursor<'_>, title: &str, body: &str, tone: Tone) {
    let (fg, bg) = match tone {
        Tone::Warning => (style::WARN, style::WARN_BG),
        Tone::Info => (c.frame.accent, c.frame.accent.tint(0.9)),
    };
    let inner = c.content_width() - 28.0;
    let tlines = c.wrap(title, Weight::Bold, 10.5, inner);
    let blines = c.wrap(body, Weight::Regular, BODY, inner);
    let h = 12.0 + tlines.len() as f32 * lh(10.5) + 4.0 + blines.len() as f32 * lh(BODY) + 10.0;
    if h > c.full_height() {
        // Absurdly long: flow it as text rather than overflow a box.
        paragraph(c, &bold(title), 10.5, fg, None, 4.0);
        paragraph(c, &plain(body), BODY, INK, None, 8.0);
        return;
    }
    c.ensure(h);
    let top = c.y;
    let x0 = c.left();
    c.fill_rect(x0, top - h, c.content_width(), h, bg);
    c.fill_rect(x0, top - h, 4.0, h, fg);
    let mut y = top - 12.0;
    for l in &tlines {
        y -= 10.5 * 0.9;
        c.text(x0 + 16.0, y, l, 10.5, Weight::Bold, fg);
        y -= lh(10.5) - 10.5 * 0.9;
    }
    y -= 4.0;
    for l in &blines {
        y -= BODY * 0.95;
        c.text(x0 + 16.0, y, l, BODY, Weight::Regular, INK);
        y -= lh(BODY) - BODY * 0.95;
    }
    c.y = top - h - 12.0;
}

/// Running header and footer on every page but the cover.
fn furniture(fonts: &Fonts, frame: &Frame<'_>, pages: &mut [Page]) {
    let n = pages.len();
    let inner = frame.width - 2.0 * MARGIN_X;
    for (i, page) in pages.iter_mut().enumerate() {
        if page.is_cover {
            continue;
        }
        let ty = frame.height - 40.0;
        let left = fonts.ellipsize(&frame.header_left, Weight::Bold, 7.5, inner * 0.5);
        page.items
            .push(text_item(MARGIN_X, ty, left, 7.5, Weight::Bold, MUTED));
        if let Some(section) = &page.section {
            let s = fonts.ellipsize(section, Weight::Regular, 7.5, inner * 0.45);
            let w = fonts.width(&s, Weight::Regular, 7.5);
            page.items.push(text_item(
                MARGIN_X + inner - w,
                ty,
                s,
                7.5,
                Weight::Regular,
                MUTED,
            ));
        }
        page.items.push(Item::Path {
            points: vec![[MARGIN_X, ty - 7.0], [MARGIN_X + inner, ty - 7.0]],
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(RULE, 0.5)),
        });
        let fy = 34.0;
        page.items.push(Item::Path {
            points: vec![[MARGIN_X, fy + 12.0], [MARGIN_X + inner, fy + 12.0]],
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(RULE, 0.5)),
        });
        let left = fonts.ellipsize(&frame.footer_left, Weight::Regular, 7.0, inner * 0.7);
        page.items
            .push(text_item(MARGIN_X, fy, left, 7.0, Weight::Regular, MUTED));
        let num = (frame.labels.page_of)(i + 1, n);
        let w = fonts.width(&num, Weight::Bold, 7.0);
        page.items.push(text_item(
            MARGIN_X + inner - w,
            fy,
            num,
            7.0,
            Weight::Bold,
            MUTED,
        ));
    }
}

fn text_item(x: f32, y: f32, text: String, size: f32, weight: Weight, color: Rgb) -> Item {
    Item::Text {
        x,
        y,
        text,
        size,
        weight,
        color,
        rotate: 0.0,
    }
}
