//! The roadmap of `shared/design/scoring.md`: needed transitions per
//! dimension, Now / Next / Later phases, `requires` raising phases, the
//! ordering rule, the phase capacities (rule 4a) with the reason each moved
//! action carries, and the consultant's stored edits applied on top.
//!
//! [`plan`] is a pure function of the assessment's data and its
//! [`Scorecard`]; it never re-computes a score.

use std::collections::HashMap;

use serde::{Serialize, Serializer};
use time::Date;

use crate::model::{ActionEdit, ActionStatus, AssessmentData, CapacitySetting};
use crate::questionnaire::{Action, Effort};
use crate::scoring::{Scorecard, level, tolerant_key};
use crate::{Error, Result};

/// The largest capacity a phase can be given.
pub const MAX_CAPACITY: u32 = 100;

/// How many actions Now and Next hold (scoring.md, "Roadmap" rule 4a);
/// Later has no limit. Dropped actions do not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Capacity {
    pub now: u32,
    pub next: u32,
}

impl Capacity {
    /// Rule 4a's defaults: Now 8, Next 12.
    pub const DEFAULT: Capacity = Capacity { now: 8, next: 12 };

    /// The capacities an assessment's setting gives, defaults filled in.
    pub fn of(setting: &CapacitySetting) -> Capacity {
        Capacity {
            now: setting.now.unwrap_or(Self::DEFAULT.now),
            next: setting.next.unwrap_or(Self::DEFAULT.next),
        }
    }

    /// The capacity of a phase; `None` for Later, which has no limit.
    pub fn of_phase(self, phase: Phase) -> Option<u32> {
        match phase {
            Phase::Now => Some(self.now),
            Phase::Next => Some(self.next),
            Phase::Later => None,
        }
    }
}

/// Checks a capacity for a phase: only Now and Next have one, from 1 to
/// [`MAX_CAPACITY`].
pub fn check_capacity(phase: Phase, capacity: u32) -> Result<()> {
    let name = phase.name();
    if phase == Phase::Later {
        return Err(Error::InvalidInput(
            "the Later phase has no capacity; only Now and Next have one".into(),
        ));
    }
    if !(1..=MAX_CAPACITY).contains(&capacity) {
        return Err(Error::InvalidInput(format!(
            "the capacity of {name} must be between 1 and {MAX_CAPACITY} actions; {capacity} was given"
        )));
    }
    Ok(())
}

/// Why an action is planned later than rules 2 and 3 put it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Moved {
    /// Rule 4a: `full` was full of actions ranked before this one, so it
    /// moved to the following phase ("moved to Next: Now is full").
    Capacity { from: Phase, full: Phase },
    /// Rule 3 applied after a cut: it requires `required`, which moved.
    Requires { from: Phase, required: String },
}

impl Moved {
    /// The phase rules 2 and 3 planned the action in, before any cut.
    pub fn from(&self) -> Phase {
        match self {
            Moved::Capacity { from, .. } | Moved::Requires { from, .. } => *from,
        }
    }
}

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
    /// The capacities the plan was cut with (rule 4a).
    pub capacity: Capacity,
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
    /// Why it is planned later than its transition and requirements put
    /// it (a phase was full); `None` when it was not moved.
    pub moved: Option<Moved>,
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

    /// The phase's name as the messages give it.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Now => "Now",
            Phase::Next => "Next",
            Phase::Later => "Later",
        }
    }

    /// The phase after this one; Later is the last.
    pub fn following(self) -> Phase {
        match self {
            Phase::Now => Phase::Next,
            Phase::Next | Phase::Later => Phase::Later,
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

    let edits: HashMap<&str, &ActionEdit> = data
        .action_edits
        .iter()
        .map(|e| (e.action_id.as_str(), e))
        .collect();
    let dropped: Vec<bool> = candidates
        .iter()
        .map(|c| edits.get(c.action.id.as_str()).is_some_and(|e| e.dropped))
        .collect();
    let capacity = Capacity::of(&data.capacity);
    let (phases, moved) = cut_to_capacity(&candidates, &dropped, capacity);
    let mut planned: Vec<(Phase, usize)> = phases.into_iter().zip(0..).collect();
    planned.sort_by(|(pa, a), (pb, b)| pa.cmp(pb).then(rank(&candidates[*a], &candidates[*b])));

    let mut plans: Vec<PhasePlan> = Phase::ALL
        .iter()
        .map(|&phase| PhasePlan {
            phase,
            actions: Vec::new(),
        })
        .collect();
    for (phase, i) in planned {
        let c = &candidates[i];
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
            dropped: dropped[i],
            moved: moved[i].clone(),
        });
    }
    Roadmap {
        assessment: data.assessment.id.clone(),
        capacity,
        phases: plans,
    }
}

/// Rule 4: dimension priority (high first), then the questionnaire's
/// dimension order, then the action's order.
fn rank(a: &Candidate<'_>, b: &Candidate<'_>) -> std::cmp::Ordering {
    tolerant_key(b.priority)
        .cmp(&tolerant_key(a.priority))
        .then(a.dimension.cmp(&b.dimension))
        .then(a.order.cmp(&b.order))
}

/// Rules 2, 3 and 4a: each candidate's phase, and why it moved when a
/// capacity moved it (or moved an action it requires). For Now, then Next:
/// the phase's actions that are not dropped, in rule 4's order, keep their
/// place up to the capacity; the rest move to the following phase; then
/// rule 3 raises every action again.
fn cut_to_capacity(
    candidates: &[Candidate<'_>],
    dropped: &[bool],
    capacity: Capacity,
) -> (Vec<Phase>, Vec<Option<Moved>>) {
    let bases: Vec<Phase> = candidates.iter().map(|c| c.base).collect();
    let planned = raise_by_requires(candidates, &bases);
    let mut phase = planned.clone();
    let mut moved: Vec<Option<Moved>> = vec![None; candidates.len()];
    let mut ranked: Vec<usize> = (0..candidates.len()).collect();
    ranked.sort_by(|&a, &b| rank(&candidates[a], &candidates[b]));
    for full in [Phase::Now, Phase::Next] {
        let Some(limit) = capacity.of_phase(full) else {
            continue;
        };
        let mut kept = 0u32;
        for &i in &ranked {
            if phase[i] != full || dropped[i] {
                continue;
            }
            if kept < limit {
                kept += 1;
            } else {
                phase[i] = full.following();
                moved[i] = Some(Moved::Capacity {
                    from: planned[i],
                    full,
                });
            }
        }
        let raised = raise_by_requires(candidates, &phase);
        for i in 0..candidates.len() {
            if raised[i] > phase[i] {
                // The requirement that holds it back: one planned as late
                // as the action now is.
                let required = candidates[i]
                    .action
                    .requires
                    .iter()
                    .find(|r| {
                        candidates
                            .iter()
                            .position(|c| c.action.id == **r)
                            .is_some_and(|j| raised[j] == raised[i])
                    })
                    .cloned()
                    .unwrap_or_default();
                moved[i] = Some(Moved::Requires {
                    from: planned[i],
                    required,
                });
            }
        }
        phase = raised;
    }
    (phase, moved)
}

/// Each candidate's phase: `start` raised to the latest phase of any action
/// it requires (transitively) that is in the roadmap. A required action
/// outside the roadmap is already reached, so it is taken as done. Dropped
/// actions still count: dropping is a display choice that can be undone,
/// and it must not let a dependant jump ahead.
fn raise_by_requires(candidates: &[Candidate<'_>], start: &[Phase]) -> Vec<Phase> {
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
        start: &[Phase],
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
        let mut p = start[i];
        for req in &candidates[i].action.requires {
            if let Some(&j) = by_id.get(req.as_str())
                && !visiting[j]
            {
                p = p.max(resolve(j, candidates, start, by_id, phase, visiting));
            }
        }
        visiting[i] = false;
        phase[i] = Some(p);
        p
    }
    (0..candidates.len())
        .map(|i| resolve(i, candidates, start, &by_id, &mut phase, &mut visiting))
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
