//! The charts of progress between rounds (scoring.md, "Rounds and
//! progress"), as geometry like every other chart: a dumbbell chart of
//! each dimension then and now, and small multiples of the trend over a
//! chain of rounds (one panel per dimension and one for the overall
//! score). They draw what [`Comparison`] and [`Trend`] say; every label is
//! the figure the tables show, written by the same [`Labels`] methods.

use super::{
    Anchor, ChartStyle, Figure, Shape, Stroke, Swatch, draw_row_label, legend, level_axis, line,
    row_labels, text,
};
use crate::Result;
use crate::report::fonts::{Fonts, Weight};
use crate::report::locale::{EN, Labels, format_iso_date, format_iso_month};
use crate::report::style::{INK, MUTED, RULE, WHITE};
use crate::scoring::rounds::{Comparison, Trend};

/// A circle as a closed path (the figure has no circle primitive; 20
/// sides are round at print size).
fn dot(
    cx: f32,
    cy: f32,
    r: f32,
    fill: Option<crate::report::style::Rgb>,
    stroke: Option<Stroke>,
) -> Shape {
    let points = (0..20)
        .map(|k| {
            let a = k as f32 / 20.0 * std::f32::consts::TAU;
            [cx + r * a.cos(), cy + r * a.sin()]
        })
        .collect();
    Shape::Path {
        points,
        closed: true,
        fill,
        stroke,
    }
}

/// A change of a score with its sign as `cxm` prints it, in English
/// ([`Labels::delta`] of [`EN`]): "+0.5", "−0.3"; "0.0" without a sign
/// when less than 0.1 either way.
pub fn fmt_delta(d: f64) -> String {
    EN.delta(d)
}

/// Each dimension's score then (hollow dot) and now (filled dot) on the
/// 1–5 scale, joined by a bar; the figures at the right.
pub fn progress(c: &Comparison, width: f32, st: &ChartStyle, l: &Labels) -> Result<Figure> {
    let fonts = Fonts::get()?;
    let size = 7.5;
    let titles: Vec<&str> = c
        .dimensions
        .iter()
        .map(|d| d.short_title.as_str())
        .collect();
    let (labels, lw) = row_labels(fonts, &titles, size, width * 0.3);
    let x0 = lw + 10.0;
    let widest = l.change_label(Some(5.0), Some(5.0), Some(-4.0));
    let value_w = fonts.width(&widest, Weight::Bold, size) + 8.0;
    let x1 = width - value_w - 8.0;
    let sx = |v: f64| x0 + (x1 - x0) * (v as f32 - 1.0) / 4.0;
    let row_h = 18.0;
    let top = 4.0;
    let plot_h = row_h * c.dimensions.len() as f32;
    let mut shapes = Vec::new();
    for lvl in 1..=5 {
        let x = sx(f64::from(lvl));
        shapes.push(line([x, top], [x, top + plot_h], Stroke::solid(RULE, 0.4)));
    }
    let bar = st.accent.tint(0.6);
    let then_stroke = Stroke::solid(st.accent, 1.2);
    for (i, d) in c.dimensions.iter().enumerate() {
        let mid = top + row_h * (i as f32 + 0.5);
        draw_row_label(&mut shapes, fonts, &labels[i], x0 - 8.0, mid, size);
        let (then, now) = (d.change.then, d.change.now);
        if let (Some(a), Some(b)) = (then, now) {
            shapes.push(line([sx(a), mid], [sx(b), mid], Stroke::solid(bar, 3.0)));
        }
        if let Some(a) = then {
            shapes.push(dot(sx(a), mid, 3.6, Some(WHITE), Some(then_stroke)));
        }
        if let Some(b) = now {
            shapes.push(dot(sx(b), mid, 3.6, Some(st.accent), None));
        }
        if then.is_none() && now.is_none() {
            shapes.push(text(
                x0 + 6.0,
                mid + 2.7,
                l.no_score,
                size,
                Weight::Regular,
                MUTED,
                Anchor::Start,
            ));
        }
        shapes.push(text(
            width,
            mid + 2.7,
            l.change_label(then, now, d.change.delta),
            size,
            Weight::Bold,
            INK,
            Anchor::End,
        ));
    }
    let axis_y = top + plot_h + 10.0;
    level_axis(&mut shapes, |lvl| sx(f64::from(lvl)), axis_y);
    let mut height = axis_y + 10.0;
    let entries = [
        (
            Swatch::Line(then_stroke),
            (l.round_then)(&format_iso_date(l, &c.date_then)),
        ),
        (
            Swatch::Fill(st.accent),
            (l.round_now)(&format_iso_date(l, &c.date_now)),
        ),
    ];
    height += legend(&mut shapes, fonts, &entries, x0, height, width - x0);
    Ok(Figure {
        width,
        height,
        title: l.progress_chart_title.to_owned(),
        shapes,
    })
}

/// Small multiples of a trend: the overall score, then each dimension,
/// four panels a row (two when the figure is narrow); each panel the 1–5
/// scale, one point per round joined by a line, each point labelled with
/// its figure and the rounds with their dates under the panel (the first
/// and the last only when every date would not fit). A round without a
/// score leaves a gap.
pub fn trend(t: &Trend, width: f32, st: &ChartStyle, l: &Labels) -> Result<Figure> {
    let fonts = Fonts::get()?;
    let mut series: Vec<(String, Vec<Option<f64>>)> = vec![(
        l.overall.to_owned(),
        t.rounds.iter().map(|r| r.score).collect(),
    )];
    for (k, d) in t.dimensions.iter().enumerate() {
        series.push((
            d.short_title.clone(),
            t.rounds
                .iter()
                .map(|r| r.dimensions.get(k).and_then(|x| x.score))
                .collect(),
        ));
    }
    let gutter = 14.0;
    let columns: usize = if width >= 400.0 { 4 } else { 2 };
    let panel_w = (width - gutter * (columns - 1) as f32) / columns as f32;
    let panel_h = 74.0;
    let row_gap = 8.0;
    let date_size = 6.5;
    let dates: Vec<String> = t
        .rounds
        .iter()
        .map(|r| format_iso_month(l, &r.date))
        .collect();
    let date_w = dates
        .iter()
        .map(|d| fonts.width(d, Weight::Regular, date_size))
        .fold(0.0, f32::max);
    let mut shapes = Vec::new();
    for (i, (title, values)) in series.iter().enumerate() {
        let (col, row) = ((i % columns) as f32, (i / columns) as f32);
        let (px, py) = (col * (panel_w + gutter), row * (panel_h + row_gap));
        // A long title a size smaller before it is cut.
        let title_size = if fonts.width(title, Weight::Bold, 8.0) <= panel_w {
            8.0
        } else {
            7.0
        };
        let title = fonts.ellipsize(title, Weight::Bold, title_size, panel_w);
        shapes.push(text(
            px,
            py + 9.0,
            title,
            title_size,
            Weight::Bold,
            INK,
            Anchor::Start,
        ));
        let (top, bottom) = (py + 20.0, py + panel_h - 14.0);
        let sy = |v: f64| bottom - (bottom - top) * (v as f32 - 1.0) / 4.0;
        let (left, right) = (px + 12.0, px + panel_w - 10.0);
        for lvl in 1..=5 {
            let y = sy(f64::from(lvl));
            shapes.push(line([left, y], [right, y], Stroke::solid(RULE, 0.4)));
            if lvl % 2 == 1 {
                shapes.push(text(
                    px,
                    y + 2.2,
                    lvl.to_string(),
                    6.0,
                    Weight::Regular,
                    MUTED,
                    Anchor::Start,
                ));
            }
        }
        let n = values.len().max(1);
        let sx = |k: usize| {
            if n == 1 {
                (left + right) / 2.0
            } else {
                left + (right - left) * k as f32 / (n - 1) as f32
            }
        };
        // Every date when they fit side by side, else the first and last.
        let spacing = if n > 1 {
            (right - left) / (n - 1) as f32
        } else {
            f32::MAX
        };
        let every_date = spacing >= date_w + 4.0;
        let stroke = Stroke::solid(st.accent, if i == 0 { 2.0 } else { 1.4 });
        for k in 1..values.len() {
            if let (Some(a), Some(b)) = (values[k - 1], values[k]) {
                shapes.push(line([sx(k - 1), sy(a)], [sx(k), sy(b)], stroke));
            }
        }
        for (k, v) in values.iter().enumerate() {
            if let Some(v) = v {
                shapes.push(dot(sx(k), sy(*v), 2.4, Some(st.accent), None));
                shapes.push(text(
                    sx(k),
                    sy(*v) - 4.5,
                    l.score(*v),
                    6.5,
                    Weight::Bold,
                    INK,
                    Anchor::Middle,
                ));
            }
            let last = k + 1 == values.len();
            if !every_date && k != 0 && !last {
                continue;
            }
            let anchor = match (k, values.len()) {
                (_, 1) => Anchor::Middle,
                (0, _) => Anchor::Start,
                _ if last => Anchor::End,
                _ => Anchor::Middle,
            };
            let x = match anchor {
                Anchor::Start => sx(k) - 4.0,
                Anchor::End => sx(k) + 4.0,
                Anchor::Middle => sx(k),
            };
            shapes.push(text(
                x,
                bottom + 10.0,
                dates[k].clone(),
                date_size,
                Weight::Regular,
                MUTED,
                anchor,
            ));
        }
    }
    let rows = series.len().div_ceil(columns) as f32;
    Ok(Figure {
        width,
        height: rows * (panel_h + row_gap) - row_gap,
        title: l.trend_chart_title.to_owned(),
        shapes,
    })
}
