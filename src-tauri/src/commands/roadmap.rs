//! The roadmap screen: the roadmap as planned now with the consultant's
//! edits applied, one field of an action's edit saved at a time, and an
//! action reset to the plan. Phases, owners and order come from
//! `cx_maturity::roadmap::plan`.

use cx_maturity::store::Store;
use cx_maturity::{roadmap, scoring};
use tauri::State;

use super::Reply;
use crate::convert::roadmap::{action_field, roadmap_view};
use crate::state::AppState;
use crate::wire::{ActionArgs, AssessmentArgs, RoadmapView, SetActionFieldArgs};

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

/// The assessment's roadmap as planned now, edits applied.
pub(crate) fn roadmap_of(s: &Store, id: &str) -> cx_maturity::Result<RoadmapView> {
    let data = s.load(id)?;
    let card = scoring::score(&data);
    Ok(roadmap_view(&data, &roadmap::plan(&data, &card)))
}
