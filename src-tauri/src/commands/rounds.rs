//! Rounds (scoring.md, "Rounds and progress"): what the "Start the next
//! round" dialog offers, starting the round (the core's one transaction),
//! confirming a carried answer, and the Progress tab — the core's
//! comparison with the previous round, the trend, their charts.

use cx_maturity::questionnaire::{self, Questionnaire, is_newer};
use cx_maturity::store::Store;
use cx_maturity::{Error, workflow};
use tauri::State;

use super::{Reply, ensure_respondent, summary};
use crate::convert::assessment::stored_answer;
use crate::convert::rounds::{
    ComparedRounds, link, next_round, plan_view, progress_charts, round_place, round_progress,
    round_started, trend,
};
use crate::state::{AppState, OpenStore};
use crate::wire::{
    AssessmentArgs, ConfirmAnswerArgs, NextRoundPlan, RoundProgress, RoundStartedView,
    StartNextRoundArgs, StoredAnswer,
};

#[tauri::command(async)]
pub(crate) fn next_round_plan(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<NextRoundPlan> {
    // Installed files are read before the database lock is taken.
    let current = current_questionnaires();
    state.with("next_round_plan", |s| {
        plan_of(s, &args.assessment_id, &current)
    })
}

#[tauri::command(async)]
pub(crate) fn start_next_round(
    state: State<'_, AppState>,
    args: StartNextRoundArgs,
) -> Reply<RoundStartedView> {
    let current = current_questionnaires();
    state.with("start_next_round", |s| start_round(s, &args, &current))
}

/// Keeps a carried answer as it stands: the respondent's own from now on.
#[tauri::command(async)]
pub(crate) fn confirm_answer(
    state: State<'_, AppState>,
    args: ConfirmAnswerArgs,
) -> Reply<StoredAnswer> {
    state.with("confirm_answer", |s| confirm(s, &args))
}

/// Confirms the carried answer `args` names, of a respondent of
/// `args.assessment_id`.
pub(crate) fn confirm(
    s: &mut Store,
    args: &ConfirmAnswerArgs,
) -> cx_maturity::Result<StoredAnswer> {
    ensure_respondent(s, &args.assessment_id, &args.respondent_id)?;
    let answer = s.confirm_answer(&args.respondent_id, &args.question_id)?;
    Ok(stored_answer(&answer))
}

#[tauri::command(async)]
pub(crate) fn get_round_progress(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<RoundProgress> {
    state.with("get_round_progress", |s| {
        progress_of(s, &args.assessment_id)
    })
}

/// The questionnaires this installation has now: the built-in ones and
/// the valid installed files.
pub(crate) fn current_questionnaires() -> Vec<Questionnaire> {
    let mut all = questionnaire::builtins();
    all.extend(
        questionnaire::installed()
            .into_iter()
            .filter_map(|(_, q)| q.ok()),
    );
    all
}

/// The newest of `current` with the id of `of` and a newer version.
pub(crate) fn newest<'a>(
    current: &'a [Questionnaire],
    of: &Questionnaire,
) -> Option<&'a Questionnaire> {
    current
        .iter()
        .filter(|q| q.id == of.id && is_newer(&q.version, &of.version))
        .reduce(|best, q| {
            if is_newer(&q.version, &best.version) {
                q
            } else {
                best
            }
        })
}

/// What the dialog offers for round `id`, with `current` the
/// questionnaires built in and installed.
pub(crate) fn plan_of(
    s: &OpenStore<'_>,
    id: &str,
    current: &[Questionnaire],
) -> cx_maturity::Result<NextRoundPlan> {
    let data = workflow::load_in(s, id, s.locale())?;
    let place = round_place(&s.list_assessments()?, id);
    let newer = newest(current, &data.questionnaire).map(|q| q.in_locale(s.locale()));
    Ok(plan_view(&data, place, newer.as_ref()))
}

/// Starts the next round of `args.assessment_id` as the dialog chose.
pub(crate) fn start_round(
    s: &mut OpenStore<'_>,
    args: &StartNextRoundArgs,
    current: &[Questionnaire],
) -> cx_maturity::Result<RoundStartedView> {
    let old = s.questionnaire(&args.assessment_id)?.in_locale(s.locale());
    let chosen = match &args.questionnaire_version {
        None => None,
        Some(version) => Some(
            current
                .iter()
                .find(|q| q.id == old.id && q.version == *version)
                .cloned()
                .ok_or_else(|| {
                    Error::InvalidInput(format!(
                        "version {version} of the questionnaire “{}” is no longer built in or \
                         installed; open the dialog again to see the versions there are",
                        old.title
                    ))
                })?,
        ),
    };
    let started = s.start_next_round(&args.assessment_id, &next_round(args, chosen))?;
    let new = s.questionnaire(&started.id)?.in_locale(s.locale());
    let assessment = summary(s, &started.id)?;
    Ok(round_started(&started, assessment, &old, &new))
}

/// The Progress tab of round `id`: refused (by the core, in plain words)
/// for a first round.
pub(crate) fn progress_of(s: &OpenStore<'_>, id: &str) -> cx_maturity::Result<RoundProgress> {
    let mut rounds = workflow::Chain::load(s, id)?;
    // Texts only: ids and weights are the same in every language.
    for round in &mut rounds.rounds {
        round.questionnaire = round.questionnaire.in_locale(s.locale());
    }
    let comparison = rounds.compare()?;
    let chain = rounds.trend();
    let now = rounds.now();
    // `compare` refused a first round: the assessment has one before it.
    let then = &rounds.rounds[rounds.at - 1];
    let list = s.list_assessments()?;
    let missing = |which: &str| Error::NotFound {
        what: "round",
        id: which.to_owned(),
    };
    let previous =
        link(&list, &comparison.previous).ok_or_else(|| missing(&comparison.previous))?;
    let current = link(&list, id).ok_or_else(|| missing(id))?;
    let trend_view = trend(&chain, &now.questionnaire);
    let accent = s.branding()?.accent_colour;
    let charts = progress_charts(&comparison, &chain, accent.as_deref(), s.locale())?;
    Ok(round_progress(
        &comparison,
        ComparedRounds {
            then,
            now,
            previous,
            current,
        },
        trend_view,
        charts,
    ))
}
