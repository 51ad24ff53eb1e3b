//! The report's cover page: the organisation, the title, the consultant's
//! logo and name on a band of the accent colour, and the facts of the
//! assessment. Laid out on its own page by [`super::layout`], which places
//! every other block.

use super::charts::Stroke;
use super::fonts::{Fonts, Weight};
use super::layout::{Cover, Frame, Item, MARGIN_X, Page};
use super::style::{self, INK, MUTED, RULE, Rgb};

pub(super) fn cover_page(fonts: &Fonts, frame: &Frame<'_>, cv: &Cover) -> Page {
    let (w, h) = (frame.width, frame.height);
    // Text on the accent band: the same rule as the app's preview.
    let band = style::on_fill(frame.accent);
    let mut items = Vec::new();
    let text =
        |items: &mut Vec<Item>, x: f32, y: f32, s: &str, size: f32, weight: Weight, color: Rgb| {
            items.push(Item::Text {
                x,
                y,
                text: s.to_owned(),
                size,
                weight,
                color,
                rotate: 0.0,
            });
        };
    let band_h = h * 0.42;
    items.push(Item::Rect {
        x: 0.0,
        y: h - band_h,
        w,
        h: band_h,
        fill: Some(frame.accent),
        stroke: None,
    });
    // A thin lighter stripe under the band: the report's signature.
    items.push(Item::Rect {
        x: 0.0,
        y: h - band_h - 6.0,
        w,
        h: 6.0,
        fill: Some(frame.accent.tint(0.55)),
        stroke: None,
    });
    let x = MARGIN_X;
    let inner = w - 2.0 * MARGIN_X;
    let mut y = h - 96.0;
    let kicker = fonts.ellipsize(&cv.kicker.to_uppercase(), Weight::Bold, 9.0, inner);
    text(&mut items, x, y, &kicker, 9.0, Weight::Bold, band.muted);
    items.push(Item::Rect {
        x,
        y: y - 14.0,
        w: 40.0,
        h: 2.5,
        fill: Some(band.text),
        stroke: None,
    });
    y -= 50.0;
    // The organisation's name, as large as fits in four lines.
    let mut size = 30.0;
    let mut lines = fonts.wrap(&cv.organisation, Weight::Bold, size, inner);
    while lines.len() > 3 && size > 14.0 {
        size -= 2.0;
        lines = fonts.wrap(&cv.organisation, Weight::Bold, size, inner);
    }
    if lines.len() > 4 {
        let rest = lines[3..].join(" ");
        lines.truncate(3);
        lines.push(fonts.ellipsize(&rest, Weight::Bold, size, inner));
    }
    for l in &lines {
        text(&mut items, x, y, l, size, Weight::Bold, band.text);
        y -= size * 1.18;
    }
    y -= 6.0;
    for l in fonts
        .wrap(&cv.title, Weight::Regular, 14.0, inner)
        .iter()
        .take(2)
    {
        text(&mut items, x, y, l, 14.0, Weight::Regular, band.text);
        y -= 18.0;
    }
    let sub = fonts.ellipsize(&cv.subtitle, Weight::Regular, 10.0, inner);
    text(
        &mut items,
        x,
        y - 2.0,
        &sub,
        10.0,
        Weight::Regular,
        band.muted,
    );

    // Facts under the band.
    let mut y = h - band_h - 44.0;
    let label_w = cv
        .facts
        .iter()
        .map(|(l, _)| fonts.width(l, Weight::Bold, 8.0))
        .fold(0.0, f32::max)
        + 16.0;
    for (label, value) in &cv.facts {
        text(
            &mut items,
            x,
            y,
            &label.to_uppercase(),
            7.5,
            Weight::Bold,
            MUTED,
        );
        let lines = fonts.wrap(value, Weight::Regular, 10.0, inner - label_w);
        for (k, l) in lines.iter().take(2).enumerate() {
            text(
                &mut items,
                x + label_w,
                y - k as f32 * 13.0,
                l,
                10.0,
                Weight::Regular,
                INK,
            );
        }
        y -= 13.0 * lines.len().clamp(1, 2) as f32 + 6.0;
    }
    // Respondents per department in two columns, as many as fit.
    y -= 14.0;
    if !cv.departments.is_empty() {
        text(
            &mut items,
            x,
            y,
            &cv.departments_title.to_uppercase(),
            7.5,
            Weight::Bold,
            MUTED,
        );
        y -= 6.0;
        items.push(Item::Path {
            points: vec![[x, y], [x + inner, y]],
            closed: false,
            fill: None,
            stroke: Some(Stroke::solid(RULE, 0.6)),
        });
        y -= 14.0;
        let row = 13.0;
        let bottom = 110.0;
        let per_col = (((y - bottom) / row).floor() as usize).max(1);
        let capacity = per_col * 2;
        let shown = if cv.departments.len() > capacity {
            capacity - 1
        } else {
            cv.departments.len()
        };
        let col_w = (inner - 24.0) / 2.0;
        let rows_used = shown.div_ceil(2).min(per_col);
        for (k, (name, n)) in cv.departments.iter().take(shown).enumerate() {
            let (col, r) = (k / rows_used.max(1), k % rows_used.max(1));
            let cx = x + col as f32 * (col_w + 24.0);
            let cy = y - r as f32 * row;
            let count = n.as_str();
            let cw = fonts.width(count, Weight::Bold, 9.0);
            let name = fonts.ellipsize(name, Weight::Regular, 9.0, col_w - cw - 12.0);
            text(&mut items, cx, cy, &name, 9.0, Weight::Regular, INK);
            text(
                &mut items,
                cx + col_w - cw,
                cy,
                count,
                9.0,
                Weight::Bold,
                INK,
            );
        }
        if shown < cv.departments.len() {
            let k = shown;
            let (col, r) = (k / rows_used.max(1), k % rows_used.max(1));
            let more = (frame.labels.more_departments)(cv.departments.len() - shown);
            let more = fonts.ellipsize(&more, Weight::Regular, 8.0, col_w);
            text(
                &mut items,
                x + col as f32 * (col_w + 24.0),
                y - r as f32 * row,
                &more,
                8.0,
                Weight::Regular,
                MUTED,
            );
        }
    }
    // Prepared by, bottom of the page.
    items.push(Item::Path {
        points: vec![[x, 76.0], [x + inner, 76.0]],
        closed: false,
        fill: None,
        stroke: Some(Stroke::solid(RULE, 0.6)),
    });
    if let Some((pw, ph)) = cv.logo.filter(|(w, h)| *w > 0 && *h > 0) {
        // At most 150 × 44 pt, aspect kept, right-aligned above the rule.
        let s = (150.0 / pw as f32).min(44.0 / ph as f32);
        let (lw, lh) = (pw as f32 * s, ph as f32 * s);
        items.push(Item::Logo {
            x: x + inner - lw,
            y: 86.0,
            w: lw,
            h: lh,
        });
    }
    if let Some(name) = &cv.consultant {
        let name = fonts.ellipsize(name, Weight::Bold, 11.0, inner * 0.6);
        text(&mut items, x, 58.0, &name, 11.0, Weight::Bold, frame.accent);
    }
    let foot = fonts.ellipsize(&cv.footer, Weight::Regular, 8.0, inner * 0.38);
    let fw = fonts.width(&foot, Weight::Regular, 8.0);
    text(
        &mut items,
        x + inner - fw,
        58.0,
        &foot,
        8.0,
        Weight::Regular,
        MUTED,
    );
    Page {
        items,
        section: None,
        is_cover: true,
    }
}
