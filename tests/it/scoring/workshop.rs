//! The workshop figures of scoring.md ("Workshop votes"), worked out by
//! hand: the calibration of blind-voted questions and the discussion
//! agenda.

use cx_maturity::model::FirstVote;
use cx_maturity::scoring::workshop::{Calibration, agenda, calibration};

use super::build::{Build, at, questionnaire};

fn first(respondent: &str, question: &str, value: &str, revoted: bool) -> FirstVote {
    FirstVote {
        respondent_id: format!("r-{respondent}"),
        question_id: question.into(),
        value: value.parse().expect("test votes are valid"),
        voted_at: at(100),
        revoted_at: revoted.then(|| at(200)),
    }
}

#[test]
fn calibration_compares_first_and_final_votes_of_those_who_voted_blind() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 1.0)]),
        ("b", 1.0, &[("b1", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Sales");
    // Final votes (answers). Dee withdrew her a1 answer; Eve answered a1
    // only after the reveal (no first vote) and so is no part of it.
    b.respondent("Sales", "ann", "a1=4 a2=1 b1=2")
        .respondent("Sales", "bob", "a1=4")
        .respondent("Sales", "cid", "a1=3")
        .respondent("Sales", "dee", "")
        .respondent("Sales", "eve", "a1=1");
    let votes = [
        first("ann", "a1", "2", true),
        first("bob", "a1", "5", true),
        first("cid", "a1", "na", true),
        first("dee", "a1", "3", false),
        first("ann", "a2", "1", false),
        // A question the questionnaire lacks is left out.
        first("ann", "zz", "3", false),
    ];
    let data = b.data();
    let figures = calibration(&data.questionnaire, &votes, &data.answers);

    // a1: four voted blind. First numeric votes {2, 5, 3} (cid's na has no
    // number): spread 5 − 2 = 3. Their final votes: ann 4, bob 4, cid 3,
    // dee none: spread 4 − 3 = 1 (Eve's 1 is not theirs). Changed: ann
    // 2 → 4, bob 5 → 4, cid na → 3; dee withdrew, no change: 3. Re-voted:
    // ann, bob, cid.
    // a2: ann alone, 1 then 1: spreads 0, nobody changed, nobody re-voted.
    // b1: nobody voted blind, so it is not listed.
    assert_eq!(
        figures,
        [
            Calibration {
                question: "a1".into(),
                dimension: "a".into(),
                voters: 4,
                first_spread: Some(3),
                final_spread: Some(1),
                changed: 3,
                revoted: 3,
            },
            Calibration {
                question: "a2".into(),
                dimension: "a".into(),
                voters: 1,
                first_spread: Some(0),
                final_spread: Some(0),
                changed: 0,
                revoted: 0,
            },
        ]
    );
}

#[test]
fn calibration_without_a_numeric_vote_has_no_spread() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0)])]);
    let mut b = Build::new(q);
    b.department("Sales");
    b.respondent("Sales", "ann", "a1=unknown");
    let data = b.data();
    let figures = calibration(
        &data.questionnaire,
        &[first("ann", "a1", "na", true)],
        &data.answers,
    );
    assert_eq!(figures.len(), 1);
    assert_eq!(
        (figures[0].first_spread, figures[0].final_spread),
        (None, None)
    );
    // na → unknown is a change of vote.
    assert_eq!(figures[0].changed, 1);
}

#[test]
fn the_agenda_ranks_every_question_by_the_spread_of_department_means() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 1.0)]),
        ("b", 1.0, &[("b1", 1.0), ("b2", 1.0), ("b3", 1.0)]),
        ("c", 1.0, &[("c1", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Marketing")
        .department("Sales")
        .department("IT");
    b.respondent("Marketing", "m", "a1=5 a2=4 b1=3 b2=3 c1=na")
        .respondent("Sales", "s", "a1=2 a2=2 b1=1 b2=3 c1=4")
        .respondent("Sales", "s2", "a1=3")
        .respondent("IT", "i", "a1=3 a2=3 b1=3 b2=2 c1=unknown");
    let items = agenda(&b.data());

    // Department means and their spread:
    //   a1: Marketing 5, Sales (2 + 3)/2 = 2.5, IT 3 → 5 − 2.5 = 2.5
    //   a2: 4, 2, 3 → 2;   b1: 3, 1, 3 → 2;   b2: 3, 3, 2 → 1
    //   b3: nobody answered → no spread (last)
    //   c1: only Sales has a number (na and unknown have none) → 0
    // Largest first; a2 and b1 tie at 2 and keep questionnaire order.
    let ranked: Vec<(&str, Option<f64>)> = items
        .iter()
        .map(|i| (i.question.as_str(), i.spread))
        .collect();
    assert_eq!(
        ranked,
        [
            ("a1", Some(2.5)),
            ("a2", Some(2.0)),
            ("b1", Some(2.0)),
            ("b2", Some(1.0)),
            ("c1", Some(0.0)),
            ("b3", None),
        ]
    );
    assert_eq!(items[0].dimension, "a");
    assert_eq!(
        items[0].departments.0,
        [
            ("Marketing".to_owned(), Some(5.0)),
            ("Sales".to_owned(), Some(2.5)),
            ("IT".to_owned(), Some(3.0))
        ]
    );
    assert_eq!(
        items[4].departments.0,
        [
            ("Marketing".to_owned(), None),
            ("Sales".to_owned(), Some(4.0)),
            ("IT".to_owned(), None)
        ]
    );
    // The misaligned questions of the scorecard are the agenda's head
    // (spread ≥ 2), with the same means.
    let card = cx_maturity::scoring::score(&b.data());
    let misaligned: Vec<&str> = card
        .misaligned_questions
        .iter()
        .map(|m| m.question.as_str())
        .collect();
    assert_eq!(misaligned, ["a1", "a2", "b1"]);
    assert_eq!(
        card.misaligned_questions[0].departments,
        items[0].departments
    );
}
