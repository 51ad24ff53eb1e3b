//! The report as an editable Word document, for the consultant's own
//! edits: the very [`Block`]s the PDF is drawn from, written with
//! docx-rs in Word's own structure, so the two always say the same.
//!
//! | file | owns |
//! |---|---|
//! | `styles.rs` | the named styles, headings and lists: restyling is one place |
//! | `blocks.rs` | blocks → paragraphs, lists, key figures, call-outs, the cover and the contents |
//! | `tables.rs` | the content's tables with a repeated header row |
//! | `charts.rs` | a chart's SVG → PNG at print resolution, with the report's fonts |
//! | `page.rs` | paper, margins, running header and footer with the page number |
//! | `text.rs` | text → runs, and Word's units |
//! | `logo.rs` | the consultant's logo as PNG |
//!
//! Two things docx-rs cannot say are added to its XML here, each by
//! rewriting one element it writes: a picture's alternative text
//! (`descr` of `wp:docPr`, with an id of its own per picture) and the
//! repeated header row (`w:tblHeader`, beside the `w:cantSplit` only
//! header rows carry).

mod blocks;
mod charts;
mod logo;
mod page;
mod styles;
mod tables;
mod text;

use std::io::Cursor;

use docx_rs::Docx;
use time::OffsetDateTime;

use super::Paper;
use super::charts::esc;
use super::layout::Block;
use super::locale::Labels;
use super::style::Rgb;
use crate::{Error, Result};
use blocks::{Body, Child};

pub use charts::{DPI, Picture, rasterise};

/// Everything the Word report is made of.
pub struct Document<'a> {
    pub blocks: &'a [Block],
    pub labels: &'static Labels,
    pub accent: Rgb,
    pub paper: Paper,
    /// The organisation, in the running header.
    pub header_left: &'a str,
    /// Consultant, "confidential" and date, in the footer.
    pub footer_left: &'a str,
    pub consultant: Option<&'a str>,
    pub logo: Option<&'a crate::logo::Logo>,
    /// The document's title and subject (its properties).
    pub title: &'a str,
    pub subject: &'a str,
    pub created: OffsetDateTime,
}

/// Writes the Word document; a logo that cannot be placed is left out
/// with a warning.
pub fn write(doc: &Document<'_>, warnings: &mut Vec<String>) -> Result<Vec<u8>> {
    let logo = doc.logo.and_then(|l| match logo::png(l) {
        Ok(png) => Some((png, l.width, l.height)),
        Err(why) => {
            warnings.push(format!("{why}; the Word report has no logo"));
            None
        }
    });
    let area = page::text_area(doc.paper);
    let mut body = Body::new(doc.labels, doc.accent, area, logo.clone(), doc.blocks);
    for b in doc.blocks {
        body.push(b)?;
    }
    let (w, h) = page::size(doc.paper);
    let header_left = format!("{} · {}", doc.header_left, doc.labels.report_title);
    let mut docx = Docx::new()
        .page_size(w, h)
        .page_margin(page::margins())
        .header(page::header(&header_left, doc.consultant, logo, area.0))
        .footer(page::footer(doc.footer_left, area.0))
        .first_header(docx_rs::Header::new())
        .first_footer(docx_rs::Footer::new())
        .title_pg()
        .created_at(&iso(doc.created))
        .updated_at(&iso(doc.created));
    for s in styles::styles(doc.accent) {
        docx = docx.add_style(s);
    }
    for a in styles::abstract_lists() {
        docx = docx.add_abstract_numbering(a);
    }
    for (num, abstract_id) in &body.lists {
        docx = docx.add_numbering(styles::list(*num, *abstract_id));
    }
    for child in body.children {
        docx = match child {
            Child::Paragraph(p) => docx.add_paragraph(*p),
            Child::Table(t) => docx.add_table(*t),
        };
    }
    let mut xml = docx.build();
    xml.document = finish_document(&xml.document, &body.alt_texts)?;
    xml.doc_props.core = properties(&xml.doc_props.core, doc);
    let mut out = Cursor::new(Vec::new());
    xml.pack(&mut out)
        .map_err(|e| Error::Report(format!("the Word document could not be packed: {e}")))?;
    Ok(out.into_inner())
}

fn iso(t: OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// What docx-rs writes for every picture's properties.
const DOC_PR: &str = r#"<wp:docPr id="1" name="Figure" />"#;
/// What it writes for a row that may not split: only header rows.
const CANT_SPLIT: &str = "<w:cantSplit />";

/// The body's XML with each picture's alternative text (in order) and
/// every header row marked to repeat.
fn finish_document(document: &[u8], alt_texts: &[String]) -> Result<Vec<u8>> {
    let xml = std::str::from_utf8(document)
        .map_err(|e| Error::Report(format!("docx-rs wrote a body that is not UTF-8: {e}")))?;
    let pictures = xml.matches(DOC_PR).count();
    if pictures != alt_texts.len() {
        return Err(Error::Report(format!(
            "the Word body has {pictures} pictures but {} descriptions",
            alt_texts.len()
        )));
    }
    let mut out = String::with_capacity(xml.len() + alt_texts.len() * 200);
    let mut rest = xml;
    for (i, alt) in alt_texts.iter().enumerate() {
        let at = rest.find(DOC_PR).unwrap_or(rest.len());
        out.push_str(&rest[..at]);
        out.push_str(&format!(
            r#"<wp:docPr id="{n}" name="Picture {n}" descr="{d}" />"#,
            n = i + 1,
            d = esc(alt)
        ));
        rest = &rest[at + DOC_PR.len()..];
    }
    out.push_str(rest);
    Ok(out
        .replace(CANT_SPLIT, "<w:cantSplit /><w:tblHeader />")
        .into_bytes())
}

/// The core properties with the report's title, subject and author (the
/// consultant), where docx-rs writes none.
fn properties(core: &[u8], doc: &Document<'_>) -> Vec<u8> {
    let xml = String::from_utf8_lossy(core);
    let author = esc(doc.consultant.unwrap_or_default());
    let extra = format!(
        "<dc:title>{}</dc:title><dc:subject>{}</dc:subject>",
        esc(doc.title),
        esc(doc.subject)
    );
    xml.replace(
        "<dc:creator>unknown</dc:creator>",
        &format!("<dc:creator>{author}</dc:creator>{extra}"),
    )
    .into_bytes()
}
