//! What the results screen shows: the core's scorecard, field for field, and
//! chart geometry computed by the core, which the UI draws as SVG elements
//! (text as text nodes, so user text is escaped; never `innerHTML`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Results {
    pub scorecard: Scorecard,
    pub charts: Vec<Chart>,
}

/// Mirror of `cx_maturity::scoring::Scorecard` (the `cxm score --json`
/// figures) in camelCase; per-department figures are ordered lists.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Scorecard {
    pub assessment: String,
    pub questionnaire_id: String,
    pub questionnaire_version: String,
    pub overall: Overall,
    /// In questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// In the assessment's department order.
    pub departments: Vec<DepartmentScore>,
    /// Every respondent of a known department, in department order.
    pub respondents: Vec<RespondentScore>,
    /// Largest spread first.
    pub misaligned_questions: Vec<MisalignedQuestion>,
    pub knowledge_gaps: Vec<KnowledgeGap>,
    pub evidence: EvidenceSummary,
    pub flags: Vec<Flag>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Overall {
    pub score: Option<f64>,
    pub level: Option<u8>,
    pub level_name: Option<String>,
    /// The gated level; `null` unless every dimension has a score.
    pub stage: Option<u8>,
    pub stage_name: Option<String>,
    /// Why `stage` is `null`: `"incomplete"`.
    pub stage_reason: Option<String>,
    pub weakest_dimension: Option<String>,
    pub coverage: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DimensionScore {
    pub id: String,
    pub title: String,
    pub weight: f64,
    pub score: Option<f64>,
    pub level: Option<u8>,
    pub target: u8,
    pub target_is_default: bool,
    /// The method's default target (`min(5, level + 1)`), shown beside an
    /// agreed one.
    pub default_target: u8,
    pub importance: u8,
    pub importance_is_default: bool,
    pub gap: Option<f64>,
    pub priority: Option<f64>,
    pub coverage: Option<f64>,
    pub spread: f64,
    pub misaligned: bool,
    pub low_coverage: bool,
    pub departments: Vec<DepartmentFigure>,
}

/// One department's figure; `score` is `null` when it has none.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DepartmentFigure {
    pub department: String,
    pub score: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DepartmentScore {
    pub name: String,
    pub respondents: u32,
    pub score: Option<f64>,
    pub level: Option<u8>,
}

/// One respondent's own scores, before departments are averaged.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RespondentScore {
    pub id: String,
    pub name: String,
    pub department: String,
    pub score: Option<f64>,
    /// One per dimension, in the order of `Scorecard.dimensions`.
    pub dimensions: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MisalignedQuestion {
    pub question: String,
    pub dimension: String,
    pub spread: f64,
    pub departments: Vec<DepartmentFigure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct KnowledgeGap {
    pub question: String,
    pub dimension: String,
    pub respondent: String,
    pub department: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EvidenceSummary {
    pub nps: Option<f64>,
    pub csat: Option<f64>,
    pub churn: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum Flag {
    /// Overall score Defined or above while customers say otherwise.
    PerceptionGap,
}

/// A customer-evidence metric.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum EvidenceMetric {
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
pub enum ChartKind {
    Radar,
    CurrentVsTarget,
    HeatMap,
}

/// A chart as positioned shapes in a `width` × `height` box (SVG user
/// units, origin top-left), laid out by the core so screen and PDF agree.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Chart {
    pub kind: ChartKind,
    pub title: String,
    /// A one-sentence text alternative for screen readers.
    pub description: String,
    pub width: f64,
    pub height: f64,
    /// In painting order.
    pub shapes: Vec<Shape>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// How a text is aligned on its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum TextAnchor {
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
pub enum Shape {
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
    Circle {
        centre: Point,
        radius: f64,
        fill: Option<String>,
        stroke: Option<String>,
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
