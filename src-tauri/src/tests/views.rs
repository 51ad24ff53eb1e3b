//! The data of the screens, built from hand-made core types.

use cx_maturity::model::{
    Answer, AnswerValue, Assessment, AssessmentData, AssessmentStatus, Department, Respondent,
};
use cx_maturity::questionnaire::{self, Questionnaire};
use time::macros::datetime;

use crate::views;
use crate::wire::AnswerChoice;

fn builtin() -> Questionnaire {
    let text = include_str!("../../../questionnaires/cx-maturity/cx-maturity.json");
    questionnaire::parse(text, std::path::Path::new("cx-maturity.json")).expect("valid built-in")
}

fn answer(respondent: &str, question: &str, value: AnswerValue) -> Answer {
    Answer {
        respondent_id: respondent.into(),
        question_id: question.into(),
        value,
        comment: None,
        updated_at: datetime!(2026-11-20 10:00 UTC),
    }
}

/// Two departments, two respondents; Ana answered the first two questions of
/// "vision" and the fourth; Ben answered nothing.
fn data() -> AssessmentData {
    let respondent = |id: &str, name: &str, dept: &str| Respondent {
        id: id.into(),
        name: name.into(),
        department_id: dept.into(),
        role: None,
        consensus: false,
        created_at: datetime!(2026-11-20 09:00 UTC),
    };
    AssessmentData {
        assessment: Assessment {
            id: "a1".into(),
            organisation: "Acme".into(),
            title: "Baseline".into(),
            status: AssessmentStatus::Open,
            created_at: datetime!(2026-11-20 09:00 UTC),
            updated_at: datetime!(2026-11-20 09:30 UTC),
            questionnaire_id: "cx-maturity".into(),
            questionnaire_version: "1.0.0".into(),
        },
        questionnaire: builtin(),
        departments: vec![
            Department {
                id: "d1".into(),
                name: "Sales".into(),
                position: 0,
            },
            Department {
                id: "d2".into(),
                name: "Service".into(),
                position: 1,
            },
        ],
        respondents: vec![respondent("r1", "Ana", "d1"), respondent("r2", "Ben", "d2")],
        answers: vec![
            answer("r1", "vision.statement", AnswerValue::Level(3)),
            answer("r1", "vision.strategy-link", AnswerValue::NotApplicable),
            answer("r1", "vision.decisions", AnswerValue::Unknown),
        ],
        settings: Vec::new(),
        evidence: Vec::new(),
        action_edits: Vec::new(),
    }
}

#[test]
fn progress_counts_any_answer_and_resumes_at_the_first_gap() {
    let d = data();
    let ana = views::progress(&d, "r1");
    // 3 answers of 50 questions (10 dimensions × 5), N/A and don't-know count.
    assert_eq!((ana.answered, ana.total), (3, 50));
    // vision.statement and vision.strategy-link are answered; the third is not.
    assert_eq!(ana.resume_question_id.as_deref(), Some("vision.awareness"));
    let ben = views::progress(&d, "r2");
    assert_eq!((ben.answered, ben.total), (0, 50));
    assert_eq!(ben.resume_question_id.as_deref(), Some("vision.statement"));
}

#[test]
fn a_finished_respondent_has_no_resume_point() {
    let mut d = data();
    let ids: Vec<String> = d
        .questionnaire
        .questions()
        .map(|(_, q)| q.id.clone())
        .collect();
    d.answers = ids
        .iter()
        .map(|q| answer("r2", q, AnswerValue::Level(2)))
        .collect();
    let ben = views::progress(&d, "r2");
    assert_eq!((ben.answered, ben.resume_question_id), (50, None));
}

#[test]
fn answers_come_in_questionnaire_order_with_their_saved_time() {
    let mut d = data();
    d.answers.reverse();
    let a = views::respondent_answers(&d, "r1");
    let order: Vec<&str> = a.answers.iter().map(|x| &*x.question_id).collect();
    assert_eq!(
        order,
        [
            "vision.statement",
            "vision.strategy-link",
            "vision.decisions"
        ]
    );
    assert_eq!(a.answers[0].value, AnswerChoice(AnswerValue::Level(3)));
    assert_eq!(a.answers[0].saved_at, "2026-11-20T10:00:00Z");
    let json = serde_json::to_value(&a.answers).expect("serialises");
    assert_eq!(json[0]["value"], 3);
    assert_eq!(json[1]["value"], "na");
    assert_eq!(json[2]["value"], "unknown");
    assert_eq!(json[0]["savedAt"], "2026-11-20T10:00:00Z");
}

#[test]
fn the_questionnaire_outline_carries_every_question_with_five_anchors() {
    let outline = views::questionnaire_outline(&builtin());
    assert_eq!(outline.levels.len(), 5);
    assert_eq!(outline.dimensions.len(), 10);
    assert_eq!(outline.dimensions[0].id, "vision");
    let questions: usize = outline.dimensions.iter().map(|d| d.questions.len()).sum();
    assert_eq!(questions, 50);
    assert!(
        outline
            .dimensions
            .iter()
            .flat_map(|d| &d.questions)
            .all(|q| q.anchors.len() == 5)
    );
}

#[test]
fn answer_choices_read_numbers_and_words_and_refuse_others() {
    let parse = |s: &str| serde_json::from_str::<AnswerChoice>(s).map(|c| c.0);
    assert_eq!(parse("4").ok(), Some(AnswerValue::Level(4)));
    assert_eq!(parse("\"na\"").ok(), Some(AnswerValue::NotApplicable));
    assert_eq!(parse("\"unknown\"").ok(), Some(AnswerValue::Unknown));
    assert!(parse("0").is_err());
    assert!(parse("6").is_err());
    assert!(parse("\"maybe\"").is_err());
}
