//! Anonymity through the shell's commands over a real store: the results
//! screen shows what any reader sees (numbered respondents in the app's
//! language, withheld figures told apart from missing ones), a refused
//! setting changes nothing, and a comment marked not to be quoted keeps its
//! text for the consultant.

use super::demo;
use crate::commands::{anonymity_set, do_not_quote_set, results, view};
use crate::wire::{ErrorKind, SetAnonymityArgs, SetDoNotQuoteArgs};

fn anonymous(id: &str, on: Option<bool>, k: Option<u8>) -> SetAnonymityArgs {
    SetAnonymityArgs {
        assessment_id: id.to_owned(),
        anonymous: on,
        threshold: k,
    }
}

#[test]
fn an_anonymous_assessments_results_name_nobody_and_withhold_small_departments() {
    let (_dir, app, id) = demo();
    let named = app.with("test", |s| results(s, &id)).expect("results");
    assert!(named.scorecard.anonymity.is_none());
    let people: Vec<String> = named
        .scorecard
        .respondents
        .iter()
        .map(|r| r.name.clone())
        .collect();

    let v = app
        .with("test", |s| {
            anonymity_set(s, &anonymous(&id, Some(true), Some(4)))
        })
        .expect("set");
    assert!(v.anonymity.anonymous && v.assessment.anonymous);
    assert_eq!(v.anonymity.threshold, 4);
    // The consultant's own screens keep the names.
    assert!(v.respondents.iter().any(|r| r.name == people[0]));

    app.set_locale("de").expect("de");
    let r = app.with("test", |s| results(s, &id)).expect("results");
    let w = r.scorecard.anonymity.as_ref().expect("withheld");
    assert_eq!(w.threshold, 4);
    // Three respondents per demo department: every one is below 4.
    assert_eq!(w.departments.len(), r.scorecard.departments.len());
    assert!(
        r.scorecard
            .departments
            .iter()
            .all(|d| d.withheld && d.score.is_none())
    );
    assert_eq!(
        r.scorecard.respondents[0].name,
        format!(
            "Befragte Person 1 ({})",
            r.scorecard.respondents[0].department
        )
    );
    let serialised = serde_json::to_string(&r).expect("JSON");
    for name in &people {
        assert!(!serialised.contains(name.as_str()), "{name} in the results");
    }
    // The organisation's figures are the named ones.
    assert_eq!(r.scorecard.overall.score, named.scorecard.overall.score);
}

#[test]
fn a_refused_threshold_changes_nothing() {
    let (_dir, app, id) = demo();
    let before = app.with("test", |s| view(s, &id)).expect("view");
    for k in [1, 51] {
        let e = app
            .with("test", |s| {
                anonymity_set(s, &anonymous(&id, Some(true), Some(k)))
            })
            .expect_err("refused");
        assert_eq!(e.kind, ErrorKind::InvalidInput);
        assert!(e.message.contains("between 2 and 50"), "{}", e.message);
    }
    assert_eq!(app.with("test", |s| view(s, &id)).expect("view"), before);
    let e = app
        .with("test", |s| {
            anonymity_set(s, &anonymous("nope", Some(true), None))
        })
        .expect_err("unknown");
    assert_eq!(e.kind, ErrorKind::NotFound);
}

#[test]
fn a_comment_not_to_be_quoted_keeps_its_text_in_the_app() {
    let (_dir, app, id) = demo();
    let v = app.with("test", |s| view(s, &id)).expect("view");
    let respondent = v.respondents[0].id.clone();
    let question = v.questionnaire.dimensions[0].questions[0].id.clone();
    let args = |on: bool| SetDoNotQuoteArgs {
        assessment_id: id.clone(),
        respondent_id: respondent.clone(),
        question_id: question.clone(),
        do_not_quote: on,
    };
    let stored = app
        .with("test", |s| do_not_quote_set(s, &args(true)))
        .expect("mark");
    assert!(stored.do_not_quote);
    assert_eq!(stored.question_id, question);
    let stored = app
        .with("test", |s| do_not_quote_set(s, &args(false)))
        .expect("unmark");
    assert!(!stored.do_not_quote);
    // A respondent of another assessment, or an unanswered question.
    let wrong = SetDoNotQuoteArgs {
        assessment_id: "nope".into(),
        ..args(true)
    };
    let e = app
        .with("test", |s| do_not_quote_set(s, &wrong))
        .expect_err("wrong assessment");
    assert_eq!(e.kind, ErrorKind::NotFound);
    let unanswered = SetDoNotQuoteArgs {
        question_id: "no.such.question".into(),
        ..args(true)
    };
    let e = app
        .with("test", |s| do_not_quote_set(s, &unanswered))
        .expect_err("no answer");
    assert_eq!(e.kind, ErrorKind::NotFound);
}
