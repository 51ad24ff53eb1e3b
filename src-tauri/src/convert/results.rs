//! The results screen → `wire/results.rs`: the core's scorecard field for
//! field, and its charts. The charts are the core's figures
//! (`cx_maturity::report::charts`, the same ones the PDF draws) as wire
//! shapes the UI draws as SVG elements. No figure or coordinate is computed
//! here; only the encoding changes (colours to `#rrggbb`, a two-point
//! unfilled path to a line).

use cx_maturity::report::charts::{self as core, Anchor, ChartStyle, Figure};
use cx_maturity::report::fonts::Weight;
use cx_maturity::report::locale;
use cx_maturity::report::style::Rgb;
use cx_maturity::scoring::{self, Scorecard};

use super::count32;
use crate::wire::{self, Chart, ChartKind, Point, Shape, TextAnchor};

fn by_department(figures: &scoring::ByDepartment) -> Vec<wire::DepartmentFigure> {
    figures
        .0
        .iter()
        .map(|(name, score)| wire::DepartmentFigure {
            department: name.clone(),
            score: *score,
        })
        .collect()
}

fn withheld(w: &scoring::Withheld) -> wire::Withheld {
    let cells = |cells: &[scoring::WithheldCell]| {
        cells
            .iter()
            .map(|c| wire::WithheldCell {
                id: c.id.clone(),
                department: c.department.clone(),
            })
            .collect()
    };
    wire::Withheld {
        threshold: w.threshold,
        departments: w.departments.clone(),
        dimension_departments: cells(&w.dimension_departments),
        question_departments: cells(&w.question_departments),
    }
}

/// The core's scorecard, field for field.
pub(crate) fn scorecard(s: &Scorecard) -> wire::Scorecard {
    wire::Scorecard {
        assessment: s.assessment.clone(),
        questionnaire_id: s.questionnaire.id.clone(),
        questionnaire_version: s.questionnaire.version.clone(),
        overall: wire::Overall {
            score: s.overall.score,
            level: s.overall.level,
            level_name: s.overall.level_name.clone(),
            stage: s.overall.stage,
            stage_name: s.overall.stage_name.clone(),
            stage_reason: s.overall.stage_reason.clone(),
            weakest_dimension: s.overall.weakest_dimension.clone(),
            coverage: s.overall.coverage,
        },
        participation: wire::Participation {
            respondents: count32(s.participation.respondents),
            respondents_set_up: count32(s.participation.respondents_set_up),
            departments: count32(s.participation.departments),
            departments_set_up: count32(s.participation.departments_set_up),
            missing_departments: s.participation.missing_departments.clone(),
        },
        dimensions: s
            .dimensions
            .iter()
            .map(|d| wire::DimensionScore {
                id: d.id.clone(),
                title: d.title.clone(),
                short_title: d.short_title.clone(),
                weight: d.weight,
                score: d.score,
                level: d.level,
                target: d.target,
                target_is_default: d.target_is_default,
                default_target: d.default_target,
                importance: d.importance,
                importance_is_default: d.importance_is_default,
                gap: d.gap,
                priority: d.priority,
                coverage: d.coverage,
                spread: d.spread,
                misaligned: d.misaligned,
                low_coverage: d.low_coverage,
                departments: by_department(&d.departments),
            })
            .collect(),
        departments: s
            .departments
            .iter()
            .map(|d| wire::DepartmentScore {
                name: d.name.clone(),
                respondents: count32(d.respondents),
                respondents_set_up: count32(d.respondents_set_up),
                took_part: d.took_part,
                score: d.score,
                level: d.level,
                withheld: d.withheld,
            })
            .collect(),
        respondents: s
            .respondents
            .iter()
            .map(|r| wire::RespondentScore {
                id: r.id.to_string(),
                name: r.name.to_string(),
                department: r.department.to_string(),
                took_part: r.took_part,
                score: r.score,
                dimensions: r.dimensions.clone(),
            })
            .collect(),
        misaligned_questions: s
            .misaligned_questions
            .iter()
            .map(|m| wire::MisalignedQuestion {
                question: m.question.clone(),
                dimension: m.dimension.clone(),
                spread: m.spread,
                departments: by_department(&m.departments),
            })
            .collect(),
        knowledge_gaps: s
            .knowledge_gaps
            .iter()
            .map(|k| wire::KnowledgeGap {
                question: k.question.to_string(),
                dimension: k.dimension.to_string(),
                respondent: k.respondent.to_string(),
                department: k.department.to_string(),
                withheld: k.withheld,
            })
            .collect(),
        evidence: wire::EvidenceSummary {
            nps: s.evidence.nps,
            csat: s.evidence.csat,
            churn: s.evidence.churn,
        },
        flags: s
            .flags
            .iter()
            .map(|f| match f {
                scoring::Flag::PerceptionGap => wire::Flag::PerceptionGap,
            })
            .collect(),
        anonymity: s.anonymity.as_ref().map(withheld),
    }
}

pub(crate) fn evidence_metric(m: wire::EvidenceMetric) -> cx_maturity::model::EvidenceMetric {
    use cx_maturity::model::EvidenceMetric as M;
    match m {
        wire::EvidenceMetric::Nps => M::Nps,
        wire::EvidenceMetric::Csat => M::Csat,
        wire::EvidenceMetric::Churn => M::Churn,
    }
}

pub(crate) fn wire_metric(m: cx_maturity::model::EvidenceMetric) -> wire::EvidenceMetric {
    use cx_maturity::model::EvidenceMetric as M;
    match m {
        M::Nps => wire::EvidenceMetric::Nps,
        M::Csat => wire::EvidenceMetric::Csat,
        M::Churn => wire::EvidenceMetric::Churn,
    }
}

/// Width of the charts in points: the report's text width on A4, so the
/// screen shows the same picture as the paper.
pub(crate) const WIDTH: f32 = 515.0;
/// The heat map grows with the departments; beyond this it scrolls in the UI.
const HEAT_MAP_MAX_HEIGHT: f32 = 900.0;

/// The charts' style: the consultant's accent colour when one is set.
pub(crate) fn chart_style(accent: Option<&str>) -> ChartStyle {
    ChartStyle {
        accent: accent
            .and_then(Rgb::parse_hex)
            .unwrap_or(ChartStyle::default().accent),
    }
}

/// The radar, current-vs-target and heat-map charts of a scorecard, in the
/// consultant's accent colour when one is set, worded in `locale` (the
/// app's language) as the report words them.
pub(crate) fn charts(
    card: &Scorecard,
    accent: Option<&str>,
    locale: &str,
) -> cx_maturity::Result<Vec<Chart>> {
    let labels = locale::labels(locale)?;
    let style = chart_style(accent);
    Ok(vec![
        chart(
            ChartKind::Radar,
            labels.radar_title,
            &core::radar(card, WIDTH, &style, labels)?,
        ),
        chart(
            ChartKind::CurrentVsTarget,
            labels.bars_title,
            &core::bars(card, WIDTH, &style, labels)?,
        ),
        chart(
            ChartKind::HeatMap,
            labels.heat_title,
            &core::heat_map(card, WIDTH, HEAT_MAP_MAX_HEIGHT, labels)?,
        ),
    ])
}

/// One figure in wire form; the figure's own title (a sentence describing
/// it) becomes the text alternative.
pub(crate) fn chart(kind: ChartKind, title: &str, figure: &Figure) -> Chart {
    Chart {
        kind,
        title: title.to_owned(),
        description: figure.title.clone(),
        width: f64::from(figure.width),
        height: f64::from(figure.height),
        shapes: figure.shapes.iter().filter_map(shape).collect(),
    }
}

fn point([x, y]: [f32; 2]) -> Point {
    Point {
        x: f64::from(x),
        y: f64::from(y),
    }
}

fn shape(s: &core::Shape) -> Option<Shape> {
    Some(match s {
        core::Shape::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        } => Shape::Rect {
            x: f64::from(*x),
            y: f64::from(*y),
            width: f64::from(*w),
            height: f64::from(*h),
            fill: fill.map(Rgb::hex),
            stroke: stroke.map(|s| s.color.hex()),
            stroke_width: stroke.map_or(0.0, |s| f64::from(s.width)),
        },
        core::Shape::Path {
            points,
            closed,
            fill,
            stroke,
        } => match (points.as_slice(), closed, fill, stroke) {
            ([a, b], false, None, Some(st)) => Shape::Line {
                from: point(*a),
                to: point(*b),
                stroke: st.color.hex(),
                stroke_width: f64::from(st.width),
                dashed: st.dash.is_some(),
            },
            // A path with neither fill nor stroke draws nothing.
            (_, _, None, None) => return None,
            _ => Shape::Path {
                points: points.iter().copied().map(point).collect(),
                closed: *closed,
                stroke: stroke.map(|s| s.color.hex()),
                stroke_width: stroke.map_or(0.0, |s| f64::from(s.width)),
                fill: fill.map(Rgb::hex),
                fill_opacity: 1.0,
                dashed: stroke.is_some_and(|s| s.dash.is_some()),
            },
        },
        core::Shape::Text {
            x,
            y,
            text,
            size,
            weight,
            color,
            anchor,
            rotate,
        } => Shape::Text {
            at: point([*x, *y]),
            text: text.clone(),
            size: f64::from(*size),
            anchor: match anchor {
                Anchor::Start => TextAnchor::Start,
                Anchor::Middle => TextAnchor::Middle,
                Anchor::End => TextAnchor::End,
            },
            bold: *weight == Weight::Bold,
            fill: color.hex(),
            rotate: f64::from(*rotate),
        },
    })
}
