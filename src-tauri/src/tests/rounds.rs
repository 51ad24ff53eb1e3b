//! Rounds through the shell's commands over a real store: the dialog's
//! data, a round started (and refused when the round already has a next
//! one, or for a questionnaire version that is not there, with nothing
//! changed), a round's place in its chain on every summary, a carried
//! answer confirmed, and the Progress tab — refused for a first round,
//! figures by hand for a small chain.

use cx_maturity::model::{ActionEdit, ActionStatus, AnswerValue};
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::store::Store;

use super::demo;
use crate::commands::{confirm, newest, plan_of, progress_of, start_round, summary, view};
use crate::convert::assessment::respondent_answers;
use crate::state::AppState;
use crate::wire::{
    ChartKind, ConfirmAnswerArgs, DeltaFlag, Direction, ErrorKind, Shape, StartNextRoundArgs,
    WireError,
};

fn builtin() -> Questionnaire {
    questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in")
}

fn keep_all(s: &Store, id: &str, carry: bool) -> StartNextRoundArgs {
    StartNextRoundArgs {
        assessment_id: id.to_owned(),
        title: None,
        respondent_ids: s
            .respondents(id)
            .expect("respondents")
            .iter()
            .map(|r| r.id.to_string())
            .collect(),
        carry_answers: carry,
        questionnaire_version: None,
    }
}

/// Every assessment's id and title, to show a refusal changed nothing.
fn listed(app: &AppState) -> Vec<(String, String)> {
    app.with("test", |s| {
        Ok(s.list_assessments()?
            .into_iter()
            .map(|a| (a.id, a.title))
            .collect())
    })
    .expect("list")
}

#[test]
fn the_next_round_of_the_demo_keeps_everyone_and_carries_every_answer() {
    let (_dir, app, id) = demo();
    let current = vec![builtin()];
    let plan = app
        .with("test", |s| plan_of(s, &id, &current))
        .expect("plan");
    assert_eq!(plan.number, 2);
    assert_eq!(plan.suggested_title, format!("{} (round 2)", plan.title));
    assert_eq!(plan.respondents.len(), 24);
    assert!(plan.next.is_none());
    // The built-in questionnaire is the demo's own version: nothing newer.
    assert!(plan.newer.is_none());
    let answers = app
        .with("test", |s| Ok(s.load(&id)?.answers.len()))
        .expect("answers");
    assert_eq!(
        plan.respondents
            .iter()
            .map(|r| r.answers as usize)
            .sum::<usize>(),
        answers
    );

    let started = app
        .with("test", |s| {
            let args = keep_all(s, &id, true);
            start_round(s, &args, &current)
        })
        .expect("started");
    assert_eq!(started.previous_id, id);
    assert_eq!(started.respondents, 24);
    assert_eq!(started.carried_answers as usize, answers);
    assert!(started.questions_added.is_empty() && started.questions_removed.is_empty());
    let round = &started.assessment.round;
    assert_eq!(round.number, 2);
    assert_eq!(
        round.previous.as_ref().map(|p| p.id.as_str()),
        Some(id.as_str())
    );
    assert_eq!(round.previous.as_ref().map(|p| p.number), Some(1));
    assert!(round.next.is_none());
    assert_eq!(started.assessment.title, plan.suggested_title);

    // The demo now names its next round; its dialog says why none can start.
    let first = app.with("test", |s| summary(s, &id)).expect("summary");
    assert_eq!(first.round.number, 1);
    assert!(first.round.previous.is_none());
    assert_eq!(
        first.round.next.as_ref().map(|n| n.id.as_str()),
        Some(started.assessment.id.as_str())
    );
    let again = app
        .with("test", |s| plan_of(s, &id, &current))
        .expect("plan");
    assert_eq!(
        again.next.map(|n| n.title),
        Some(started.assessment.title.clone())
    );

    // Each respondent's answers arrive carried; progress counts them.
    let new_id = started.assessment.id.clone();
    let detail = app.with("test", |s| view(s, &new_id)).expect("view");
    let first_respondent = &detail.respondents[0];
    assert_eq!(
        first_respondent.progress.carried,
        first_respondent.progress.answered
    );
    assert!(first_respondent.progress.carried > 0);
    let theirs = app
        .with("test", |s| {
            Ok(respondent_answers(&s.load(&new_id)?, &first_respondent.id))
        })
        .expect("answers");
    assert!(theirs.answers.iter().all(|a| a.carried));
}

#[test]
fn a_round_that_already_has_a_next_round_is_refused_and_nothing_changes() {
    let (_dir, app, id) = demo();
    let current = vec![builtin()];
    app.with("test", |s| {
        let args = keep_all(s, &id, false);
        start_round(s, &args, &current)
    })
    .expect("first next round");
    let before = listed(&app);
    let refused: WireError = app
        .with("test", |s| {
            let args = keep_all(s, &id, true);
            start_round(s, &args, &current)
        })
        .expect_err("a second next round of the same round");
    assert_eq!(refused.kind, ErrorKind::InvalidInput);
    assert!(
        refused.message.contains("already has a next round")
            && refused
                .message
                .contains("can only be started from the latest round of its chain"),
        "{}",
        refused.message
    );
    assert_eq!(listed(&app), before);
}

#[test]
fn carrying_answers_without_respondents_is_refused_in_plain_words() {
    let (_dir, app, id) = demo();
    let before = listed(&app);
    let refused = app
        .with("test", |s| {
            let mut args = keep_all(s, &id, true);
            args.respondent_ids.clear();
            start_round(s, &args, &[builtin()])
        })
        .expect_err("answers without their respondents");
    assert_eq!(refused.kind, ErrorKind::InvalidInput);
    assert!(
        refused
            .message
            .starts_with("Answers can only be carried forward with the respondents who gave them"),
        "{}",
        refused.message
    );
    assert_eq!(listed(&app), before);
}

/// The built-in questionnaire as version 1.1.0: the first question of
/// "CX vision and strategy" removed, a new one after the others.
fn newer_version() -> Questionnaire {
    let mut q = builtin();
    q.version = "1.1.0".into();
    let vision = &mut q.dimensions[0].questions;
    let mut added = vision.remove(0);
    added.id = "vision.customer-outcomes".into();
    added.prompt = "Which customer outcomes does the vision name?".into();
    vision.push(added);
    q
}

#[test]
fn a_newer_version_is_offered_with_its_changes_and_taken_when_chosen() {
    let (_dir, app, id) = demo();
    let mut older = builtin();
    older.version = "0.9.0".into();
    let current = vec![older, builtin(), newer_version()];
    assert_eq!(
        newest(&current, &builtin()).map(|q| q.version.as_str()),
        Some("1.1.0")
    );
    let plan = app
        .with("test", |s| plan_of(s, &id, &current))
        .expect("plan");
    let newer = plan.newer.expect("a newer version is offered");
    assert_eq!(
        (
            plan.questionnaire.version.as_str(),
            newer.questionnaire.version.as_str()
        ),
        ("1.0.0", "1.1.0")
    );
    assert_eq!(newer.questions_added.len(), 1);
    assert_eq!(
        newer.questions_added[0].prompt,
        "Which customer outcomes does the vision name?"
    );
    assert_eq!(newer.questions_added[0].dimension, "CX vision and strategy");
    assert_eq!(newer.questions_removed.len(), 1);
    assert_eq!(
        newer.questions_removed[0].prompt,
        "How is the organisation's customer-experience vision expressed?"
    );

    // A version that is not there is refused, nothing changed.
    let before = listed(&app);
    let refused = app
        .with("test", |s| {
            let mut args = keep_all(s, &id, true);
            args.questionnaire_version = Some("2.0.0".into());
            start_round(s, &args, &current)
        })
        .expect_err("a version that is not installed");
    assert_eq!(refused.kind, ErrorKind::InvalidInput);
    assert!(
        refused
            .message
            .starts_with("Version 2.0.0 of the questionnaire “"),
        "{}",
        refused.message
    );
    assert_eq!(listed(&app), before);

    let started = app
        .with("test", |s| {
            let mut args = keep_all(s, &id, true);
            args.questionnaire_version = Some("1.1.0".into());
            start_round(s, &args, &current)
        })
        .expect("started with the newer version");
    let ids = |refs: &[crate::wire::QuestionRef]| -> Vec<String> {
        refs.iter().map(|r| r.id.clone()).collect()
    };
    assert_eq!(ids(&started.questions_added), ["vision.customer-outcomes"]);
    assert_eq!(ids(&started.questions_removed), ["vision.statement"]);
    // Every answer is carried but those of the removed question: the demo
    // has 24 respondents, each of whom answered it or not.
    let (all, removed) = app
        .with("test", |s| {
            let data = s.load(&id)?;
            let removed = data
                .answers
                .iter()
                .filter(|a| &*a.question_id == "vision.statement")
                .count();
            Ok((data.answers.len(), removed))
        })
        .expect("answers");
    assert_eq!(started.carried_answers as usize, all - removed);
}

/// A small chain by hand: Acme, one department, one respondent who
/// answers "CX vision and strategy" all 2 and "Leadership, governance and
/// ownership" all 3; the first vision action done.
fn acme(app: &AppState) -> String {
    app.with("test", |s| {
        let q = builtin();
        let id = s.create_assessment("Acme", "CX 2026", &q, &["Sales"])?;
        let sales = s.department_by_name(&id, "Sales")?;
        let me = s.add_respondent(&id, &sales.id, "Ines", None, false)?;
        for (dimension, level) in [(0, 2), (1, 3)] {
            for x in &q.dimensions[dimension].questions {
                s.save_answer(&me.id, &x.id, AnswerValue::Level(level), None)?;
            }
        }
        s.set_action_edit(
            &id,
            &ActionEdit {
                action_id: "vision.1-2.sponsor".into(),
                owner: None,
                due: None,
                status: Some(ActionStatus::Done),
                notes: None,
                dropped: false,
            },
        )?;
        Ok(id)
    })
    .expect("acme")
}

#[test]
fn progress_of_a_first_round_is_refused_in_plain_words() {
    let (_dir, app, id) = demo();
    let refused = app
        .with("test", |s| progress_of(s, &id))
        .expect_err("a first round has no progress");
    assert_eq!(refused.kind, ErrorKind::InvalidInput);
    assert!(
        refused.message.contains(
            "is the first round of its chain: there is no earlier round to compare it with"
        ),
        "{}",
        refused.message
    );
}

#[test]
fn a_carried_answer_is_confirmed_and_progress_compares_the_rounds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = AppState::open(dir.path().join("cx.db"));
    let first = acme(&app);
    let current = vec![builtin()];
    let second = app
        .with("test", |s| {
            let args = keep_all(s, &first, true);
            start_round(s, &args, &current)
        })
        .expect("round 2")
        .assessment
        .id;
    let q = builtin();
    let respondent = app
        .with("test", |s| Ok(s.respondents(&second)?[0].id.to_string()))
        .expect("respondent");
    let ask = |question: &str| ConfirmAnswerArgs {
        assessment_id: second.clone(),
        respondent_id: respondent.clone(),
        question_id: question.to_owned(),
    };

    // Vision: the first answer confirmed (2), the other four changed to 4.
    let vision = &q.dimensions[0].questions;
    let confirmed = app
        .with("test", |s| confirm(s, &ask(&vision[0].id)))
        .expect("confirmed");
    assert!(!confirmed.carried);
    assert_eq!(confirmed.value.0, AnswerValue::Level(2));
    app.with("test", |s| {
        for x in &vision[1..] {
            s.save_answer(&respondent, &x.id, AnswerValue::Level(4), None)?;
        }
        // Governance: two of five confirmed, three still carried.
        for x in &q.dimensions[1].questions[..2] {
            s.confirm_answer(&respondent, &x.id)?;
        }
        Ok(())
    })
    .expect("answers");
    let progress = app
        .with("test", |s| {
            Ok(view(s, &second)?.respondents[0].progress.clone())
        })
        .expect("progress");
    assert_eq!((progress.answered, progress.carried), (10, 3));

    // A respondent of another assessment is refused, nothing changed.
    let stranger = ConfirmAnswerArgs {
        assessment_id: first.clone(),
        ..ask(&q.dimensions[1].questions[4].id)
    };
    let refused = app
        .with("test", |s| confirm(s, &stranger))
        .expect_err("a respondent of another round");
    assert_eq!(refused.kind, ErrorKind::NotFound);
    let still = app
        .with("test", |s| {
            Ok(respondent_answers(&s.load(&second)?, &respondent)
                .answers
                .iter()
                .filter(|a| a.carried)
                .count())
        })
        .expect("answers");
    assert_eq!(still, 3);

    let p = app
        .with("test", |s| progress_of(s, &second))
        .expect("progress");
    assert_eq!(
        (p.previous.id.as_str(), p.previous.number),
        (first.as_str(), 1)
    );
    assert_eq!(
        (p.current.id.as_str(), p.current.number),
        (second.as_str(), 2)
    );
    let dim = |id: &str| {
        p.dimensions
            .iter()
            .find(|d| d.id == id)
            .expect("dimension")
            .clone()
    };
    // Vision 2.0 → (2 + 4 + 4 + 4 + 4) / 5 = 3.6: +1.6, improved, all
    // its answers the respondent's own now.
    let v = dim("vision");
    assert_eq!(v.change.then, Some(2.0));
    assert!((v.change.now.expect("now") - 3.6).abs() < 1e-9);
    assert!((v.change.delta.expect("delta") - 1.6).abs() < 1e-9);
    assert_eq!(v.change.direction, Some(Direction::Improved));
    assert_eq!(v.confirmed, Some(1.0));
    assert!(v.flags.is_empty(), "{:?}", v.flags);
    // Governance 3.0 → 3.0: stable; 2 of 5 confirmed (40 %), mostly carried.
    let g = dim("governance");
    assert_eq!((g.change.then, g.change.now), (Some(3.0), Some(3.0)));
    assert_eq!(g.change.direction, Some(Direction::Stable));
    assert!((g.confirmed.expect("confirmed") - 0.4).abs() < 1e-9);
    assert_eq!(g.flags, [DeltaFlag::MostlyCarried]);
    // A dimension nobody answered has no delta.
    let d = dim("data");
    assert_eq!((d.change.delta, d.change.direction), (None, None));
    // The action done in round 1, by its title.
    assert_eq!(p.actions_completed.len(), 1);
    assert_eq!(
        p.actions_completed[0].title,
        "Appoint an executive sponsor for the CX vision"
    );
    assert_eq!(p.actions_completed[0].dimension, "CX vision and strategy");
    // Customer evidence starts empty in the new round.
    assert_eq!((p.evidence.nps_now, p.evidence.csat_now), (None, None));
    assert!(!p.diverging);
    // Both rounds in the trend, oldest first.
    assert_eq!(
        p.trend
            .rounds
            .iter()
            .map(|r| r.assessment_id.as_str())
            .collect::<Vec<_>>(),
        [first.as_str(), second.as_str()]
    );
    // Seven of the ten numeric answers of round 2 are its own.
    assert!((p.confirmed.expect("confirmed") - 0.7).abs() < 1e-9);
    // Two rounds: the core's chart of each dimension then and now, no
    // trend yet; its labels are the table's figures (vision 2.0 → 3.6).
    assert_eq!(
        p.charts.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [ChartKind::Progress]
    );
    let labels: Vec<&str> = p.charts[0]
        .shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(labels.contains(&"2.0 → 3.6 (+1.6)"), "{labels:?}");
    assert!(labels.contains(&"3.0 → 3.0 (0.0)"), "{labels:?}");
}

#[test]
fn a_third_round_numbers_itself_and_extends_the_trend() {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = AppState::open(dir.path().join("cx.db"));
    let first = acme(&app);
    let current = vec![builtin()];
    let next = |from: &str| {
        app.with("test", |s| {
            let args = keep_all(s, from, true);
            start_round(s, &args, &current)
        })
        .expect("next round")
        .assessment
    };
    let second = next(&first);
    let third = next(&second.id);
    assert_eq!(third.round.number, 3);
    assert_eq!(third.title, "CX 2026 (round 3)");
    assert_eq!(
        third.round.previous.as_ref().map(|p| p.title.as_str()),
        Some("CX 2026 (round 2)")
    );
    let p = app
        .with("test", |s| progress_of(s, &third.id))
        .expect("progress");
    assert_eq!(p.trend.rounds.len(), 3);
    // Three rounds: the trend chart beside the dimensions' chart.
    assert_eq!(
        p.charts.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [ChartKind::Progress, ChartKind::Trend]
    );
    // The action done in round 1 stayed done: completed in the first
    // period only.
    assert!(p.actions_completed.is_empty());
    // Eight of ten dimensions have no answer: no stage in any round.
    assert!(p.overall.stage_then.is_none() && p.overall.stage_now.is_none());
}
