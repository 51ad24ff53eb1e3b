//! The roadmap → `wire/roadmap.rs`, and an action field from the window
//! back to the core's. Phases, owners and order come from
//! `cx_maturity::roadmap::plan`; nothing here plans or scores.

use cx_maturity::Field;
use cx_maturity::dates::parse_date;
use cx_maturity::model::AssessmentData;
use cx_maturity::questionnaire::{self, Action};
use cx_maturity::roadmap::{Capacity, MAX_CAPACITY, Moved, Phase, Roadmap};
use cx_maturity::store::action_edits::ActionField;

use super::date;
use crate::wire;

/// The wire's phase as the core's.
pub(crate) fn phase(p: wire::PhaseName) -> Phase {
    match p {
        wire::PhaseName::Now => Phase::Now,
        wire::PhaseName::Next => Phase::Next,
        wire::PhaseName::Later => Phase::Later,
    }
}

pub(crate) fn phase_name(p: Phase) -> wire::PhaseName {
    match p {
        Phase::Now => wire::PhaseName::Now,
        Phase::Next => wire::PhaseName::Next,
        Phase::Later => wire::PhaseName::Later,
    }
}

fn effort(e: questionnaire::Effort) -> wire::Effort {
    match e {
        questionnaire::Effort::S => wire::Effort::S,
        questionnaire::Effort::M => wire::Effort::M,
        questionnaire::Effort::L => wire::Effort::L,
    }
}

/// The questionnaire's action with this id.
fn action<'a>(data: &'a AssessmentData, id: &str) -> Option<&'a Action> {
    data.questionnaire
        .dimensions
        .iter()
        .flat_map(|d| &d.transitions)
        .flat_map(|t| &t.actions)
        .find(|a| a.id == id)
}

/// The roadmap with each action's labels (dimension, level names), its
/// questionnaire owner beside the edited one, and where its required
/// actions are planned.
pub(crate) fn roadmap_view(data: &AssessmentData, roadmap: &Roadmap) -> wire::RoadmapView {
    let q = &data.questionnaire;
    let level_name = |l: u8| {
        q.levels
            .iter()
            .find(|x| x.level == l)
            .map(|x| x.name.clone())
            .unwrap_or_default()
    };
    let required = |r: &str| wire::RequiredAction {
        id: r.to_owned(),
        title: action(data, r)
            .map(|x| x.title.clone())
            .unwrap_or_else(|| r.to_owned()),
        phase: roadmap.phase_of(r).map(phase_name),
    };
    let moved = |m: &Moved| match m {
        Moved::Capacity { from, full } => wire::MovedView {
            reason: wire::MoveReason::Capacity,
            from: phase_name(*from),
            full: Some(phase_name(*full)),
            required: None,
        },
        Moved::Requires { from, required: r } => wire::MovedView {
            reason: wire::MoveReason::Requires,
            from: phase_name(*from),
            full: None,
            required: Some(required(r)),
        },
    };
    let phases = roadmap
        .phases
        .iter()
        .map(|p| wire::PhaseView {
            phase: phase_name(p.phase),
            actions: p
                .actions
                .iter()
                .map(|a| {
                    let default_owner = action(data, &a.id)
                        .map(|x| x.owner.clone())
                        .unwrap_or_else(|| a.owner.clone());
                    let owner_edited = data.action_edits.iter().any(|e| {
                        e.action_id == a.id
                            && e.owner.as_deref().is_some_and(|o| !o.trim().is_empty())
                    });
                    wire::ActionView {
                        id: a.id.clone(),
                        dimension_id: a.dimension.clone(),
                        dimension_title: q
                            .dimension(&a.dimension)
                            .map(|d| d.title.clone())
                            .unwrap_or_else(|| a.dimension.clone()),
                        from_level: a.transition[0],
                        to_level: a.transition[1],
                        from_name: level_name(a.transition[0]),
                        to_name: level_name(a.transition[1]),
                        title: a.title.clone(),
                        description: a.description.clone(),
                        effort: effort(a.effort),
                        owner: a.owner.clone(),
                        default_owner,
                        owner_edited,
                        requires: a.requires.iter().map(|r| required(r)).collect(),
                        due: a.due.map(date),
                        status: a
                            .status
                            .map(|s| wire::ActionStatusName(s.as_str().to_owned())),
                        notes: a.notes.clone(),
                        dropped: a.dropped,
                        moved: a.moved.as_ref().map(moved),
                    }
                })
                .collect(),
        })
        .collect();
    wire::RoadmapView {
        assessment_id: data.assessment.id.clone(),
        capacity: wire::CapacityView {
            now: roadmap.capacity.now,
            next: roadmap.capacity.next,
            default_now: Capacity::DEFAULT.now,
            default_next: Capacity::DEFAULT.next,
            min: 1,
            max: MAX_CAPACITY,
            is_default: data.capacity == Default::default(),
        },
        phases,
    }
}

/// The wire's field change as the core's, dates and statuses parsed by the
/// core so their errors read the same as on the command line.
pub(crate) fn action_field(change: wire::ActionFieldValue) -> cx_maturity::Result<ActionField> {
    use wire::ActionFieldValue as V;
    Ok(match change {
        V::Owner(o) => ActionField::Owner(o),
        V::Due(d) => ActionField::Due(match d.as_deref().map(str::trim) {
            Some(text) if !text.is_empty() => Some(parse_date(text, Field::ActionDue)?),
            _ => None,
        }),
        V::Status(s) => ActionField::Status(s.map(|s| s.0.parse()).transpose()?),
        V::Notes(n) => ActionField::Notes(n),
        V::Dropped(d) => ActionField::Dropped(d),
    })
}
