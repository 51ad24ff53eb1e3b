//! Anonymity: making an assessment anonymous (with its threshold) or named
//! again, and marking a comment as not to be quoted in any export. What
//! readers then see is the core's ([`cx_maturity::anonymity`]).

use tauri::State;

use super::{Reply, ensure_respondent, view};
use crate::convert::assessment::stored_answer;
use crate::state::{AppState, OpenStore};
use crate::wire::{AssessmentView, SetAnonymityArgs, SetDoNotQuoteArgs, StoredAnswer};

#[tauri::command(async)]
pub(crate) fn set_anonymity(
    state: State<'_, AppState>,
    args: SetAnonymityArgs,
) -> Reply<AssessmentView> {
    state.with("set_anonymity", |s| anonymity_set(s, &args))
}

/// What `set_anonymity` does with the store.
pub(crate) fn anonymity_set(
    s: &mut OpenStore<'_>,
    args: &SetAnonymityArgs,
) -> cx_maturity::Result<AssessmentView> {
    s.set_anonymity(&args.assessment_id, args.anonymous, args.threshold)?;
    view(s, &args.assessment_id)
}

#[tauri::command(async)]
pub(crate) fn set_do_not_quote(
    state: State<'_, AppState>,
    args: SetDoNotQuoteArgs,
) -> Reply<StoredAnswer> {
    state.with("set_do_not_quote", |s| do_not_quote_set(s, &args))
}

/// What `set_do_not_quote` does with the store: the answer as stored.
pub(crate) fn do_not_quote_set(
    s: &mut OpenStore<'_>,
    args: &SetDoNotQuoteArgs,
) -> cx_maturity::Result<StoredAnswer> {
    ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
    s.set_do_not_quote(&args.respondent_id, &args.question_id, args.do_not_quote)?;
    s.answers_of(&args.respondent_id)?
        .iter()
        .find(|a| *a.question_id == *args.question_id)
        .map(stored_answer)
        .ok_or_else(|| cx_maturity::Error::NotFound {
            what: "answer",
            id: args.question_id.clone(),
        })
}
