//! Questionnaires, assessments, departments, respondents and answers →
//! `wire/assessment.rs`. Scores come from `cx_maturity::scoring`; only
//! answers are counted here (progress, completion).

use std::collections::HashSet;

use cx_maturity::model::{Answer, AssessmentData};
use cx_maturity::questionnaire::Questionnaire;
use cx_maturity::scoring;
use cx_maturity::store::{NameProblem, RemovedRespondent, departments};

use super::{count32, timestamp};
use crate::wire;

pub(crate) fn questionnaire_info(q: &Questionnaire) -> wire::QuestionnaireInfo {
    wire::QuestionnaireInfo {
        id: q.id.clone(),
        version: q.version.clone(),
        title: q.title.clone(),
        description: q.description.clone(),
        locale: q.locale.clone(),
        dimensions: count32(q.dimensions.len()),
        questions: count32(q.questions().count()),
    }
}

pub(crate) fn questionnaire_outline(q: &Questionnaire) -> wire::QuestionnaireOutline {
    wire::QuestionnaireOutline {
        id: q.id.clone(),
        version: q.version.clone(),
        title: q.title.clone(),
        description: q.description.clone(),
        locale: q.locale.clone(),
        levels: q
            .levels
            .iter()
            .map(|l| wire::LevelInfo {
                level: l.level,
                name: l.name.clone(),
                description: l.description.clone(),
            })
            .collect(),
        dimensions: q
            .dimensions
            .iter()
            .map(|d| wire::DimensionOutline {
                id: d.id.clone(),
                title: d.title.clone(),
                description: d.description.clone(),
                weight: d.weight,
                questions: d
                    .questions
                    .iter()
                    .map(|q| wire::QuestionOutline {
                        id: q.id.clone(),
                        prompt: q.prompt.clone(),
                        help: q.help.clone(),
                        anchors: q.anchors.to_vec(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// A respondent's progress: answered questions (of this questionnaire) and the
/// first unanswered one in questionnaire order.
pub(crate) fn progress(data: &AssessmentData, respondent_id: &str) -> wire::Progress {
    let mine = || {
        data.answers
            .iter()
            .filter(|a| *a.respondent_id == *respondent_id)
    };
    let answered: HashSet<&str> = mine().map(|a| &*a.question_id).collect();
    let carried: HashSet<&str> = mine()
        .filter(|a| a.carried)
        .map(|a| &*a.question_id)
        .collect();
    let mut count = 0;
    let mut total = 0;
    let mut still_carried = 0;
    let mut resume = None;
    for (_, q) in data.questionnaire.questions() {
        total += 1;
        if carried.contains(q.id.as_str()) {
            still_carried += 1;
        }
        if answered.contains(q.id.as_str()) {
            count += 1;
        } else if resume.is_none() {
            resume = Some(q.id.clone());
        }
    }
    wire::Progress {
        answered: count,
        total,
        carried: still_carried,
        resume_question_id: resume,
    }
}

/// One line of the assessment list; `scorecard` supplies the overall
/// figures, `round` its place in its chain of rounds.
pub(crate) fn summary(
    data: &AssessmentData,
    scorecard: &scoring::Scorecard,
    round: wire::RoundPlace,
) -> wire::AssessmentSummary {
    let a = &data.assessment;
    let questions = data.questionnaire.questions().count();
    let respondents = data.respondents.len();
    let answered: usize = data
        .respondents
        .iter()
        .map(|r| progress(data, &r.id).answered as usize)
        .sum();
    let possible = respondents * questions;
    // `possible` is small (respondents × questions); the cast to f64 is exact.
    #[allow(clippy::cast_precision_loss)]
    let completion = (possible > 0).then(|| answered as f64 / possible as f64);
    let last_answer = data.answers.iter().map(|a| a.updated_at).max();
    wire::AssessmentSummary {
        id: a.id.clone(),
        organisation: a.organisation.clone(),
        title: a.title.clone(),
        created_at: timestamp(a.created_at),
        updated_at: timestamp(last_answer.map_or(a.updated_at, |t| t.max(a.updated_at))),
        questionnaire_title: data.questionnaire.title.clone(),
        departments: count32(data.departments.len()),
        respondents: count32(respondents),
        answered: count32(answered),
        expected: count32(possible),
        completion,
        overall_score: scorecard.overall.score,
        overall_level: scorecard.overall.level,
        overall_level_name: scorecard.overall.level_name.clone(),
        round,
        anonymous: a.anonymity.anonymous,
    }
}

pub(crate) fn assessment_view(
    data: &AssessmentData,
    scorecard: &scoring::Scorecard,
    round: wire::RoundPlace,
) -> wire::AssessmentView {
    let departments = data
        .departments
        .iter()
        .map(|d| wire::DepartmentView {
            id: d.id.clone(),
            name: d.name.clone(),
            position: d.position,
            respondents: count32(
                data.respondents
                    .iter()
                    .filter(|r| r.department_id == d.id)
                    .count(),
            ),
        })
        .collect();
    let respondents = data
        .respondents
        .iter()
        .map(|r| wire::RespondentView {
            id: r.id.to_string(),
            name: r.name.to_string(),
            role: r.role.clone(),
            department_id: r.department_id.clone(),
            department_name: data
                .departments
                .iter()
                .find(|d| d.id == r.department_id)
                .map(|d| d.name.clone())
                .unwrap_or_default(),
            consensus: r.consensus,
            progress: progress(data, &r.id),
            locale: r.locale.clone(),
        })
        .collect();
    wire::AssessmentView {
        assessment: summary(data, scorecard, round),
        departments,
        respondents,
        questionnaire: questionnaire_outline(&data.questionnaire),
        report_locale: data.assessment.report_locale.clone(),
        locales: locales(&data.questionnaire),
        anonymity: wire::Anonymity {
            anonymous: data.assessment.anonymity.anonymous,
            threshold: data.assessment.anonymity.threshold,
        },
    }
}

/// The questionnaire's languages in tag order: the same list whichever
/// language its texts were loaded in.
pub(crate) fn locales(q: &Questionnaire) -> Vec<String> {
    let mut all = q.locales();
    all.sort();
    all
}

pub(crate) fn stored_answer(a: &Answer) -> wire::StoredAnswer {
    wire::StoredAnswer {
        question_id: a.question_id.to_string(),
        value: wire::AnswerChoice(a.value),
        comment: a.comment.clone(),
        saved_at: timestamp(a.updated_at),
        carried: a.carried,
        do_not_quote: a.do_not_quote,
    }
}

/// A respondent's answers in questionnaire order, with progress.
pub(crate) fn respondent_answers(
    data: &AssessmentData,
    respondent_id: &str,
) -> wire::RespondentAnswers {
    let answers = data
        .questionnaire
        .questions()
        .filter_map(|(_, q)| {
            data.answers
                .iter()
                .find(|a| *a.respondent_id == *respondent_id && *a.question_id == *q.id)
        })
        .map(stored_answer)
        .collect();
    wire::RespondentAnswers {
        respondent_id: respondent_id.to_owned(),
        answers,
        progress: progress(data, respondent_id),
    }
}

/// A removal as the window shows it; the caller adds the undo token once
/// it holds the removed data.
pub(crate) fn respondent_removed(
    view: wire::AssessmentView,
    removed: &RemovedRespondent,
) -> wire::RespondentRemoved {
    wire::RespondentRemoved {
        view,
        name: removed.respondent.name.clone(),
        answers: count32(removed.answers.len()),
        undo_token: String::new(),
    }
}

/// A department name's check as the set-up screen receives it.
pub(crate) fn department_name_check(
    name: &str,
    problem: Option<NameProblem>,
) -> wire::DepartmentNameCheck {
    match problem {
        None => wire::DepartmentNameCheck::Ok {
            name: departments::normalise_name(name),
        },
        Some(NameProblem::Empty) => wire::DepartmentNameCheck::Empty,
        Some(NameProblem::TooLong { chars, max }) => wire::DepartmentNameCheck::TooLong {
            chars: count32(chars),
            max: count32(max),
        },
        Some(NameProblem::NotOneLine) => wire::DepartmentNameCheck::NotOneLine,
        Some(NameProblem::Duplicate { of }) => wire::DepartmentNameCheck::Duplicate { of },
    }
}
