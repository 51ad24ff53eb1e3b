//! A respondent's answers: read them with where to resume, save one (the
//! UI shows "saved" only once it is committed), clear one.

use tauri::State;

use super::{Reply, ensure_respondent};
use crate::convert::assessment::{respondent_answers, stored_answer};
use crate::state::AppState;
use crate::wire::{
    ClearAnswerArgs, RespondentAnswers, RespondentArgs, SaveAnswerArgs, StoredAnswer,
};

#[tauri::command(async)]
pub(crate) fn get_answers(
    state: State<'_, AppState>,
    args: RespondentArgs,
) -> Reply<RespondentAnswers> {
    state.with("get_answers", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        let data = cx_maturity::workflow::load_in(s, &args.assessment_id, s.locale())?;
        Ok(respondent_answers(&data, &args.respondent_id))
    })
}

/// Commits one answer; the UI shows "saved" only once this returns `Ok`.
#[tauri::command(async)]
pub(crate) fn save_answer(state: State<'_, AppState>, args: SaveAnswerArgs) -> Reply<StoredAnswer> {
    state.with("save_answer", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        let stored = s.save_answer(
            &args.respondent_id,
            &args.question_id,
            args.value.0,
            args.comment.as_deref(),
        )?;
        Ok(stored_answer(&stored))
    })
}

#[tauri::command(async)]
pub(crate) fn clear_answer(state: State<'_, AppState>, args: ClearAnswerArgs) -> Reply<()> {
    state.with("clear_answer", |s| {
        ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
        s.clear_answer(&args.respondent_id, &args.question_id)
    })
}
