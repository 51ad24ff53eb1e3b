//! What the results screen shows: the core's scorecard, field for field, and
//! chart geometry computed by the core, which the UI draws as SVG elements
//! (text as text nodes, so user text is escaped; never `innerHTML`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Results {
    pub(crate) scorecard: Scorecard,
    pub(crate) charts: Vec<Chart>,
}

/// Mirror of `cx_maturity::scoring::Scorecard` (the `cxm score --json`
/// figures) in camelCase; per-department figures are ordered lists.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Scorecard {
    pub(crate) assessment: String,
    pub(crate) questionnaire_id: String,
    pub(crate) questionnaire_version: String,
    pub(crate) overall: Overall,
    /// In questionnaire order.
    pub(crate) dimensions: Vec<DimensionScore>,
    /// Who took part, of those set up.
    pub(crate) participation: Participation,
    /// In the assessment's department order.
    pub(crate) departments: Vec<DepartmentScore>,
    /// Every respondent of a known department, in department order.
    pub(crate) respondents: Vec<RespondentScore>,
    /// Largest spread first.
    pub(crate) misaligned_questions: Vec<MisalignedQuestion>,
    pub(crate) knowledge_gaps: Vec<KnowledgeGap>,
    pub(crate) evidence: EvidenceSummary,
    pub(crate) flags: Vec<Flag>,
    /// What an anonymous assessment withholds; `null` for a named one.
    pub(crate) anonymity: Option<Withheld>,
}

/// The figures of an anonymous assessment readers do not see: each is a
/// department's own figure with fewer than `threshold` respondents behind
/// it. Its value in the scorecard is `null`; these lists tell "withheld"
/// from "no answers".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Withheld {
    pub(crate) threshold: u8,
    /// Departments whose own score is withheld.
    pub(crate) departments: Vec<String>,
    /// Withheld entries of `dimensions[].departments`.
    pub(crate) dimension_departments: Vec<WithheldCell>,
    /// Withheld entries of `misalignedQuestions[].departments`.
    pub(crate) question_departments: Vec<WithheldCell>,
}

/// One withheld figure: a department's in a dimension or a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct WithheldCell {
    /// The dimension or question id.
    pub(crate) id: String,
    pub(crate) department: String,
}

/// Respondents who took part (at least one answer) of those set up, and
/// departments likewise; the departments that did not, by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Participation {
    pub(crate) respondents: u32,
    pub(crate) respondents_set_up: u32,
    pub(crate) departments: u32,
    pub(crate) departments_set_up: u32,
    pub(crate) missing_departments: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Overall {
    pub(crate) score: Option<f64>,
    pub(crate) level: Option<u8>,
    pub(crate) level_name: Option<String>,
    /// The gated level; `null` unless every dimension has a score.
    pub(crate) stage: Option<u8>,
    pub(crate) stage_name: Option<String>,
    /// Why `stage` is `null`: `"incomplete"`.
    pub(crate) stage_reason: Option<String>,
    pub(crate) weakest_dimension: Option<String>,
    pub(crate) coverage: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DimensionScore {
    pub(crate) id: String,
    pub(crate) title: String,
    /// The chart label: the questionnaire's short title, or the title cut
    /// at a word boundary.
    pub(crate) short_title: String,
    pub(crate) weight: f64,
    pub(crate) score: Option<f64>,
    pub(crate) level: Option<u8>,
    /// `null` for a dimension without a score and without an agreed target.
    pub(crate) target: Option<u8>,
    pub(crate) target_is_default: bool,
    /// The method's default target (`min(5, level + 1)`), shown beside an
    /// agreed one; `null` without a score.
    pub(crate) default_target: Option<u8>,
    pub(crate) importance: u8,
    pub(crate) importance_is_default: bool,
    pub(crate) gap: Option<f64>,
    pub(crate) priority: Option<f64>,
    pub(crate) coverage: Option<f64>,
    pub(crate) spread: f64,
    pub(crate) misaligned: bool,
    pub(crate) low_coverage: bool,
    pub(crate) departments: Vec<DepartmentFigure>,
}

/// One department's figure; `score` is `null` when it has none.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentFigure {
    pub(crate) department: String,
    pub(crate) score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct DepartmentScore {
    pub(crate) name: String,
    /// Respondents who took part.
    pub(crate) respondents: u32,
    pub(crate) respondents_set_up: u32,
    pub(crate) took_part: bool,
    pub(crate) score: Option<f64>,
    pub(crate) level: Option<u8>,
    /// Its score is withheld (an anonymous assessment's threshold).
    pub(crate) withheld: bool,
}

/// One respondent's own scores, before departments are averaged.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct RespondentScore {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) department: String,
    pub(crate) took_part: bool,
    pub(crate) score: Option<f64>,
    /// One per dimension, in the order of `Scorecard.dimensions`.
    pub(crate) dimensions: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct MisalignedQuestion {
    pub(crate) question: String,
    pub(crate) dimension: String,
    pub(crate) spread: f64,
    pub(crate) departments: Vec<DepartmentFigure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct KnowledgeGap {
    pub(crate) question: String,
    pub(crate) dimension: String,
    /// Empty in an anonymous assessment.
    pub(crate) respondent: String,
    /// Empty when withheld.
    pub(crate) department: String,
    /// The department is withheld (an anonymous assessment's threshold).
    pub(crate) withheld: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct EvidenceSummary {
    pub(crate) nps: Option<f64>,
    pub(crate) csat: Option<f64>,
    pub(crate) churn: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum Flag {
    /// Overall score Defined or above while customers say otherwise.
    PerceptionGap,
}

/// A customer-evidence metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum EvidenceMetric {
    /// Net Promoter Score, −100..100.
    Nps,
    /// Customer satisfaction, 0..100 %.
    Csat,
    /// Annual customer churn, 0..100 %.
    Churn,
}

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum ChartKind {
    Radar,
    CurrentVsTarget,
    HeatMap,
    /// Each dimension in two rounds (the Progress tab).
    Progress,
    /// Every round of a chain, overall and by dimension (the Progress tab).
    Trend,
}

/// A chart as positioned shapes in a `width` × `height` box (SVG user
/// units, origin top-left), laid out by the core so screen and PDF agree.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Chart {
    pub(crate) kind: ChartKind,
    pub(crate) title: String,
    /// A one-sentence text alternative for screen readers.
    pub(crate) description: String,
    pub(crate) width: f64,
    pub(crate) height: f64,
    /// In painting order.
    pub(crate) shapes: Vec<Shape>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Point {
    pub(crate) x: f64,
    pub(crate) y: f64,
}

/// How a text is aligned on its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub(crate) enum TextAnchor {
    Start,
    Middle,
    End,
}

/// One drawing primitive. Colours are `#rrggbb`; `null` means none.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(
    tag = "shape",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub(crate) enum Shape {
    Line {
        from: Point,
        to: Point,
        stroke: String,
        stroke_width: f64,
        dashed: bool,
    },
    /// Closed when `closed`, e.g. a radar polygon.
    Path {
        points: Vec<Point>,
        closed: bool,
        stroke: Option<String>,
        stroke_width: f64,
        fill: Option<String>,
        fill_opacity: f64,
        dashed: bool,
    },
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        fill: Option<String>,
        stroke: Option<String>,
        stroke_width: f64,
    },
    /// `at` is the baseline point; `size` in user units; `rotate` in
    /// degrees counter-clockwise as read, around `at` (SVG:
    /// `rotate(-rotate at.x at.y)`).
    Text {
        at: Point,
        text: String,
        size: f64,
        anchor: TextAnchor,
        bold: bool,
        fill: String,
        rotate: f64,
    },
}
