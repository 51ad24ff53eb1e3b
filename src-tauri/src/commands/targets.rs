//! The targets screen: a dimension's agreed target and importance (`null`
//! goes back to the method's default). Returns the results, whose gaps and
//! priorities follow.

use cx_maturity::model::DimensionSetting;
use tauri::State;

use super::{Reply, results};
use crate::state::AppState;
use crate::wire::{Results, SetTargetArgs};

#[tauri::command(async)]
pub(crate) fn set_target(state: State<'_, AppState>, args: SetTargetArgs) -> Reply<Results> {
    state.with("set_target", |s| {
        s.set_dimension_setting(
            &args.assessment_id,
            &DimensionSetting {
                dimension_id: args.dimension_id.clone(),
                target: args.target,
                importance: args.importance,
            },
        )?;
        results(s, &args.assessment_id)
    })
}
