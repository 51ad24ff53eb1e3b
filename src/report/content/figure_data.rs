//! The figures each chart draws, as a table the report can set beside the
//! chart: the Word report puts one under every picture, so nothing it
//! says is only in an image (a screen reader, a consultant copying a
//! number into a slide). Each table is picked from the same
//! [`Scorecard`](crate::scoring::Scorecard), [`Comparison`] or [`Trend`]
//! the chart is drawn from and written with the same [`Labels`] methods,
//! so the table and the chart's own labels read alike. The PDF draws
//! these numbers in the charts themselves and leaves the tables out.

use super::{Ctx, col};
use crate::report::layout::{Align, Cell, Table};
use crate::report::locale::{Labels, format_iso_month};
use crate::scoring::rounds::{Comparison, Trend};

/// `c` with its text in bold (the organisation's figures).
fn emphasised(mut c: Cell) -> Cell {
    for s in &mut c.spans {
        s.1 = crate::report::fonts::Weight::Bold;
    }
    c
}

/// A score as the charts print it, a dash without one.
fn score(l: &Labels, v: Option<f64>) -> Cell {
    v.map_or_else(|| Cell::text("–").muted(), |v| Cell::text(l.score(v)))
}

/// The radar: each dimension's score, level and target.
pub(super) fn profile(cx: &Ctx<'_>) -> Table {
    let l = cx.l;
    let rows = cx
        .sc
        .dimensions
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.title.clone()),
                score(l, d.score),
                Cell::text(d.level.map(|lv| cx.level_name(lv)).unwrap_or_default()),
                Cell::text(d.target.map(|t| t.to_string()).unwrap_or_default()),
            ]
        })
        .collect();
    Table {
        columns: vec![
            col(l.dimension, 4.0, Align::Left),
            col(l.score, 1.0, Align::Center),
            col(l.level, 2.0, Align::Left),
            col(l.target, 1.0, Align::Center),
        ],
        rows,
        size: 8.0,
    }
}

/// The bars: each dimension's score, its target and the gap between.
pub(super) fn targets(cx: &Ctx<'_>) -> Table {
    let l = cx.l;
    let rows = cx
        .sc
        .dimensions
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.title.clone()),
                score(l, d.score),
                Cell::text(d.target.map(|t| t.to_string()).unwrap_or_default()),
                score(l, d.gap),
            ]
        })
        .collect();
    Table {
        columns: vec![
            col(l.dimension, 4.0, Align::Left),
            col(l.score, 1.0, Align::Center),
            col(l.target, 1.0, Align::Center),
            col(l.gap, 1.0, Align::Center),
        ],
        rows,
        size: 8.0,
    }
}

/// The heat map: each dimension's score per department, the
/// organisation's last; a withheld cell reads as the chart's note says.
/// One row a dimension, so a column is a department's (shorter) name.
pub(super) fn heat(cx: &Ctx<'_>) -> Table {
    let l = cx.l;
    let rows = cx
        .sc
        .dimensions
        .iter()
        .map(|d| {
            let mut row = vec![Cell::text(d.short_title.clone())];
            for dep in &cx.sc.departments {
                row.push(match d.departments.get(&dep.name) {
                    Some(v) => Cell::text(l.score(v)),
                    None if cx.withheld_in_dimension(&d.id, &dep.name) => cx.withheld(),
                    None => Cell::text("–").muted(),
                });
            }
            row.push(emphasised(score(l, d.score)));
            row
        })
        .collect();
    let mut columns = vec![col(l.dimension, 2.6, Align::Left)];
    columns.extend(
        cx.sc
            .departments
            .iter()
            .map(|d| col(&d.name, 1.0, Align::Center)),
    );
    columns.push(col(l.organisation, 1.2, Align::Center));
    Table {
        columns,
        rows,
        size: 7.5,
    }
}

/// The coverage chart: the share of answers that count, per dimension.
pub(super) fn coverage(cx: &Ctx<'_>) -> Table {
    let l = cx.l;
    let rows = cx
        .sc
        .dimensions
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.title.clone()),
                d.coverage
                    .map_or_else(|| Cell::text("–").muted(), |v| Cell::text(l.percent(v))),
                Cell::text(if d.low_coverage { l.low } else { "" }),
            ]
        })
        .collect();
    Table {
        columns: vec![
            col(l.dimension, 4.0, Align::Left),
            col(l.coverage, 1.2, Align::Right),
            col("", 1.0, Align::Left),
        ],
        rows,
        size: 8.0,
    }
}

/// The progress chart: each dimension then, now and the change.
pub(super) fn progress(l: &Labels, c: &Comparison) -> Table {
    let rows = c
        .dimensions
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.title.clone()),
                score(l, d.change.then),
                score(l, d.change.now),
                d.change
                    .delta
                    .map_or_else(|| Cell::text("–").muted(), |v| Cell::text(l.delta(v))),
            ]
        })
        .collect();
    Table {
        columns: vec![
            col(l.dimension, 4.0, Align::Left),
            col(l.then, 1.0, Align::Center),
            col(l.now, 1.0, Align::Center),
            col(l.change, 1.0, Align::Center),
        ],
        rows,
        size: 8.0,
    }
}

/// The trend chart: the overall score and each dimension's, one column a
/// round.
pub(super) fn trend(l: &Labels, t: &Trend) -> Table {
    let mut rows = vec![{
        let mut row = vec![Cell::bold(l.overall)];
        row.extend(t.rounds.iter().map(|r| score(l, r.score)));
        row
    }];
    for (k, d) in t.dimensions.iter().enumerate() {
        let mut row = vec![Cell::text(d.title.clone())];
        row.extend(
            t.rounds
                .iter()
                .map(|r| score(l, r.dimensions.get(k).and_then(|x| x.score))),
        );
        rows.push(row);
    }
    let mut columns = vec![col(l.dimension, 3.5, Align::Left)];
    columns.extend(
        t.rounds
            .iter()
            .map(|r| col(&format_iso_month(l, &r.date), 1.2, Align::Center)),
    );
    Table {
        columns,
        rows,
        size: 8.0,
    }
}
