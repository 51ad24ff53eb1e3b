//! The roadmap of `shared/design/scoring.md`: needed transitions per
//! dimension, Now / Next / Later phases, `requires` raising phases, the
//! ordering rule, and the consultant's stored edits applied on top.
//!
//! [`plan`] is a pure function of the assessment's data and its
//! [`Scorecard`]; it never re-computes a score.

use std::collections::HashMap;

use serde::{Serialize, Serializer};
use time::Date;

use crate::model::{ActionEdit, ActionStatus, AssessmentData};
use crate::questionnaire::{Action, Effort};
use crate::scoring::{Scorecard, level, tolerant_key};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// 0–3 months.
    Now,
    /// 3–9 months.
    Next,
    /// 9–18 months.
    Later,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Roadmap {
    pub assessment: String,
    /// Always three, in order Now, Next, Later.
    pub phases: Vec<PhasePlan>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhasePlan {
    pub phase: Phase,
    pub actions: Vec<PlannedAction>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlannedAction {
    pub id: String,
    pub dimension: String,
    pub transition: [u8; 2],
    pub title: String,
    pub description: String,
    pub effort: Effort,
    /// The edited owner when set, else the questionnaire's owner function.
    pub owner: String,
    pub requires: Vec<String>,
    /// `YYYY-MM-DD`.
    #[serde(serialize_with = "iso_date")]
    pub due: Option<Date>,
    pub status: Option<ActionStatus>,
    pub notes: Option<String>,
    /// Dropped actions stay listed (so they can be restored) but are marked.
    pub dropped: bool,
}

impl Phase {
    /// The three phases, in order.
    pub const ALL: [Phase; 3] = [Phase::Now, Phase::Next, Phase::Later];

    /// The phase of the `n`-th (0-based) needed transition of a dimension.
    pub fn of_transition(n: usize) -> Phase {
        match n {
            0 => Phase::Now,
            1 => Phase::Next,
            _ => Phase::Later,
        }
    }

    /// How the report and the app name the phase's time frame.
    pub fn months(self) -> &'static str {
        match self {
            Phase::Now => "0–3 months",
            Phase::Next => "3–9 months",
            Phase::Later => "9–18 months",
        }
    }
}

impl Roadmap {
    /// Every planned action, phase by phase.
    pub fn actions(&self) -> impl Iterator<Item = (Phase, &PlannedAction)> {
        self.phases
            .iter()
            .flat_map(|p| p.actions.iter().map(move |a| (p.phase, a)))
    }

    /// The phase an action is planned in, if it is in the roadmap.
    pub fn phase_of(&self, action_id: &str) -> Option<Phase> {
        self.actions()
            .find(|(_, a)| a.id == action_id)
            .map(|(p, _)| p)
    }
}

/// An action the gaps call for, before ordering.
struct Candidate<'a> {
    action: &'a Action,
    dimension: usize,
    from: u8,
    base: Phase,
    priority: f64,
    /// Position among the dimension's actions in questionnaire order.
    order: usize,
}

/// Plans the roadmap from the scorecard and the stored edits.
pub fn plan(data: &AssessmentData, scorecard: &Scorecard) -> Roadmap {
    let mut candidates: Vec<Candidate<'_>> = Vec::new();
    for (d, dim) in data.questionnaire.dimensions.iter().enumerate() {
        let Some(ds) = scorecard.dimension(&dim.id) else {
            continue;
        };
        let (Some(score), Some(gap), Some(target)) = (ds.score, ds.gap, ds.target) else {
            continue;
        };
        if gap <= 0.0 {
            continue;
        }
        let mut order = 0;
        for (n, from) in (level(score)..target).enumerate() {
            let Some(transition) = dim.transitions.iter().find(|t| t.from == from) else {
                continue;
            };
            for action in &transition.actions {
                candidates.push(Candidate {
                    action,
                    dimension: d,
                    from,
                    base: Phase::of_transition(n),
                    priority: ds.priority.unwrap_or(0.0),
                    order,
                });
                order += 1;
            }
        }
    }

    let phases = raise_by_requires(&candidates);
    let mut planned: Vec<(Phase, &Candidate<'_>)> = phases.into_iter().zip(&candidates).collect();
    planned.sort_by(|(pa, a), (pb, b)| {
        pa.cmp(pb)
            .then(tolerant_key(b.priority).cmp(&tolerant_key(a.priority)))
            .then(a.dimension.cmp(&b.dimension))
            .then(a.order.cmp(&b.order))
    });

    let edits: HashMap<&str, &ActionEdit> = data
        .action_edits
        .iter()
        .map(|e| (e.action_id.as_str(), e))
        .collect();
    let mut plans: Vec<PhasePlan> = Phase::ALL
        .iter()
        .map(|&phase| PhasePlan {
            phase,
            actions: Vec::new(),
        })
        .collect();
    for (phase, c) in planned {
        let edit = edits.get(c.action.id.as_str());
        let owner = edit
            .and_then(|e| e.owner.as_deref())
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .unwrap_or(&c.action.owner);
        plans[phase as usize].actions.push(PlannedAction {
            id: c.action.id.clone(),
            dimension: data.questionnaire.dimensions[c.dimension].id.clone(),
            transition: [c.from, c.from + 1],
            title: c.action.title.clone(),
            description: c.action.description.clone(),
            effort: c.action.effort,
            owner: owner.to_owned(),
            requires: c.action.requires.clone(),
            due: edit.and_then(|e| e.due),
            status: edit.and_then(|e| e.status),
            notes: edit.and_then(|e| e.notes.clone()),
            dropped: edit.is_some_and(|e| e.dropped),
        });
    }
    Roadmap {
        assessment: data.assessment.id.clone(),
        phases: plans,
    }
}

/// Each candidate's phase: its base phase raised to the latest phase of any
/// action it requires (transitively) that is in the roadmap. A required
/// action outside the roadmap is already reached, so it is taken as done.
/// Dropped actions still count: dropping is a display choice that can be
/// undone, and it must not let a dependant jump ahead.
fn raise_by_requires(candidates: &[Candidate<'_>]) -> Vec<Phase> {
    let by_id: HashMap<&str, usize> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.action.id.as_str(), i))
        .collect();
    let mut phase: Vec<Option<Phase>> = vec![None; candidates.len()];
    let mut visiting = vec![false; candidates.len()];
    fn resolve(
        i: usize,
        candidates: &[Candidate<'_>],
        by_id: &HashMap<&str, usize>,
        phase: &mut [Option<Phase>],
        visiting: &mut [bool],
    ) -> Phase {
        if let Some(p) = phase[i] {
            return p;
        }
        // Validation rejects cycles; `visiting` only keeps a bad snapshot
        // from recursing forever.
        visiting[i] = true;
        let mut p = candidates[i].base;
        for req in &candidates[i].action.requires {
            if let Some(&j) = by_id.get(req.as_str())
                && !visiting[j]
            {
                p = p.max(resolve(j, candidates, by_id, phase, visiting));
            }
        }
        visiting[i] = false;
        phase[i] = Some(p);
        p
    }
    (0..candidates.len())
        .map(|i| resolve(i, candidates, &by_id, &mut phase, &mut visiting))
        .collect()
}

fn iso_date<S: Serializer>(date: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => s.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            d.year(),
            u8::from(d.month()),
            d.day()
        )),
        None => s.serialize_none(),
    }
}
