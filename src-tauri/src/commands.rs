//! The Tauri commands: thin, each one a call or two into the core and a
//! conversion to wire types. The list of commands, with their argument and
//! result types, is the table at the end of this file; from it come the
//! invoke handler, the permission names (`build.rs`) and the TypeScript
//! command map (`ui/src/bindings/commands.ts`).

// Tauri hands each command its arguments by value (they are deserialised
// for the call), so taking them by reference is not an option.
#![allow(clippy::needless_pass_by_value)]

use std::path::Path;

use cx_maturity::model::DimensionSetting;
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::{Error, scoring};
use tauri::State;

use crate::state::AppState;
use crate::table::command_table;
use crate::views;
use crate::wire::*;
use cx_maturity::store::{self, Store};

// Commands of issue 7 live in their own modules; the table names them.
pub use crate::commands_exchange::*;
pub use crate::commands_pack::*;
pub use crate::commands_plan::*;
pub use crate::commands_ship::*;

type Reply<T> = Result<T, WireError>;

#[tauri::command(async)]
pub fn app_info(state: State<'_, AppState>) -> Reply<AppInfo> {
    Ok(AppInfo {
        name: "CX Maturity".to_owned(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        database_path: state.path().map(|p| p.display().to_string()),
        database_error: state.open_error().map(|e| e.message),
        locale: locale(),
    })
}

#[tauri::command(async)]
pub fn list_questionnaires() -> Reply<Vec<QuestionnaireInfo>> {
    Ok(questionnaire::builtins()
        .iter()
        .map(views::questionnaire_info)
        .collect())
}

#[tauri::command(async)]
pub fn check_questionnaire(args: CheckQuestionnaireArgs) -> Reply<QuestionnaireInfo> {
    resolve_questionnaire(&args.source)
        .map(|q| views::questionnaire_info(&q))
        .map_err(|e| crate::error::report("check_questionnaire", &e))
}

#[tauri::command(async)]
pub fn list_assessments(state: State<'_, AppState>) -> Reply<Vec<AssessmentSummary>> {
    state.with("list_assessments", |s| {
        // Self-assessments opened from packs are listed apart
        // (`list_pack_sessions`).
        let sessions = s.pack_sessions()?;
        s.list_assessments()?
            .iter()
            .filter(|a| !sessions.iter().any(|p| p.assessment_id == a.id))
            .map(|a| summary(s, &a.id))
            .collect()
    })
}

#[tauri::command(async)]
pub fn create_assessment(
    state: State<'_, AppState>,
    args: CreateAssessmentArgs,
) -> Reply<AssessmentView> {
    // Parsed and validated before the database lock is taken.
    let q = resolve_questionnaire(&args.questionnaire)
        .map_err(|e| crate::error::report("create_assessment", &e))?;
    state.with("create_assessment", |s| {
        let departments: Vec<&str> = args.departments.iter().map(String::as_str).collect();
        let id = s.create_assessment(&args.organisation, &args.title, &q, &departments)?;
        view(s, &id)
    })
}

#[tauri::command(async)]
pub fn create_demo(state: State<'_, AppState>) -> Reply<AssessmentSummary> {
    state.with("create_demo", |s| {
        let id = cx_maturity::demo::create_demo(s)?;
        summary(s, &id)
    })
}

#[tauri::command(async)]
pub fn delete_assessment(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<()> {
    state.with("delete_assessment", |s| {
        s.delete_assessment(&args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn restore_assessment(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<AssessmentSummary> {
    state.with("restore_assessment", |s| {
        s.restore_assessment(&args.assessment_id)?;
        summary(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn get_assessment(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<AssessmentView> {
    state.with("get_assessment", |s| view(s, &args.assessment_id))
}

#[tauri::command(async)]
pub fn update_assessment(
    state: State<'_, AppState>,
    args: UpdateAssessmentArgs,
) -> Reply<AssessmentView> {
    state.with("update_assessment", |s| {
        let status = s.load(&args.assessment_id)?.assessment.status;
        s.update_assessment(&args.assessment_id, &args.organisation, &args.title, status)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn add_department(
    state: State<'_, AppState>,
    args: AddDepartmentArgs,
) -> Reply<AssessmentView> {
    state.with("add_department", |s| {
        s.add_department(&args.assessment_id, &args.name)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn rename_department(
    state: State<'_, AppState>,
    args: RenameDepartmentArgs,
) -> Reply<AssessmentView> {
    state.with("rename_department", |s| {
        s.rename_department(&args.assessment_id, &args.department_id, &args.name)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn reorder_departments(
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
pub fn remove_department(
    state: State<'_, AppState>,
    args: DepartmentArgs,
) -> Reply<AssessmentView> {
    state.with("remove_department", |s| {
        s.remove_department(&args.assessment_id, &args.department_id)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn add_respondent(
    state: State<'_, AppState>,
    args: AddRespondentArgs,
) -> Reply<AssessmentView> {
    state.with("add_respondent", |s| {
        s.add_respondent(
            &args.assessment_id,
            &args.department_id,
            &args.name,
            args.role.as_deref(),
            args.consensus,
        )?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn update_respondent(
    state: State<'_, AppState>,
    args: UpdateRespondentArgs,
) -> Reply<AssessmentView> {
    state.with("update_respondent", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        s.update_respondent(
            &args.respondent_id,
            &args.name,
            &args.department_id,
            args.role.as_deref(),
            args.consensus,
        )?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn remove_respondent(
    state: State<'_, AppState>,
    args: RespondentArgs,
) -> Reply<AssessmentView> {
    state.with("remove_respondent", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        s.remove_respondent(&args.respondent_id)?;
        view(s, &args.assessment_id)
    })
}

#[tauri::command(async)]
pub fn get_answers(state: State<'_, AppState>, args: RespondentArgs) -> Reply<RespondentAnswers> {
    state.with("get_answers", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        let data = s.load(&args.assessment_id)?;
        Ok(views::respondent_answers(&data, &args.respondent_id))
    })
}

/// Commits one answer; the UI shows "saved" only once this returns `Ok`.
#[tauri::command(async)]
pub fn save_answer(state: State<'_, AppState>, args: SaveAnswerArgs) -> Reply<StoredAnswer> {
    state.with("save_answer", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        let stored = s.save_answer(
            &args.respondent_id,
            &args.question_id,
            args.value.0,
            args.comment.as_deref(),
        )?;
        Ok(views::stored_answer(&stored))
    })
}

#[tauri::command(async)]
pub fn clear_answer(state: State<'_, AppState>, args: ClearAnswerArgs) -> Reply<()> {
    state.with("clear_answer", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        s.clear_answer(&args.respondent_id, &args.question_id)
    })
}

#[tauri::command(async)]
pub fn get_results(state: State<'_, AppState>, args: AssessmentArgs) -> Reply<Results> {
    state.with("get_results", |s| results(s, &args.assessment_id))
}

#[tauri::command(async)]
pub fn set_target(state: State<'_, AppState>, args: SetTargetArgs) -> Reply<Results> {
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

#[tauri::command(async)]
pub fn save_evidence(state: State<'_, AppState>, args: SaveEvidenceArgs) -> Reply<Results> {
    state.with("save_evidence", |s| {
        let date = match args.date.as_deref().map(str::trim) {
            Some(d) if !d.is_empty() => Some(store::parse_date(d)?),
            _ => None,
        };
        s.record_evidence(
            &args.assessment_id,
            &[(views::evidence_metric(args.metric), args.value)],
            date,
            args.source.as_deref(),
        )?;
        results(s, &args.assessment_id)
    })
}

/// A built-in questionnaire by id, or a user's file parsed and validated
/// (named by its file name only in messages).
fn resolve_questionnaire(source: &QuestionnaireSource) -> cx_maturity::Result<Questionnaire> {
    match source {
        QuestionnaireSource::Builtin { id } => {
            questionnaire::builtin(id).ok_or_else(|| Error::NotFound {
                what: "built-in questionnaire",
                id: id.clone(),
            })
        }
        QuestionnaireSource::File { file_name, text } => {
            let name = Path::new(file_name)
                .file_name()
                .map_or_else(|| Path::new("questionnaire.json"), Path::new);
            questionnaire::check_length(name, text.len())?;
            questionnaire::parse(text, name)
        }
    }
}

/// Answers and respondent edits name a respondent of the assessment the UI
/// has open; a stale id from another assessment is refused, not applied.
pub(crate) fn ensure_respondent(
    s: &Store,
    assessment_id: &str,
    respondent_id: &str,
) -> cx_maturity::Result<()> {
    if s.respondents(assessment_id)?
        .iter()
        .any(|r| r.id == respondent_id)
    {
        Ok(())
    } else {
        Err(Error::NotFound {
            what: "respondent",
            id: respondent_id.to_owned(),
        })
    }
}

pub(crate) fn summary(s: &Store, id: &str) -> cx_maturity::Result<AssessmentSummary> {
    let data = s.load(id)?;
    Ok(views::summary(&data, &scoring::score(&data)))
}

pub(crate) fn view(s: &Store, id: &str) -> cx_maturity::Result<AssessmentView> {
    let data = s.load(id)?;
    Ok(views::assessment_view(&data, &scoring::score(&data)))
}

pub(crate) fn results(s: &Store, id: &str) -> cx_maturity::Result<Results> {
    let data = s.load(id)?;
    let card = scoring::score(&data);
    let accent = s.branding()?.accent_colour;
    Ok(Results {
        charts: crate::charts::charts(&card, accent.as_deref())?,
        scorecard: views::scorecard(&card),
    })
}

/// The user interface language: the first of `LC_ALL`, `LC_MESSAGES`,
/// `LANG` as a BCP 47 tag (`de_DE.UTF-8` → `de-DE`), else `en`.
fn locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .map(|v| {
            v.split(['.', '@'])
                .next()
                .unwrap_or_default()
                .replace('_', "-")
        })
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .unwrap_or_else(|| "en".to_owned())
}

// The table itself is in `command_table.rs`, which `build.rs` includes too
// (with its own `command_table!` that keeps only the names) to generate one
// `allow-…` permission per command.
include!("command_table.rs");
