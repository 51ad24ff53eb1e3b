//! The roadmap screen: the roadmap as planned now with the consultant's
//! edits applied, one field of an action's edit saved at a time, an action
//! reset to the plan, and the phase capacities set one at a time or back
//! to their defaults. Phases, owners, order and the capacity cut come from
//! `cx_maturity::roadmap::plan`.

use cx_maturity::{roadmap, scoring, workflow};
use tauri::State;

use super::Reply;
use crate::convert::roadmap::{action_field, phase, roadmap_view};
use crate::state::{AppState, OpenStore};
use crate::wire::{
    ActionArgs, AssessmentArgs, RoadmapView, SetActionFieldArgs, SetRoadmapCapacityArgs,
};

#[tauri::command(async)]
pub(crate) fn get_roadmap(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<RoadmapView> {
    state.with("get_roadmap", |s| roadmap_of(s, &args.assessment_id))
}

/// Saves one field of an action's edit; the window shows "Saved" only once
/// this returns.
#[tauri::command(async)]
pub(crate) fn set_action_field(
    state: State<'_, AppState>,
    args: SetActionFieldArgs,
) -> Reply<RoadmapView> {
    state.with("set_action_field", |s| {
        s.set_action_field(
            &args.assessment_id,
            &args.action_id,
            action_field(args.change)?,
        )?;
        roadmap_of(s, &args.assessment_id)
    })
}

/// Drops every edit of an action: back to the plan as computed.
#[tauri::command(async)]
pub(crate) fn reset_action(state: State<'_, AppState>, args: ActionArgs) -> Reply<RoadmapView> {
    state.with("reset_action", |s| {
        s.clear_action_edit(&args.assessment_id, &args.action_id)?;
        roadmap_of(s, &args.assessment_id)
    })
}

/// Sets one phase's capacity (or returns it to the default) in one
/// transaction; the window shows "Saved" only once this returns.
#[tauri::command(async)]
pub(crate) fn set_roadmap_capacity(
    state: State<'_, AppState>,
    args: SetRoadmapCapacityArgs,
) -> Reply<RoadmapView> {
    state.with("set_roadmap_capacity", |s| capacity_set(s, &args))
}

/// Both capacities back to their defaults, in one transaction.
#[tauri::command(async)]
pub(crate) fn reset_roadmap_capacity(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<RoadmapView> {
    state.with("reset_roadmap_capacity", |s| {
        capacity_reset(s, &args.assessment_id)
    })
}

/// What `set_roadmap_capacity` does with the store.
pub(crate) fn capacity_set(
    s: &mut OpenStore<'_>,
    args: &SetRoadmapCapacityArgs,
) -> cx_maturity::Result<RoadmapView> {
    s.set_roadmap_capacity(&args.assessment_id, phase(args.phase), args.capacity)?;
    roadmap_of(s, &args.assessment_id)
}

/// What `reset_roadmap_capacity` does with the store.
pub(crate) fn capacity_reset(s: &mut OpenStore<'_>, id: &str) -> cx_maturity::Result<RoadmapView> {
    s.reset_roadmap_capacity(id)?;
    roadmap_of(s, id)
}

/// The assessment's roadmap as planned now, edits applied.
pub(crate) fn roadmap_of(s: &OpenStore<'_>, id: &str) -> cx_maturity::Result<RoadmapView> {
    let data = workflow::load_in(s, id, s.locale())?;
    let card = scoring::score(&data);
    Ok(roadmap_view(&data, &roadmap::plan(&data, &card)))
}
