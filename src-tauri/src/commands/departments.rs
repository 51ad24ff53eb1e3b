//! An assessment's departments: add, rename, reorder, remove. Each returns
//! the assessment as the set-up screen shows it.

use tauri::State;

use super::{Reply, view};
use crate::state::AppState;
use crate::wire::{
    AddDepartmentArgs, AssessmentView, DepartmentArgs, RenameDepartmentArgs, ReorderDepartmentsArgs,
};

#[tauri::command(async)]
pub(crate) fn add_department(
    state: State<'_, AppState>,
    args: AddDepartmentArgs,
) -> Reply<AssessmentView> {
    state.with("add_department", |s| {
        s.add_department(&args.assessment_id, &args.name)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn rename_department(
    state: State<'_, AppState>,
    args: RenameDepartmentArgs,
) -> Reply<AssessmentView> {
    state.with("rename_department", |s| {
        s.rename_department(&args.assessment_id, &args.department_id, &args.name)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn reorder_departments(
    state: State<'_, AppState>,
    args: ReorderDepartmentsArgs,
) -> Reply<AssessmentView> {
    state.with("reorder_departments", |s| {
        let order: Vec<&str> = args.department_ids.iter().map(String::as_str).collect();
        s.reorder_departments(&args.assessment_id, &order)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub(crate) fn remove_department(
    state: State<'_, AppState>,
    args: DepartmentArgs,
) -> Reply<AssessmentView> {
    state.with("remove_department", |s| {
        s.remove_department(&args.assessment_id, &args.department_id)?;
        view(s, &args.assessment_id)
    })
}
