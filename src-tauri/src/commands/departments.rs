//! The set-up screen's save (organisation, title and the department list,
//! one transaction) and the department-name check it asks while a name is
//! typed.

use cx_maturity::store::DepartmentEdit;
use cx_maturity::store::departments::name_problem;
use tauri::State;

use super::{Reply, view};
use crate::convert;
use crate::state::AppState;
use crate::wire::{AssessmentView, CheckDepartmentNameArgs, DepartmentNameCheck, SaveSetupArgs};

#[tauri::command(async)]
pub(crate) fn save_setup(state: State<'_, AppState>, args: SaveSetupArgs) -> Reply<AssessmentView> {
    state.with("save_setup", |s| {
        let departments: Vec<DepartmentEdit> = args
            .departments
            .into_iter()
            .map(|d| DepartmentEdit {
                id: d.id,
                name: d.name,
            })
            .collect();
        s.save_setup(
            &args.assessment_id,
            &args.organisation,
            &args.title,
            &departments,
        )?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn check_department_name(args: CheckDepartmentNameArgs) -> Reply<DepartmentNameCheck> {
    let problem = name_problem(args.others.iter().map(String::as_str), &args.name);
    Ok(convert::assessment::department_name_check(
        &args.name, problem,
    ))
}
