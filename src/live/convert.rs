//! The one place core types become the live server's wire types
//! (`wire.rs`), and wire values become core values. Pure.

use std::collections::HashMap;

use time::format_description::well_known::Rfc3339;

use super::wire::{
    AnswerView, DepartmentView, DimensionView, QuestionView, QuestionnaireView, Round, SessionView,
    VoteSaved, VoteValue,
};
use crate::Result;
use crate::model::{Answer, AnswerValue, Assessment, Department, VoteRound};
use crate::questionnaire::Questionnaire;

pub(crate) fn department(d: &Department) -> DepartmentView {
    DepartmentView {
        id: d.id.clone(),
        name: d.name.clone(),
    }
}

pub(crate) fn session(
    assessment: &Assessment,
    departments: &[Department],
    paced: bool,
    questionnaire: &Questionnaire,
) -> SessionView {
    SessionView {
        organisation: assessment.organisation.clone(),
        title: assessment.title.clone(),
        paced,
        departments: departments.iter().map(department).collect(),
        locales: questionnaire.locales(),
    }
}

pub(crate) fn value(v: AnswerValue) -> VoteValue {
    match v {
        AnswerValue::Level(l) => VoteValue::Level(l),
        other => VoteValue::Word(other.to_string()),
    }
}

/// A wire value as the core's: a number is a level (its range is the
/// core's to check, with the vote), a word is read like the desktop's
/// (`na`, `unknown`).
pub(crate) fn answer_value(v: &VoteValue) -> Result<AnswerValue> {
    match v {
        VoteValue::Level(l) => Ok(AnswerValue::Level(*l)),
        VoteValue::Word(w) => w.parse(),
    }
}

pub(crate) fn round(r: VoteRound) -> Round {
    match r {
        VoteRound::Blind => Round::Blind,
        VoteRound::Revote => Round::Revote,
    }
}

pub(crate) fn vote_saved(answer: &Answer, r: VoteRound) -> VoteSaved {
    VoteSaved {
        question: answer.question_id.to_string(),
        value: value(answer.value),
        round: round(r),
        // invariant: the store wrote this time, so it formats.
        saved_at: answer.updated_at.format(&Rfc3339).unwrap_or_default(),
    }
}

/// The questionnaire with the participant's answers, both in
/// questionnaire order; `q` is already in the participant's language,
/// `base_locales` the snapshot's languages in its own order (a translated
/// questionnaire lists its new language first).
pub(crate) fn questionnaire(
    q: &Questionnaire,
    base_locales: &[String],
    answers: &[Answer],
) -> QuestionnaireView {
    let given: HashMap<&str, AnswerValue> =
        answers.iter().map(|a| (&*a.question_id, a.value)).collect();
    QuestionnaireView {
        locale: q.locale.clone(),
        locales: base_locales.to_vec(),
        title: q.title.clone(),
        levels: (1..=5)
            .map(|l| match q.level_name(l) {
                "" => crate::scoring::level_name(l).to_owned(),
                named => named.to_owned(),
            })
            .collect(),
        dimensions: q
            .dimensions
            .iter()
            .map(|d| DimensionView {
                id: d.id.clone(),
                title: d.title.clone(),
                questions: d
                    .questions
                    .iter()
                    .map(|question| QuestionView {
                        id: question.id.clone(),
                        prompt: question.prompt.clone(),
                        help: question.help.clone(),
                        anchors: question.anchors.to_vec(),
                    })
                    .collect(),
            })
            .collect(),
        answers: q
            .questions()
            .filter_map(|(_, question)| {
                given.get(question.id.as_str()).map(|v| AnswerView {
                    question: question.id.clone(),
                    value: value(*v),
                })
            })
            .collect(),
    }
}
