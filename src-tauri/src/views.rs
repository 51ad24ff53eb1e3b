//! Core types → wire types. Pure functions, so each screen's data can be
//! tested without a window. No figure is computed here: scores come from
//! `cx_maturity::scoring`; only counts of answers (progress) are taken.

use std::collections::HashSet;

use cx_maturity::model::{Answer, AssessmentData};
use cx_maturity::questionnaire::Questionnaire;
use cx_maturity::scoring;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::wire;

/// RFC 3339, as the UI parses it.
pub fn timestamp(t: OffsetDateTime) -> String {
    // invariant: RFC 3339 formatting fails only for years outside 0..=9999,
    // which the store never holds; fall back to the debug form rather than panic.
    t.format(&Rfc3339).unwrap_or_else(|_| format!("{t:?}"))
}

pub fn questionnaire_info(q: &Questionnaire) -> wire::QuestionnaireInfo {
    wire::QuestionnaireInfo {
        id: q.id.clone(),
        version: q.version.clone(),
        title: q.title.clone(),
        description: q.description.clone(),
        locale: q.locale.clone(),
        dimensions: len32(q.dimensions.len()),
        questions: len32(q.questions().count()),
    }
}

pub fn questionnaire_outline(q: &Questionnaire) -> wire::QuestionnaireOutline {
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
pub fn progress(data: &AssessmentData, respondent_id: &str) -> wire::Progress {
    let answered: HashSet<&str> = data
        .answers
        .iter()
        .filter(|a| *a.respondent_id == *respondent_id)
        .map(|a| &*a.question_id)
        .collect();
    let mut count = 0;
    let mut total = 0;
    let mut resume = None;
    for (_, q) in data.questionnaire.questions() {
        total += 1;
        if answered.contains(q.id.as_str()) {
            count += 1;
        } else if resume.is_none() {
            resume = Some(q.id.clone());
        }
    }
    wire::Progress {
        answered: count,
        total,
        resume_question_id: resume,
    }
}

/// One line of the assessment list; `scorecard` supplies the overall figures.
pub fn summary(data: &AssessmentData, scorecard: &scoring::Scorecard) -> wire::AssessmentSummary {
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
        departments: len32(data.departments.len()),
        respondents: len32(respondents),
        answered: len32(answered),
        expected: len32(possible),
        completion,
        overall_score: scorecard.overall.score,
        overall_level: scorecard.overall.level,
        overall_level_name: scorecard.overall.level_name.clone(),
    }
}

pub fn assessment_view(
    data: &AssessmentData,
    scorecard: &scoring::Scorecard,
) -> wire::AssessmentView {
    let departments = data
        .departments
        .iter()
        .map(|d| wire::DepartmentView {
            id: d.id.clone(),
            name: d.name.clone(),
            position: d.position,
            respondents: len32(
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
        })
        .collect();
    wire::AssessmentView {
        assessment: summary(data, scorecard),
        departments,
        respondents,
        questionnaire: questionnaire_outline(&data.questionnaire),
    }
}

pub fn stored_answer(a: &Answer) -> wire::StoredAnswer {
    wire::StoredAnswer {
        question_id: a.question_id.to_string(),
        value: wire::AnswerChoice(a.value),
        comment: a.comment.clone(),
        saved_at: timestamp(a.updated_at),
    }
}

/// A respondent's answers in questionnaire order, with progress.
pub fn respondent_answers(data: &AssessmentData, respondent_id: &str) -> wire::RespondentAnswers {
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

fn by_department(figures: &scoring::ByDepartment) -> Vec<wire::DepartmentFigure> {
    figures
        .0
        .iter()
        .map(|(name, score)| wire::DepartmentFigure {
            department: name.clone(),
            score: *score,
        })
        .collect()
}

/// The core's scorecard, field for field.
pub fn scorecard(s: &scoring::Scorecard) -> wire::Scorecard {
    wire::Scorecard {
        assessment: s.assessment.clone(),
        questionnaire_id: s.questionnaire.id.clone(),
        questionnaire_version: s.questionnaire.version.clone(),
        overall: wire::Overall {
            score: s.overall.score,
            level: s.overall.level,
            level_name: s.overall.level_name.clone(),
            stage: s.overall.stage,
            stage_name: s.overall.stage_name.clone(),
            stage_reason: s.overall.stage_reason.clone(),
            weakest_dimension: s.overall.weakest_dimension.clone(),
            coverage: s.overall.coverage,
        },
        dimensions: s
            .dimensions
            .iter()
            .map(|d| wire::DimensionScore {
                id: d.id.clone(),
                title: d.title.clone(),
                weight: d.weight,
                score: d.score,
                level: d.level,
                target: d.target,
                target_is_default: d.target_is_default,
                default_target: d.default_target,
                importance: d.importance,
                importance_is_default: d.importance_is_default,
                gap: d.gap,
                priority: d.priority,
                coverage: d.coverage,
                spread: d.spread,
                misaligned: d.misaligned,
                low_coverage: d.low_coverage,
                departments: by_department(&d.departments),
            })
            .collect(),
        departments: s
            .departments
            .iter()
            .map(|d| wire::DepartmentScore {
                name: d.name.clone(),
                respondents: len32(d.respondents),
                score: d.score,
                level: d.level,
            })
            .collect(),
        respondents: s
            .respondents
            .iter()
            .map(|r| wire::RespondentScore {
                id: r.id.to_string(),
                name: r.name.to_string(),
                department: r.department.to_string(),
                score: r.score,
                dimensions: r.dimensions.clone(),
            })
            .collect(),
        misaligned_questions: s
            .misaligned_questions
            .iter()
            .map(|m| wire::MisalignedQuestion {
                question: m.question.clone(),
                dimension: m.dimension.clone(),
                spread: m.spread,
                departments: by_department(&m.departments),
            })
            .collect(),
        knowledge_gaps: s
            .knowledge_gaps
            .iter()
            .map(|k| wire::KnowledgeGap {
                question: k.question.to_string(),
                dimension: k.dimension.to_string(),
                respondent: k.respondent.to_string(),
                department: k.department.to_string(),
            })
            .collect(),
        evidence: wire::EvidenceSummary {
            nps: s.evidence.nps,
            csat: s.evidence.csat,
            churn: s.evidence.churn,
        },
        flags: s
            .flags
            .iter()
            .map(|f| match f {
                scoring::Flag::PerceptionGap => wire::Flag::PerceptionGap,
            })
            .collect(),
    }
}

pub fn evidence_metric(m: wire::EvidenceMetric) -> cx_maturity::model::EvidenceMetric {
    use cx_maturity::model::EvidenceMetric as M;
    match m {
        wire::EvidenceMetric::Nps => M::Nps,
        wire::EvidenceMetric::Csat => M::Csat,
        wire::EvidenceMetric::Churn => M::Churn,
    }
}

/// Counts on screen are small; saturate rather than wrap if they ever are not.
fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
