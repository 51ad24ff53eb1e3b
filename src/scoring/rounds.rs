//! scoring.md's "Rounds and progress": how a round compares with its
//! previous one (deltas, directions, the `low_coverage`,
//! `questions_changed` and `mostly_carried` flags, stage change, each
//! department's change, disagreement then and now, actions completed in
//! the period, the outside-in check over time and `diverging`), and the
//! trend over a whole chain of rounds. Each round is scored on its own by
//! [`super::score`]; nothing here changes a round's own figures.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{Scorecard, TOLERANCE};
use crate::dates::fmt_date;
use crate::model::{ActionStatus, AnswerValue, AssessmentData};
use crate::questionnaire::{Questionnaire, question_changes};
use crate::store::departments::same_name;

/// A delta at least this large (either way) is a change, not noise.
pub const DIRECTION_STEP: f64 = 0.3;

/// A dimension whose confirmed share in the later round is below this has
/// a `mostly_carried` delta.
pub const MOSTLY_CARRIED_BELOW: f64 = 0.5;

/// `diverging`: the overall score improved while NPS fell by at least
/// this many points…
pub const DIVERGING_NPS_DROP: f64 = 5.0;

/// …or CSAT by at least this many points.
pub const DIVERGING_CSAT_DROP: f64 = 3.0;

/// Why a delta is absent: one of the two scores does not exist.
pub const MISSING: &str = "missing";

/// One round: its data and its scorecard.
#[derive(Debug, Clone, Copy)]
pub struct Round<'a> {
    pub data: &'a AssessmentData,
    pub card: &'a Scorecard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Improved,
    Stable,
    Declined,
}

/// `improved` from +0.3, `declined` from −0.3, otherwise `stable`
/// (with [`TOLERANCE`] at both boundaries).
pub fn direction(delta: f64) -> Direction {
    if delta >= DIRECTION_STEP - TOLERANCE {
        Direction::Improved
    } else if delta <= -DIRECTION_STEP + TOLERANCE {
        Direction::Declined
    } else {
        Direction::Stable
    }
}

/// A score then and now, and the change between them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub then: Option<f64>,
    pub now: Option<f64>,
    /// `now − then`; `None` unless both exist.
    pub delta: Option<f64>,
    pub direction: Option<Direction>,
    /// [`MISSING`] when there is no delta.
    pub reason: Option<&'static str>,
}

impl Change {
    pub fn of(then: Option<f64>, now: Option<f64>) -> Change {
        let delta = then.zip(now).map(|(a, b)| b - a);
        Change {
            then,
            now,
            delta,
            direction: delta.map(direction),
            reason: delta.is_none().then_some(MISSING),
        }
    }

    fn improved(&self) -> bool {
        self.direction == Some(Direction::Improved)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeltaFlag {
    /// Either round's coverage of the dimension is below 0.6.
    LowCoverage,
    /// The dimension's question ids differ between the two snapshots.
    QuestionsChanged,
    /// Less than half of the later round's numeric answers in the
    /// dimension were confirmed or changed by their respondents.
    MostlyCarried,
}

impl DeltaFlag {
    /// The flag's name in JSON and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            DeltaFlag::LowCoverage => "low_coverage",
            DeltaFlag::QuestionsChanged => "questions_changed",
            DeltaFlag::MostlyCarried => "mostly_carried",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ComparisonFlag {
    /// The overall score improved while NPS or CSAT fell.
    Diverging,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallChange {
    #[serde(flatten)]
    pub change: Change,
    pub stage_then: Option<u8>,
    pub stage_now: Option<u8>,
    /// Why a stage is absent (`incomplete`).
    pub stage_then_reason: Option<String>,
    pub stage_now_reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionChange {
    pub id: String,
    /// As the later round's questionnaire names it (the earlier one's for
    /// a dimension the later round no longer has).
    pub title: String,
    pub short_title: String,
    #[serde(flatten)]
    pub change: Change,
    pub flags: Vec<DeltaFlag>,
    /// Question ids of the dimension in the later round only.
    pub questions_added: Vec<String>,
    /// Question ids of the dimension in the earlier round only.
    pub questions_removed: Vec<String>,
    /// Share of the later round's numeric answers in the dimension that
    /// are not carried; `None` without a numeric answer.
    pub confirmed: Option<f64>,
    pub coverage_then: Option<f64>,
    pub coverage_now: Option<f64>,
    /// The spread of the department scores (disagreement) then and now.
    pub spread_then: Option<f64>,
    pub spread_now: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepartmentChange {
    /// As the later round names it; departments are matched by name,
    /// ignoring case and spacing.
    pub name: String,
    #[serde(flatten)]
    pub change: Change,
    /// Respondents who took part, then and now (`None`: the department
    /// was not in that round).
    pub respondents_then: Option<usize>,
    pub respondents_now: Option<usize>,
}

/// Disagreement across departments, then and now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisagreementChange {
    pub misaligned_dimensions_then: usize,
    pub misaligned_dimensions_now: usize,
    pub misaligned_questions_then: usize,
    pub misaligned_questions_now: usize,
}

/// The outside-in check over time: the latest customer evidence of each
/// round and its change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceChange {
    pub nps_then: Option<f64>,
    pub nps_now: Option<f64>,
    pub nps_change: Option<f64>,
    pub csat_then: Option<f64>,
    pub csat_now: Option<f64>,
    pub csat_change: Option<f64>,
}

/// A round against its previous one (`cxm compare --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub assessment: String,
    pub previous: String,
    /// When each round was started (YYYY-MM-DD).
    pub date_then: String,
    pub date_now: String,
    pub overall: OverallChange,
    /// The later round's dimensions in its order, then those only the
    /// earlier round had.
    pub dimensions: Vec<DimensionChange>,
    /// The later round's departments in its order, then those only the
    /// earlier round had.
    pub departments: Vec<DepartmentChange>,
    pub disagreement: DisagreementChange,
    pub evidence: EvidenceChange,
    pub flags: Vec<ComparisonFlag>,
    /// Actions done in the earlier round that were not done yet when it
    /// began (not done in the round before it), in its questionnaire order.
    pub actions_completed: Vec<String>,
    pub questions_added: Vec<String>,
    pub questions_removed: Vec<String>,
    /// Share of the later round's numeric answers that are not carried;
    /// `None` without a numeric answer.
    pub confirmed: Option<f64>,
}

/// Compares round `now` with its previous round `then` (scoring.md,
/// "Rounds and progress"). `done_before_then` are the actions already done
/// when `then` began: those done in the round before it (empty for a first
/// round), so an action is counted completed in one period only.
pub fn compare(then: Round<'_>, now: Round<'_>, done_before_then: &[String]) -> Comparison {
    let (qa, qb) = (&then.data.questionnaire, &now.data.questionnaire);
    let confirmed = confirmed_shares(now.data);

    let mut dimensions = Vec::new();
    let ids = qb.dimensions.iter().map(|d| d.id.as_str()).chain(
        qa.dimensions
            .iter()
            .map(|d| d.id.as_str())
            .filter(|id| qb.dimension(id).is_none()),
    );
    for id in ids {
        let (da, db) = (then.card.dimension(id), now.card.dimension(id));
        let named = db.or(da);
        let change = Change::of(da.and_then(|d| d.score), db.and_then(|d| d.score));
        let (questions_added, questions_removed) = dimension_questions(qa, qb, id);
        let share = confirmed.by_dimension.get(id).copied().flatten();
        let mut flags = Vec::new();
        let low = |c: Option<f64>| c.is_some_and(|c| c < super::LOW_COVERAGE_BELOW - TOLERANCE);
        if low(da.and_then(|d| d.coverage)) || low(db.and_then(|d| d.coverage)) {
            flags.push(DeltaFlag::LowCoverage);
        }
        if !questions_added.is_empty() || !questions_removed.is_empty() {
            flags.push(DeltaFlag::QuestionsChanged);
        }
        if share.is_some_and(|s| s < MOSTLY_CARRIED_BELOW - TOLERANCE) {
            flags.push(DeltaFlag::MostlyCarried);
        }
        dimensions.push(DimensionChange {
            id: id.to_owned(),
            title: named.map(|d| d.title.clone()).unwrap_or_default(),
            short_title: named.map(|d| d.short_title.clone()).unwrap_or_default(),
            change,
            flags,
            questions_added,
            questions_removed,
            confirmed: share,
            coverage_then: da.and_then(|d| d.coverage),
            coverage_now: db.and_then(|d| d.coverage),
            spread_then: da.map(|d| d.spread),
            spread_now: db.map(|d| d.spread),
        });
    }

    let mut departments: Vec<DepartmentChange> = now
        .card
        .departments
        .iter()
        .map(|b| {
            let a = then
                .card
                .departments
                .iter()
                .find(|a| same_name(&a.name, &b.name));
            DepartmentChange {
                name: b.name.clone(),
                change: Change::of(a.and_then(|a| a.score), b.score),
                respondents_then: a.map(|a| a.respondents),
                respondents_now: Some(b.respondents),
            }
        })
        .collect();
    for a in &then.card.departments {
        if !now
            .card
            .departments
            .iter()
            .any(|b| same_name(&b.name, &a.name))
        {
            departments.push(DepartmentChange {
                name: a.name.clone(),
                change: Change::of(a.score, None),
                respondents_then: Some(a.respondents),
                respondents_now: None,
            });
        }
    }

    let overall = OverallChange {
        change: Change::of(then.card.overall.score, now.card.overall.score),
        stage_then: then.card.overall.stage,
        stage_now: now.card.overall.stage,
        stage_then_reason: then.card.overall.stage_reason.clone(),
        stage_now_reason: now.card.overall.stage_reason.clone(),
    };
    let (ea, eb) = (&then.card.evidence, &now.card.evidence);
    let evidence = EvidenceChange {
        nps_then: ea.nps,
        nps_now: eb.nps,
        nps_change: ea.nps.zip(eb.nps).map(|(a, b)| b - a),
        csat_then: ea.csat,
        csat_now: eb.csat,
        csat_change: ea.csat.zip(eb.csat).map(|(a, b)| b - a),
    };
    let mut flags = Vec::new();
    let fell = |change: Option<f64>, by: f64| change.is_some_and(|c| c <= -by + TOLERANCE);
    if overall.change.improved()
        && (fell(evidence.nps_change, DIVERGING_NPS_DROP)
            || fell(evidence.csat_change, DIVERGING_CSAT_DROP))
    {
        flags.push(ComparisonFlag::Diverging);
    }

    let done: HashSet<&str> = then
        .data
        .action_edits
        .iter()
        .filter(|e| e.status == Some(ActionStatus::Done))
        .map(|e| e.action_id.as_str())
        .collect();
    let actions_completed = qa
        .actions()
        .map(|(_, _, a)| a.id.as_str())
        .filter(|id| done.contains(id) && !done_before_then.iter().any(|d| d == id))
        .map(str::to_owned)
        .collect();
    let (questions_added, questions_removed) = question_changes(qa, qb);
    let misaligned = |c: &Scorecard| c.dimensions.iter().filter(|d| d.misaligned).count();

    Comparison {
        assessment: now.data.assessment.id.clone(),
        previous: then.data.assessment.id.clone(),
        date_then: fmt_date(then.data.assessment.created_at.date()),
        date_now: fmt_date(now.data.assessment.created_at.date()),
        overall,
        dimensions,
        departments,
        disagreement: DisagreementChange {
            misaligned_dimensions_then: misaligned(then.card),
            misaligned_dimensions_now: misaligned(now.card),
            misaligned_questions_then: then.card.misaligned_questions.len(),
            misaligned_questions_now: now.card.misaligned_questions.len(),
        },
        evidence,
        flags,
        actions_completed,
        questions_added,
        questions_removed,
        confirmed: confirmed.overall,
    }
}

/// The ids of a dimension's questions added in `after` and removed from
/// `before` (a dimension missing from one side has all its questions
/// added or removed).
fn dimension_questions(
    before: &Questionnaire,
    after: &Questionnaire,
    id: &str,
) -> (Vec<String>, Vec<String>) {
    let ids = |q: &Questionnaire| -> Vec<String> {
        q.dimension(id)
            .map(|d| d.questions.iter().map(|x| x.id.clone()).collect())
            .unwrap_or_default()
    };
    let (b, a) = (ids(before), ids(after));
    (
        a.iter().filter(|x| !b.contains(x)).cloned().collect(),
        b.iter().filter(|x| !a.contains(x)).cloned().collect(),
    )
}

/// Confirmed shares of a round: per dimension and over all its numeric
/// answers.
struct Confirmed {
    by_dimension: HashMap<String, Option<f64>>,
    overall: Option<f64>,
}

fn confirmed_shares(data: &AssessmentData) -> Confirmed {
    let q = &data.questionnaire;
    let mut counts: HashMap<&str, (usize, usize)> = HashMap::new();
    for a in &data.answers {
        if !matches!(a.value, AnswerValue::Level(_)) {
            continue;
        }
        let Some((d, _)) = q.question(&a.question_id) else {
            continue;
        };
        let c = counts.entry(d.id.as_str()).or_default();
        c.0 += usize::from(!a.carried);
        c.1 += 1;
    }
    let share = |(own, all): (usize, usize)| (all > 0).then(|| own as f64 / all as f64);
    let total = counts.values().fold((0, 0), |t, c| (t.0 + c.0, t.1 + c.1));
    Confirmed {
        by_dimension: q
            .dimensions
            .iter()
            .map(|d| {
                (
                    d.id.clone(),
                    counts.get(d.id.as_str()).copied().and_then(share),
                )
            })
            .collect(),
        overall: share(total),
    }
}

/// One dimension's score in one round of a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendScore {
    pub id: String,
    pub score: Option<f64>,
}

/// One round of a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    pub assessment: String,
    pub title: String,
    /// When the round was started (YYYY-MM-DD).
    pub date: String,
    pub score: Option<f64>,
    pub level: Option<u8>,
    pub stage: Option<u8>,
    /// Every dimension of [`Trend::dimensions`], `None` where this round
    /// has no score for it (or no such dimension).
    pub dimensions: Vec<TrendScore>,
    pub nps: Option<f64>,
    pub csat: Option<f64>,
}

/// A dimension named in a trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendDimension {
    pub id: String,
    pub title: String,
    pub short_title: String,
}

/// Every round of a chain, oldest first (`cxm trend --json`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trend {
    /// The latest round's dimensions in its order, then any only earlier
    /// rounds had.
    pub dimensions: Vec<TrendDimension>,
    pub rounds: Vec<TrendPoint>,
}

/// The trend over `rounds`, oldest first.
pub fn trend(rounds: &[Round<'_>]) -> Trend {
    let mut dimensions: Vec<TrendDimension> = Vec::new();
    for r in rounds.iter().rev() {
        for d in &r.card.dimensions {
            if !dimensions.iter().any(|x| x.id == d.id) {
                dimensions.push(TrendDimension {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    short_title: d.short_title.clone(),
                });
            }
        }
    }
    let rounds = rounds
        .iter()
        .map(|r| TrendPoint {
            assessment: r.data.assessment.id.clone(),
            title: r.data.assessment.title.clone(),
            date: fmt_date(r.data.assessment.created_at.date()),
            score: r.card.overall.score,
            level: r.card.overall.level,
            stage: r.card.overall.stage,
            dimensions: dimensions
                .iter()
                .map(|d| TrendScore {
                    id: d.id.clone(),
                    score: r.card.dimension(&d.id).and_then(|x| x.score),
                })
                .collect(),
            nps: r.card.evidence.nps,
            csat: r.card.evidence.csat,
        })
        .collect();
    Trend { dimensions, rounds }
}
