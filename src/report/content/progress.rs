//! A later round's report: the section "Progress since …" that follows the
//! executive summary, and the summary's lead sentence. Everything said
//! here is in the round's [`Progress`] (scoring.md, "Rounds and
//! progress"): the overall change, each dimension then and now, what
//! improved and what declined with their flags in words, each department's
//! change, the actions completed in the period, the customers' view over
//! time with the `diverging` warning, and — from three rounds — the trend.
//! Figures are shown as everywhere else ([`Labels::score`],
//! [`Labels::delta`], [`Labels::percent`]), so the chart's labels and
//! these lines agree.

use std::cmp::Ordering;

use super::{Ctx, col, figure_data};
use crate::Result;
use crate::report::charts::{self, ChartStyle};
use crate::report::fonts::Weight;
use crate::report::layout::{Align, Block, Cell, KeyFigure, Spans, Table, Tone, plain};
use crate::report::locale::{Labels, ScoreChange, format_iso_date};
use crate::report::progress::Progress;
use crate::report::style;
use crate::scoring::TOLERANCE;
use crate::scoring::rounds::{
    Change, ComparisonFlag, DIRECTION_STEP, DeltaFlag, DimensionChange, Direction,
};

/// A score as the tables show it, a dash without one.
fn figure(l: &Labels, x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| l.score(v))
}

/// A share as the tables show it, a dash without one.
fn share(l: &Labels, x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), |v| l.percent(v))
}

fn stage(cx: &Ctx<'_>, s: Option<u8>) -> String {
    s.map_or_else(|| cx.l.stage_incomplete.to_owned(), |s| s.to_string())
}

/// The direction of a change in words ("no comparison" without one).
fn direction(cx: &Ctx<'_>, c: &Change) -> &'static str {
    c.direction
        .map_or(cx.l.not_compared, |d| (cx.l.direction_name)(d))
}

/// The executive summary's first sentence for a later round: since when,
/// how the overall score moved, the stage then and now.
pub(super) fn lead_sentence(cx: &Ctx<'_>, p: &Progress) -> String {
    let (l, o) = (cx.l, &p.comparison.overall);
    let date = format_iso_date(l, &p.comparison.date_then);
    let (Some(then), Some(now), Some(delta), Some(way)) = (
        o.change.then,
        o.change.now,
        o.change.delta,
        o.change.direction,
    ) else {
        return (l.progress_lead_missing)(&date);
    };
    let (then, now, delta) = (l.score(then), l.score(now), l.delta(delta));
    let change = ScoreChange {
        then: &then,
        now: &now,
        delta: &delta,
        direction: way,
    };
    (l.progress_lead)(
        &date,
        &change,
        &stage(cx, o.stage_then),
        &stage(cx, o.stage_now),
    )
}

/// The progress section, at most two pages for a report like the demo's:
/// the headline, the dimensions then and now and — with three rounds or
/// more — what moved on the first page; the departments, the actions
/// completed, the customers' view and the trend on the second. With two
/// rounds what moved opens the second page, so neither is left half
/// empty.
pub(super) fn section(cx: &Ctx<'_>, p: &Progress, b: &mut Vec<Block>) -> Result<()> {
    let (l, c) = (cx.l, &p.comparison);
    let step = l.score(DIRECTION_STEP);
    b.push(Block::h(
        1,
        (l.progress_since)(&format_iso_date(l, &c.date_then)),
    ));
    headline(cx, p, b);
    let count = |d: Direction| {
        c.dimensions
            .iter()
            .filter(|x| x.change.direction == Some(d))
            .count()
    };
    let missing = c
        .dimensions
        .iter()
        .filter(|x| x.change.direction.is_none())
        .count();
    let mut counts = (l.dimension_counts)(
        c.dimensions.len(),
        count(Direction::Improved),
        count(Direction::Stable),
        count(Direction::Declined),
        missing,
        &step,
    );
    if let Some(confirmed) = c.confirmed.filter(|s| *s < 1.0 - TOLERANCE) {
        counts.push(' ');
        counts.push_str(&(l.confirmed_sentence)(&l.percent(confirmed)));
    }
    b.push(Block::para(plain(counts)));
    diverging(cx, p, b);
    b.push(Block::h(2, l.progress_chart_title));
    let st = ChartStyle { accent: cx.accent };
    b.push(Block::Figure {
        figure: Box::new(charts::progress(c, cx.width, &st, l)?),
        caption: None,
        data: Some(figure_data::progress(l, c)),
    });
    let trend = p.trend_to_show();
    if trend.is_none() {
        b.push(Block::PageBreak);
    }
    movers(cx, p, Direction::Improved, b);
    movers(cx, p, Direction::Declined, b);
    if trend.is_some() {
        b.push(Block::PageBreak);
    }
    departments(cx, p, b);
    completed(cx, p, b);
    outside_in(cx, p, b);
    if let Some(t) = trend {
        b.push(Block::h(2, l.trend_chart_title));
        b.push(Block::Figure {
            figure: Box::new(charts::trend(t, cx.width, &st, l)?),
            caption: Some(l.trend_caption.to_owned()),
            data: Some(figure_data::trend(l, t)),
        });
    }
    Ok(())
}

/// Overall score, stage, actions completed, answers confirmed.
fn headline(cx: &Ctx<'_>, p: &Progress, b: &mut Vec<Block>) {
    let (l, c) = (cx.l, &p.comparison);
    let o = &c.overall;
    let stage_name = |s: Option<u8>| {
        s.map_or_else(
            || l.stage_incomplete.to_owned(),
            |s| cx.level_name(s).to_owned(),
        )
    };
    let short_stage = |s: Option<u8>| s.map_or_else(|| "–".to_owned(), |s| s.to_string());
    b.push(Block::KeyFigures(vec![
        KeyFigure {
            label: l.overall_score.into(),
            value: format!("{} → {}", figure(l, o.change.then), figure(l, o.change.now)),
            note: o.change.delta.map_or_else(
                || l.not_compared.to_owned(),
                |d| format!("{} · {}", l.delta(d), direction(cx, &o.change)),
            ),
        },
        KeyFigure {
            label: l.stage.into(),
            value: format!(
                "{} → {}",
                short_stage(o.stage_then),
                short_stage(o.stage_now)
            ),
            note: format!("{} → {}", stage_name(o.stage_then), stage_name(o.stage_now)),
        },
        KeyFigure {
            label: l.actions_completed.into(),
            value: c.actions_completed.len().to_string(),
            note: l.in_the_period.to_owned(),
        },
        KeyFigure {
            label: l.answers_confirmed.into(),
            value: share(l, c.confirmed),
            note: if c.confirmed.is_some_and(|s| s < 1.0 - TOLERANCE) {
                l.carried_note.to_owned()
            } else {
                l.all_confirmed.to_owned()
            },
        },
    ]));
}

/// The dimensions that moved one way, the largest change first, each with
/// its figures as the chart labels them and its flags in words.
fn movers(cx: &Ctx<'_>, p: &Progress, way: Direction, b: &mut Vec<Block>) {
    let l = cx.l;
    let step = l.score(DIRECTION_STEP);
    let mut moved: Vec<&DimensionChange> = p
        .comparison
        .dimensions
        .iter()
        .filter(|d| d.change.direction == Some(way))
        .collect();
    let size = |d: &DimensionChange| d.change.delta.map_or(0.0, f64::abs);
    moved.sort_by(|a, b| size(b).partial_cmp(&size(a)).unwrap_or(Ordering::Equal));
    let (title, none) = match way {
        Direction::Declined => (l.what_declined, (l.none_declined)(&step)),
        _ => (l.what_improved, (l.none_improved)(&step)),
    };
    b.push(Block::h(2, title));
    if moved.is_empty() {
        b.push(Block::small(plain(none)));
        return;
    }
    for d in moved {
        let mut spans: Spans = vec![
            (d.title.clone(), Weight::Bold),
            (
                format!(
                    "  {}",
                    l.change_label(d.change.then, d.change.now, d.change.delta)
                ),
                Weight::Regular,
            ),
        ];
        let notes = flag_notes(cx, p, d);
        if !notes.is_empty() {
            spans.push((format!(" — {}", notes.join("; ")), Weight::Regular));
        }
        b.push(Block::bullet("•", spans));
    }
}

/// A dimension's flags in plain words.
fn flag_notes(cx: &Ctx<'_>, p: &Progress, d: &DimensionChange) -> Vec<String> {
    let l = cx.l;
    let share = |x: Option<f64>| share(l, x);
    let prompts = |ids: &[String]| -> Vec<String> {
        ids.iter()
            .map(|id| l.quote(&p.question_prompt(&cx.data.questionnaire, id)))
            .collect()
    };
    d.flags
        .iter()
        .map(|f| match f {
            DeltaFlag::LowCoverage => {
                (l.low_coverage_note)(&share(d.coverage_then), &share(d.coverage_now))
            }
            DeltaFlag::QuestionsChanged => (l.questions_changed_note)(
                &prompts(&d.questions_added),
                &prompts(&d.questions_removed),
            ),
            DeltaFlag::MostlyCarried => (l.mostly_carried_note)(&share(d.confirmed)),
        })
        .collect()
}

/// Each department then and now, compactly.
fn departments(cx: &Ctx<'_>, p: &Progress, b: &mut Vec<Block>) {
    let l = cx.l;
    b.push(Block::h(2, l.departments_change));
    let count = |n: Option<usize>| n.map_or_else(|| "–".to_owned(), |n| n.to_string());
    let rows = p
        .comparison
        .departments
        .iter()
        .map(|d| {
            let way = Cell::text(direction(cx, &d.change));
            let way = match d.change.direction {
                Some(Direction::Improved) => Cell {
                    color: Some(style::GOOD),
                    ..way
                },
                Some(Direction::Declined) => Cell {
                    color: Some(style::WARN),
                    ..way
                },
                Some(Direction::Stable) => way,
                None => way.muted(),
            };
            vec![
                Cell::text(d.name.clone()),
                Cell::text(figure(l, d.change.then)),
                Cell::text(figure(l, d.change.now)),
                Cell::bold(
                    d.change
                        .delta
                        .map_or_else(|| "–".to_owned(), |v| l.delta(v)),
                ),
                way,
                Cell::text(format!(
                    "{} → {}",
                    count(d.respondents_then),
                    count(d.respondents_now)
                )),
            ]
        })
        .collect();
    b.push(Block::Table(Table {
        columns: vec![
            col(l.department, 3.4, Align::Left),
            col(l.then, 1.0, Align::Center),
            col(l.now, 1.0, Align::Center),
            col(l.change, 1.1, Align::Center),
            col(l.direction, 1.6, Align::Left),
            col(l.respondents, 1.6, Align::Center),
        ],
        rows,
        size: 8.0,
    }));
    let d = &p.comparison.disagreement;
    b.push(Block::small(plain((l.disagreement_change)(
        d.misaligned_dimensions_then,
        d.misaligned_questions_then,
        d.misaligned_dimensions_now,
        d.misaligned_questions_now,
    ))));
}

/// The actions marked done in the period, as the previous round's
/// questionnaire names them.
fn completed(cx: &Ctx<'_>, p: &Progress, b: &mut Vec<Block>) {
    let l = cx.l;
    b.push(Block::h(2, l.actions_completed_title));
    let done = p.completed_actions();
    if done.is_empty() {
        b.push(Block::small(plain(l.no_actions_completed)));
    }
    for a in done {
        let mut spans: Spans = vec![(a.title, Weight::Bold)];
        if !a.dimension.is_empty() {
            spans.push((format!(" — {}", a.dimension), Weight::Regular));
        }
        b.push(Block::bullet("✓", spans));
    }
}

/// NPS and CSAT then, now and their change beside the self-score's
/// change.
fn outside_in(cx: &Ctx<'_>, p: &Progress, b: &mut Vec<Block>) {
    let (l, c) = (cx.l, &p.comparison);
    let e = &c.evidence;
    b.push(Block::h(2, l.outside_in_over_time));
    let any = [e.nps_then, e.nps_now, e.csat_then, e.csat_now]
        .iter()
        .any(Option::is_some);
    if any {
        let dash = || "–".to_owned();
        let o = &c.overall.change;
        let mut rows = vec![vec![
            Cell::bold(l.self_assessment),
            Cell::text(figure(l, o.then)),
            Cell::text(figure(l, o.now)),
            Cell::bold(o.delta.map_or_else(dash, |v| l.delta(v))),
        ]];
        let nps = |v: Option<f64>| v.map_or_else(dash, |v| l.signed_whole(v));
        let csat = |v: Option<f64>| v.map_or_else(dash, |v| l.percent_value(v));
        let change = |v: Option<f64>| v.map_or_else(dash, |d| (l.points)(&l.signed_whole(d)));
        if e.nps_then.is_some() || e.nps_now.is_some() {
            rows.push(vec![
                Cell::bold(l.nps),
                Cell::text(nps(e.nps_then)),
                Cell::text(nps(e.nps_now)),
                Cell::bold(change(e.nps_change)),
            ]);
        }
        if e.csat_then.is_some() || e.csat_now.is_some() {
            rows.push(vec![
                Cell::bold(l.csat),
                Cell::text(csat(e.csat_then)),
                Cell::text(csat(e.csat_now)),
                Cell::bold(change(e.csat_change)),
            ]);
        }
        b.push(Block::Table(Table {
            columns: vec![
                col(l.metric, 3.4, Align::Left),
                col(l.then, 1.2, Align::Center),
                col(l.now, 1.2, Align::Center),
                col(l.change, 1.6, Align::Center),
            ],
            rows,
            size: 8.0,
        }));
    }
    if e.nps_change.is_none() && e.csat_change.is_none() {
        b.push(Block::small(plain(l.no_evidence_over_time)));
    }
}

/// The `diverging` warning, by the headline: the organisation says it got
/// better, its customers say it got worse.
fn diverging(cx: &Ctx<'_>, p: &Progress, b: &mut Vec<Block>) {
    let (l, c) = (cx.l, &p.comparison);
    let e = &c.evidence;
    if c.flags.contains(&ComparisonFlag::Diverging) {
        let mut fell = Vec::new();
        if e.nps_change.is_some_and(|d| d < 0.0) {
            fell.push((l.fell_from_to)(
                l.nps,
                &e.nps_then.map(|v| l.signed_whole(v)).unwrap_or_default(),
                &e.nps_now.map(|v| l.signed_whole(v)).unwrap_or_default(),
            ));
        }
        if e.csat_change.is_some_and(|d| d < 0.0) {
            fell.push((l.fell_from_to)(
                l.csat,
                &e.csat_then.map(|v| l.percent_value(v)).unwrap_or_default(),
                &e.csat_now.map(|v| l.percent_value(v)).unwrap_or_default(),
            ));
        }
        let score = c
            .overall
            .change
            .delta
            .map(|v| l.delta(v))
            .unwrap_or_default();
        b.push(Block::Callout {
            title: l.diverging_title.to_owned(),
            body: (l.diverging_body)(&score, &fell.join(l.and)),
            tone: Tone::Warning,
        });
    }
}
