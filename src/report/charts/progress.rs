//! The charts of progress between rounds (scoring.md, "Rounds and
//! progress"), as geometry like every other chart: a dumbbell chart of
//! each dimension then and now, and small multiples of the trend over a
//! chain of rounds (one panel per dimension and one for the overall
//! score). They draw what [`Comparison`] and [`Trend`] say; every label is
//! the figure the tables show ([`fmt1`]).

use super::{
    Anchor, ChartStyle, Figure, Shape, Stroke, Swatch, draw_row_label, fmt1, legend, line,
    row_labels, text,
};
use crate::Result;
use crate::report::fonts::{Fonts, Weight};
use crate::report::locale::{Labels, format_date};
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

/// A `YYYY-MM-DD` date in words; as given when it cannot be read.
fn date_in_words(l: &Labels, iso: &str) -> String {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(iso, format).map_or_else(|_| iso.to_owned(), |d| format_date(l, d))
}

/// "2.1 → 2.6 (+0.5)", "– → 2.6": the row's figures as the table shows them.
pub fn change_label(then: Option<f64>, now: Option<f64>, delta: Option<f64>) -> String {
    let one = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), fmt1);
    match delta {
        Some(d) if d < 0.0 => format!("{} → {} (−{})", one(then), one(now), fmt1(-d)),
        Some(d) => format!("{} → {} (+{})", one(then), one(now), fmt1(d)),
        None => format!("{} → {}", one(then), one(now)),
    }
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
    let value_w = fonts.width("5.0 → 5.0 (−4.0)", Weight::Bold, size) + 8.0;
    let x1 = width - value_w - 8.0;
    let sx = |v: f64| x0 + (x1 - x0) * (v as f32 - 1.0) / 4.0;
    let row_h = 22.0;
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
            change_label(then, now, d.change.delta),
            size,
            Weight::Bold,
            INK,
            Anchor::End,
        ));
    }
    let axis_y = top + plot_h + 10.0;
    for lvl in 1u8..=5 {
        shapes.push(text(
            sx(f64::from(lvl)),
            axis_y,
            lvl.to_string(),
            7.0,
            Weight::Bold,
            MUTED,
            Anchor::Middle,
        ));
    }
    let mut height = axis_y + 10.0;
    let entries = [
        (
            Swatch::Line(then_stroke),
            (l.round_then)(&date_in_words(l, &c.date_then)),
        ),
        (
            Swatch::Fill(st.accent),
            (l.round_now)(&date_in_words(l, &c.date_now)),
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
/// two panels a row; each panel the 1–5 scale, one point per round
/// joined by a line, each point labelled with its figure and each round
/// with its date under the panel. A round without a score leaves a gap.
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
    let gutter = 18.0;
    let panel_w = (width - gutter) / 2.0;
    let panel_h = 92.0;
    let dates: Vec<String> = t
        .rounds
        .iter()
        .map(|r| r.date.get(..7).unwrap_or(&r.date).to_owned())
        .collect();
    let mut shapes = Vec::new();
    for (i, (title, values)) in series.iter().enumerate() {
        let (col, row) = ((i % 2) as f32, (i / 2) as f32);
        let (px, py) = (col * (panel_w + gutter), row * (panel_h + 10.0));
        let title = fonts.ellipsize(title, Weight::Bold, 8.0, panel_w);
        shapes.push(text(
            px,
            py + 9.0,
            title,
            8.0,
            Weight::Bold,
            INK,
            Anchor::Start,
        ));
        let (top, bottom) = (py + 18.0, py + panel_h - 16.0);
        let sy = |v: f64| bottom - (bottom - top) * (v as f32 - 1.0) / 4.0;
        let (left, right) = (px + 14.0, px + panel_w - 14.0);
        for lvl in 1..=5 {
            let y = sy(f64::from(lvl));
            shapes.push(line([left, y], [right, y], Stroke::solid(RULE, 0.4)));
            shapes.push(text(
                px,
                y + 2.4,
                lvl.to_string(),
                6.5,
                Weight::Regular,
                MUTED,
                Anchor::Start,
            ));
        }
        let n = values.len().max(1);
        let sx = |k: usize| {
            if n == 1 {
                (left + right) / 2.0
            } else {
                left + (right - left) * k as f32 / (n - 1) as f32
            }
        };
        let stroke = Stroke::solid(st.accent, if i == 0 { 2.0 } else { 1.4 });
        for k in 1..values.len() {
            if let (Some(a), Some(b)) = (values[k - 1], values[k]) {
                shapes.push(line([sx(k - 1), sy(a)], [sx(k), sy(b)], stroke));
            }
        }
        for (k, v) in values.iter().enumerate() {
            if let Some(v) = v {
                shapes.push(dot(sx(k), sy(*v), 2.6, Some(st.accent), None));
                shapes.push(text(
                    sx(k),
                    sy(*v) - 5.0,
                    fmt1(*v),
                    6.5,
                    Weight::Bold,
                    INK,
                    Anchor::Middle,
                ));
            }
            let anchor = match (k, values.len()) {
                (_, 1) => Anchor::Middle,
                (0, _) => Anchor::Start,
                (k, len) if k + 1 == len => Anchor::End,
                _ => Anchor::Middle,
            };
            let x = match anchor {
                Anchor::Start => sx(k) - 4.0,
                Anchor::End => sx(k) + 4.0,
                Anchor::Middle => sx(k),
            };
            shapes.push(text(
                x,
                bottom + 11.0,
                dates[k].clone(),
                6.5,
                Weight::Regular,
                MUTED,
                anchor,
            ));
        }
    }
    let rows = series.len().div_ceil(2) as f32;
    Ok(Figure {
        width,
        height: rows * (panel_h + 10.0) - 10.0,
        title: l.trend_chart_title.to_owned(),
        shapes,
    })
}
