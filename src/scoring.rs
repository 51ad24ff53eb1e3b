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

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

use serde::{Serialize, Serializer, ser::SerializeMap};

use crate::model::{AnswerValue, AssessmentData, Evidence, EvidenceMetric};

/// Coverage below this flags a dimension `low_coverage`.
pub const LOW_COVERAGE_BELOW: f64 = 0.6;
/// A dimension whose department spread is at least this is `misaligned`.
pub const MISALIGNED_DIMENSION_SPREAD: f64 = 1.5;
/// A question whose department means spread at least this is `misaligned`.
pub const MISALIGNED_QUESTION_SPREAD: f64 = 2.0;
/// Default importance of a dimension.
pub const DEFAULT_IMPORTANCE: u8 = 3;
/// Default target of a dimension that has no score yet: one step above
/// Initial, the same as the `level + 1` rule gives a dimension scored Initial.
pub const DEFAULT_TARGET_UNSCORED: u8 = 2;
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

/// A figure as people see it: one decimal, cut rather than rounded, so a
/// shown score never reads as a level it has not reached (2.97 shows as
/// "2.9", level 2 Developing — not "3.0" beside "Developing") and a shown
/// spread never reads as past a threshold it has not crossed. Uses the same
/// [`TOLERANCE`] as [`level`], so 2.9999999999999996 shows as "3.0".
pub fn shown(figure: f64) -> String {
    let cut = ((figure + TOLERANCE) * 10.0).floor() / 10.0;
    // `-0.0` would print with a sign.
    format!("{:.1}", cut + 0.0)
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
    pub weight: f64,
    pub score: Option<f64>,
    pub level: Option<u8>,
    /// Agreed target, or the default `min(5, level + 1)`
    /// ([`DEFAULT_TARGET_UNSCORED`] when no score).
    pub target: u8,
    pub target_is_default: bool,
    /// What the target is when none is agreed: `min(5, level + 1)`, shown
    /// beside an agreed target so the room sees what it departs from.
    pub default_target: u8,
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
    pub respondents: usize,
    pub score: Option<f64>,
    pub level: Option<u8>,
}

/// One respondent's own scores, before departments are averaged.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RespondentScore {
    pub id: Arc<str>,
    pub name: Arc<str>,
    pub department: Arc<str>,
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
    /// The respondent's name.
    pub respondent: Arc<str>,
    pub department: Arc<str>,
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

/// Grid cell codes: 0 = not answered, 1..=5 the level, then these two.
const CELL_NA: u8 = 6;
const CELL_UNKNOWN: u8 = 7;
const NO_ANSWER: u32 = u32::MAX;

/// Scores an assessment exactly as `scoring.md` says.
pub fn score(data: &AssessmentData) -> Scorecard {
    let q = &data.questionnaire;
    let index = Index::build(data);
    let (nq, nd, ndep, nr) = (
        index.q_weight.len(),
        q.dimensions.len(),
        index.departments.len(),
        index.respondents.len(),
    );
    let grid = index.grid(data);

    let dim_weights: Vec<f64> = q.dimensions.iter().map(|d| d.weight).collect();
    // One pass over the grid, its rows split over the cores when large:
    // every sum in it is per respondent or an integer count, so the split
    // cannot change a figure.
    let mut parts =
        in_parts(nr, nr * nq, |rows| pass(&index, &grid, &dim_weights, rows)).into_iter();
    let mut totals = parts
        .next()
        .unwrap_or_else(|| pass(&index, &grid, &dim_weights, 0..0));
    for part in parts {
        totals.add(part);
    }
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
    {
        let mut sum = vec![0.0f64; ndep * nd];
        let mut count = vec![0u64; ndep * nd];
        for (resp, scored) in index.respondents.iter().zip(&respondents) {
            dep_respondents[resp.department] += 1;
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
        let target = agreed_target.unwrap_or(default);
        let agreed_importance = setting.and_then(|s| s.importance).map(|i| i.clamp(1, 5));
        let importance = agreed_importance.unwrap_or(DEFAULT_IMPORTANCE);
        let gap = org.map(|s| (f64::from(target) - s).max(0.0));
        dimensions.push(DimensionScore {
            id: dim.id.clone(),
            title: dim.title.clone(),
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

    let departments = index
        .departments
        .iter()
        .enumerate()
        .map(|(k, dep)| {
            let s = weighted_mean(&dep_dim[k * nd..(k + 1) * nd], &dim_weights);
            DepartmentScore {
                name: dep.name.clone(),
                respondents: dep_respondents[k],
                score: s,
                level: s.map(level),
            }
        })
        .collect();

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
        departments,
        respondents,
        misaligned_questions,
        knowledge_gaps,
        evidence,
        flags,
    }
}

/// What one pass over some of the grid's rows yields.
struct Pass {
    /// The rows' respondents, in order.
    respondents: Vec<RespondentScore>,
    /// Per dimension: numeric and `na` answers.
    numeric: Vec<u64>,
    not_applicable: Vec<u64>,
    /// Per department, then question: sum and count of numeric answers.
    dep_q_sum: Vec<u64>,
    dep_q_count: Vec<u64>,
    /// Per question: the respondents (indices into `Index::respondents`)
    /// who answered `unknown`, in order.
    unknown: Vec<Vec<usize>>,
}

impl Pass {
    /// Adds the pass over the rows that follow this one's.
    fn add(&mut self, next: Pass) {
        self.respondents.extend(next.respondents);
        for (mine, theirs) in [
            (&mut self.numeric, next.numeric),
            (&mut self.not_applicable, next.not_applicable),
            (&mut self.dep_q_sum, next.dep_q_sum),
            (&mut self.dep_q_count, next.dep_q_count),
        ] {
            for (a, b) in mine.iter_mut().zip(theirs) {
                *a += b;
            }
        }
        for (mine, theirs) in self.unknown.iter_mut().zip(next.unknown) {
            mine.extend(theirs);
        }
    }
}

/// Scores the respondents `rows` (indices into `Index::respondents`): row
/// by row, then dimension by dimension over its (contiguous) questions,
/// each sum added up in questionnaire order.
fn pass(index: &Index<'_>, grid: &[u8], dim_weights: &[f64], rows: std::ops::Range<usize>) -> Pass {
    let (nq, nd, ndep) = (
        index.q_weight.len(),
        index.dim_questions.len(),
        index.departments.len(),
    );
    let mut out = Pass {
        respondents: Vec::with_capacity(rows.len()),
        numeric: vec![0; nd],
        not_applicable: vec![0; nd],
        dep_q_sum: vec![0; ndep * nq],
        dep_q_count: vec![0; ndep * nq],
        unknown: vec![Vec::new(); nq],
    };
    for r in rows {
        let resp = &index.respondents[r];
        let row = &grid[resp.row * nq..(resp.row + 1) * nq];
        let of_department = resp.department * nq..(resp.department + 1) * nq;
        let dep_sum = &mut out.dep_q_sum[of_department.clone()];
        let dep_count = &mut out.dep_q_count[of_department];
        let mut dims = Vec::with_capacity(nd);
        for (d, questions) in index.dim_questions.iter().enumerate() {
            let (mut sum, mut total) = (0.0f64, 0.0f64);
            let cells = row[questions.clone()]
                .iter()
                .zip(&index.q_weight[questions.clone()])
                .zip(dep_sum[questions.clone()].iter_mut())
                .zip(dep_count[questions.clone()].iter_mut());
            for (qi, (((&cell, &w), s), c)) in questions.clone().zip(cells) {
                match cell {
                    1..=5 => {
                        sum += w * f64::from(cell);
                        total += w;
                        out.numeric[d] += 1;
                        *s += u64::from(cell);
                        *c += 1;
                    }
                    CELL_NA => out.not_applicable[d] += 1,
                    CELL_UNKNOWN => out.unknown[qi].push(r),
                    _ => {}
                }
            }
            dims.push((total > 0.0).then(|| sum / total));
        }
        out.respondents.push(RespondentScore {
            id: Arc::from(resp.respondent.id.as_str()),
            name: Arc::clone(&resp.name),
            department: Arc::clone(&index.department_names[resp.department]),
            score: weighted_mean(&dims, dim_weights),
            dimensions: dims,
        });
    }
    out
}

/// `work` over `0..len` in consecutive parts, one per core when `size` (the
/// work's bulk: answers, grid cells) makes threads worth starting; the
/// parts' results in order.
fn in_parts<T: Send>(
    len: usize,
    size: usize,
    work: impl Fn(std::ops::Range<usize>) -> T + Sync,
) -> Vec<T> {
    let parts = if size < PARALLEL_FROM {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get().min(MAX_THREADS))
    };
    if parts == 1 || len < 2 {
        return vec![work(0..len)];
    }
    let chunk = len.div_ceil(parts).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..len)
            .step_by(chunk)
            .map(|start| scope.spawn(move || work(start..(start + chunk).min(len))))
            .collect();
        workers
            .into_iter()
            .map(|w| {
                w.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// `min(5, level(score) + 1)`, or [`DEFAULT_TARGET_UNSCORED`] without a score.
pub fn default_target(score: Option<f64>) -> u8 {
    score.map_or(DEFAULT_TARGET_UNSCORED, |s| (level(s) + 1).min(5))
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

/// `sum` and `count` are per department, then question.
fn misaligned_questions(index: &Index<'_>, sum: &[u64], count: &[u64]) -> Vec<MisalignedQuestion> {
    let ndep = index.departments.len();
    let nq = index.q_weight.len();
    let mut found: Vec<(usize, f64)> = Vec::new();
    let mut means: Vec<f64> = Vec::with_capacity(ndep);
    for qi in 0..nq {
        means.clear();
        means.extend(
            (0..ndep)
                .filter(|&k| count[k * nq + qi] > 0)
                .map(|k| sum[k * nq + qi] as f64 / count[k * nq + qi] as f64),
        );
        if let Some((lo, hi)) = min_max(&means) {
            let spread = hi - lo;
            if spread >= MISALIGNED_QUESTION_SPREAD - TOLERANCE {
                found.push((qi, spread));
            }
        }
    }
    // Stable sort keeps questionnaire order among equal spreads.
    found.sort_by_key(|&(_, spread)| std::cmp::Reverse(tolerant_key(spread)));
    found
        .into_iter()
        .map(|(qi, spread)| {
            let (dim, question) = &index.question_ids[qi];
            MisalignedQuestion {
                question: question.to_string(),
                dimension: dim.to_string(),
                spread,
                departments: ByDepartment(
                    index
                        .departments
                        .iter()
                        .enumerate()
                        .map(|(k, dep)| {
                            let c = count[k * nq + qi];
                            let mean = (c > 0).then(|| sum[k * nq + qi] as f64 / c as f64);
                            (dep.name.clone(), mean)
                        })
                        .collect(),
                ),
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

/// A respondent of a known department, with its department's index.
struct IndexedRespondent<'a> {
    respondent: &'a crate::model::Respondent,
    /// The name, shared by every output naming this respondent.
    name: Arc<str>,
    department: usize,
    /// `created_at` in nanoseconds since 1970, for ordering.
    created: i128,
    /// This respondent's row in the answer grid: its rank by id. The store
    /// hands answers over question by question in respondent-id order, so
    /// laying the grid out by id makes filling it a sequential walk whose
    /// next row is almost always the next answer's. Output and summation
    /// keep the (department, created_at, id) order, so no figure changes.
    row: usize,
}

/// Lookup tables built once per [`score`] call.
struct Index<'a> {
    /// Per dimension, its questions' range in questionnaire order (a
    /// dimension's questions are contiguous).
    dim_questions: Vec<std::ops::Range<usize>>,
    /// Per question in questionnaire order: its weight.
    q_weight: Vec<f64>,
    /// Question id → its index in questionnaire order.
    question_of: FastMap<'a>,
    /// In `position` order.
    departments: Vec<&'a crate::model::Department>,
    /// Their names, shared by every output naming a department. Scoring
    /// 10k respondents names them ~25k times: one allocation each instead
    /// of one per mention was a quarter of the time.
    department_names: Vec<Arc<str>>,
    /// Per question: (dimension id, question id), shared the same way.
    question_ids: Vec<(Arc<str>, Arc<str>)>,
    /// In (department, created_at, id) order; respondents of unknown
    /// departments are left out (they cannot be attributed).
    respondents: Vec<IndexedRespondent<'a>>,
    respondent_of: FastMap<'a>,
}

/// Id → index maps looked up once per answer: a multiply-rotate hash (the
/// one rustc uses) instead of SipHash, which is made for untrusted keys and
/// costs several times more on 36-byte ids. The ids come from our own store.
type FastMap<'a> = HashMap<&'a str, usize, BuildHasherDefault<IdHasher>>;

#[derive(Default)]
struct IdHasher(u64);

impl IdHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        // The multiply only carries differences upwards, and the table
        // indexes by the low bits: mix the high bits down (murmur3's
        // finaliser), or ids that differ only early collide en masse.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

impl<'a> Index<'a> {
    fn build(data: &'a AssessmentData) -> Self {
        let mut dim_questions = Vec::new();
        let mut q_weight = Vec::new();
        let mut question_ids = Vec::new();
        let mut question_of = FastMap::default();
        for dim in &data.questionnaire.dimensions {
            dim_questions.push(q_weight.len()..q_weight.len() + dim.questions.len());
            let dim_id: Arc<str> = Arc::from(dim.id.as_str());
            for question in &dim.questions {
                question_of.insert(question.id.as_str(), q_weight.len());
                q_weight.push(question.weight);
                question_ids.push((Arc::clone(&dim_id), Arc::from(question.id.as_str())));
            }
        }

        let mut departments: Vec<&crate::model::Department> = data.departments.iter().collect();
        departments.sort_by(|a, b| (a.position, &a.name, &a.id).cmp(&(b.position, &b.name, &b.id)));
        let department_of: FastMap<'_> = departments
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();

        let mut respondents: Vec<IndexedRespondent<'a>> = data
            .respondents
            .iter()
            .filter_map(|r| {
                department_of
                    .get(r.department_id.as_str())
                    .map(|&department| IndexedRespondent {
                        respondent: r,
                        name: Arc::from(r.name.as_str()),
                        department,
                        created: r.created_at.unix_timestamp_nanos(),
                        row: 0,
                    })
            })
            .collect();
        // Rows first (rank by id), then the output order keyed by integers
        // only: (department, created_at, id) with the id's rank standing in
        // for the id, and the time converted once, not per comparison.
        respondents.sort_by(|a, b| a.respondent.id.cmp(&b.respondent.id));
        for (row, r) in respondents.iter_mut().enumerate() {
            r.row = row;
        }
        respondents.sort_unstable_by_key(|r| (r.department, r.created, r.row));
        let mut respondent_of =
            FastMap::with_capacity_and_hasher(respondents.len(), Default::default());
        respondent_of.extend(
            respondents
                .iter()
                .enumerate()
                .map(|(i, r)| (r.respondent.id.as_str(), i)),
        );
        Index {
            dim_questions,
            q_weight,
            department_names: departments
                .iter()
                .map(|d| Arc::from(d.name.as_str()))
                .collect(),
            question_ids,
            question_of,
            departments,
            respondents,
            respondent_of,
        }
    }

    /// The respondent × question grid of cell codes. Answers naming an
    /// unknown respondent or question are left out. When one respondent has
    /// two answers to one question (which the store prevents), the later
    /// `updated_at` wins, then the higher value, so the input order never
    /// matters.
    ///
    /// Answers are told apart by their id *allocations*: the store hands
    /// every answer of one respondent (of one question) the same `Arc`, so
    /// after the first answer of each, the grid is filled without reading a
    /// single id's text; reading them cost a cache miss or two per answer,
    /// which dominated the time. Ids that are not shared (tests, packs)
    /// work the same, through the text lookup, once per allocation.
    fn grid(&self, data: &AssessmentData) -> Vec<u8> {
        let answers = &data.answers;
        // Placing answers reads every one of them (most of the time, at 10k
        // respondents: ~40 MB streamed from memory), so large assessments
        // are split over the cores; each part fills a grid of its own, and
        // the grids are merged (a cell is filled in at most one of them
        // unless some cell is answered twice).
        let mut grids = in_parts(answers.len(), answers.len(), |part| {
            self.place(&answers[part])
        })
        .into_iter();
        let (mut cells, mut duplicate) = grids.next().unwrap_or_default();
        for (other, twice) in grids {
            duplicate |= twice;
            // Branch-free, so the loop is vectorised.
            let mut both = 0u8;
            for (cell, &code) in cells.iter_mut().zip(&other) {
                both |= u8::from(*cell != 0) & u8::from(code != 0);
                *cell |= code;
            }
            duplicate |= both != 0;
        }
        // Fast path: each cell written once. A second answer to a filled
        // cell sends the whole fill to the path that resolves duplicates.
        if !duplicate {
            return cells;
        }
        cells.fill(0);
        let mut winner = vec![NO_ANSWER; cells.len()];
        let mut cell_of = self.locator();
        for (ai, answer) in answers.iter().enumerate() {
            let Some(cell) = cell_of(answer) else {
                continue;
            };
            let wins = match winner[cell] {
                NO_ANSWER => true,
                prev => later(answer, &answers[prev as usize]),
            };
            if wins {
                // invariant: an assessment holds far fewer than 4 billion
                // answers; a larger index would only mis-resolve duplicates.
                winner[cell] = u32::try_from(ai).unwrap_or(NO_ANSWER - 1);
                cells[cell] = code(answer.value);
            }
        }
        cells
    }

    /// A grid filled with `answers` alone (answers naming an unknown
    /// respondent or question are left out), and whether some cell was
    /// answered twice (then the grid is not to be used).
    fn place(&self, answers: &[crate::model::Answer]) -> (Vec<u8>, bool) {
        let mut cells = vec![0u8; self.respondents.len() * self.q_weight.len()];
        let mut duplicate = false;
        let mut cell_of = self.locator();
        for answer in answers {
            if let Some(cell) = cell_of(answer) {
                duplicate |= cells[cell] != 0;
                cells[cell] = code(answer.value);
            }
        }
        (cells, duplicate)
    }

    /// Answer → grid cell, remembering id allocations as it goes.
    fn locator(&self) -> impl FnMut(&crate::model::Answer) -> Option<usize> + '_ {
        let nq = self.q_weight.len();
        let mut rows = Resolver::new(self.respondents.len());
        let mut questions = Resolver::new(nq);
        move |answer| {
            let row = rows.resolve(&answer.respondent_id, |id| {
                self.respondent_of.get(id).map(|&r| self.respondents[r].row)
            })?;
            let qi =
                questions.resolve(&answer.question_id, |id| self.question_of.get(id).copied())?;
            Some(row * nq + qi)
        }
    }
}

/// Below this many answers (or grid cells) one core does the work faster
/// than starting threads would.
const PARALLEL_FROM: usize = 50_000;
/// The work is mostly memory-bound; more threads than this gain nothing.
const MAX_THREADS: usize = 4;

/// An answer's grid cell code (0 is "no answer").
fn code(value: AnswerValue) -> u8 {
    match value {
        AnswerValue::Level(l) => l.clamp(1, 5),
        AnswerValue::NotApplicable => CELL_NA,
        AnswerValue::Unknown => CELL_UNKNOWN,
    }
}

/// Id allocation → index (grid row or question), remembered per pointer:
/// an allocation's text cannot change while `data` is borrowed, so equal
/// pointers mean equal ids. The store's order (question by question,
/// respondents in id order; or respondent by respondent) makes the next
/// index, or the same one, the right guess almost every time.
struct Resolver {
    /// The allocation last resolved to each index.
    seen: Vec<usize>,
    /// Every allocation resolved so far (`None`: names nothing known).
    by_pointer: HashMap<usize, Option<usize>, BuildHasherDefault<IdHasher>>,
    last: usize,
}

impl Resolver {
    fn new(len: usize) -> Self {
        Resolver {
            seen: vec![0; len],
            by_pointer: HashMap::with_capacity_and_hasher(len, Default::default()),
            last: 0,
        }
    }

    fn resolve(
        &mut self,
        id: &Arc<str>,
        by_text: impl FnOnce(&str) -> Option<usize>,
    ) -> Option<usize> {
        let pointer = id.as_ptr() as usize;
        let guess = [self.last, self.last + 1]
            .into_iter()
            .find(|&i| self.seen.get(i) == Some(&pointer));
        let index = match guess {
            Some(i) => Some(i),
            None => match self.by_pointer.get(&pointer) {
                Some(&known) => known,
                // An allocation only this answer holds is never seen
                // again: look its text up without remembering it.
                None if Arc::strong_count(id) == 1 => by_text(id),
                None => *self.by_pointer.entry(pointer).or_insert(by_text(id)),
            },
        }?;
        self.seen[index] = pointer;
        self.last = index;
        Some(index)
    }
}

/// Whether answer `a` supersedes answer `b` to the same question.
fn later(a: &crate::model::Answer, b: &crate::model::Answer) -> bool {
    let key = |x: &crate::model::Answer| match x.value {
        AnswerValue::Level(l) => u16::from(l),
        AnswerValue::NotApplicable => 100,
        AnswerValue::Unknown => 101,
    };
    (a.updated_at, key(a)).cmp(&(b.updated_at, key(b))) == Ordering::Greater
}
