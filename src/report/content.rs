//! What the report says: the flow of [`Block`]s built from the assessment,
//! its [`Scorecard`] and its [`Roadmap`]. Nothing here computes a score: it
//! picks, orders and words what the scorecard and the roadmap contain, so
//! the report and the app always agree. The only tallies made here are the
//! raw answer counts of the appendix. A later round's progress section is
//! in `content/progress.rs`.

mod figure_data;
mod progress;

use std::collections::HashMap;

use super::charts::{self, ChartStyle};
use super::fonts::{Fonts, Weight};
use super::layout::{
    Align, Block, Cell, Column, Cover, KeyFigure, SMALL, Spans, Table, Tone, bold, lh, plain,
};
use super::locale::{self, Labels};
use super::style::{self, Rgb};
use crate::Result;
use crate::model::{AnswerValue, AssessmentData, Branding};
use crate::report::Progress;
use crate::roadmap::{Moved, PlannedAction, Roadmap};
use crate::scoring::{
    DimensionScore, Flag, LOW_COVERAGE_BELOW, PERCEPTION_GAP_MIN_SCORE, Scorecard, workshop,
};

/// Everything content building needs, gathered once.
pub struct Ctx<'a> {
    pub data: &'a AssessmentData,
    pub sc: &'a Scorecard,
    pub roadmap: &'a Roadmap,
    pub branding: &'a Branding,
    pub l: &'static Labels,
    pub accent: Rgb,
    pub date: String,
    /// Content width in points (charts are drawn at this width).
    pub width: f32,
    /// Content height in points (the heat map shrinks to fit it).
    pub height: f32,
    /// The methodology appendix: (heading, paragraphs).
    pub methodology: Vec<(String, Vec<String>)>,
    /// The logo's size in pixels, when it can be drawn.
    pub logo: Option<(u32, u32)>,
    /// A later round's progress since its previous round (`None` for a
    /// first round): its own section after the executive summary, which
    /// leads with it.
    pub progress: Option<&'a Progress>,
}

impl Ctx<'_> {
    fn dim_title(&self, id: &str) -> String {
        self.data
            .questionnaire
            .dimension(id)
            .map_or_else(|| id.to_owned(), |d| d.title.clone())
    }
    /// A level's name in the report's language (the method's names,
    /// whatever language the questionnaire is in).
    fn level_name(&self, level: u8) -> &'static str {
        self.l.level_name(level)
    }
    fn respondent_department(&self) -> HashMap<&str, (&str, &str)> {
        let deps: HashMap<&str, &str> = self
            .data
            .departments
            .iter()
            .map(|d| (d.id.as_str(), d.name.as_str()))
            .collect();
        self.data
            .respondents
            .iter()
            .map(|r| {
                let dep = deps.get(r.department_id.as_str()).copied().unwrap_or("");
                (r.id.as_str(), (dep, r.name.as_str()))
            })
            .collect()
    }
    fn nothing_answered(&self) -> bool {
        self.sc.overall.score.is_none()
    }
    /// What stands where an anonymous assessment withholds a figure.
    fn withheld(&self) -> Cell {
        Cell::text(self.fewer_than()).muted()
    }
    fn fewer_than(&self) -> String {
        self.sc
            .anonymity
            .as_ref()
            .map_or_else(String::new, |w| (self.l.fewer_than)(w.threshold))
    }
    fn withheld_in_dimension(&self, dimension: &str, department: &str) -> bool {
        self.sc
            .anonymity
            .as_ref()
            .is_some_and(|w| w.in_dimension(dimension, department))
    }
    fn withheld_in_question(&self, question: &str, department: &str) -> bool {
        self.sc
            .anonymity
            .as_ref()
            .is_some_and(|w| w.in_question(question, department))
    }
}

/// The whole report as a flow of blocks.
pub fn build(cx: &Ctx<'_>) -> Result<Vec<Block>> {
    let mut b = vec![cover(cx)];
    b.push(Block::PageBreak);
    summary(cx, &mut b);
    if !cx.nothing_answered() {
        if let Some(p) = cx.progress {
            b.push(Block::PageBreak);
            progress::section(cx, p, &mut b)?;
        }
        b.push(Block::PageBreak);
        results(cx, &mut b)?;
        dimensions(cx, &mut b);
        b.push(Block::PageBreak);
        roadmap(cx, &mut b);
    }
    b.push(Block::SectionBreak);
    appendix(cx, &mut b);
    Ok(b)
}

fn cover(cx: &Ctx<'_>) -> Block {
    let l = cx.l;
    let q = &cx.data.questionnaire;
    let mut facts = vec![
        (l.date.to_owned(), cx.date.clone()),
        (
            l.questionnaire.to_owned(),
            format!("{} · {}", q.title, q.version),
        ),
        (
            l.respondents.to_owned(),
            (l.participation_fact)(
                cx.sc.participation.respondents,
                cx.sc.participation.respondents_set_up,
                cx.sc.participation.departments,
                cx.sc.participation.departments_set_up,
            ),
        ),
    ];
    if let Some(name) = cx
        .branding
        .consultant_name
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        facts.push((l.prepared_by.to_owned(), name.to_owned()));
    }
    let departments = cx
        .sc
        .departments
        .iter()
        .map(|d| {
            let count = if d.took_part {
                (l.took_part_of)(d.respondents, d.respondents_set_up)
            } else {
                l.did_not_take_part.to_owned()
            };
            (d.name.clone(), count)
        })
        .collect();
    Block::Cover(Box::new(Cover {
        kicker: l.report_title.to_owned(),
        organisation: cx.data.assessment.organisation.clone(),
        title: cx.data.assessment.title.clone(),
        subtitle: l.report_subtitle.to_owned(),
        facts,
        departments_title: l.respondents_by_department.to_owned(),
        departments,
        consultant: cx
            .branding
            .consultant_name
            .clone()
            .filter(|s| !s.trim().is_empty()),
        footer: l.confidential.to_owned(),
        logo: cx.logo,
    }))
}

fn summary(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let (l, sc) = (cx.l, cx.sc);
    b.push(Block::h(1, l.executive_summary));
    if cx.nothing_answered() {
        b.push(Block::Callout {
            title: l.nothing_answered.to_owned(),
            body: l.nothing_answered_body.to_owned(),
            tone: Tone::Info,
        });
        b.push(Block::h(2, l.dimensions));
        let rows = cx
            .data
            .questionnaire
            .dimensions
            .iter()
            .map(|d| {
                vec![
                    Cell::bold(d.title.clone()),
                    Cell::text(d.description.clone()),
                    Cell::text(d.questions.len().to_string()),
                ]
            })
            .collect();
        b.push(Block::Table(Table {
            columns: vec![
                col(l.dimension, 3.0, Align::Left),
                col(l.description, 6.0, Align::Left),
                col(l.questions, 1.3, Align::Right),
            ],
            rows,
            size: 8.0,
        }));
        return;
    }
    let o = &sc.overall;
    let score = o.score.map_or_else(|| "–".into(), |v| l.score(v));
    let level = o.level.map(|lv| cx.level_name(lv)).unwrap_or_default();
    let weakest = o.weakest_dimension.as_deref().map(|id| cx.dim_title(id));
    let (stage_value, stage_note) = match o.stage {
        Some(s) => (
            format!("{s} · {}", cx.level_name(s)),
            weakest
                .as_deref()
                .map(|w| (l.held_back_by)(w))
                .unwrap_or_default(),
        ),
        _ => (
            l.stage_incomplete.to_owned(),
            l.stage_incomplete_sentence.to_owned(),
        ),
    };
    if let Some(progress) = cx.progress {
        b.push(Block::para(vec![(
            progress::lead_sentence(cx, progress),
            Weight::Bold,
        )]));
    }
    let p = &sc.participation;
    b.push(Block::KeyFigures(vec![
        KeyFigure {
            label: l.overall_score.into(),
            value: format!("{score} / 5"),
            note: level.to_owned(),
        },
        KeyFigure {
            label: l.stage.into(),
            value: stage_value,
            note: stage_note,
        },
        KeyFigure {
            label: l.coverage.into(),
            value: o.coverage.map_or_else(|| "–".into(), |v| l.percent(v)),
            note: (l.respondents_took_part)(p.respondents),
        },
    ]));
    b.push(Block::para(plain(participation_text(cx))));
    let sentence = if p.is_partial() {
        l.summary_sentence_partial
    } else {
        l.summary_sentence
    };
    let mut text = sentence(&cx.data.assessment.organisation, &score, level);
    if let (Some(stage), Some(w)) = (o.stage, &o.weakest_dimension) {
        let ws = sc
            .dimensions
            .iter()
            .find(|d| &d.id == w)
            .and_then(|d| d.score)
            .map(|v| l.score(v))
            .unwrap_or_default();
        text.push(' ');
        text.push_str(&(l.stage_sentence)(
            stage,
            cx.level_name(stage),
            &cx.dim_title(w),
            &ws,
        ));
    } else {
        text.push(' ');
        text.push_str(l.stage_incomplete_sentence);
    }
    b.push(Block::para(plain(text)));
    if sc.flags.contains(&Flag::PerceptionGap) {
        let e = &sc.evidence;
        let mut parts = Vec::new();
        if let Some(n) = e.nps {
            parts.push(format!("{} {}", l.nps, l.signed_whole(n)));
        }
        if let Some(c) = e.csat {
            parts.push(format!("{} {}", l.csat, l.percent_value(c)));
        }
        if let Some(c) = e.churn {
            parts.push(format!("{} {}", l.churn, l.percent_value(c)));
        }
        let threshold = cx.level_name(crate::scoring::level(PERCEPTION_GAP_MIN_SCORE));
        b.push(Block::Callout {
            title: l.perception_gap_title.to_owned(),
            body: (l.perception_gap_body)(&score, threshold, &parts.join(", ")),
            tone: Tone::Warning,
        });
    }
    // Strengths and gaps side by side.
    let mut strengths: Vec<&DimensionScore> =
        sc.dimensions.iter().filter(|d| d.score.is_some()).collect();
    strengths.sort_by(|a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut gaps: Vec<&DimensionScore> = sc
        .dimensions
        .iter()
        .filter(|d| d.gap.is_some_and(|g| g > 0.0))
        .collect();
    gaps.sort_by(|a, b| {
        b.priority
            .partial_cmp(&a.priority)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let rows: Vec<Vec<Cell>> = (0..3)
        .filter(|i| *i < strengths.len() || *i < gaps.len())
        .map(|i| {
            let s = strengths.get(i);
            let g = gaps.get(i);
            vec![
                s.map_or_else(Cell::default, |d| Cell::bold(d.title.clone())),
                s.map_or_else(Cell::default, |d| {
                    let v = d.score.unwrap_or(0.0);
                    Cell::bold(l.score(v)).colored(style::heat(v))
                }),
                g.map_or_else(Cell::default, |d| Cell::bold(d.title.clone())),
                g.map_or_else(Cell::default, |d| {
                    let score = d.score.map_or_else(|| "–".into(), |v| l.score(v));
                    Cell::text(
                        d.target
                            .map_or(score.clone(), |t| (l.gap_to_target)(&score, t)),
                    )
                }),
            ]
        })
        .collect();
    if !rows.is_empty() {
        b.push(Block::Spacer(4.0));
        b.push(Block::Table(Table {
            columns: vec![
                col(l.strengths, 3.2, Align::Left),
                col(l.score, 0.9, Align::Center),
                col(l.gaps, 3.2, Align::Left),
                col(&format!("{} → {}", l.score, l.target), 2.0, Align::Left),
            ],
            rows,
            size: 8.5,
        }));
    }
    // Disagreement.
    b.push(Block::h(2, l.disagreement));
    let mut spread: Vec<&DimensionScore> = sc
        .dimensions
        .iter()
        .filter(|d| {
            d.spread > 0.0 && d.departments.0.iter().filter(|(_, v)| v.is_some()).count() >= 2
        })
        .collect();
    spread.sort_by(|a, b| {
        b.spread
            .partial_cmp(&a.spread)
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let misaligned: Vec<&&DimensionScore> =
        spread.iter().filter(|d| d.misaligned).take(3).collect();
    if misaligned.is_empty() {
        b.push(Block::para(plain(l.no_disagreement)));
    } else {
        b.push(Block::small(plain(l.disagreement_intro)));
        for d in misaligned {
            let (hi, lo) = extremes(d);
            let line = (l.disagreement_line)(
                &d.title,
                &l.score(d.spread),
                &hi.0,
                &l.score(hi.1),
                &lo.0,
                &l.score(lo.1),
            );
            b.push(Block::bullet("•", emphasise_prefix(&line, &d.title)));
        }
    }
    // Three actions to start now.
    b.push(Block::h(2, l.start_now));
    let now: Vec<&PlannedAction> = cx
        .roadmap
        .phases
        .first()
        .map(|p| p.actions.iter().filter(|a| !a.dropped).take(3).collect())
        .unwrap_or_default();
    if now.is_empty() {
        b.push(Block::para(plain(l.no_actions)));
    }
    for (i, a) in now.iter().enumerate() {
        let mut spans: Spans = vec![(a.title.clone(), Weight::Bold)];
        spans.push((
            format!(
                " — {} · {} · {}",
                cx.dim_title(&a.dimension),
                l.labelled(l.owner, &a.owner),
                l.labelled(l.effort, (l.effort_name)(a.effort))
            ),
            Weight::Regular,
        ));
        if let Some(due) = a.due {
            spans.push((
                format!(" · {}", l.labelled(l.due, &locale::format_date(l, due))),
                Weight::Regular,
            ));
        }
        b.push(Block::bullet(format!("{}.", i + 1), spans));
    }
}

/// Who took part, of those set up, and — when some department did not —
/// which departments, and that the organisation's figures are theirs.
pub fn participation_text(cx: &Ctx<'_>) -> String {
    let (l, p) = (cx.l, &cx.sc.participation);
    let mut text = (l.participation_sentence)(
        p.respondents,
        p.respondents_set_up,
        p.departments,
        p.departments_set_up,
    );
    if p.is_partial() {
        text.push(' ');
        text.push_str(&(l.missing_departments_sentence)(
            &p.missing_departments,
            p.departments,
        ));
    }
    if let Some(w) = &cx.sc.anonymity {
        text.push(' ');
        text.push_str(&(l.anonymous_note)(w.threshold));
    }
    text
}

/// Bold the dimension's name at the start of a sentence.
fn emphasise_prefix(line: &str, prefix: &str) -> Spans {
    match line.strip_prefix(prefix) {
        Some(rest) => vec![
            (prefix.to_owned(), Weight::Bold),
            (rest.to_owned(), Weight::Regular),
        ],
        None => plain(line),
    }
}

/// The departments with the highest and the lowest score on a dimension.
fn extremes(d: &DimensionScore) -> ((String, f64), (String, f64)) {
    let scored = d
        .departments
        .0
        .iter()
        .filter_map(|(n, v)| v.map(|v| (n.clone(), v)));
    let mut hi = (String::new(), f64::MIN);
    let mut lo = (String::new(), f64::MAX);
    for (n, v) in scored {
        if v > hi.1 {
            hi = (n.clone(), v);
        }
        if v < lo.1 {
            lo = (n, v);
        }
    }
    (hi, lo)
}

fn col(title: &str, width: f32, align: Align) -> Column {
    Column {
        title: title.to_owned(),
        width,
        align,
    }
}

fn results(cx: &Ctx<'_>, b: &mut Vec<Block>) -> Result<()> {
    let l = cx.l;
    let st = ChartStyle { accent: cx.accent };
    b.push(Block::h(1, l.results));
    b.push(Block::h(2, l.radar_title));
    let radar_caption = (l.radar_caption)(cx.level_name(1), cx.level_name(5));
    // The radar's caption past its first line is taken from the heat map's
    // share of the page (a longer language must not push it off).
    let caption_lines = Fonts::get()?
        .wrap(&radar_caption, Weight::Regular, SMALL, cx.width)
        .len();
    let caption_extra = caption_lines.saturating_sub(1) as f32 * lh(SMALL);
    b.push(Block::Figure {
        figure: Box::new(charts::radar(cx.sc, cx.width * 0.92, &st, l)?),
        caption: Some(radar_caption),
        data: Some(figure_data::profile(cx)),
    });
    b.push(Block::h(2, l.heat_title));
    b.push(Block::Figure {
        // Up to ten departments the heat map shares the page with the
        // radar, in a third of the page's height (Letter's is shorter than
        // A4's); more get a page of their own.
        figure: Box::new(charts::heat_map(
            cx.sc,
            cx.width,
            if cx.sc.departments.len() <= 10 {
                cx.height * 0.34 - caption_extra
            } else {
                cx.height - 60.0
            },
            l,
        )?),
        caption: None,
        data: Some(figure_data::heat(cx)),
    });
    b.push(Block::PageBreak);
    b.push(Block::h(2, l.bars_title));
    b.push(Block::Figure {
        figure: Box::new(charts::bars(cx.sc, cx.width, &st, l)?),
        caption: None,
        data: Some(figure_data::targets(cx)),
    });
    b.push(Block::h(2, l.coverage_title));
    b.push(Block::Figure {
        figure: Box::new(charts::coverage(cx.sc, cx.width, &st, l)?),
        caption: Some((l.coverage_caption)(&l.percent(LOW_COVERAGE_BELOW))),
        data: Some(figure_data::coverage(cx)),
    });
    Ok(())
}

/// Comments given on a dimension's questions: (question prompt, department,
/// respondent, comment).
fn comments_of<'a>(cx: &'a Ctx<'_>, dim_id: &str) -> Vec<(&'a str, &'a str, &'a str, &'a str)> {
    let who = cx.respondent_department();
    let Some(dim) = cx.data.questionnaire.dimension(dim_id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for q in &dim.questions {
        for a in cx.data.answers.iter().filter(|a| *a.question_id == *q.id) {
            if let Some(c) = a.comment.as_deref().filter(|c| !c.trim().is_empty()) {
                let (dep, name) = who.get(&*a.respondent_id).copied().unwrap_or(("", ""));
                out.push((q.prompt.as_str(), dep, name, c));
            }
        }
    }
    out
}

/// At most this many characters of a comment quoted on a dimension page
/// (the appendix has every comment in full).
const QUOTE_CHARS: usize = 420;

fn dimensions(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let l = cx.l;
    for (i, d) in cx.sc.dimensions.iter().enumerate() {
        b.push(Block::PageBreak);
        if i == 0 {
            b.push(Block::h(1, l.dimensions));
        }
        b.push(Block::h(2, format!("{}. {}", i + 1, d.title)));
        if let Some(qd) = cx.data.questionnaire.dimension(&d.id) {
            b.push(Block::small(plain(qd.description.clone())));
        }
        let level = d
            .level
            .map(|lv| format!("{lv} · {}", cx.level_name(lv)))
            .unwrap_or_else(|| l.no_score.to_owned());
        let target_note = match d.target {
            Some(t) if d.target_is_default => {
                format!("{} ({})", cx.level_name(t), l.default_target)
            }
            Some(t) => cx.level_name(t).to_owned(),
            None => l.no_target.to_owned(),
        };
        b.push(Block::KeyFigures(vec![
            KeyFigure {
                label: l.score.into(),
                value: d.score.map_or_else(|| "–".into(), |v| l.score(v)),
                note: level,
            },
            KeyFigure {
                label: l.target.into(),
                value: d.target.map_or_else(|| "–".into(), |t| t.to_string()),
                note: target_note,
            },
            KeyFigure {
                label: l.spread.into(),
                value: l.score(d.spread),
                note: if d.misaligned {
                    l.misaligned_flag.to_owned()
                } else {
                    String::new()
                },
            },
            KeyFigure {
                label: l.coverage.into(),
                value: d.coverage.map_or_else(|| "–".into(), |v| l.percent(v)),
                note: if d.low_coverage {
                    l.low_coverage_flag.to_owned()
                } else {
                    String::new()
                },
            },
        ]));
        b.push(Block::h(3, l.department_answers));
        let rows = cx
            .sc
            .departments
            .iter()
            .map(|dep| {
                let v = d.departments.get(&dep.name);
                let (score, level) = if cx.withheld_in_dimension(&d.id, &dep.name) {
                    (cx.withheld(), Cell::default())
                } else {
                    (
                        v.map_or_else(
                            || Cell::text("–").muted(),
                            |v| Cell::bold(l.score(v)).colored(style::heat(v)),
                        ),
                        v.map_or_else(
                            || Cell::text(l.no_score).muted(),
                            |v| Cell::text(cx.level_name(crate::scoring::level(v))),
                        ),
                    )
                };
                vec![
                    Cell::text(dep.name.clone()),
                    score,
                    level,
                    Cell::text(dep.respondents.to_string()),
                ]
            })
            .collect();
        b.push(Block::Table(Table {
            columns: vec![
                col(l.department, 4.0, Align::Left),
                col(l.score, 1.2, Align::Center),
                col(l.level, 2.0, Align::Left),
                col(l.respondents, 1.4, Align::Right),
            ],
            rows,
            size: 8.5,
        }));
        let mis: Vec<_> = cx
            .sc
            .misaligned_questions
            .iter()
            .filter(|m| m.dimension == d.id)
            .collect();
        b.push(Block::h(3, l.misaligned_questions));
        if mis.is_empty() {
            b.push(Block::small(plain(l.misaligned_none)));
        } else {
            let rows = mis
                .iter()
                .map(|m| {
                    let prompt = cx
                        .data
                        .questionnaire
                        .question(&m.question)
                        .map_or_else(|| m.question.clone(), |(_, q)| q.prompt.clone());
                    let means = m
                        .departments
                        .0
                        .iter()
                        .filter_map(|(n, v)| match v {
                            Some(v) => Some(format!("{n} {}", l.score(*v))),
                            None if cx.withheld_in_question(&m.question, n) => {
                                Some(format!("{n} ({})", cx.fewer_than()))
                            }
                            None => None,
                        })
                        .collect::<Vec<_>>()
                        .join(" · ");
                    vec![
                        Cell::text(prompt),
                        Cell::bold(l.score(m.spread)),
                        Cell::text(means),
                    ]
                })
                .collect();
            b.push(Block::Table(Table {
                columns: vec![
                    col(l.question, 4.0, Align::Left),
                    col(l.spread, 1.0, Align::Center),
                    col(l.department, 4.0, Align::Left),
                ],
                rows,
                size: 8.0,
            }));
        }
        b.push(Block::h(3, l.notable_comments));
        let mut comments = comments_of(cx, &d.id);
        // The most substantial comments, one per department first.
        comments.sort_by_key(|c| std::cmp::Reverse(c.3.len()));
        let mut seen = Vec::new();
        let mut picked = Vec::new();
        for c in &comments {
            if !seen.contains(&c.1) {
                seen.push(c.1);
                picked.push(*c);
            }
            if picked.len() == 3 {
                break;
            }
        }
        if picked.is_empty() {
            b.push(Block::small(plain(l.no_comments)));
        }
        for (prompt, dep, _name, text) in picked {
            let mut quote: String = text.chars().take(QUOTE_CHARS).collect();
            if quote.len() < text.len() {
                quote.push('…');
            }
            b.push(Block::Paragraph {
                spans: plain(l.quote(quote.trim())),
                size: 9.0,
                color: style::INK,
                marker: None,
                space_after: 1.0,
            });
            b.push(Block::small(vec![
                (format!("— {dep}"), Weight::Bold),
                (format!(" · {prompt}"), Weight::Regular),
            ]));
        }
    }
}

fn roadmap(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let l = cx.l;
    b.push(Block::h(1, l.roadmap));
    b.push(Block::small(plain(l.roadmap_intro)));
    let cap = cx.roadmap.capacity;
    b.push(Block::small(plain((l.capacity_note)(cap.now, cap.next))));
    // The plan at a glance: how much each phase holds and how heavy it is.
    let overview = cx
        .roadmap
        .phases
        .iter()
        .map(|p| {
            let live: Vec<&PlannedAction> = p.actions.iter().filter(|a| !a.dropped).collect();
            let by =
                |e: crate::questionnaire::Effort| live.iter().filter(|a| a.effort == e).count();
            use crate::questionnaire::Effort::{L, M, S};
            KeyFigure {
                label: (l.phase_title)(p.phase).to_owned(),
                value: (l.actions_count)(live.len()),
                note: (l.effort_mix)(by(S), by(M), by(L)),
            }
        })
        .collect();
    b.push(Block::KeyFigures(overview));
    for phase in &cx.roadmap.phases {
        b.push(Block::h(2, (l.phase_title)(phase.phase)));
        if phase.actions.is_empty() {
            b.push(Block::small(plain(l.no_actions_in_phase)));
            continue;
        }
        // Due date and status columns only once someone has set them.
        let edited = cx
            .roadmap
            .phases
            .iter()
            .flat_map(|p| &p.actions)
            .any(|a| a.due.is_some() || a.status.is_some() || a.dropped);
        let rows = phase
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let mut title: Spans = vec![(a.title.clone(), Weight::Bold)];
                if a.dropped {
                    title.push((format!(" ({})", l.dropped), Weight::Regular));
                }
                title.push((format!("\n{}", a.description), Weight::Regular));
                if let Some(m) = &a.moved {
                    let why = match m {
                        Moved::Capacity { full, .. } => {
                            (l.moved_full)((l.phase_name)(phase.phase), (l.phase_name)(*full))
                        }
                        Moved::Requires { required, .. } => {
                            let name = cx
                                .roadmap
                                .actions()
                                .find(|(_, x)| x.id == *required)
                                .map_or(required.as_str(), |(_, x)| x.title.as_str());
                            (l.moved_requires)((l.phase_name)(phase.phase), &l.quote(name))
                        }
                    };
                    title.push((format!("\n{why}"), Weight::Regular));
                }
                if let Some(n) = a.notes.as_deref().filter(|n| !n.trim().is_empty()) {
                    title.push((format!("\n{}{}", l.notes, l.colon), Weight::Bold));
                    title.push((n.to_owned(), Weight::Regular));
                }
                let status = if a.dropped {
                    l.dropped.to_owned()
                } else {
                    a.status
                        .map(|s| (l.status_name)(s).to_owned())
                        .unwrap_or_default()
                };
                let mut row = vec![
                    Cell::bold(format!("{}", i + 1)),
                    Cell {
                        spans: title,
                        ..Cell::default()
                    },
                    Cell::text(cx.dim_title(&a.dimension)),
                    Cell::text(a.owner.clone()),
                    Cell::text((l.effort_name)(a.effort)),
                ];
                if edited {
                    row.push(Cell::text(
                        a.due.map(|d| l.date_in_figures(d)).unwrap_or_default(),
                    ));
                    row.push(Cell::text(status));
                }
                if a.dropped {
                    for c in &mut row {
                        c.color = Some(style::MUTED);
                    }
                }
                row
            })
            .collect();
        let mut columns = vec![
            // Wide enough for "100" on one line.
            col("#", 0.75, Align::Right),
            col(l.action, 5.15, Align::Left),
            col(l.dimension, 1.9, Align::Left),
            col(l.owner, 1.5, Align::Left),
            col(l.effort, 1.05, Align::Left),
        ];
        if edited {
            columns.push(col(l.due, 1.35, Align::Left));
            columns.push(col(l.status, 1.2, Align::Left));
        }
        b.push(Block::Table(Table {
            columns,
            rows,
            size: 7.8,
        }));
    }
}

fn appendix(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let l = cx.l;
    b.push(Block::h(1, l.appendix));
    b.push(Block::h(2, l.methodology));
    for (heading, paras) in &cx.methodology {
        b.push(Block::h(3, heading.clone()));
        for p in paras {
            b.push(Block::Paragraph {
                spans: plain(p.clone()),
                size: 8.5,
                color: style::INK,
                marker: None,
                space_after: 4.0,
            });
        }
    }
    // Departments and respondents (the cover may list only the first ones).
    b.push(Block::h(2, l.respondents_by_department));
    let rows = cx
        .sc
        .departments
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.name.clone()),
                Cell::text(d.respondents.to_string()),
                if d.withheld {
                    cx.withheld()
                } else {
                    d.score.map_or_else(
                        || Cell::text("–").muted(),
                        |v| Cell::bold(l.score(v)).colored(style::heat(v)),
                    )
                },
            ]
        })
        .collect();
    b.push(Block::Table(Table {
        columns: vec![
            col(l.department, 5.0, Align::Left),
            col(l.respondents, 1.5, Align::Right),
            col(l.overall_score, 1.5, Align::Center),
        ],
        rows,
        size: 8.0,
    }));
    let e = &cx.sc.evidence;
    if e.nps.is_some() || e.csat.is_some() || e.churn.is_some() {
        b.push(Block::h(2, l.customer_evidence));
        let mut rows = Vec::new();
        for ev in &cx.data.evidence {
            let metric = match ev.metric {
                crate::model::EvidenceMetric::Nps => l.nps,
                crate::model::EvidenceMetric::Csat => l.csat,
                crate::model::EvidenceMetric::Churn => l.churn,
            };
            let value = match ev.metric {
                crate::model::EvidenceMetric::Nps => l.signed_whole(ev.value),
                _ => l.percent_value(ev.value),
            };
            rows.push(vec![
                Cell::bold(metric),
                Cell::text(value),
                Cell::text(ev.date.map(|d| l.date_in_figures(d)).unwrap_or_default()),
                Cell::text(ev.source.clone().unwrap_or_default()),
            ]);
        }
        b.push(Block::Table(Table {
            columns: vec![
                col(l.metric, 1.0, Align::Left),
                col(l.value, 1.0, Align::Right),
                col(l.date, 1.4, Align::Left),
                col(l.source, 4.0, Align::Left),
            ],
            rows,
            size: 8.0,
        }));
    }
    distribution(cx, b);
    revotes(cx, b);
    all_comments(cx, b);
    b.push(Block::h(2, l.knowledge_gaps));
    if cx.sc.knowledge_gaps.is_empty() {
        b.push(Block::small(plain(l.no_knowledge_gaps)));
    } else {
        b.push(Block::small(plain(l.knowledge_gaps_intro)));
        let anonymous = cx.sc.anonymity.is_some();
        let rows = cx
            .sc
            .knowledge_gaps
            .iter()
            .map(|g| {
                let prompt = cx
                    .data
                    .questionnaire
                    .question(&g.question)
                    .map_or_else(|| g.question.to_string(), |(_, q)| q.prompt.clone());
                let mut row = vec![
                    Cell::text(prompt),
                    Cell::text(cx.dim_title(&g.dimension)),
                    if g.withheld {
                        cx.withheld()
                    } else {
                        Cell::text(g.department.to_string())
                    },
                ];
                if !anonymous {
                    row.push(Cell::text(g.respondent.to_string()));
                }
                row
            })
            .collect();
        let mut columns = vec![
            col(l.question, 4.5, Align::Left),
            col(l.dimension, 2.0, Align::Left),
            col(l.department, 1.6, Align::Left),
        ];
        // An anonymous assessment names nobody: no respondent column.
        if !anonymous {
            columns.push(col(l.respondent, 1.6, Align::Left));
        }
        b.push(Block::Table(Table {
            columns,
            rows,
            size: 7.8,
        }));
    }
}

fn distribution(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let l = cx.l;
    b.push(Block::h(2, l.distribution));
    b.push(Block::small(plain(l.distribution_intro)));
    // Raw tallies of the answers: [1..5, na, unknown] per question.
    let mut counts: HashMap<&str, [usize; 7]> = HashMap::new();
    for a in &cx.data.answers {
        let slot = match a.value {
            AnswerValue::Level(v) => usize::from(v.clamp(1, 5)) - 1,
            AnswerValue::NotApplicable => 5,
            AnswerValue::Unknown => 6,
        };
        counts.entry(&*a.question_id).or_default()[slot] += 1;
    }
    let mut rows = Vec::new();
    for (di, d) in cx.data.questionnaire.dimensions.iter().enumerate() {
        rows.push(vec![
            Cell::bold(format!("{}. {}", di + 1, d.title))
                .colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
            Cell::default().colored(style::PANEL.mix(cx.accent, 0.12)),
        ]);
        for q in &d.questions {
            let c = counts.get(q.id.as_str()).copied().unwrap_or_default();
            let mut row = vec![Cell::text(q.prompt.clone())];
            for (k, n) in c.iter().enumerate() {
                let cell = if *n == 0 {
                    Cell::text("·").muted()
                } else if k < 5 {
                    Cell::bold(n.to_string())
                } else {
                    Cell::text(n.to_string())
                };
                row.push(cell);
            }
            rows.push(row);
        }
    }
    let mut columns = vec![col(l.question, 9.0, Align::Left)];
    for k in 1..=5 {
        columns.push(col(&k.to_string(), 0.7, Align::Center));
    }
    columns.push(col(l.na, 0.8, Align::Center));
    columns.push(col(l.unknown, 0.7, Align::Center));
    b.push(Block::Table(Table {
        columns,
        rows,
        size: 7.5,
    }));
}

/// The questions the live workshop re-voted, with how far apart the room
/// was before and after its discussion; nothing without a re-vote.
fn revotes(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let l = cx.l;
    let revoted: Vec<_> = workshop::calibration(
        &cx.data.questionnaire,
        &cx.data.first_votes,
        &cx.data.answers,
    )
    .into_iter()
    .filter(|c| c.revoted > 0)
    .collect();
    if revoted.is_empty() {
        return;
    }
    b.push(Block::h(2, l.revotes));
    b.push(Block::small(plain(l.revotes_intro)));
    let spread =
        |s: Option<u8>| s.map_or_else(|| Cell::text("–").muted(), |v| Cell::bold(v.to_string()));
    let rows = revoted
        .iter()
        .map(|c| {
            let prompt = cx
                .data
                .questionnaire
                .question(&c.question)
                .map_or_else(|| c.question.clone(), |(_, q)| q.prompt.clone());
            vec![
                Cell::text(prompt),
                Cell::text(cx.dim_title(&c.dimension)),
                Cell::text(c.voters.to_string()),
                spread(c.first_spread),
                spread(c.final_spread),
                Cell::text(c.changed.to_string()),
            ]
        })
        .collect();
    b.push(Block::Table(Table {
        columns: vec![
            col(l.question, 4.5, Align::Left),
            col(l.dimension, 2.0, Align::Left),
            col(l.voters, 0.9, Align::Right),
            col(l.first_spread, 1.0, Align::Center),
            col(l.final_spread, 1.0, Align::Center),
            col(l.changed_votes, 1.0, Align::Right),
        ],
        rows,
        size: 7.8,
    }));
}

fn all_comments(cx: &Ctx<'_>, b: &mut Vec<Block>) {
    let l = cx.l;
    b.push(Block::h(2, l.all_comments));
    let mut any = false;
    for d in &cx.data.questionnaire.dimensions {
        let comments = comments_of(cx, &d.id);
        if comments.is_empty() {
            continue;
        }
        any = true;
        b.push(Block::h(3, d.title.clone()));
        let mut last_prompt = "";
        for (prompt, dep, name, text) in comments {
            if prompt != last_prompt {
                b.push(Block::Paragraph {
                    spans: bold(prompt),
                    size: 8.0,
                    color: style::MUTED,
                    marker: None,
                    space_after: 2.0,
                });
                last_prompt = prompt;
            }
            b.push(Block::Paragraph {
                spans: vec![
                    (format!("{dep} · {name}{}", l.colon), Weight::Bold),
                    (text.to_owned(), Weight::Regular),
                ],
                size: 8.0,
                color: style::INK,
                marker: None,
                space_after: 3.0,
            });
        }
    }
    if !any {
        b.push(Block::small(plain(l.no_comments)));
    }
}
