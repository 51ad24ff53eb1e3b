//! The XLSX export for the consultant's own follow-up: the action register
//! (every roadmap action, ready to filter), the scores per dimension and
//! department, and every answer with its comment; a later round adds its
//! progress and, from three rounds, the trend (`xlsx/progress.rs`).
//!
//! Like the PDF, it writes what the [`Scorecard`], the [`Roadmap`] and the
//! round's [`Progress`] say and computes nothing. Sheet names, headers and
//! every word are the [`Labels`]' language; figures stay numbers, so the
//! spreadsheet writes them in its user's own format.

mod progress;

use std::collections::HashMap;

use rust_xlsxwriter::{ExcelDateTime, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::Progress;
use super::locale::Labels;
use crate::model::{AnswerValue, AssessmentData};
use crate::roadmap::Roadmap;
use crate::scoring::{self, Scorecard};
use crate::{Error, Result};

#[allow(clippy::needless_pass_by_value)] // used as `map_err(err)`
fn err(e: XlsxError) -> Error {
    Error::Report(format!("xlsx: {e}"))
}

/// Excel refuses a cell longer than this; longer comments are cut with a
/// visible mark rather than failing the whole export.
const MAX_CELL_CHARS: usize = 32_000;

fn cell_text(s: &str) -> String {
    if s.chars().count() <= MAX_CELL_CHARS {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(MAX_CELL_CHARS).collect();
        t.push_str(" […]");
        t
    }
}

struct Formats {
    head: Format,
    date: Format,
    date_time: Format,
    one_decimal: Format,
    percent: Format,
    wrap: Format,
    whole: Format,
    /// A change with its sign: "+0.5", "-0.3".
    signed_decimal: Format,
    /// A change in whole points with its sign: "+4", "-3".
    signed_whole: Format,
}

fn header(ws: &mut Worksheet, f: &Formats, cols: &[(&str, f64)]) -> Result<()> {
    for (i, (title, width)) in cols.iter().enumerate() {
        // invariant: at most a dozen columns, far below u16::MAX.
        let c = i as u16;
        // Header titles include department names: the same cut as any cell.
        ws.write_string_with_format(0, c, cell_text(title), &f.head)
            .map_err(err)?;
        ws.set_column_width(c, *width).map_err(err)?;
    }
    ws.set_freeze_panes(1, 0).map_err(err)?;
    Ok(())
}

fn row(i: usize) -> Result<u32> {
    u32::try_from(i + 1).map_err(|_| Error::Report("xlsx: too many rows".into()))
}

/// The workbook as bytes; `progress` is a later round's (`None` for a
/// first round).
pub fn export(
    data: &AssessmentData,
    sc: &Scorecard,
    roadmap: &Roadmap,
    progress: Option<&Progress>,
    l: &Labels,
) -> Result<Vec<u8>> {
    let mut wb = Workbook::new();
    let f = Formats {
        head: Format::new()
            .set_bold()
            .set_font_color(0xFFFFFF)
            .set_background_color(0x1F3A5F)
            .set_align(FormatAlign::Top),
        date: Format::new()
            .set_num_format("yyyy-mm-dd")
            .set_align(FormatAlign::Top),
        date_time: Format::new()
            .set_num_format("yyyy-mm-dd hh:mm:ss")
            .set_align(FormatAlign::Top),
        one_decimal: Format::new()
            .set_num_format("0.0")
            .set_align(FormatAlign::Top),
        percent: Format::new()
            .set_num_format("0%")
            .set_align(FormatAlign::Top),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
        whole: Format::new()
            .set_num_format("0")
            .set_align(FormatAlign::Top),
        signed_decimal: Format::new()
            .set_num_format("+0.0;-0.0;0.0")
            .set_align(FormatAlign::Top),
        signed_whole: Format::new()
            .set_num_format("+0;-0;0")
            .set_align(FormatAlign::Top),
    };
    let dim_title: HashMap<&str, &str> = data
        .questionnaire
        .dimensions
        .iter()
        .map(|d| (d.id.as_str(), d.title.as_str()))
        .collect();

    // 1. Action register.
    let ws = wb.add_worksheet();
    ws.set_name(l.sheet_actions).map_err(err)?;
    let cols = [
        (l.phase, 18.0),
        (l.action_id, 14.0),
        (l.action, 40.0),
        (l.dimension, 28.0),
        (l.transition, 10.0),
        (l.owner, 18.0),
        (l.effort, 9.0),
        (l.due, 12.0),
        (l.status, 13.0),
        (l.notes, 40.0),
        (l.requires, 16.0),
        (l.description, 60.0),
    ];
    header(ws, &f, &cols)?;
    let mut n = 0;
    for phase in &roadmap.phases {
        for a in &phase.actions {
            let r = row(n)?;
            n += 1;
            ws.write_string(r, 0, (l.phase_title)(phase.phase))
                .map_err(err)?;
            ws.write_string(r, 1, cell_text(&a.id)).map_err(err)?;
            ws.write_string_with_format(r, 2, cell_text(&a.title), &f.wrap)
                .map_err(err)?;
            let dim = dim_title
                .get(a.dimension.as_str())
                .copied()
                .unwrap_or(&a.dimension);
            ws.write_string(r, 3, cell_text(dim)).map_err(err)?;
            ws.write_string(r, 4, format!("{}→{}", a.transition[0], a.transition[1]))
                .map_err(err)?;
            ws.write_string(r, 5, cell_text(&a.owner)).map_err(err)?;
            ws.write_string(r, 6, (l.effort_name)(a.effort))
                .map_err(err)?;
            if let Some(d) = a.due {
                let year = u16::try_from(d.year())
                    .map_err(|_| Error::Report(format!("xlsx: due date {d} is out of range")))?;
                let dt = ExcelDateTime::from_ymd(year, d.month().into(), d.day()).map_err(err)?;
                ws.write_datetime_with_format(r, 7, &dt, &f.date)
                    .map_err(err)?;
            }
            let status = if a.dropped {
                l.dropped.to_owned()
            } else {
                a.status
                    .map(|s| (l.status_name)(s).to_owned())
                    .unwrap_or_default()
            };
            ws.write_string(r, 8, status).map_err(err)?;
            ws.write_string_with_format(r, 9, cell_text(a.notes.as_deref().unwrap_or("")), &f.wrap)
                .map_err(err)?;
            ws.write_string(r, 10, a.requires.join(", ")).map_err(err)?;
            ws.write_string_with_format(r, 11, cell_text(&a.description), &f.wrap)
                .map_err(err)?;
        }
    }
    ws.autofilter(0, 0, row(n.max(1) - 1)?.max(1), 11)
        .map_err(err)?;

    // 2. Scores: one row per dimension, organisation then each department.
    let ws = wb.add_worksheet();
    ws.set_name(l.sheet_scores).map_err(err)?;
    let mut cols: Vec<(&str, f64)> = vec![
        (l.dimension, 36.0),
        (l.organisation, 13.0),
        (l.level, 12.0),
        (l.target, 9.0),
        (l.gap, 8.0),
        (l.importance, 11.0),
        (l.priority, 9.0),
        (l.coverage, 10.0),
        (l.spread, 9.0),
    ];
    for d in &sc.departments {
        cols.push((d.name.as_str(), 14.0));
    }
    header(ws, &f, &cols)?;
    for (i, d) in sc.dimensions.iter().enumerate() {
        let r = row(i)?;
        ws.write_string(r, 0, cell_text(&d.title)).map_err(err)?;
        // A spreadsheet rounds what it shows: the cells hold the figure as
        // the method shows it (cut), so the workbook reads like the report.
        let num = |ws: &mut Worksheet, c: u16, v: Option<f64>, fmt: &Format| -> Result<()> {
            if let Some(v) = v {
                ws.write_number_with_format(r, c, scoring::shown_value(v), fmt)
                    .map_err(err)?;
            }
            Ok(())
        };
        num(ws, 1, d.score, &f.one_decimal)?;
        if let Some(lv) = d.level {
            ws.write_string(r, 2, l.level_name(lv)).map_err(err)?;
        }
        if let Some(target) = d.target {
            ws.write_number(r, 3, f64::from(target)).map_err(err)?;
        }
        num(ws, 4, d.gap, &f.one_decimal)?;
        ws.write_number(r, 5, f64::from(d.importance))
            .map_err(err)?;
        num(ws, 6, d.priority, &f.one_decimal)?;
        if let Some(c) = d.coverage {
            ws.write_number_with_format(r, 7, scoring::shown_percent_value_of(c), &f.percent)
                .map_err(err)?;
        }
        num(ws, 8, Some(d.spread), &f.one_decimal)?;
        for (k, dep) in sc.departments.iter().enumerate() {
            let c = u16::try_from(9 + k)
                .map_err(|_| Error::Report("xlsx: too many departments".into()))?;
            match &sc.anonymity {
                Some(w) if w.in_dimension(&d.id, &dep.name) => {
                    ws.write_string(r, c, (l.fewer_than)(w.threshold))
                        .map_err(err)?;
                }
                _ => num(ws, c, d.departments.get(&dep.name), &f.one_decimal)?,
            }
        }
    }
    if let Some(w) = &sc.anonymity {
        let r = row(sc.dimensions.len() + 1)?;
        ws.write_string(r, 0, (l.anonymous_note)(w.threshold))
            .map_err(err)?;
    }
    let last_col = u16::try_from(cols.len() - 1)
        .map_err(|_| Error::Report("xlsx: too many columns".into()))?;
    ws.autofilter(0, 0, row(sc.dimensions.len().max(1) - 1)?, last_col)
        .map_err(err)?;

    // 3. Answers with comments.
    let ws = wb.add_worksheet();
    ws.set_name(l.sheet_answers).map_err(err)?;
    header(
        ws,
        &f,
        &[
            (l.department, 18.0),
            (l.respondent, 20.0),
            (l.role, 16.0),
            (l.dimension, 28.0),
            (l.question_id, 12.0),
            (l.question, 50.0),
            (l.answer, 9.0),
            (l.comment, 60.0),
            (l.answered_at, 20.0),
        ],
    )?;
    let deps: HashMap<&str, &str> = data
        .departments
        .iter()
        .map(|d| (d.id.as_str(), d.name.as_str()))
        .collect();
    let people: HashMap<&str, _> = data
        .respondents
        .iter()
        .map(|r| (r.id.as_str(), r))
        .collect();
    let order: HashMap<&str, usize> = data
        .questionnaire
        .questions()
        .enumerate()
        .map(|(i, (_, q))| (q.id.as_str(), i))
        .collect();
    let dep_order: HashMap<&str, u32> = data
        .departments
        .iter()
        .map(|d| (d.id.as_str(), d.position))
        .collect();
    let mut answers: Vec<_> = data.answers.iter().collect();
    answers.sort_by_key(|a| {
        let p = people.get(&*a.respondent_id);
        (
            p.and_then(|p| dep_order.get(p.department_id.as_str()).copied())
                .unwrap_or(u32::MAX),
            p.map(|p| p.name.as_str()).unwrap_or(""),
            order.get(&*a.question_id).copied().unwrap_or(usize::MAX),
        )
    });
    for (i, a) in answers.iter().enumerate() {
        let r = row(i)?;
        let p = people.get(&*a.respondent_id);
        let dep = p
            .and_then(|p| deps.get(p.department_id.as_str()).copied())
            .unwrap_or("");
        ws.write_string(r, 0, cell_text(dep)).map_err(err)?;
        ws.write_string(r, 1, cell_text(p.map_or("", |p| p.name.as_str())))
            .map_err(err)?;
        ws.write_string(
            r,
            2,
            cell_text(p.and_then(|p| p.role.as_deref()).unwrap_or("")),
        )
        .map_err(err)?;
        let (dim, prompt) = data
            .questionnaire
            .question(&a.question_id)
            .map_or(("", ""), |(d, q)| (d.title.as_str(), q.prompt.as_str()));
        ws.write_string(r, 3, dim).map_err(err)?;
        ws.write_string(r, 4, cell_text(&a.question_id))
            .map_err(err)?;
        ws.write_string_with_format(r, 5, prompt, &f.wrap)
            .map_err(err)?;
        match a.value {
            AnswerValue::Level(v) => {
                ws.write_number(r, 6, f64::from(v)).map_err(err)?;
            }
            AnswerValue::NotApplicable => {
                ws.write_string(r, 6, l.answer_na).map_err(err)?;
            }
            AnswerValue::Unknown => {
                ws.write_string(r, 6, l.answer_unknown).map_err(err)?;
            }
        }
        ws.write_string_with_format(r, 7, cell_text(a.comment.as_deref().unwrap_or("")), &f.wrap)
            .map_err(err)?;
        // A real date-time cell (UTC, as the header says), so a spreadsheet
        // sorts and filters it as time, not as text.
        let at = a.updated_at.to_offset(time::UtcOffset::UTC);
        let cell = u16::try_from(at.year())
            .ok()
            .and_then(|y| ExcelDateTime::from_ymd(y, at.month().into(), at.day()).ok())
            .and_then(|d| {
                d.and_hms(u16::from(at.hour()), at.minute(), f64::from(at.second()))
                    .ok()
            });
        match cell {
            Some(dt) => ws.write_datetime_with_format(r, 8, &dt, &f.date_time),
            None => ws.write_string(r, 8, at.to_string()),
        }
        .map_err(err)?;
    }
    ws.autofilter(0, 0, row(answers.len().max(1) - 1)?, 8)
        .map_err(err)?;

    // 4. and 5. A later round's progress, and the trend of its chain.
    if let Some(p) = progress {
        progress::progress_sheet(&mut wb, &f, p, l)?;
        if let Some(t) = p.trend_to_show() {
            progress::trend_sheet(&mut wb, &f, t, l)?;
        }
    }
    wb.save_to_buffer().map_err(err)
}
