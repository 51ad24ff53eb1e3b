//! The report's charts as plain geometry: a [`Figure`] of rectangles, paths
//! and text in points, origin top-left, y down (the SVG convention).
//!
//! The same figure is drawn into the PDF (`pdf.rs` flips it onto the page)
//! and written out by [`Figure::to_svg`] for the desktop app, so the screen
//! and the paper show the very same picture. Every label is measured with
//! the embedded font before it is placed, so labels never overlap the plot
//! or leave the figure.
//!
//! The charts draw what the [`Scorecard`] says; they compute no figure.

use std::f32::consts::PI;
use std::fmt::Write as _;

use serde::Serialize;

mod progress;
pub use progress::{fmt_delta, progress, trend};

use super::fonts::{Fonts, Weight};
use super::locale::Labels;
use super::style::{self, INK, MUTED, RULE, Rgb, WARN, WHITE};
use crate::Result;
use crate::scoring::Scorecard;

/// A line style.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Stroke {
    pub color: Rgb,
    pub width: f32,
    /// Dash and gap lengths; `None` for a solid line.
    pub dash: Option<[f32; 2]>,
}

impl Stroke {
    pub fn solid(color: Rgb, width: f32) -> Stroke {
        Stroke {
            color,
            width,
            dash: None,
        }
    }
    pub fn dashed(color: Rgb, width: f32, dash: [f32; 2]) -> Stroke {
        Stroke {
            color,
            width,
            dash: Some(dash),
        }
    }
}

/// Where a text's `x` is: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One drawing element. Coordinates in points from the figure's top-left.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
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
    /// `y` is the baseline. `rotate`: degrees, counter-clockwise as read,
    /// around (`x`, `y`).
    Text {
        x: f32,
        y: f32,
        text: String,
        size: f32,
        weight: Weight,
        color: Rgb,
        anchor: Anchor,
        rotate: f32,
    },
}

/// A chart: its size in points and what to draw.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub width: f32,
    pub height: f32,
    /// What the chart shows, for screen readers (SVG `<title>`).
    pub title: String,
    pub shapes: Vec<Shape>,
}

/// How the charts look: the consultant's accent colour.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartStyle {
    pub accent: Rgb,
}

impl Default for ChartStyle {
    fn default() -> Self {
        ChartStyle {
            accent: style::DEFAULT_ACCENT,
        }
    }
}

/// A text shape, unrotated.
fn text(
    x: f32,
    y: f32,
    s: impl Into<String>,
    size: f32,
    weight: Weight,
    color: Rgb,
    anchor: Anchor,
) -> Shape {
    Shape::Text {
        x,
        y,
        text: s.into(),
        size,
        weight,
        color,
        anchor,
        rotate: 0.0,
    }
}

fn rect(x: f32, y: f32, w: f32, h: f32, fill: Option<Rgb>, stroke: Option<Stroke>) -> Shape {
    Shape::Rect {
        x,
        y,
        w,
        h,
        fill,
        stroke,
    }
}

fn line(a: [f32; 2], b: [f32; 2], stroke: Stroke) -> Shape {
    Shape::Path {
        points: vec![a, b],
        closed: false,
        fill: None,
        stroke: Some(stroke),
    }
}

/// Line height for a font size.
fn lh(size: f32) -> f32 {
    size * 1.25
}

/// A legend entry's swatch.
enum Swatch {
    Fill(Rgb),
    Line(Stroke),
}

/// The level numbers 1–5 under a chart's rows, each centred at `x(level)`,
/// baseline `y`.
fn level_axis(shapes: &mut Vec<Shape>, x: impl Fn(u8) -> f32, y: f32) {
    for lvl in 1u8..=5 {
        shapes.push(text(
            x(lvl),
            y,
            lvl.to_string(),
            7.0,
            Weight::Bold,
            MUTED,
            Anchor::Middle,
        ));
    }
}

/// Lays legend entries out left to right, wrapping into rows; returns the
/// height used.
fn legend(
    shapes: &mut Vec<Shape>,
    fonts: &Fonts,
    entries: &[(Swatch, String)],
    x0: f32,
    y0: f32,
    width: f32,
) -> f32 {
    let size = 7.0;
    let row_h = 12.0;
    let (mut x, mut y) = (x0, y0);
    for (swatch, label) in entries {
        let label = fonts.ellipsize(label, Weight::Regular, size, width - 20.0);
        let w = 16.0 + fonts.width(&label, Weight::Regular, size) + 12.0;
        if x > x0 && x + w > x0 + width {
            x = x0;
            y += row_h;
        }
        let mid = y + row_h / 2.0 - 1.0;
        match swatch {
            Swatch::Fill(c) => shapes.push(rect(x, mid - 4.0, 12.0, 8.0, Some(*c), None)),
            Swatch::Line(s) => shapes.push(line([x, mid], [x + 12.0, mid], *s)),
        }
        shapes.push(text(
            x + 16.0,
            mid + 2.5,
            label,
            size,
            Weight::Regular,
            MUTED,
            Anchor::Start,
        ));
        x += w;
    }
    y + row_h - y0
}

/// Radar ("spider") chart: one axis per dimension, rings at levels 1..5,
/// the organisation filled, the targets dashed, each department a thin line
/// (when there are at most eight; more would be unreadable, the heat map
/// shows them).
pub fn radar(sc: &Scorecard, width: f32, st: &ChartStyle, l: &Labels) -> Result<Figure> {
    let fonts = Fonts::get()?;
    let n = sc.dimensions.len().max(1);
    let size = 7.5;
    let gap = 8.0;
    let max_label_w = (width * 0.2).clamp(60.0, 105.0);
    let labels: Vec<Vec<String>> = sc
        .dimensions
        .iter()
        .map(|d| {
            let mut lines = fonts.wrap(&d.short_title, Weight::Bold, size, max_label_w);
            if lines.len() > 3 {
                let rest = lines[2..].join(" ");
                lines.truncate(2);
                lines.push(fonts.ellipsize(&rest, Weight::Bold, size, max_label_w));
            }
            lines
        })
        .collect();
    let dims: Vec<(f32, f32)> = labels
        .iter()
        .map(|ls| {
            let w = ls
                .iter()
                .map(|s| fonts.width(s, Weight::Bold, size))
                .fold(0.0, f32::max);
            (w, ls.len() as f32 * lh(size))
        })
        .collect();
    let angle = |i: usize| -PI / 2.0 + 2.0 * PI * i as f32 / n as f32;
    // A label's box (x, y-top) for radius r around (cx, 0).
    let label_box = |i: usize, r: f32, cx: f32| {
        let (w, h) = dims[i];
        let (s, c) = angle(i).sin_cos();
        let p = (cx + (r + gap) * c, (r + gap) * s);
        let x0 = if c > 0.15 {
            p.0
        } else if c < -0.15 {
            p.0 - w
        } else {
            p.0 - w / 2.0
        };
        (x0, p.1 - h / 2.0 + s * h / 2.0, w, h)
    };
    let cx = width / 2.0;
    // The largest radius (up to 150 pt) at which every label fits across.
    let mut r = 108.0_f32.min(width / 2.0 - 10.0);
    while r > 30.0 {
        let fits = (0..sc.dimensions.len()).all(|i| {
            let (x0, _, w, _) = label_box(i, r, cx);
            x0 >= 0.0 && x0 + w <= width
        });
        if fits {
            break;
        }
        r -= 2.0;
    }
    let (mut top, mut bottom) = (-r, r);
    for i in 0..sc.dimensions.len() {
        let (_, y, _, h) = label_box(i, r, cx);
        top = top.min(y);
        bottom = bottom.max(y + h);
    }
    let cy = -top + 4.0;
    let pt = |i: usize, v: f32| {
        let (s, c) = angle(i).sin_cos();
        [cx + r * v / 5.0 * c, cy + r * v / 5.0 * s]
    };
    let mut shapes = Vec::new();
    let org_fill = st.accent.tint(0.8);
    let org_points: Vec<[f32; 2]> = sc
        .dimensions
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.score.map(|s| pt(i, s as f32)))
        .collect();
    if org_points.len() >= 3 {
        shapes.push(Shape::Path {
            points: org_points.clone(),
            closed: true,
            fill: Some(org_fill),
            stroke: None,
        });
    }
    // Grid: rings and axes over the fill, thin enough not to compete.
    for ring in 1..=5 {
        let points = (0..n).map(|i| pt(i, ring as f32)).collect();
        let stroke = Stroke::solid(
            if ring == 5 { MUTED } else { RULE },
            if ring == 5 { 0.6 } else { 0.4 },
        );
        shapes.push(Shape::Path {
            points,
            closed: true,
            fill: None,
            stroke: Some(stroke),
        });
    }
    for i in 0..n {
        shapes.push(line(pt(i, 0.0), pt(i, 5.0), Stroke::solid(RULE, 0.4)));
    }
    for ring in 1..=5 {
        let p = pt(0, ring as f32);
        shapes.push(text(
            p[0] + 3.0,
            p[1] - 2.0,
            ring.to_string(),
            6.0,
            Weight::Regular,
            MUTED,
            Anchor::Start,
        ));
    }
    let show_departments = sc.departments.len() <= SERIES_MAX && sc.departments.len() > 1;
    let mut entries = vec![
        (Swatch::Fill(org_fill), l.organisation.to_owned()),
        (
            Swatch::Line(Stroke::dashed(INK, 1.0, [3.0, 2.0])),
            l.target.to_owned(),
        ),
    ];
    if show_departments {
        for (k, dep) in sc.departments.iter().enumerate() {
            let colour = style::SERIES[k % style::SERIES.len()];
            let points: Vec<[f32; 2]> = sc
                .dimensions
                .iter()
                .enumerate()
                .filter_map(|(i, d)| d.departments.get(&dep.name).map(|s| pt(i, s as f32)))
                .collect();
            // A department with a withheld figure draws no line: a polygon
            // skipping that dimension would misstate its shape.
            let withheld = sc.anonymity.as_ref().is_some_and(|w| {
                sc.dimensions
                    .iter()
                    .any(|d| w.in_dimension(&d.id, &dep.name))
            });
            if withheld {
                continue;
            }
            if points.len() >= 2 {
                shapes.push(Shape::Path {
                    points,
                    closed: true,
                    fill: None,
                    stroke: Some(Stroke::solid(colour, 0.7)),
                });
            }
            entries.push((Swatch::Line(Stroke::solid(colour, 1.2)), dep.name.clone()));
        }
    }
    let targets: Vec<[f32; 2]> = sc
        .dimensions
        .iter()
        .enumerate()
        .filter_map(|(i, d)| d.target.map(|t| pt(i, f32::from(t))))
        .collect();
    if targets.len() >= 2 {
        shapes.push(Shape::Path {
            points: targets,
            closed: true,
            fill: None,
            stroke: Some(Stroke::dashed(INK, 1.0, [3.0, 2.0])),
        });
    }
    if org_points.len() >= 2 {
        shapes.push(Shape::Path {
            points: org_points.clone(),
            closed: true,
            fill: None,
            stroke: Some(Stroke::solid(st.accent, 1.8)),
        });
    }
    for p in &org_points {
        shapes.push(rect(
            p[0] - 2.0,
            p[1] - 2.0,
            4.0,
            4.0,
            Some(st.accent),
            None,
        ));
    }
    for (i, ls) in labels.iter().enumerate() {
        let (x0, y, w, _) = label_box(i, r, cx);
        let (_, c) = angle(i).sin_cos();
        let (anchor, x) = if c > 0.15 {
            (Anchor::Start, x0)
        } else if c < -0.15 {
            (Anchor::End, x0 + w)
        } else {
            (Anchor::Middle, x0 + w / 2.0)
        };
        for (k, s) in ls.iter().enumerate() {
            let base = cy + y + fonts.ascent() * size + k as f32 * lh(size);
            shapes.push(text(x, base, s.clone(), size, Weight::Bold, INK, anchor));
        }
        if sc.dimensions[i].score.is_none() {
            let base = cy + y + fonts.ascent() * size + ls.len() as f32 * lh(size);
            shapes.push(text(
                x,
                base,
                l.no_score,
                6.5,
                Weight::Regular,
                MUTED,
                anchor,
            ));
        }
    }
    let mut height = cy + bottom + 14.0;
    height += legend(&mut shapes, fonts, &entries, 0.0, height, width);
    if !show_departments && sc.departments.len() > SERIES_MAX {
        let note = fonts.ellipsize(
            &(l.departments_hidden)(sc.departments.len()),
            Weight::Regular,
            7.0,
            width,
        );
        shapes.push(text(
            0.0,
            height + 8.0,
            note,
            7.0,
            Weight::Regular,
            MUTED,
            Anchor::Start,
        ));
        height += 12.0;
    }
    Ok(Figure {
        width,
        height,
        title: l.radar_title.to_owned(),
        shapes,
    })
}

/// The most departments drawn as lines on the radar.
pub const SERIES_MAX: usize = 8;

/// Row labels (dimension titles) wrapped to two lines within `max` points.
fn row_labels(fonts: &Fonts, titles: &[&str], size: f32, max: f32) -> (Vec<Vec<String>>, f32) {
    let mut width: f32 = 0.0;
    let labels = titles
        .iter()
        .map(|t| {
            let mut lines = fonts.wrap(t, Weight::Regular, size, max);
            if lines.len() > 2 {
                let rest = lines[1..].join(" ");
                lines.truncate(1);
                lines.push(fonts.ellipsize(&rest, Weight::Regular, size, max));
            }
            for s in &lines {
                width = width.max(fonts.width(s, Weight::Regular, size));
            }
            lines
        })
        .collect();
    (labels, width)
}

fn draw_row_label(
    shapes: &mut Vec<Shape>,
    fonts: &Fonts,
    lines: &[String],
    x_end: f32,
    mid: f32,
    size: f32,
) {
    let total = lines.len() as f32 * lh(size);
    let first = mid - total / 2.0 + fonts.ascent() * size;
    for (k, s) in lines.iter().enumerate() {
        shapes.push(text(
            x_end,
            first + k as f32 * lh(size),
            s.clone(),
            size,
            Weight::Regular,
            INK,
            Anchor::End,
        ));
    }
}

/// Horizontal bars: each dimension's current score, the gap to its target
/// shaded, the target marked.
pub fn bars(sc: &Scorecard, width: f32, st: &ChartStyle, l: &Labels) -> Result<Figure> {
    let fonts = Fonts::get()?;
    let size = 7.5;
    let titles: Vec<&str> = sc
        .dimensions
        .iter()
        .map(|d| d.short_title.as_str())
        .collect();
    let (labels, lw) = row_labels(fonts, &titles, size, width * 0.34);
    let x0 = lw + 10.0;
    let value_w = fonts.width(&l.bar_value(Some(5.0), Some(5)), Weight::Bold, size) + 8.0;
    let x1 = width - value_w - 8.0;
    let sx = |v: f32| x0 + (x1 - x0) * v / 5.0;
    let row_h = 22.0;
    let top = 4.0;
    let mut shapes = Vec::new();
    let plot_h = row_h * sc.dimensions.len() as f32;
    for lvl in 1..=5 {
        let x = sx(lvl as f32);
        shapes.push(line([x, top], [x, top + plot_h], Stroke::solid(RULE, 0.4)));
    }
    shapes.push(line(
        [x0, top],
        [x0, top + plot_h],
        Stroke::solid(MUTED, 0.6),
    ));
    let gap_fill = st.accent.tint(0.72);
    for (i, d) in sc.dimensions.iter().enumerate() {
        let mid = top + row_h * (i as f32 + 0.5);
        draw_row_label(&mut shapes, fonts, &labels[i], x0 - 8.0, mid, size);
        let target = d.target.map(f32::from);
        let bar_h = 9.0;
        let value = l.bar_value(d.score, d.target);
        match d.score {
            Some(score) => {
                // Geometry only: the label above is the f64 figure.
                let s = score as f32;
                if let Some(t) = target.filter(|t| *t > s) {
                    shapes.push(rect(
                        sx(s),
                        mid - bar_h / 2.0,
                        sx(t) - sx(s),
                        bar_h,
                        Some(gap_fill),
                        None,
                    ));
                }
                shapes.push(rect(
                    x0,
                    mid - bar_h / 2.0,
                    sx(s) - x0,
                    bar_h,
                    Some(st.accent),
                    None,
                ));
            }
            None => {
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
        }
        shapes.push(text(
            width,
            mid + 2.7,
            value,
            size,
            Weight::Bold,
            INK,
            Anchor::End,
        ));
        if let Some(tx) = target.map(sx) {
            shapes.push(line(
                [tx, mid - 7.5],
                [tx, mid + 7.5],
                Stroke::solid(INK, 1.6),
            ));
        }
    }
    let axis_y = top + plot_h + 10.0;
    level_axis(&mut shapes, |lvl| sx(f32::from(lvl)), axis_y);
    let mut height = axis_y + 10.0;
    let entries = [
        (Swatch::Fill(st.accent), l.current.to_owned()),
        (Swatch::Fill(gap_fill), l.gap.to_owned()),
        (Swatch::Line(Stroke::solid(INK, 1.6)), l.target.to_owned()),
    ];
    height += legend(&mut shapes, fonts, &entries, x0, height, width - x0);
    Ok(Figure {
        width,
        height,
        title: l.bars_title.to_owned(),
        shapes,
    })
}

/// Department × dimension heat map: colour by score and the score printed
/// in each cell (readable in black and white), the organisation as the last
/// row. Rows shrink to fit `max_height` (40 departments still fit a page).
pub fn heat_map(sc: &Scorecard, width: f32, max_height: f32, l: &Labels) -> Result<Figure> {
    let fonts = Fonts::get()?;
    let rows = sc.departments.len() + 1;
    let cols = sc.dimensions.len().max(1);
    let head_size = 7.0;
    let max_head = 110.0;
    let heads: Vec<String> = sc
        .dimensions
        .iter()
        .map(|d| fonts.ellipsize(&d.short_title, Weight::Regular, head_size, max_head))
        .collect();
    let head_w = heads
        .iter()
        .map(|h| fonts.width(h, Weight::Regular, head_size))
        .fold(0.0, f32::max);
    let cos45 = std::f32::consts::FRAC_1_SQRT_2;
    let head_h = head_w * cos45 + 10.0;
    let label_size = 7.5;
    let label_w = sc
        .departments
        .iter()
        .map(|d| d.name.as_str())
        .chain([l.organisation])
        .map(|n| fonts.width(n, Weight::Bold, label_size))
        .fold(0.0, f32::max)
        .min(width * 0.26);
    let x0 = label_w + 8.0;
    // The last header leans right past its column: keep room for it.
    let reserve = (head_w * cos45 - 8.0).max(0.0);
    let col_w = ((width - x0 - reserve) / cols as f32).min(56.0);
    // The caption beside the scale, wrapped to the room left of it; the
    // rows give up what its second and later lines take.
    let step = 22.0;
    let caption_x = x0 + step * 5.0 + 8.0;
    let mut caption = fonts.wrap(l.heat_caption, Weight::Regular, 6.5, width - caption_x);
    // An anonymous assessment's withheld cells read "<k", said here.
    let withheld = sc.anonymity.as_ref();
    let withheld_mark = |k: u8| format!("<{k}");
    if let Some(w) = withheld {
        let note = format!(
            "{}{}{}",
            withheld_mark(w.threshold),
            l.colon,
            (l.fewer_than)(w.threshold)
        );
        caption.extend(fonts.wrap(&note, Weight::Regular, 6.5, width - caption_x));
    }
    let legend_h = 30.0 + (caption.len().max(1) - 1) as f32 * lh(6.5);
    let row_h = ((max_height - head_h - legend_h) / rows as f32).clamp(9.0, 16.0);
    let cell_size = (row_h * 0.5).min(7.5);
    let mut shapes = Vec::new();
    for (j, h) in heads.iter().enumerate() {
        let x = x0 + col_w * (j as f32 + 0.5) - 2.0;
        shapes.push(Shape::Text {
            x,
            y: head_h - 4.0,
            text: h.clone(),
            size: head_size,
            weight: Weight::Regular,
            color: INK,
            anchor: Anchor::Start,
            rotate: 45.0,
        });
    }
    let names: Vec<(&str, bool)> = sc
        .departments
        .iter()
        .map(|d| (d.name.as_str(), false))
        .chain([(l.organisation, true)])
        .collect();
    for (i, (name, org)) in names.iter().enumerate() {
        let y = head_h + row_h * i as f32 + if *org { 4.0 } else { 0.0 };
        let weight = if *org { Weight::Bold } else { Weight::Regular };
        let shown = fonts.ellipsize(name, weight, label_size, label_w);
        shapes.push(text(
            x0 - 6.0,
            y + row_h / 2.0 + label_size * 0.35,
            shown,
            label_size,
            weight,
            INK,
            Anchor::End,
        ));
        for (j, d) in sc.dimensions.iter().enumerate() {
            let v = if *org {
                d.score
            } else {
                d.departments.get(name)
            };
            let x = x0 + col_w * j as f32;
            let (fill, label) = match (v, withheld) {
                (Some(v), _) => (style::heat(v), l.score(v)),
                (None, Some(w)) if !*org && w.in_dimension(&d.id, name) => {
                    (style::PANEL, withheld_mark(w.threshold))
                }
                (None, _) => (style::PANEL, "–".to_owned()),
            };
            shapes.push(rect(
                x,
                y,
                col_w,
                row_h,
                Some(fill),
                Some(Stroke::solid(WHITE, 0.8)),
            ));
            let colour = if v.is_some() { fill.text_on() } else { MUTED };
            let weight = if *org { Weight::Bold } else { Weight::Regular };
            shapes.push(text(
                x + col_w / 2.0,
                y + row_h / 2.0 + cell_size * 0.36,
                label,
                cell_size,
                weight,
                colour,
                Anchor::Middle,
            ));
        }
    }
    let org_y = head_h + row_h * (rows - 1) as f32 + 4.0;
    shapes.push(line(
        [x0, org_y - 2.0],
        [x0 + col_w * cols as f32, org_y - 2.0],
        Stroke::solid(INK, 0.6),
    ));
    // Legend: the scale from 1 to 5.
    let ly = org_y + row_h + 12.0;
    for k in 0..5 {
        let v = 1.0 + k as f64;
        let x = x0 + step * k as f32;
        shapes.push(rect(x, ly, step, 8.0, Some(style::heat(v)), None));
        shapes.push(text(
            x + step / 2.0,
            ly + 17.0,
            (k + 1).to_string(),
            6.5,
            Weight::Regular,
            MUTED,
            Anchor::Middle,
        ));
    }
    for (k, line) in caption.iter().enumerate() {
        shapes.push(text(
            caption_x,
            ly + 7.0 + k as f32 * lh(6.5),
            line.clone(),
            6.5,
            Weight::Regular,
            MUTED,
            Anchor::Start,
        ));
    }
    let height = (ly + 20.0).max(ly + 7.0 + caption.len() as f32 * lh(6.5));
    Ok(Figure {
        width,
        height,
        title: l.heat_title.to_owned(),
        shapes,
    })
}

/// Coverage per dimension as horizontal bars against the 60 % line.
pub fn coverage(sc: &Scorecard, width: f32, st: &ChartStyle, l: &Labels) -> Result<Figure> {
    let fonts = Fonts::get()?;
    let size = 7.5;
    let titles: Vec<&str> = sc
        .dimensions
        .iter()
        .map(|d| d.short_title.as_str())
        .collect();
    let (labels, lw) = row_labels(fonts, &titles, size, width * 0.34);
    let x0 = lw + 10.0;
    let widest = format!("{} · {}", l.percent(1.0), l.low);
    let value_w = fonts.width(&widest, Weight::Bold, size) + 8.0;
    let x1 = width - value_w;
    let sx = |v: f64| x0 + (x1 - x0) * v as f32;
    let row_h = 18.0;
    let top = 14.0;
    let plot_h = row_h * sc.dimensions.len() as f32;
    let mut shapes = Vec::new();
    for k in 0..=5 {
        let x = sx(f64::from(k) * 0.2);
        shapes.push(line([x, top], [x, top + plot_h], Stroke::solid(RULE, 0.4)));
        shapes.push(text(
            x,
            top + plot_h + 10.0,
            l.percent_value(f64::from(k * 20)),
            6.5,
            Weight::Regular,
            MUTED,
            Anchor::Middle,
        ));
    }
    let thr = crate::scoring::LOW_COVERAGE_BELOW;
    for (i, d) in sc.dimensions.iter().enumerate() {
        let mid = top + row_h * (i as f32 + 0.5);
        draw_row_label(&mut shapes, fonts, &labels[i], x0 - 8.0, mid, size);
        match d.coverage {
            Some(c) => {
                let low = d.low_coverage;
                let fill = if low { WARN } else { st.accent.tint(0.35) };
                shapes.push(rect(x0, mid - 4.5, sx(c) - x0, 9.0, Some(fill), None));
                let pct = l.percent(c);
                let label = if low {
                    format!("{pct} · {}", l.low)
                } else {
                    pct
                };
                shapes.push(text(
                    width,
                    mid + 2.7,
                    label,
                    size,
                    Weight::Bold,
                    if low { WARN } else { INK },
                    Anchor::End,
                ));
            }
            None => shapes.push(text(
                width,
                mid + 2.7,
                "–",
                size,
                Weight::Bold,
                MUTED,
                Anchor::End,
            )),
        }
    }
    let tx = sx(thr);
    shapes.push(line(
        [tx, top - 4.0],
        [tx, top + plot_h],
        Stroke::dashed(WARN, 1.0, [3.0, 2.0]),
    ));
    let note = (l.minimum_note)(&l.percent(thr));
    shapes.push(text(
        tx,
        top - 6.0,
        note,
        6.5,
        Weight::Bold,
        WARN,
        Anchor::Middle,
    ));
    Ok(Figure {
        width,
        height: top + plot_h + 16.0,
        title: l.coverage_title.to_owned(),
        shapes,
    })
}

/// `s` escaped for XML text or a double-quoted attribute (control
/// characters, which XML cannot hold, dropped); the Word report's
/// attributes use it too.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn svg_paint(fill: Option<Rgb>, stroke: Option<&Stroke>) -> String {
    let mut s = format!(
        "fill=\"{}\"",
        fill.map_or_else(|| "none".to_owned(), Rgb::hex)
    );
    if let Some(st) = stroke {
        let _ = write!(
            s,
            " stroke=\"{}\" stroke-width=\"{}\"",
            st.color.hex(),
            st.width
        );
        if let Some([a, b]) = st.dash {
            let _ = write!(s, " stroke-dasharray=\"{a} {b}\"");
        }
    }
    s
}

impl Figure {
    /// The figure as a standalone SVG document (for the desktop app).
    pub fn to_svg(&self) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\" font-family=\"DejaVu Sans, Verdana, sans-serif\"><title>{t}</title>",
            w = self.width,
            h = self.height,
            t = esc(&self.title)
        );
        for shape in &self.shapes {
            match shape {
                Shape::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                } => {
                    let _ = write!(
                        out,
                        "<rect x=\"{x:.2}\" y=\"{y:.2}\" width=\"{w:.2}\" height=\"{h:.2}\" {}/>",
                        svg_paint(*fill, stroke.as_ref())
                    );
                }
                Shape::Path {
                    points,
                    closed,
                    fill,
                    stroke,
                } => {
                    let mut d = String::new();
                    for (i, [x, y]) in points.iter().enumerate() {
                        let _ = write!(d, "{}{x:.2} {y:.2} ", if i == 0 { "M" } else { "L" });
                    }
                    if *closed {
                        d.push('Z');
                    }
                    let _ = write!(
                        out,
                        "<path d=\"{}\" {} stroke-linejoin=\"round\"/>",
                        d.trim_end(),
                        svg_paint(*fill, stroke.as_ref())
                    );
                }
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
                    let anchor = match anchor {
                        Anchor::Start => "start",
                        Anchor::Middle => "middle",
                        Anchor::End => "end",
                    };
                    let weight = match weight {
                        Weight::Regular => "normal",
                        Weight::Bold => "bold",
                    };
                    let transform = if *rotate == 0.0 {
                        String::new()
                    } else {
                        format!(" transform=\"rotate({} {x:.2} {y:.2})\"", -rotate)
                    };
                    let _ = write!(
                        out,
                        "<text x=\"{x:.2}\" y=\"{y:.2}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{}\" text-anchor=\"{anchor}\"{transform}>{}</text>",
                        color.hex(),
                        esc(text)
                    );
                }
            }
        }
        out.push_str("</svg>");
        out
    }

    /// Every text's bounding box (x, y-top, width, height) in figure
    /// coordinates, unrotated texts only; for overlap checks.
    pub fn text_boxes(&self) -> Result<Vec<(String, [f32; 4])>> {
        let fonts = Fonts::get()?;
        let mut out = Vec::new();
        for s in &self.shapes {
            if let Shape::Text {
                x,
                y,
                text,
                size,
                weight,
                anchor,
                rotate,
                ..
            } = s
            {
                if *rotate != 0.0 {
                    continue;
                }
                let w = fonts.width(text, *weight, *size);
                let x0 = match anchor {
                    Anchor::Start => *x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                out.push((text.clone(), [x0, y - size * 0.76, w, size * 0.98]));
            }
        }
        Ok(out)
    }
}
