//! Rounds → `wire/rounds.rs`: a round's place in its chain (from the
//! store's list of assessments), the next round's dialog, what starting one
//! did, and the core's comparison and trend for the Progress tab. Every
//! figure is the core's (`cx_maturity::scoring::rounds`); here ids become
//! the words people read (question prompts, action titles, stage names),
//! the dialog's choices become the core's `NextRound`, and the progress
//! charts are the core's geometry (`report::charts::progress`, `trend`).

use cx_maturity::model::AssessmentData;
use cx_maturity::questionnaire::{Questionnaire, question_changes};
use cx_maturity::scoring::{self, rounds as core};
use cx_maturity::store::rounds::suggested_title;
use cx_maturity::store::{AssessmentSummary, NextRound, RespondentChoice, RoundStarted};

use cx_maturity::report::charts as figures;
use cx_maturity::report::locale;

use super::results::{WIDTH, chart, chart_style};
use super::{count32, timestamp};
use crate::wire;

/// The list entry of assessment `id` as a link, when it is listed (live).
pub(crate) fn link(list: &[AssessmentSummary], id: &str) -> Option<wire::RoundLink> {
    list.iter().find(|a| a.id == id).map(|a| wire::RoundLink {
        id: a.id.clone(),
        title: a.title.clone(),
        created_at: timestamp(a.created_at),
        number: a.round,
    })
}

/// Where `id` stands in its chain, from the store's list of live
/// assessments (`Store::list_assessments`), which numbers the rounds.
pub(crate) fn round_place(list: &[AssessmentSummary], id: &str) -> wire::RoundPlace {
    let me = list.iter().find(|a| a.id == id);
    wire::RoundPlace {
        number: me.map_or(1, |a| a.round),
        previous: me
            .and_then(|a| a.previous_id.as_deref())
            .and_then(|p| link(list, p)),
        next: list
            .iter()
            .find(|a| a.previous_id.as_deref() == Some(id))
            .and_then(|a| link(list, &a.id)),
    }
}

/// Questions of `q` by id, with their prompts and dimensions; an id `q`
/// does not hold is named by itself.
pub(crate) fn question_refs(q: &Questionnaire, ids: &[String]) -> Vec<wire::QuestionRef> {
    ids.iter()
        .map(|id| match q.question(id) {
            Some((d, x)) => wire::QuestionRef {
                id: id.clone(),
                prompt: x.prompt.clone(),
                dimension: d.title.clone(),
            },
            None => wire::QuestionRef {
                id: id.clone(),
                prompt: id.clone(),
                dimension: String::new(),
            },
        })
        .collect()
}

fn action_refs(q: &Questionnaire, ids: &[String]) -> Vec<wire::ActionRef> {
    ids.iter()
        .map(|id| {
            q.actions().find(|(_, _, a)| a.id == *id).map_or_else(
                || wire::ActionRef {
                    id: id.clone(),
                    title: id.clone(),
                    dimension: String::new(),
                },
                |(d, _, a)| wire::ActionRef {
                    id: id.clone(),
                    title: a.title.clone(),
                    dimension: d.title.clone(),
                },
            )
        })
        .collect()
}

pub(crate) fn questionnaire_version(q: &Questionnaire) -> wire::QuestionnaireVersion {
    wire::QuestionnaireVersion {
        id: q.id.clone(),
        title: q.title.clone(),
        version: q.version.clone(),
        questions: count32(q.questions().count()),
    }
}

/// What taking `newer` instead of `old` would change.
pub(crate) fn upgrade(old: &Questionnaire, newer: &Questionnaire) -> wire::QuestionnaireUpgrade {
    let (added, removed) = question_changes(old, newer);
    wire::QuestionnaireUpgrade {
        questionnaire: questionnaire_version(newer),
        questions_added: question_refs(newer, &added),
        questions_removed: question_refs(old, &removed),
    }
}

/// The "Start the next round" dialog's data for the round `data`.
pub(crate) fn plan_view(
    data: &AssessmentData,
    place: wire::RoundPlace,
    newer: Option<&Questionnaire>,
) -> wire::NextRoundPlan {
    let a = &data.assessment;
    let number = place.number.saturating_add(1);
    wire::NextRoundPlan {
        assessment_id: a.id.clone(),
        organisation: a.organisation.clone(),
        title: a.title.clone(),
        number,
        suggested_title: suggested_title(&a.title, number),
        respondents: data
            .respondents
            .iter()
            .map(|r| wire::PlanRespondent {
                id: r.id.to_string(),
                name: r.name.to_string(),
                role: r.role.clone(),
                department: data
                    .departments
                    .iter()
                    .find(|d| d.id == r.department_id)
                    .map(|d| d.name.clone())
                    .unwrap_or_default(),
                answers: count32(
                    data.answers
                        .iter()
                        .filter(|x| *x.respondent_id == *r.id)
                        .count(),
                ),
            })
            .collect(),
        questionnaire: questionnaire_version(&data.questionnaire),
        newer: newer.map(|n| upgrade(&data.questionnaire, n)),
        next: place.next,
    }
}

/// The dialog's choices as the core takes them (`questionnaire`: the
/// newer version the shell found for the chosen one, if any).
pub(crate) fn next_round(
    args: &wire::StartNextRoundArgs,
    questionnaire: Option<Questionnaire>,
) -> NextRound {
    NextRound {
        title: args.title.clone(),
        respondents: if args.respondent_ids.is_empty() {
            RespondentChoice::None
        } else {
            RespondentChoice::Only(args.respondent_ids.clone())
        },
        carry_answers: args.carry_answers,
        questionnaire,
    }
}

/// What starting the next round did, questions named from the
/// questionnaire that holds them.
pub(crate) fn round_started(
    started: &RoundStarted,
    assessment: wire::AssessmentSummary,
    old: &Questionnaire,
    new: &Questionnaire,
) -> wire::RoundStartedView {
    wire::RoundStartedView {
        assessment,
        previous_id: started.previous_id.clone(),
        respondents: count32(started.respondents),
        carried_answers: count32(started.carried_answers),
        questions_added: question_refs(new, &started.questions_added),
        questions_removed: question_refs(old, &started.questions_removed),
    }
}

fn direction(d: core::Direction) -> wire::Direction {
    match d {
        core::Direction::Improved => wire::Direction::Improved,
        core::Direction::Stable => wire::Direction::Stable,
        core::Direction::Declined => wire::Direction::Declined,
    }
}

fn change(c: &core::Change) -> wire::ScoreChange {
    wire::ScoreChange {
        then: c.then,
        now: c.now,
        delta: c.delta,
        direction: c.direction.map(direction),
    }
}

fn flag(f: core::DeltaFlag) -> wire::DeltaFlag {
    match f {
        core::DeltaFlag::LowCoverage => wire::DeltaFlag::LowCoverage,
        core::DeltaFlag::QuestionsChanged => wire::DeltaFlag::QuestionsChanged,
        core::DeltaFlag::MostlyCarried => wire::DeltaFlag::MostlyCarried,
    }
}

/// A stage with its name as the questionnaire words it (the method's name
/// where it has none), as the scorecard names a stage.
fn stage(q: &Questionnaire, stage: Option<u8>) -> Option<wire::StageView> {
    stage.map(|s| {
        let named = q.level_name(s);
        wire::StageView {
            stage: s,
            name: if named.is_empty() {
                scoring::level_name(s).to_owned()
            } else {
                named.to_owned()
            },
        }
    })
}

/// The trend over the chain; stages named by `q`, the latest round's
/// questionnaire.
pub(crate) fn trend(t: &core::Trend, q: &Questionnaire) -> wire::TrendView {
    wire::TrendView {
        dimensions: t
            .dimensions
            .iter()
            .map(|d| wire::TrendDimensionView {
                id: d.id.clone(),
                title: d.title.clone(),
            })
            .collect(),
        rounds: t
            .rounds
            .iter()
            .map(|r| wire::TrendRoundView {
                assessment_id: r.assessment.clone(),
                title: r.title.clone(),
                date: r.date.clone(),
                score: r.score,
                stage: stage(q, r.stage),
                dimensions: r.dimensions.iter().map(|d| d.score).collect(),
                nps: r.nps,
                csat: r.csat,
            })
            .collect(),
    }
}

/// The Progress tab's charts, the core's geometry in the consultant's
/// accent colour: each dimension then and now, and with three rounds or
/// more the trend.
pub(crate) fn progress_charts(
    c: &core::Comparison,
    t: &core::Trend,
    accent: Option<&str>,
    locale: &str,
) -> cx_maturity::Result<Vec<wire::Chart>> {
    let labels = locale::labels(locale)?;
    let style = chart_style(accent);
    let mut charts = vec![chart(
        wire::ChartKind::Progress,
        labels.progress_chart_title,
        &figures::progress(c, WIDTH, &style, labels)?,
    )];
    if t.rounds.len() >= 3 {
        charts.push(chart(
            wire::ChartKind::Trend,
            labels.trend_chart_title,
            &figures::trend(t, WIDTH, &style, labels)?,
        ));
    }
    Ok(charts)
}

/// The two rounds a comparison is about.
pub(crate) struct ComparedRounds<'a> {
    pub(crate) then: &'a AssessmentData,
    pub(crate) now: &'a AssessmentData,
    pub(crate) previous: wire::RoundLink,
    pub(crate) current: wire::RoundLink,
}

/// The Progress tab: the core's comparison of `rounds.now` with
/// `rounds.then`, the trend and the charts.
pub(crate) fn round_progress(
    c: &core::Comparison,
    rounds: ComparedRounds<'_>,
    trend: wire::TrendView,
    charts: Vec<wire::Chart>,
) -> wire::RoundProgress {
    let (qa, qb) = (&rounds.then.questionnaire, &rounds.now.questionnaire);
    let o = &c.overall;
    let d = &c.disagreement;
    let e = &c.evidence;
    wire::RoundProgress {
        previous: rounds.previous,
        current: rounds.current,
        date_then: c.date_then.clone(),
        date_now: c.date_now.clone(),
        overall: wire::OverallChangeView {
            change: change(&o.change),
            stage_then: stage(qa, o.stage_then),
            stage_now: stage(qb, o.stage_now),
        },
        dimensions: c
            .dimensions
            .iter()
            .map(|x| wire::DimensionChangeView {
                id: x.id.clone(),
                title: x.title.clone(),
                change: change(&x.change),
                flags: x.flags.iter().copied().map(flag).collect(),
                questions_added: question_refs(qb, &x.questions_added),
                questions_removed: question_refs(qa, &x.questions_removed),
                confirmed: x.confirmed,
                coverage_then: x.coverage_then,
                coverage_now: x.coverage_now,
                spread_then: x.spread_then,
                spread_now: x.spread_now,
            })
            .collect(),
        departments: c
            .departments
            .iter()
            .map(|x| wire::DepartmentChangeView {
                name: x.name.clone(),
                change: change(&x.change),
                respondents_then: x.respondents_then.map(count32),
                respondents_now: x.respondents_now.map(count32),
            })
            .collect(),
        disagreement: wire::DisagreementChangeView {
            misaligned_dimensions_then: count32(d.misaligned_dimensions_then),
            misaligned_dimensions_now: count32(d.misaligned_dimensions_now),
            misaligned_questions_then: count32(d.misaligned_questions_then),
            misaligned_questions_now: count32(d.misaligned_questions_now),
        },
        evidence: wire::EvidenceChangeView {
            nps_then: e.nps_then,
            nps_now: e.nps_now,
            nps_change: e.nps_change,
            csat_then: e.csat_then,
            csat_now: e.csat_now,
            csat_change: e.csat_change,
        },
        diverging: c.flags.contains(&core::ComparisonFlag::Diverging),
        actions_completed: action_refs(qa, &c.actions_completed),
        questions_added: question_refs(qb, &c.questions_added),
        questions_removed: question_refs(qa, &c.questions_removed),
        confirmed: c.confirmed,
        trend,
        charts,
    }
}
