//! The content's blocks as Word paragraphs and tables, in order: headings
//! in Word's heading styles, paragraphs in the "CX" styles, markers as
//! real Word lists, key figures and the cover as tables, charts as
//! pictures with their alternative text, caption and figures. Page breaks
//! are a property of the paragraph that follows them, so no page starts
//! with an empty line.

use docx_rs::{BreakType, Paragraph, Pic, Run, Shading, Table as WordTable, TableCell, TableRow};
use docx_rs::{FieldCharType, InstrText, InstrToC, WidthType};

use super::charts::rasterise;
use super::styles::{self, id};
use super::tables;
use super::text::{emu, hex, runs, twips};
use crate::Result;
use crate::report::fonts::Weight;
use crate::report::layout::{BODY, Block, Cover, KeyFigure, Table, Tone};
use crate::report::locale::Labels;
use crate::report::style::{MUTED, PANEL, Rgb, on_fill};

/// One element of the document's body.
pub enum Child {
    Paragraph(Box<Paragraph>),
    Table(Box<WordTable>),
}

/// Which list a marked paragraph belongs to.
#[derive(Clone, Copy, PartialEq)]
enum ListKind {
    Bullets,
    Numbers,
    Ticks,
}

/// The body being built.
pub struct Body<'a> {
    pub children: Vec<Child>,
    /// The list instances used: (num id, abstract id).
    pub lists: Vec<(usize, usize)>,
    /// Every picture's alternative text, in the body's order.
    pub alt_texts: Vec<String>,
    l: &'a Labels,
    accent: Rgb,
    /// The text width, points.
    width: f32,
    /// The text height, points: no picture is taller.
    height: f32,
    /// The cover's logo as PNG with its size in pixels.
    logo: Option<(Vec<u8>, u32, u32)>,
    page_break: bool,
    /// The list the previous paragraph was in.
    list: Option<(ListKind, usize)>,
    /// The headings the table of contents lists: (level, text).
    toc: Vec<(u8, String)>,
}

impl<'a> Body<'a> {
    pub fn new(
        l: &'a Labels,
        accent: Rgb,
        (width, height): (f32, f32),
        logo: Option<(Vec<u8>, u32, u32)>,
        blocks: &[Block],
    ) -> Self {
        let toc = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Heading { level, text } if *level <= 2 => Some((*level, text.clone())),
                _ => None,
            })
            .collect();
        Body {
            children: Vec::new(),
            lists: Vec::new(),
            alt_texts: Vec::new(),
            l,
            accent,
            width,
            height,
            logo,
            page_break: false,
            list: None,
            toc,
        }
    }

    fn para(&mut self, mut p: Paragraph) {
        if std::mem::take(&mut self.page_break) {
            p = p.page_break_before(true);
        }
        self.children.push(Child::Paragraph(Box::new(p)));
    }

    fn table(&mut self, t: WordTable) {
        if std::mem::take(&mut self.page_break) {
            self.children.push(Child::Paragraph(Box::new(
                Paragraph::new().add_run(Run::new().add_break(BreakType::Page)),
            )));
        }
        self.children.push(Child::Table(Box::new(t)));
    }

    pub fn push(&mut self, b: &Block) -> Result<()> {
        let in_list = matches!(
            b,
            Block::Paragraph {
                marker: Some(_),
                ..
            }
        );
        if !in_list {
            self.list = None;
        }
        match b {
            Block::Cover(c) => self.cover(c),
            Block::Heading { level, text } => {
                let level = (*level).clamp(1, 3);
                self.para(styled(
                    &format!("Heading{level}"),
                    &[(text.clone(), Weight::Regular)],
                ));
            }
            Block::Paragraph {
                spans,
                size,
                color,
                marker,
                ..
            } => match marker {
                Some(m) => self.list_item(m, spans),
                None => {
                    let style = if *color == MUTED {
                        id::NOTE
                    } else if *size >= BODY {
                        id::BODY
                    } else {
                        id::SMALL
                    };
                    self.para(styled(style, spans));
                }
            },
            Block::KeyFigures(figures) => self.key_figures(figures),
            Block::Table(t) => self.table(tables::table(t, self.width, self.accent)),
            Block::Figure {
                figure,
                caption,
                data,
            } => {
                let picture = rasterise(figure)?;
                let scale = (self.width / figure.width)
                    .min(self.height / figure.height)
                    .min(1.0);
                let (w, h) = (figure.width * scale, figure.height * scale);
                let mut alt = format!("{}.", figure.title);
                if let Some(c) = caption {
                    alt.push(' ');
                    alt.push_str(c);
                }
                if data.is_some() {
                    alt.push(' ');
                    alt.push_str(self.l.chart_figures_below);
                }
                self.alt_texts.push(alt);
                let pic = Pic::new_with_dimensions(picture.png, picture.width, picture.height)
                    .size(emu(w), emu(h));
                self.para(
                    Paragraph::new()
                        .style(id::FIGURE)
                        .add_run(Run::new().add_image(pic)),
                );
                if let Some(c) = caption {
                    self.para(styled(id::CAPTION, &[(c.clone(), Weight::Regular)]));
                }
                if let Some(t) = data {
                    self.figure_data(t);
                }
            }
            Block::Callout { title, body, tone } => {
                let style = match tone {
                    Tone::Warning => id::WARNING,
                    Tone::Info => id::CALLOUT,
                };
                self.para(styled(style, &[(title.clone(), Weight::Bold)]).keep_next(true));
                self.para(styled(style, &[(body.clone(), Weight::Regular)]));
            }
            // Word spaces paragraphs by their styles.
            Block::Spacer(_) => {}
            // Word cannot tell how full a page is: back matter starts a page.
            Block::PageBreak | Block::SectionBreak => self.page_break = true,
        }
        Ok(())
    }

    /// A chart's figures, in a smaller table than the report's own.
    fn figure_data(&mut self, t: &Table) {
        self.table(tables::table(t, self.width, self.accent));
        self.para(Paragraph::new().style(id::NOTE));
    }

    fn list_item(&mut self, marker: &str, spans: &[(String, Weight)]) {
        let kind = match marker {
            "•" => ListKind::Bullets,
            "✓" => ListKind::Ticks,
            _ => ListKind::Numbers,
        };
        let num = match self.list {
            Some((k, num)) if k == kind => num,
            _ => {
                let num = styles::FIRST_LIST + self.lists.len();
                let abstract_id = match kind {
                    ListKind::Bullets => styles::BULLETS,
                    ListKind::Numbers => styles::NUMBERS,
                    ListKind::Ticks => styles::TICKS,
                };
                self.lists.push((num, abstract_id));
                num
            }
        };
        self.list = Some((kind, num));
        let (n, level) = styles::in_list(num);
        self.para(styled(id::LIST, spans).numbering(n, level));
    }

    fn key_figures(&mut self, figures: &[KeyFigure]) {
        if figures.is_empty() {
            return;
        }
        let w = twips(self.width / figures.len() as f32);
        let cells = figures
            .iter()
            .map(|f| {
                TableCell::new()
                    .add_paragraph(styled(
                        id::KEY_LABEL,
                        &[(f.label.to_uppercase(), Weight::Bold)],
                    ))
                    .add_paragraph(styled(id::KEY_VALUE, &[(f.value.clone(), Weight::Bold)]))
                    .add_paragraph(styled(id::NOTE, &[(f.note.clone(), Weight::Regular)]))
                    .width(w, WidthType::Dxa)
                    .shading(Shading::new().fill(hex(PANEL)))
            })
            .collect();
        let t = WordTable::without_borders(vec![TableRow::new(cells)])
            .set_grid(vec![w; figures.len()])
            .width(twips(self.width), WidthType::Dxa);
        self.table(t);
        self.para(Paragraph::new().style(id::NOTE));
    }

    /// The cover: the accent band with the organisation and the title,
    /// the logo, the facts and who took part; then the table of
    /// contents on a page of its own.
    fn cover(&mut self, c: &Cover) {
        let band = on_fill(self.accent);
        let line = |style: &str, text: &str, color: Rgb| {
            Paragraph::new()
                .style(style)
                .add_run(Run::new().add_text(text).color(hex(color)))
        };
        let full = twips(self.width);
        let band_cell = TableCell::new()
            .add_paragraph(line(id::COVER_KICKER, &c.kicker, band.muted))
            .add_paragraph(line(id::TITLE, &c.organisation, band.text))
            .add_paragraph(line(id::SUBTITLE, &c.title, band.text))
            .add_paragraph(line(id::COVER_KICKER, &c.subtitle, band.muted))
            .width(full, WidthType::Dxa)
            .shading(Shading::new().fill(hex(self.accent)));
        self.table(
            WordTable::without_borders(vec![TableRow::new(vec![band_cell])])
                .set_grid(vec![full])
                .width(full, WidthType::Dxa),
        );
        if let Some((png, pw, ph)) = self.logo.take() {
            // As the PDF's cover: at most 150 × 60 points.
            let scale = (150.0 / pw as f32).min(60.0 / ph as f32);
            let pic = Pic::new_with_dimensions(png, pw, ph)
                .size(emu(pw as f32 * scale), emu(ph as f32 * scale));
            self.alt_texts.push(
                c.consultant
                    .clone()
                    .unwrap_or_else(|| self.l.prepared_by.to_owned()),
            );
            self.para(
                Paragraph::new()
                    .style(id::BODY)
                    .add_run(Run::new().add_image(pic)),
            );
        } else {
            self.para(Paragraph::new().style(id::BODY));
        }
        let width = self.width;
        let pairs = |rows: &[(String, String)], bold_label: bool| {
            let (lw, vw) = (twips(width * 0.3), twips(width * 0.7));
            let rows = rows
                .iter()
                .map(|(k, v)| {
                    let label = if bold_label {
                        Weight::Bold
                    } else {
                        Weight::Regular
                    };
                    TableRow::new(vec![
                        TableCell::new()
                            .add_paragraph(styled(id::SMALL, &[(k.clone(), label)]))
                            .width(lw, WidthType::Dxa),
                        TableCell::new()
                            .add_paragraph(styled(id::SMALL, &[(v.clone(), Weight::Regular)]))
                            .width(vw, WidthType::Dxa),
                    ])
                })
                .collect();
            WordTable::without_borders(rows)
                .set_grid(vec![lw, vw])
                .width(lw + vw, WidthType::Dxa)
        };
        self.table(pairs(&c.facts, true));
        if !c.departments.is_empty() {
            self.para(
                styled(
                    id::KEY_LABEL,
                    &[(c.departments_title.to_uppercase(), Weight::Bold)],
                )
                .page_break_before(false),
            );
            self.table(pairs(&c.departments, false));
        }
        self.para(styled(id::NOTE, &[(c.footer.clone(), Weight::Regular)]));
        // The contents, on their own page after the cover.
        self.page_break = true;
        self.para(styled(
            id::TOC_HEADING,
            &[(self.l.contents.to_owned(), Weight::Regular)],
        ));
        self.contents();
    }

    /// The table of contents as a TOC field over headings 1–2, marked for
    /// Word to bring up to date (with page numbers) when it opens the
    /// document; until then its entries are the headings themselves, so
    /// a reader that does not update fields still lists them. Each part
    /// of the field is a run of its own, as Word writes them.
    fn contents(&mut self) {
        let field = |t: FieldCharType, dirty: bool| Run::new().add_field_char(t, dirty);
        let start = [
            field(FieldCharType::Begin, true),
            Run::new().add_instr_text(InstrText::TOC(InstrToC::with_instr_text(
                "TOC \\o \"1-2\" \\h \\z \\u",
            ))),
            field(FieldCharType::Separate, false),
        ];
        let entries = std::mem::take(&mut self.toc);
        let last = entries.len().saturating_sub(1);
        if entries.is_empty() {
            let mut p = Paragraph::new().style(id::TOC1);
            for r in start {
                p = p.add_run(r);
            }
            self.para(p.add_run(field(FieldCharType::End, false)));
            return;
        }
        let mut start = Some(start);
        for (i, (level, text)) in entries.into_iter().enumerate() {
            let mut p = Paragraph::new().style(if level == 1 { id::TOC1 } else { id::TOC2 });
            if let Some(runs) = start.take() {
                for r in runs {
                    p = p.add_run(r);
                }
            }
            p = p.add_run(Run::new().add_text(text));
            if i == last {
                p = p.add_run(field(FieldCharType::End, false));
            }
            self.para(p);
        }
    }
}

/// A paragraph of `style` with `spans`.
fn styled(style: &str, spans: &[(String, Weight)]) -> Paragraph {
    let mut p = Paragraph::new().style(style);
    for r in runs(&spans.to_vec(), None) {
        p = p.add_run(r);
    }
    p
}
