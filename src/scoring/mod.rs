//! The scoring method of `shared/design/scoring.md`, and nothing else.
//!
//! [`score`] is a pure function from an assessment's data to a [`Scorecard`]:
//! every figure the CLI, the desktop app and the report show comes from here.
//! All arithmetic is `f64`, unrounded; absent figures are `None` (JSON
//! `null`), never 0. The thresholds are the constants below; the
//! methodology text ([`crate::methodology`]) is written from the same
//! constants, so the explanation cannot drift from the arithmetic.
//!
//! Results never depend on the order of the input vectors: departments are
//! taken in their `position` order, respondents in (department, creation
//! time, id) order, answers are placed in a respondent × question grid, so
//! every sum is added up in the same order whatever order the store used.
//!
//! How the answers are placed and passed over (the respondent × question
//! grid, the id resolution by pointer, the threads) is `grid.rs`'s: this file
//! says what is computed, that one how fast.

use std::collections::HashMap;
use std::sync::Arc;

use serde::{Serialize, Serializer, ser::SerializeMap};

use crate::model::{AssessmentData, Evidence, EvidenceMetric};

mod grid;
pub mod rounds;
pub mod workshop;

use grid::{Index, Pass, in_parts, pass};

/// Coverage below this flags a dimension `low_coverage`.
pub const LOW_COVERAGE_BELOW: f64 = 0.6;

/// A dimension whose department spread is at least this is `misaligned`.
pub const MISALIGNED_DIMENSION_SPREAD: f64 = 1.5;

/// A question whose department means spread at least this is `misaligned`.
pub const MISALIGNED_QUESTION_SPREAD: f64 = 2.0;

/// Default importance of a dimension.
pub const DEFAULT_IMPORTANCE: u8 = 3;

/// Perception gap: overall score at least this…
pub const PERCEPTION_GAP_MIN_SCORE: f64 = 3.0;

/// …while NPS is below this…
pub const PERCEPTION_GAP_NPS_BELOW: f64 = 0.0;

/// …or CSAT (%) is below this.
pub const PERCEPTION_GAP_CSAT_BELOW: f64 = 70.0;

/// Comparisons with a threshold or a level boundary allow this much
/// floating-point noise, so that a mean that is mathematically 3 but computed
/// as 2.9999999999999996 still reaches level 3 (and shows as "3.0").
pub const TOLERANCE: f64 = 1e-9;

/// Why `stage` is absent: some dimension has no score.
pub const STAGE_INCOMPLETE: &str = "incomplete";

/// The five levels' names, index 0 = level 1 (scoring.md's table); used when
/// a questionnaire leaves a level unnamed.
pub const LEVEL_NAMES: [&str; 5] = ["Initial", "Developing", "Defined", "Managed", "Optimising"];

/// `level(s) = clamp(floor(s), 1, 5)` (with [`TOLERANCE`] at the boundary).
pub fn level(score: f64) -> u8 {
    // invariant: clamped to 1..=5 before the cast, so it cannot truncate
    // (a NaN clamps to NaN and casts to 0, so it is mapped to 1 first).
    let l = (score + TOLERANCE).floor().clamp(1.0, 5.0);
    if l.is_nan() { 1 } else { l as u8 }
}

/// A figure as people see it, the one display rule of scoring.md
/// ("Levels"): one decimal, cut rather than rounded, `floor(s × 10 + 1e-9) /
/// 10`, so a shown score never reads as a level it has not reached (2.97
/// shows as "2.9", level 2 Developing — not "3.0" beside "Developing") and a
/// shown spread never reads as past a threshold it has not crossed; the
/// 1e-9 ([`TOLERANCE`]) keeps floating-point noise from cutting 2.1 to 2.0.
/// Every score in a table, a chart label, the report, the workbook, the CLI
/// and the app is this string.
pub fn shown(figure: f64) -> String {
    let tenths = (figure * 10.0 + TOLERANCE).floor();
    // Tenths are printed as integers, so no second rounding can happen in
    // the formatter; `-0` is avoided by adding 0.0.
    let tenths = tenths + 0.0;
    if !tenths.is_finite() {
        return "–".to_owned();
    }
    let negative = tenths < 0.0;
    // invariant: scores, spreads and gaps are far inside i64.
    let t = tenths.abs() as i64;
    format!("{}{}.{}", if negative { "-" } else { "" }, t / 10, t % 10)
}

/// A share (0..=1: coverage, confirmed share) as people see it: whole
/// percent, cut the same way as [`shown`] (`floor(f × 100 + 1e-9)`), so
/// 0.9967 reads "99 %", never "100 %".
pub fn shown_percent(fraction: f64) -> String {
    shown_whole(fraction * 100.0) + " %"
}

/// A percentage already in percent (CSAT, churn: 0..=100) as people see
/// it, cut like [`shown_percent`].
pub fn shown_percent_value(percent: f64) -> String {
    shown_whole(percent) + " %"
}

/// The figure [`shown`] prints, as a number: for a workbook cell whose
/// one-decimal format must show the same figure (a spreadsheet rounds).
pub fn shown_value(figure: f64) -> f64 {
    (figure * 10.0 + TOLERANCE).floor() / 10.0 + 0.0
}

/// The share [`shown_percent`] prints, as a fraction: for a workbook cell
/// in whole-percent format.
pub fn shown_percent_value_of(fraction: f64) -> f64 {
    (fraction * 100.0 + TOLERANCE).floor() / 100.0 + 0.0
}

fn shown_whole(v: f64) -> String {
    let whole = (v + TOLERANCE).floor() + 0.0;
    if whole.is_finite() {
        // invariant: a percentage is far inside i64.
        (whole as i64).to_string()
    } else {
        "–".to_owned()
    }
}

/// The name of `level` (1..=5) from scoring.md's table.
pub fn level_name(level: u8) -> &'static str {
    LEVEL_NAMES[usize::from(level.clamp(1, 5)) - 1]
}

/// Figures keyed by department name, in the assessment's department order;
/// serialised as a JSON object `{"Marketing": 3.2, "Sales": null}`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ByDepartment(pub Vec<(String, Option<f64>)>);

impl ByDepartment {
    pub fn get(&self, name: &str) -> Option<f64> {
        self.0.iter().find(|(n, _)| n == name).and_then(|(_, v)| *v)
    }
}

impl Serialize for ByDepartment {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    pub assessment: String,
    pub questionnaire: QuestionnaireRef,
    pub overall: Overall,
    /// In questionnaire order.
    pub dimensions: Vec<DimensionScore>,
    /// Who took part, of those set up (scoring.md, "Participation").
    pub participation: Participation,
    /// In the assessment's department order.
    pub departments: Vec<DepartmentScore>,
    /// Every respondent of a known department, in department order, then
    /// creation time.
    pub respondents: Vec<RespondentScore>,
    /// Largest spread first (ties: questionnaire order).
    pub misaligned_questions: Vec<MisalignedQuestion>,
    /// `unknown` answers: what the organisation does not know about itself.
    /// In questionnaire order, then department order, then respondent order.
    pub knowledge_gaps: Vec<KnowledgeGap>,
    /// The latest customer evidence per metric, as used for the flags.
    pub evidence: EvidenceSummary,
    pub flags: Vec<Flag>,
    /// What an anonymous assessment withholds from its readers
    /// ([`crate::anonymity::withhold`]); `None` for a named one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anonymity: Option<Withheld>,
}

/// The figures of an anonymous assessment that readers do not see
/// (scoring.md, "Anonymity"): each is a department's own figure with fewer
/// than `threshold` of its respondents behind it. Its value in the
/// scorecard is `None`; these lists tell "withheld" from "no answers".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Withheld {
    pub threshold: u8,
    /// Departments whose own score, and whose share of the knowledge gaps,
    /// is withheld.
    pub departments: Vec<String>,
    /// Withheld entries of `dimensions[].departments`.
    pub dimension_departments: Vec<WithheldCell>,
    /// Withheld entries of `misaligned_questions[].departments`.
    pub question_departments: Vec<WithheldCell>,
}

/// One withheld figure: a department's in a dimension or a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WithheldCell {
    /// The dimension or question id.
    pub id: String,
    pub department: String,
}

impl Withheld {
    /// Whether the department's own score is withheld.
    pub fn department(&self, name: &str) -> bool {
        self.departments.iter().any(|d| d == name)
    }

    /// Whether the department's score in a dimension is withheld.
    pub fn in_dimension(&self, dimension: &str, department: &str) -> bool {
        contains(&self.dimension_departments, dimension, department)
    }

    /// Whether the department's mean on a question is withheld.
    pub fn in_question(&self, question: &str, department: &str) -> bool {
        contains(&self.question_departments, question, department)
    }
}

fn contains(cells: &[WithheldCell], id: &str, department: &str) -> bool {
    cells
        .iter()
        .any(|c| c.id == id && c.department == department)
}

impl Scorecard {
    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&DimensionScore> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The department with this name.
    pub fn department(&self, name: &str) -> Option<&DepartmentScore> {
        self.departments.iter().find(|d| d.name == name)
    }
}

/// Participation (scoring.md, "Participation"): a respondent took part
/// with at least one answer of any value, a department when one of its
/// respondents did. Every summary of the organisation states these figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Participation {
    /// Respondents who took part.
    pub respondents: usize,
    /// Respondents set up (in a known department).
    pub respondents_set_up: usize,
    /// Departments that took part.
    pub departments: usize,
    /// Departments set up.
    pub departments_set_up: usize,
    /// The departments that did not take part, in department order.
    pub missing_departments: Vec<String>,
}

impl Participation {
    /// Whether some department set up did not take part.
    pub fn is_partial(&self) -> bool {
        !self.missing_departments.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionnaireRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overall {
    pub score: Option<f64>,
    pub level: Option<u8>,
    pub level_name: Option<String>,
    /// The gated level; `None` unless every dimension has a score.
    pub stage: Option<u8>,
    pub stage_name: Option<String>,
    /// Why `stage` is `None`: `"incomplete"`.
    pub stage_reason: Option<String>,
    /// The dimension holding the minimum (first in questionnaire order on ties).
    pub weakest_dimension: Option<String>,
    /// Numeric answers / answerable questions over the whole questionnaire.
    pub coverage: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    pub id: String,
    pub title: String,
    /// The dimension's chart label (`Dimension::chart_title`): its
    /// `short_title`, or the title cut at a word boundary.
    pub short_title: String,
    pub weight: f64,
    pub score: Option<f64>,
    pub level: Option<u8>,
    /// Agreed target, or the default `min(5, level + 1)`; `None` for a
    /// dimension without a score and without an agreed target.
    pub target: Option<u8>,
    pub target_is_default: bool,
    /// What the target is when none is agreed: `min(5, level + 1)`, shown
    /// beside an agreed target so the room sees what it departs from;
    /// `None` without a score.
    pub default_target: Option<u8>,
    pub importance: u8,
    pub importance_is_default: bool,
    pub gap: Option<f64>,
    pub priority: Option<f64>,
    pub coverage: Option<f64>,
    pub spread: f64,
    pub misaligned: bool,
    pub low_coverage: bool,
    pub departments: ByDepartment,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepartmentScore {
    pub name: String,
    /// Respondents who took part (at least one answer).
    pub respondents: usize,
    /// Respondents set up in the department.
    pub respondents_set_up: usize,
    /// At least one of its respondents took part.
    pub took_part: bool,
    pub score: Option<f64>,
    pub level: Option<u8>,
    /// Its score is withheld: fewer respondents than an anonymous
    /// assessment's threshold have a numeric answer.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub withheld: bool,
}

/// One respondent's own scores, before departments are averaged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RespondentScore {
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub department: Arc<str>,
    /// At least one answer of any value (scoring.md, "Participation").
    pub took_part: bool,
    /// Weighted mean of the respondent's dimension scores (dimension weights).
    pub score: Option<f64>,
    /// One per dimension, in the order of [`Scorecard::dimensions`].
    pub dimensions: Vec<Option<f64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MisalignedQuestion {
    pub question: String,
    pub dimension: String,
    pub spread: f64,
    pub departments: ByDepartment,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KnowledgeGap {
    pub question: Arc<str>,
    pub dimension: Arc<str>,
    /// The respondent's name; empty in an anonymous assessment.
    pub respondent: Arc<str>,
    /// Empty when withheld.
    pub department: Arc<str>,
    /// The department is withheld (fewer respondents than an anonymous
    /// assessment's threshold).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub withheld: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct EvidenceSummary {
    pub nps: Option<f64>,
    pub csat: Option<f64>,
    pub churn: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    PerceptionGap,
}

/// Scores an assessment exactly as `scoring.md` says.
pub fn score(data: &AssessmentData) -> Scorecard {
    let q = &data.questionnaire;
    let index = Index::build(data);
    let (nd, ndep, nr) = (
        q.dimensions.len(),
        index.departments.len(),
        index.respondents.len(),
    );
    let dim_weights: Vec<f64> = q.dimensions.iter().map(|d| d.weight).collect();
    let totals = tally(data, &index, &dim_weights);
    let Pass {
        respondents,
        numeric,
        not_applicable,
        dep_q_sum,
        dep_q_count,
        unknown,
    } = totals;

    // Departments: plain mean of their respondents' dimension scores.
    let mut dep_dim: Vec<Option<f64>> = vec![None; ndep * nd];
    let mut dep_respondents = vec![0usize; ndep];
    let mut dep_set_up = vec![0usize; ndep];
    {
        let mut sum = vec![0.0f64; ndep * nd];
        let mut count = vec![0u64; ndep * nd];
        for (resp, scored) in index.respondents.iter().zip(&respondents) {
            dep_set_up[resp.department] += 1;
            if scored.took_part {
                dep_respondents[resp.department] += 1;
            }
            for (d, score) in scored.dimensions.iter().enumerate() {
                if let Some(s) = *score {
                    sum[resp.department * nd + d] += s;
                    count[resp.department * nd + d] += 1;
                }
            }
        }
        for i in 0..ndep * nd {
            if count[i] > 0 {
                dep_dim[i] = Some(sum[i] / count[i] as f64);
            }
        }
    }

    let settings: HashMap<&str, &crate::model::DimensionSetting> = data
        .settings
        .iter()
        .map(|s| (s.dimension_id.as_str(), s))
        .collect();

    // The organisation, dimension by dimension: each department counts once.
    let mut dimensions = Vec::with_capacity(nd);
    for (d, dim) in q.dimensions.iter().enumerate() {
        let dep_scores: Vec<f64> = (0..ndep).filter_map(|k| dep_dim[k * nd + d]).collect();
        let org = mean(&dep_scores);
        let spread = match min_max(&dep_scores) {
            Some((lo, hi)) if dep_scores.len() >= 2 => hi - lo,
            _ => 0.0,
        };
        let answerable = (nr as u64 * dim.questions.len() as u64).saturating_sub(not_applicable[d]);
        let coverage = (answerable > 0).then(|| numeric[d] as f64 / answerable as f64);
        let setting = settings.get(dim.id.as_str());
        let agreed_target = setting.and_then(|s| s.target).map(|t| t.clamp(1, 5));
        let default = default_target(org);
        let target = agreed_target.or(default);
        let agreed_importance = setting.and_then(|s| s.importance).map(|i| i.clamp(1, 5));
        let importance = agreed_importance.unwrap_or(DEFAULT_IMPORTANCE);
        let gap = org.zip(target).map(|(s, t)| (f64::from(t) - s).max(0.0));
        dimensions.push(DimensionScore {
            id: dim.id.clone(),
            title: dim.title.clone(),
            short_title: dim.chart_title(),
            weight: dim.weight,
            score: org,
            level: org.map(level),
            target,
            target_is_default: agreed_target.is_none(),
            default_target: default,
            importance,
            importance_is_default: agreed_importance.is_none(),
            gap,
            priority: gap.map(|g| g * f64::from(importance) * dim.weight),
            coverage,
            spread,
            misaligned: spread >= MISALIGNED_DIMENSION_SPREAD - TOLERANCE,
            low_coverage: coverage.is_some_and(|c| c < LOW_COVERAGE_BELOW - TOLERANCE),
            departments: ByDepartment(
                index
                    .departments
                    .iter()
                    .enumerate()
                    .map(|(k, dep)| (dep.name.clone(), dep_dim[k * nd + d]))
                    .collect(),
            ),
        });
    }

    let departments: Vec<DepartmentScore> = index
        .departments
        .iter()
        .enumerate()
        .map(|(k, dep)| {
            let s = weighted_mean(&dep_dim[k * nd..(k + 1) * nd], &dim_weights);
            DepartmentScore {
                name: dep.name.clone(),
                respondents: dep_respondents[k],
                respondents_set_up: dep_set_up[k],
                took_part: dep_respondents[k] > 0,
                score: s,
                level: s.map(level),
                withheld: false,
            }
        })
        .collect();
    let participation = Participation {
        respondents: dep_respondents.iter().sum(),
        respondents_set_up: nr,
        departments: departments.iter().filter(|d| d.took_part).count(),
        departments_set_up: departments.len(),
        missing_departments: departments
            .iter()
            .filter(|d| !d.took_part)
            .map(|d| d.name.clone())
            .collect(),
    };

    let org_scores: Vec<Option<f64>> = dimensions.iter().map(|d| d.score).collect();
    let overall = overall(q, &org_scores, &dim_weights, &numeric, &not_applicable, nr);

    let misaligned_questions = misaligned_questions(&index, &dep_q_sum, &dep_q_count);

    let knowledge_gaps = unknown
        .iter()
        .enumerate()
        .flat_map(|(qi, respondents)| respondents.iter().map(move |&r| (qi, r)))
        .map(|(qi, r)| {
            let resp = &index.respondents[r];
            let (dim, question) = &index.question_ids[qi];
            KnowledgeGap {
                question: Arc::clone(question),
                dimension: Arc::clone(dim),
                respondent: Arc::clone(&resp.name),
                department: Arc::clone(&index.department_names[resp.department]),
                withheld: false,
            }
        })
        .collect();

    let evidence = latest_evidence(&data.evidence);
    let mut flags = Vec::new();
    if perception_gap(overall.score, &evidence) {
        flags.push(Flag::PerceptionGap);
    }

    Scorecard {
        assessment: data.assessment.id.clone(),
        questionnaire: QuestionnaireRef {
            id: q.id.clone(),
            version: q.version.clone(),
        },
        overall,
        dimensions,
        participation,
        departments,
        respondents,
        misaligned_questions,
        knowledge_gaps,
        evidence,
        flags,
        anonymity: None,
    }
}

/// One pass over the answer grid, its rows split over the cores when
/// large: every sum in it is per respondent or an integer count, so the
/// split cannot change a figure.
fn tally(data: &AssessmentData, index: &Index<'_>, dim_weights: &[f64]) -> Pass {
    let (nq, nr) = (index.q_weight.len(), index.respondents.len());
    let grid = index.grid(data);
    let mut parts = in_parts(nr, nr * nq, |rows| pass(index, &grid, dim_weights, rows)).into_iter();
    let mut totals = parts
        .next()
        .unwrap_or_else(|| pass(index, &grid, dim_weights, 0..0));
    for part in parts {
        totals.add(part);
    }
    totals
}

/// `min(5, level(score) + 1)`; `None` without a score (scoring.md: a
/// dimension without a score has no default target).
pub fn default_target(score: Option<f64>) -> Option<u8> {
    score.map(|s| (level(s) + 1).min(5))
}

/// The `perception_gap` rule: overall ≥ 3.0 while NPS < 0 or CSAT < 70.
pub fn perception_gap(overall: Option<f64>, evidence: &EvidenceSummary) -> bool {
    let high = overall.is_some_and(|s| s >= PERCEPTION_GAP_MIN_SCORE - TOLERANCE);
    let nps_low = evidence.nps.is_some_and(|n| n < PERCEPTION_GAP_NPS_BELOW);
    let csat_low = evidence.csat.is_some_and(|c| c < PERCEPTION_GAP_CSAT_BELOW);
    high && (nps_low || csat_low)
}

/// The latest value per metric: by `date`, then `recorded_at` (an undated
/// record is older than any dated one).
pub fn latest_evidence(evidence: &[Evidence]) -> EvidenceSummary {
    let latest = |metric: EvidenceMetric| {
        evidence
            .iter()
            .filter(|e| e.metric == metric && e.value.is_finite())
            .max_by(|a, b| {
                (a.date, a.recorded_at)
                    .cmp(&(b.date, b.recorded_at))
                    .then(a.value.total_cmp(&b.value))
            })
            .map(|e| e.value)
    };
    EvidenceSummary {
        nps: latest(EvidenceMetric::Nps),
        csat: latest(EvidenceMetric::Csat),
        churn: latest(EvidenceMetric::Churn),
    }
}

fn overall(
    q: &crate::questionnaire::Questionnaire,
    org_scores: &[Option<f64>],
    dim_weights: &[f64],
    numeric: &[u64],
    not_applicable: &[u64],
    nr: usize,
) -> Overall {
    let score = weighted_mean(org_scores, dim_weights);
    let name = |l: u8| {
        let n = q.level_name(l);
        if n.is_empty() { level_name(l) } else { n }.to_owned()
    };
    // The first dimension holding the minimum, only when all are scored.
    let complete = !org_scores.is_empty() && org_scores.iter().all(Option::is_some);
    // Scores within TOLERANCE of the minimum share it, so that rounding
    // noise cannot pick a later dimension over an equal earlier one.
    let weakest = if complete {
        let min = org_scores
            .iter()
            .flatten()
            .copied()
            .fold(f64::INFINITY, f64::min);
        org_scores
            .iter()
            .position(|s| s.is_some_and(|s| s <= min + TOLERANCE))
            .map(|i| (i, min))
    } else {
        None
    };
    let stage = weakest.map(|(_, s)| level(s));
    let answerable: u64 = q
        .dimensions
        .iter()
        .zip(not_applicable)
        .map(|(d, na)| (nr as u64 * d.questions.len() as u64).saturating_sub(*na))
        .sum();
    let answered: u64 = numeric.iter().sum();
    Overall {
        score,
        level: score.map(level),
        level_name: score.map(|s| name(level(s))),
        stage,
        stage_name: stage.map(name),
        stage_reason: stage.is_none().then(|| STAGE_INCOMPLETE.to_owned()),
        weakest_dimension: weakest.map(|(i, _)| q.dimensions[i].id.clone()),
        coverage: (answerable > 0).then(|| answered as f64 / answerable as f64),
    }
}

/// One question's "Alignment across departments": each department's mean
/// answer (numeric answers only; `None` without one), in department order,
/// and the spread of the means that exist (`None` when no department has
/// one; 0 with one department).
struct QuestionAlignment {
    /// The question's index in questionnaire order.
    qi: usize,
    spread: Option<f64>,
    means: Vec<Option<f64>>,
}

impl QuestionAlignment {
    /// The means keyed by department name.
    fn by_department(&self, index: &Index<'_>) -> ByDepartment {
        ByDepartment(
            index
                .departments
                .iter()
                .zip(&self.means)
                .map(|(dep, mean)| (dep.name.clone(), *mean))
                .collect(),
        )
    }
}

/// Every question's alignment, in questionnaire order; `sum` and `count`
/// are per department, then question.
fn question_alignment(index: &Index<'_>, sum: &[u64], count: &[u64]) -> Vec<QuestionAlignment> {
    let ndep = index.departments.len();
    let nq = index.q_weight.len();
    (0..nq)
        .map(|qi| {
            let means: Vec<Option<f64>> = (0..ndep)
                .map(|k| {
                    let c = count[k * nq + qi];
                    (c > 0).then(|| sum[k * nq + qi] as f64 / c as f64)
                })
                .collect();
            let present: Vec<f64> = means.iter().flatten().copied().collect();
            let spread = min_max(&present).map(|(lo, hi)| hi - lo);
            QuestionAlignment { qi, spread, means }
        })
        .collect()
}

/// The misaligned questions: spread at least [`MISALIGNED_QUESTION_SPREAD`],
/// largest first, then questionnaire order.
fn misaligned_questions(index: &Index<'_>, sum: &[u64], count: &[u64]) -> Vec<MisalignedQuestion> {
    let mut found: Vec<(QuestionAlignment, f64)> = question_alignment(index, sum, count)
        .into_iter()
        .filter_map(|a| {
            let spread = a.spread?;
            (spread >= MISALIGNED_QUESTION_SPREAD - TOLERANCE).then_some((a, spread))
        })
        .collect();
    // Stable sort keeps questionnaire order among equal spreads.
    found.sort_by_key(|&(_, spread)| std::cmp::Reverse(tolerant_key(spread)));
    found
        .into_iter()
        .map(|(alignment, spread)| {
            let (dim, question) = &index.question_ids[alignment.qi];
            MisalignedQuestion {
                question: question.to_string(),
                dimension: dim.to_string(),
                spread,
                departments: alignment.by_department(index),
            }
        })
        .collect()
}

/// A sort key equal for figures within [`TOLERANCE`] of each other (in
/// practice: figures that are mathematically equal), so ties are broken by
/// the stated rule, not by rounding noise. Total, unlike a tolerant compare.
pub fn tolerant_key(x: f64) -> i64 {
    // invariant: figures here are small (scores, spreads, priorities ≤ a few
    // hundred), far inside i64 once divided by TOLERANCE; `as` saturates anyway.
    (x / TOLERANCE).round() as i64
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Weighted mean of the values that exist; `None` when none does.
fn weighted_mean(values: &[Option<f64>], weights: &[f64]) -> Option<f64> {
    let (mut sum, mut total) = (0.0, 0.0);
    for (v, w) in values.iter().zip(weights) {
        if let Some(v) = v {
            sum += v * w;
            total += w;
        }
    }
    (total > 0.0).then(|| sum / total)
}

fn min_max(values: &[f64]) -> Option<(f64, f64)> {
    values.iter().fold(None, |acc, &v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}
