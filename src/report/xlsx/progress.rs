//! A later round's sheets: "Progress" (each dimension then, now, change,
//! direction, flags and confirmed share; each department's change; the
//! actions completed in the period; the overall score, stage and customer
//! evidence then and now; the comparison's flags) and, from three rounds,
//! "Trend" (one row per round). Cells hold the figures as the report shows
//! them: scores cut to one decimal, changes cut with their sign, shares
//! cut to whole percent.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};

use super::{Formats, cell_text, err, header};
use crate::report::locale::Labels;
use crate::report::progress::{Progress, cut_points};
use crate::scoring::rounds::{Change, ComparisonFlag, Trend};
use crate::scoring::{shown_percent_value_of, shown_value};
use crate::{Error, Result};

/// A change as [`Labels::delta`] shows it: its size cut, then its sign.
fn cut_delta(d: f64) -> f64 {
    let size = shown_value(d.abs());
    if d < 0.0 { -size } else { size }
}

fn column(c: usize) -> Result<u16> {
    u16::try_from(c).map_err(|_| Error::Report("xlsx: too many columns".into()))
}

fn row_at(r: usize) -> Result<u32> {
    u32::try_from(r).map_err(|_| Error::Report("xlsx: too many rows".into()))
}

/// Writes one row of a sheet: a cell per value, in order.
struct Rows<'w> {
    ws: &'w mut Worksheet,
    at: usize,
}

/// One cell's content.
enum Value<'a> {
    Text(&'a str),
    Number(f64, &'a Format),
    Empty,
}

impl Rows<'_> {
    fn write(&mut self, cells: &[Value<'_>]) -> Result<()> {
        let r = row_at(self.at)?;
        for (c, v) in cells.iter().enumerate() {
            let c = column(c)?;
            match v {
                Value::Text(t) => self.ws.write_string(r, c, cell_text(t)).map(|_| ()),
                Value::Number(n, fmt) => {
                    self.ws.write_number_with_format(r, c, *n, fmt).map(|_| ())
                }
                Value::Empty => Ok(()),
            }
            .map_err(err)?;
        }
        self.at += 1;
        Ok(())
    }

    /// A block's heading row, styled as the sheet's first row.
    fn head(&mut self, f: &Formats, titles: &[&str]) -> Result<()> {
        let r = row_at(self.at)?;
        for (c, t) in titles.iter().enumerate() {
            self.ws
                .write_string_with_format(r, column(c)?, cell_text(t), &f.head)
                .map_err(err)?;
        }
        self.at += 1;
        Ok(())
    }

    fn gap(&mut self) {
        self.at += 1;
    }
}

fn score<'a>(v: Option<f64>, f: &'a Formats) -> Value<'a> {
    v.map_or(Value::Empty, |v| {
        Value::Number(shown_value(v), &f.one_decimal)
    })
}

fn delta<'a>(c: &Change, f: &'a Formats) -> Value<'a> {
    c.delta.map_or(Value::Empty, |d| {
        Value::Number(cut_delta(d), &f.signed_decimal)
    })
}

fn share<'a>(v: Option<f64>, f: &'a Formats) -> Value<'a> {
    v.map_or(Value::Empty, |v| {
        Value::Number(shown_percent_value_of(v), &f.percent)
    })
}

fn direction(c: &Change, l: &Labels) -> &'static str {
    c.direction
        .map_or(l.not_compared, |d| (l.direction_name)(d))
}

/// The "Progress" sheet.
pub(super) fn progress_sheet(
    wb: &mut Workbook,
    f: &Formats,
    p: &Progress,
    l: &Labels,
) -> Result<()> {
    let c = &p.comparison;
    let ws = wb.add_worksheet();
    ws.set_name(l.sheet_progress).map_err(err)?;
    header(
        ws,
        f,
        &[
            (l.dimension, 36.0),
            (l.then, 9.0),
            (l.now, 9.0),
            (l.change, 9.0),
            (l.direction, 14.0),
            (l.flags, 34.0),
            (l.confirmed, 11.0),
            (l.questions_added, 30.0),
            (l.questions_removed, 30.0),
        ],
    )?;
    let mut rows = Rows { ws, at: 1 };
    let o = &c.overall.change;
    rows.write(&[
        Value::Text(l.overall),
        score(o.then, f),
        score(o.now, f),
        delta(o, f),
        Value::Text(direction(o, l)),
        Value::Empty,
        share(c.confirmed, f),
    ])?;
    for d in &c.dimensions {
        let flags: Vec<&str> = d.flags.iter().map(|x| (l.flag_name)(*x)).collect();
        rows.write(&[
            Value::Text(&d.title),
            score(d.change.then, f),
            score(d.change.now, f),
            delta(&d.change, f),
            Value::Text(direction(&d.change, l)),
            Value::Text(&flags.join(", ")),
            share(d.confirmed, f),
            Value::Text(&d.questions_added.join(", ")),
            Value::Text(&d.questions_removed.join(", ")),
        ])?;
    }

    rows.gap();
    rows.head(
        f,
        &[
            l.department,
            l.then,
            l.now,
            l.change,
            l.direction,
            l.respondents_then,
            l.respondents_now,
        ],
    )?;
    let count = |n: Option<usize>| n.map_or(Value::Empty, |n| Value::Number(n as f64, &f.whole));
    for d in &c.departments {
        rows.write(&[
            Value::Text(&d.name),
            score(d.change.then, f),
            score(d.change.now, f),
            delta(&d.change, f),
            Value::Text(direction(&d.change, l)),
            count(d.respondents_then),
            count(d.respondents_now),
        ])?;
    }

    rows.gap();
    rows.head(f, &[l.actions_completed, l.action_id, l.dimension])?;
    for a in p.completed_actions() {
        rows.write(&[
            Value::Text(&a.title),
            Value::Text(&a.id),
            Value::Text(&a.dimension),
        ])?;
    }

    rows.gap();
    rows.head(f, &[l.metric, l.then, l.now, l.change])?;
    rows.write(&[
        Value::Text(l.self_assessment),
        score(o.then, f),
        score(o.now, f),
        delta(o, f),
    ])?;
    let stage = |s: Option<u8>| s.map_or(Value::Empty, |s| Value::Number(f64::from(s), &f.whole));
    rows.write(&[
        Value::Text(l.stage),
        stage(c.overall.stage_then),
        stage(c.overall.stage_now),
    ])?;
    let e = &c.evidence;
    let raw = |v: Option<f64>| v.map_or(Value::Empty, |v| Value::Number(v, &f.signed_whole));
    let points = |v: Option<f64>| {
        v.map_or(Value::Empty, |d| {
            Value::Number(cut_points(d), &f.signed_whole)
        })
    };
    let csat = |v: Option<f64>| {
        v.map_or(Value::Empty, |v| {
            Value::Number(shown_percent_value_of(v / 100.0), &f.percent)
        })
    };
    rows.write(&[
        Value::Text(l.nps),
        raw(e.nps_then),
        raw(e.nps_now),
        points(e.nps_change),
    ])?;
    rows.write(&[
        Value::Text(l.csat),
        csat(e.csat_then),
        csat(e.csat_now),
        points(e.csat_change),
    ])?;

    rows.gap();
    rows.head(f, &[l.flags])?;
    for flag in &c.flags {
        match flag {
            ComparisonFlag::Diverging => rows.write(&[Value::Text(l.diverging_name)])?,
        }
    }
    Ok(())
}

/// The "Trend" sheet: one row per round, oldest first.
pub(super) fn trend_sheet(wb: &mut Workbook, f: &Formats, t: &Trend, l: &Labels) -> Result<()> {
    let ws = wb.add_worksheet();
    ws.set_name(l.sheet_trend).map_err(err)?;
    let mut cols: Vec<(&str, f64)> = vec![
        (l.round, 7.0),
        (l.date, 12.0),
        (l.title, 36.0),
        (l.overall, 9.0),
        (l.stage, 7.0),
    ];
    for d in &t.dimensions {
        cols.push((d.title.as_str(), 14.0));
    }
    cols.push((l.nps, 7.0));
    cols.push((l.csat, 7.0));
    header(ws, f, &cols)?;
    for (i, r) in t.rounds.iter().enumerate() {
        let at = row_at(i + 1)?;
        ws.write_number_with_format(at, 0, (i + 1) as f64, &f.whole)
            .map_err(err)?;
        // A real date cell, so a spreadsheet sorts the rounds by time.
        let ymd = time::macros::format_description!("[year]-[month]-[day]");
        let cell = time::Date::parse(&r.date, ymd).ok().and_then(|d| {
            let year = u16::try_from(d.year()).ok()?;
            ExcelDateTime::from_ymd(year, d.month().into(), d.day()).ok()
        });
        match cell {
            Some(dt) => ws.write_datetime_with_format(at, 1, &dt, &f.date),
            None => ws.write_string(at, 1, &r.date),
        }
        .map_err(err)?;
        ws.write_string(at, 2, cell_text(&r.title)).map_err(err)?;
        let mut rows = Rows { ws, at: i + 1 };
        let mut cells = vec![
            Value::Empty,
            Value::Empty,
            Value::Empty,
            score(r.score, f),
            r.stage
                .map_or(Value::Empty, |s| Value::Number(f64::from(s), &f.whole)),
        ];
        cells.extend(r.dimensions.iter().map(|d| score(d.score, f)));
        cells.push(
            r.nps
                .map_or(Value::Empty, |v| Value::Number(v, &f.signed_whole)),
        );
        cells.push(r.csat.map_or(Value::Empty, |v| {
            Value::Number(shown_percent_value_of(v / 100.0), &f.percent)
        }));
        rows.write(&cells)?;
    }
    Ok(())
}
