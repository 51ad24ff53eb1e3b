//! Core types → wire types (`convert/`): the data of the screens built from
//! hand-made core types, and the core's chart figures as wire shapes
//! without moving a coordinate.

use cx_maturity::model::{
    Answer, AnswerValue, Assessment, AssessmentData, AssessmentStatus, Department, Respondent,
};
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::report::charts::{Anchor, Figure, Shape as CoreShape, Stroke};
use cx_maturity::report::fonts::Weight;
use cx_maturity::report::style::Rgb;
use time::macros::datetime;

use crate::convert::assessment;
use crate::convert::results::chart;
use crate::wire::{AnswerChoice, ChartKind, Point, Shape, TextAnchor};

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
        carried: false,
        do_not_quote: false,
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
        locale: None,
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
            previous_id: None,
            report_locale: "en".into(),
            anonymity: Default::default(),
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
        capacity: Default::default(),
        first_votes: Vec::new(),
    }
}

#[test]
fn progress_counts_any_answer_and_resumes_at_the_first_gap() {
    let d = data();
    let ana = assessment::progress(&d, "r1");
    // 3 answers of 50 questions (10 dimensions × 5), N/A and don't-know count.
    assert_eq!((ana.answered, ana.total), (3, 50));
    // vision.statement and vision.strategy-link are answered; the third is not.
    assert_eq!(ana.resume_question_id.as_deref(), Some("vision.awareness"));
    let ben = assessment::progress(&d, "r2");
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
    let ben = assessment::progress(&d, "r2");
    assert_eq!((ben.answered, ben.resume_question_id), (50, None));
}

#[test]
fn answers_come_in_questionnaire_order_with_their_saved_time() {
    let mut d = data();
    d.answers.reverse();
    let a = assessment::respondent_answers(&d, "r1");
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
    let outline = assessment::questionnaire_outline(&builtin());
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

#[test]
fn shapes_keep_their_geometry_and_colours() {
    let figure = Figure {
        width: 300.0,
        height: 200.0,
        title: "Radar of 3 dimensions".into(),
        shapes: vec![
            CoreShape::Path {
                points: vec![[10.0, 20.0], [30.0, 40.0]],
                closed: false,
                fill: None,
                stroke: Some(Stroke::dashed(Rgb(0, 0x80, 0xff), 1.5, [3.0, 2.0])),
            },
            CoreShape::Path {
                points: vec![[0.0, 0.0], [10.0, 0.0], [5.0, 8.0]],
                closed: true,
                fill: Some(Rgb(0x10, 0x2a, 0x43)),
                stroke: None,
            },
            CoreShape::Path {
                points: vec![[0.0, 0.0], [1.0, 1.0]],
                closed: false,
                fill: None,
                stroke: None,
            },
            CoreShape::Text {
                x: 50.0,
                y: 60.0,
                text: "<img src=x onerror=alert(1)>".into(),
                size: 8.0,
                weight: Weight::Bold,
                color: Rgb(0xff, 0, 0),
                anchor: Anchor::End,
                rotate: 45.0,
            },
        ],
    };
    let c = chart(ChartKind::Radar, "Maturity by dimension", &figure);
    assert_eq!((c.width, c.height), (300.0, 200.0));
    assert_eq!(c.description, "Radar of 3 dimensions");
    // The invisible path (no fill, no stroke) is dropped: 4 shapes → 3.
    assert_eq!(c.shapes.len(), 3);
    assert_eq!(
        c.shapes[0],
        Shape::Line {
            from: Point { x: 10.0, y: 20.0 },
            to: Point { x: 30.0, y: 40.0 },
            stroke: "#0080ff".into(),
            stroke_width: 1.5,
            dashed: true,
        }
    );
    match &c.shapes[1] {
        Shape::Path {
            points,
            closed,
            fill,
            stroke,
            ..
        } => {
            assert_eq!(points.len(), 3);
            assert!(*closed);
            assert_eq!(fill.as_deref(), Some("#102a43"));
            assert_eq!(*stroke, None);
        }
        other => panic!("expected a path, got {other:?}"),
    }
    // Text stays text (the UI renders it as a text node), with its rotation.
    assert_eq!(
        c.shapes[2],
        Shape::Text {
            at: Point { x: 50.0, y: 60.0 },
            text: "<img src=x onerror=alert(1)>".into(),
            size: 8.0,
            anchor: TextAnchor::End,
            bold: true,
            fill: "#ff0000".into(),
            rotate: 45.0,
        }
    );
}

/// Ana (Sales) answered, Ben (Service) did not: 1 of 2 respondents and 1 of
/// 2 departments took part, Service is named; the scored dimension has a
/// target, the others none (no default without a score).
#[test]
fn the_scorecard_carries_participation_and_no_target_without_a_score() {
    let card = crate::convert::results::scorecard(&cx_maturity::scoring::score(&data()));
    let p = &card.participation;
    assert_eq!((p.respondents, p.respondents_set_up), (1, 2));
    assert_eq!((p.departments, p.departments_set_up), (1, 2));
    assert_eq!(p.missing_departments, ["Service"]);
    let sales = &card.departments[0];
    assert_eq!(
        (sales.respondents, sales.respondents_set_up, sales.took_part),
        (1, 1, true)
    );
    let service = &card.departments[1];
    assert_eq!((service.respondents, service.took_part), (0, false));
    // vision: Ana's 3 → level 3, default target 4; every other dimension
    // has no answer, so no target.
    let vision = &card.dimensions[0];
    assert_eq!((vision.target, vision.default_target), (Some(4), Some(4)));
    assert!(
        card.dimensions[1..]
            .iter()
            .all(|d| d.target.is_none() && d.default_target.is_none() && d.gap.is_none())
    );
}
