//! The content's tables as Word tables: the "CX Table" style, column
//! widths as the PDF divides them, a header row Word repeats on every page
//! the table runs onto, and the cells' own colours (the heat of a score)
//! where the content gives one.

use docx_rs::{
    AlignmentType, Paragraph, Shading, Table as WordTable, TableCell, TableCellMargins,
    TableLayoutType, TableRow, WidthType,
};

use super::styles::id;
use super::text::{hex, runs, twips};
use crate::report::layout::{Align, Cell, Table};
use crate::report::style::Rgb;

fn align(a: Align) -> AlignmentType {
    match a {
        Align::Left => AlignmentType::Left,
        Align::Right => AlignmentType::Right,
        Align::Center => AlignmentType::Center,
    }
}

/// Each column's width in twips: the content's relative widths over the
/// text width.
fn widths(t: &Table, width_pt: f32) -> Vec<usize> {
    let total: f32 = t
        .columns
        .iter()
        .map(|c| c.width)
        .sum::<f32>()
        .max(f32::EPSILON);
    t.columns
        .iter()
        .map(|c| twips(width_pt * c.width / total))
        .collect()
}

fn cell(c: &Cell, a: Align, width: usize) -> TableCell {
    let mut p = Paragraph::new().style(id::TABLE_TEXT).align(align(a));
    for r in runs(&c.spans, c.color) {
        p = p.add_run(r);
    }
    let mut tc = TableCell::new()
        .add_paragraph(p)
        .width(width, WidthType::Dxa);
    if let Some(f) = c.fill {
        tc = tc.shading(Shading::new().fill(hex(f)));
    }
    tc
}

/// A header row of `titles` on the accent. The row is marked "can't
/// split", which `mod.rs` also marks as the repeated header (docx-rs has
/// no property for it): no other row of the report is kept whole.
pub fn header_row(titles: &[(&str, Align, usize)], accent: Rgb) -> TableRow {
    let cells = titles
        .iter()
        .map(|(title, a, w)| {
            TableCell::new()
                .add_paragraph(
                    Paragraph::new()
                        .style(id::TABLE_HEAD)
                        .align(align(*a))
                        .add_run(docx_rs::Run::new().add_text(*title)),
                )
                .width(*w, WidthType::Dxa)
                .shading(Shading::new().fill(hex(accent)))
        })
        .collect();
    TableRow::new(cells).cant_split()
}

/// The table at `width_pt`, its header row first.
pub fn table(t: &Table, width_pt: f32, accent: Rgb) -> WordTable {
    let w = widths(t, width_pt);
    let heads: Vec<(&str, Align, usize)> = t
        .columns
        .iter()
        .zip(&w)
        .map(|(c, w)| (c.title.as_str(), c.align, *w))
        .collect();
    let mut rows = vec![header_row(&heads, accent)];
    for r in &t.rows {
        let cells = t
            .columns
            .iter()
            .zip(&w)
            .enumerate()
            .map(|(i, (col, w))| cell(&r.get(i).cloned().unwrap_or_default(), col.align, *w))
            .collect();
        rows.push(TableRow::new(cells));
    }
    WordTable::new(rows)
        .style(id::TABLE)
        // Narrow cell margins, as the PDF's: more of a column for its text.
        .margins(TableCellMargins::new().margin(30, 60, 30, 60))
        .set_grid(w)
        .layout(TableLayoutType::Fixed)
        .width(twips(width_pt), WidthType::Dxa)
}
