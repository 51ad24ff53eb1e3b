//! scoring.md, "Rounds and progress": golden cases worked out by hand (the
//! arithmetic is in the comments) for deltas, directions, each delta flag,
//! the stage change, departments, disagreement, confirmed shares,
//! actions completed, the outside-in check over time and `diverging`.

use cx_maturity::model::{ActionEdit, ActionStatus, AssessmentData, EvidenceMetric};
use cx_maturity::scoring::rounds::{
    Comparison, ComparisonFlag, DeltaFlag, Direction, Round, compare, direction, trend,
};
use cx_maturity::scoring::score;

use super::build::{Build, add_action, at, questionnaire};
use super::close;

/// Compares two rounds built by hand (`then` is the earlier).
fn comparison(then: &AssessmentData, now: &AssessmentData, done_before: &[&str]) -> Comparison {
    let (ct, cn) = (score(then), score(now));
    let done: Vec<String> = done_before.iter().map(|s| (*s).to_owned()).collect();
    compare(
        Round {
            data: then,
            card: &ct,
        },
        Round {
            data: now,
            card: &cn,
        },
        &done,
    )
}

/// Marks the answers of `respondent` to `questions` as carried.
fn carry(data: &mut AssessmentData, respondent: &str, questions: &[&str]) {
    for a in &mut data.answers {
        if &*a.respondent_id == respondent && questions.contains(&&*a.question_id) {
            a.carried = true;
        }
    }
}

fn dim<'a>(c: &'a Comparison, id: &str) -> &'a cx_maturity::scoring::rounds::DimensionChange {
    c.dimensions
        .iter()
        .find(|d| d.id == id)
        .expect("dimension in the comparison")
}

#[test]
fn direction_needs_three_tenths_either_way_with_float_noise_allowed() {
    assert_eq!(direction(0.3), Direction::Improved);
    assert_eq!(direction(0.29), Direction::Stable);
    assert_eq!(direction(-0.29), Direction::Stable);
    assert_eq!(direction(-0.3), Direction::Declined);
    assert_eq!(direction(0.0), Direction::Stable);
    // 2.9 − 2.6 computes as 0.2999999999999998: mathematically +0.3.
    assert_eq!(direction(2.9 - 2.6), Direction::Improved);
    assert_eq!(direction(2.6 - 2.9), Direction::Declined);
}

/// Three dimensions of one question each, two departments, one respondent
/// each, so every figure is an answer and the arithmetic is short.
#[test]
fn deltas_directions_departments_and_disagreement_by_hand() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0)]),
        ("b", 1.0, &[("b1", 1.0)]),
        ("c", 1.0, &[("c1", 1.0)]),
    ]);
    // Then: a = mean(1, 2) = 1.5, b = mean(2, 4) = 3 (spread 2: misaligned),
    // c = mean(3, 3) = 3. Overall (1.5 + 3 + 3) / 3 = 2.5; stage level(1.5) = 1.
    // Sales overall (1 + 2 + 3) / 3 = 2; Service (2 + 4 + 3) / 3 = 3.
    let then = Build::new(q.clone())
        .department("Sales")
        .department("Service")
        .respondent("Sales", "ann", "a1=1 b1=2 c1=3")
        .respondent("Service", "bob", "a1=2 b1=4 c1=3")
        .data();
    // Now: a = mean(3, 3) = 3 (+1.5 improved), b = mean(3, 3) = 3 (0, stable;
    // spread 0), c = mean(2, 3) = 2.5 (−0.5 declined). Overall
    // (3 + 3 + 2.5) / 3 = 2.8333… (+0.3333…, improved); stage level(2.5) = 2.
    // Sales (3 + 3 + 2) / 3 = 2.6667 (+0.6667 improved); the department is
    // written "sales" now and still matched; Service (3 + 3 + 3) / 3 = 3 (0).
    // Marketing is new: no delta.
    let mut now_build = Build::new(q);
    now_build
        .department("sales")
        .department("Service")
        .department("Marketing")
        .respondent("sales", "ann", "a1=3 b1=3 c1=2")
        .respondent("Service", "bob", "a1=3 b1=3 c1=3")
        .respondent("Marketing", "cy", "a1=na");
    now_build.data.assessment.id = "a-2".into();
    let now = now_build.data();

    let c = comparison(&then, &now, &[]);
    assert_eq!((c.assessment.as_str(), c.previous.as_str()), ("a-2", "a-1"));
    close(c.overall.change.then, 2.5);
    close(c.overall.change.now, 8.5 / 3.0);
    close(c.overall.change.delta, 8.5 / 3.0 - 2.5);
    assert_eq!(c.overall.change.direction, Some(Direction::Improved));
    assert_eq!(
        (c.overall.stage_then, c.overall.stage_now),
        (Some(1), Some(2))
    );

    let a = dim(&c, "a");
    close(a.change.delta, 1.5);
    assert_eq!(a.change.direction, Some(Direction::Improved));
    assert_eq!(dim(&c, "b").change.direction, Some(Direction::Stable));
    close(dim(&c, "b").change.delta, 0.0);
    close(dim(&c, "c").change.delta, -0.5);
    assert_eq!(dim(&c, "c").change.direction, Some(Direction::Declined));
    assert!(
        c.dimensions.iter().all(|d| d.flags.is_empty()),
        "{:?}",
        c.dimensions
    );
    // Disagreement: b's spread went from 2 to 0.
    assert_eq!(dim(&c, "b").spread_then, Some(2.0));
    assert_eq!(dim(&c, "b").spread_now, Some(0.0));
    assert_eq!(c.disagreement.misaligned_dimensions_then, 1);
    assert_eq!(c.disagreement.misaligned_dimensions_now, 0);
    assert_eq!(c.disagreement.misaligned_questions_then, 1);
    assert_eq!(c.disagreement.misaligned_questions_now, 0);

    let names: Vec<&str> = c.departments.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["sales", "Service", "Marketing"]);
    close(c.departments[0].change.then, 2.0);
    close(c.departments[0].change.delta, 8.0 / 3.0 - 2.0);
    assert_eq!(c.departments[0].change.direction, Some(Direction::Improved));
    assert_eq!(c.departments[1].change.direction, Some(Direction::Stable));
    // Marketing answered only "not applicable": no score, no delta.
    assert_eq!(c.departments[2].change.delta, None);
    assert_eq!(c.departments[2].change.reason, Some("missing"));
    assert_eq!(c.departments[2].respondents_then, None);
    assert_eq!(c.confirmed, Some(1.0));
}

#[test]
fn a_missing_score_has_no_delta_and_an_incomplete_stage_says_so() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 1.0, &[("b1", 1.0)])]);
    let then = Build::new(q.clone())
        .department("Sales")
        .respondent("Sales", "ann", "a1=2 b1=2")
        .data();
    // Now b has only "don't know": no score, stage incomplete.
    let now = Build::new(q)
        .department("Sales")
        .respondent("Sales", "ann", "a1=3 b1=unknown")
        .data();
    let c = comparison(&then, &now, &[]);
    let b = dim(&c, "b");
    assert_eq!(
        (b.change.then, b.change.now, b.change.delta),
        (Some(2.0), None, None)
    );
    assert_eq!(b.change.direction, None);
    assert_eq!(b.change.reason, Some("missing"));
    assert_eq!(c.overall.stage_then, Some(2));
    assert_eq!(c.overall.stage_now, None);
    assert_eq!(c.overall.stage_now_reason.as_deref(), Some("incomplete"));
    // b's coverage now is 0 of 1: below 0.6.
    assert_eq!(b.flags, [DeltaFlag::LowCoverage]);
}

#[test]
fn low_coverage_in_either_round_flags_the_delta_which_is_still_computed() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0), ("a2", 1.0)])]);
    // Then: ann answers a1 only; bob both. Coverage 3 of 4 = 0.75.
    // Now: ann a1 = 4, a2 unknown; bob a1 unknown, a2 unknown: 1 of 4 = 0.25.
    let then = Build::new(q.clone())
        .department("Sales")
        .respondent("Sales", "ann", "a1=2")
        .respondent("Sales", "bob", "a1=2 a2=2")
        .data();
    let now = Build::new(q.clone())
        .department("Sales")
        .respondent("Sales", "ann", "a1=4 a2=unknown")
        .respondent("Sales", "bob", "a1=unknown a2=unknown")
        .data();
    let c = comparison(&then, &now, &[]);
    let a = dim(&c, "a");
    assert_eq!(a.flags, [DeltaFlag::LowCoverage]);
    // Then: ann 2, bob 2 → 2; now ann 4 → 4: delta +2, shown with its flag.
    close(a.change.delta, 2.0);
    assert_eq!(a.coverage_then, Some(0.75));
    assert_eq!(a.coverage_now, Some(0.25));
    // 3 of 5 = 0.6 is not below 0.6: no flag (the other way round too).
    let edge = Build::new(q)
        .department("Sales")
        .respondent("Sales", "ann", "a1=2 a2=3")
        .respondent("Sales", "bob", "a1=2 a2=unknown")
        .respondent("Sales", "cy", "a1=unknown a2=na")
        .data();
    // cy's na leaves the count: 3 numeric of 3 × 2 − 1 = 5 → 0.6.
    let c = comparison(&edge, &then, &[]);
    assert!(dim(&c, "a").flags.is_empty(), "{:?}", dim(&c, "a"));
}

#[test]
fn changed_questions_flag_their_dimension_and_are_listed() {
    let then_q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 1.0)]),
        ("b", 1.0, &[("b1", 1.0)]),
    ]);
    // The later questionnaire drops a2 and adds a3 to dimension a, and
    // adds a whole dimension c.
    let now_q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a3", 1.0)]),
        ("b", 1.0, &[("b1", 1.0)]),
        ("c", 1.0, &[("c1", 1.0)]),
    ]);
    let then = Build::new(then_q)
        .department("Sales")
        .respondent("Sales", "ann", "a1=2 a2=4 b1=2")
        .data();
    let now = Build::new(now_q)
        .department("Sales")
        .respondent("Sales", "ann", "a1=3 a3=3 b1=2 c1=5")
        .data();
    let c = comparison(&then, &now, &[]);
    let a = dim(&c, "a");
    assert_eq!(a.flags, [DeltaFlag::QuestionsChanged]);
    assert_eq!(a.questions_added, ["a3"]);
    assert_eq!(a.questions_removed, ["a2"]);
    // Then (2 + 4) / 2 = 3, now 3: a flagged delta of 0 is still there.
    close(a.change.delta, 0.0);
    assert!(dim(&c, "b").flags.is_empty());
    let new_dimension = dim(&c, "c");
    assert_eq!(new_dimension.change.reason, Some("missing"));
    assert_eq!(new_dimension.flags, [DeltaFlag::QuestionsChanged]);
    assert_eq!(c.questions_added, ["a3", "c1"]);
    assert_eq!(c.questions_removed, ["a2"]);
}

#[test]
fn mostly_carried_below_half_confirmed_and_confirmed_counts_numeric_answers() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 1.0)]),
        ("b", 1.0, &[("b1", 1.0), ("b2", 1.0)]),
    ]);
    let then = Build::new(q.clone())
        .department("Sales")
        .respondent("Sales", "ann", "a1=2 a2=2 b1=2 b2=2")
        .respondent("Sales", "bob", "a1=2 a2=2 b1=2 b2=2")
        .data();
    let mut now = Build::new(q)
        .department("Sales")
        .respondent("Sales", "ann", "a1=2 a2=3 b1=2 b2=na")
        .respondent("Sales", "bob", "a1=2 a2=2 b1=2 b2=2")
        .data();
    // Dimension a: ann's a1 and bob's a1, a2 carried; ann's a2 changed:
    // 1 confirmed of 4 numeric = 0.25 → mostly_carried.
    // Dimension b: ann's b1 carried, her b2 = na carried (not numeric: not
    // counted); bob's b1, b2 confirmed: 2 of 3 = 0.6667 → not flagged.
    carry(&mut now, "r-ann", &["a1", "b1", "b2"]);
    carry(&mut now, "r-bob", &["a1", "a2"]);
    let c = comparison(&then, &now, &[]);
    let (a, b) = (dim(&c, "a"), dim(&c, "b"));
    assert_eq!(a.confirmed, Some(0.25));
    assert_eq!(a.flags, [DeltaFlag::MostlyCarried]);
    close(b.confirmed, 2.0 / 3.0);
    assert!(b.flags.is_empty());
    // Over all numeric answers: 3 confirmed of 7.
    close(c.confirmed, 3.0 / 7.0);
    // Exactly half is not "below half".
    let mut half = now.clone();
    for a in &mut half.answers {
        a.carried = &*a.question_id == "a1";
    }
    let c = comparison(&then, &half, &[]);
    assert_eq!(dim(&c, "a").confirmed, Some(0.5));
    assert!(dim(&c, "a").flags.is_empty());
}

#[test]
fn actions_completed_are_those_done_in_the_earlier_round_for_the_first_time() {
    let mut q = questionnaire(&[("a", 1.0, &[("a1", 1.0)])]);
    add_action(&mut q, "a", 1, "x", &[]);
    add_action(&mut q, "a", 1, "y", &[]);
    add_action(&mut q, "a", 2, "z", &[]);
    let done = |id: &str, status| ActionEdit {
        action_id: id.into(),
        owner: None,
        due: None,
        status: Some(status),
        notes: None,
        dropped: false,
    };
    let then = Build::new(q.clone())
        .department("Sales")
        .respondent("Sales", "ann", "a1=1")
        .edit(done("z", ActionStatus::Done))
        .edit(done("y", ActionStatus::InProgress))
        .edit(done("x", ActionStatus::Done))
        .data();
    let now = Build::new(q)
        .department("Sales")
        .respondent("Sales", "ann", "a1=2")
        .data();
    // In questionnaire order; y is not done.
    let c = comparison(&then, &now, &[]);
    assert_eq!(c.actions_completed, ["x", "z"]);
    // z was already done when the earlier round began: not this period's.
    let c = comparison(&then, &now, &["z"]);
    assert_eq!(c.actions_completed, ["x"]);
}

/// Overall scores 2.0 → 2.5 (+0.5, improved) unless said otherwise.
fn evidence_rounds(
    nps: (f64, f64),
    csat: Option<(f64, f64)>,
    now_answer: &str,
) -> (AssessmentData, AssessmentData) {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0), ("a2", 1.0)])]);
    let mut then = Build::new(q.clone());
    then.department("Sales")
        .respondent("Sales", "ann", "a1=2 a2=2")
        .evidence(EvidenceMetric::Nps, nps.0, None);
    let mut now = Build::new(q);
    now.department("Sales")
        .respondent("Sales", "ann", now_answer)
        .evidence(EvidenceMetric::Nps, nps.1, None);
    if let Some((c0, c1)) = csat {
        then.evidence(EvidenceMetric::Csat, c0, None);
        now.evidence(EvidenceMetric::Csat, c1, None);
    }
    (then.data(), now.data())
}

#[test]
fn diverging_when_the_score_improved_and_customers_say_worse() {
    // NPS −12 → −17: fell by 5 → diverging.
    let (then, now) = evidence_rounds((-12.0, -17.0), None, "a1=2 a2=3");
    let c = comparison(&then, &now, &[]);
    close(c.overall.change.delta, 0.5);
    assert_eq!(c.evidence.nps_change, Some(-5.0));
    assert_eq!(c.evidence.csat_change, None);
    assert_eq!(c.flags, [ComparisonFlag::Diverging]);
    // NPS fell by 4: not enough.
    let (then, now) = evidence_rounds((-12.0, -16.0), None, "a1=2 a2=3");
    assert!(comparison(&then, &now, &[]).flags.is_empty());
    // CSAT 64 → 61 (−3) with NPS up: diverging.
    let (then, now) = evidence_rounds((-12.0, 10.0), Some((64.0, 61.0)), "a1=2 a2=3");
    let c = comparison(&then, &now, &[]);
    assert_eq!(
        (c.evidence.csat_then, c.evidence.csat_now),
        (Some(64.0), Some(61.0))
    );
    assert_eq!(c.flags, [ComparisonFlag::Diverging]);
    // CSAT −2: not enough.
    let (then, now) = evidence_rounds((-12.0, 10.0), Some((64.0, 62.0)), "a1=2 a2=3");
    assert!(comparison(&then, &now, &[]).flags.is_empty());
    // The score did not improve (2.0 → 2.0): customers' drop alone is no
    // divergence.
    let (then, now) = evidence_rounds((-12.0, -40.0), None, "a1=2 a2=2");
    assert!(comparison(&then, &now, &[]).flags.is_empty());
}

#[test]
fn trend_lists_every_round_with_its_figures_and_missing_dimensions_as_null() {
    let q1 = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("old", 1.0, &[("o1", 1.0)])]);
    let q2 = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 1.0, &[("b1", 1.0)])]);
    let mut r1 = Build::new(q1);
    r1.department("Sales")
        .respondent("Sales", "ann", "a1=1 o1=3")
        .evidence(EvidenceMetric::Nps, -20.0, None);
    let mut r2 = Build::new(q2.clone());
    r2.department("Sales")
        .respondent("Sales", "ann", "a1=2 b1=4");
    r2.data.assessment.created_at = at(86_400 * 365);
    let mut r3 = Build::new(q2);
    r3.department("Sales")
        .respondent("Sales", "ann", "a1=4 b1=4")
        .evidence(EvidenceMetric::Csat, 71.0, None);
    let data = [r1.data(), r2.data(), r3.data()];
    let cards: Vec<_> = data.iter().map(score).collect();
    let rounds: Vec<Round<'_>> = data
        .iter()
        .zip(&cards)
        .map(|(d, c)| Round { data: d, card: c })
        .collect();
    let t = trend(&rounds);
    // The latest round's dimensions first, then the one only round 1 had.
    let ids: Vec<&str> = t.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "old"]);
    assert_eq!(t.rounds.len(), 3);
    // Round 1: (1 + 3) / 2 = 2, stage level(1) = 1; b did not exist.
    assert_eq!(t.rounds[0].score, Some(2.0));
    assert_eq!(t.rounds[0].stage, Some(1));
    assert_eq!(t.rounds[0].dimensions[1].score, None);
    assert_eq!(t.rounds[0].dimensions[2].score, Some(3.0));
    assert_eq!(t.rounds[0].nps, Some(-20.0));
    // Round 2: (2 + 4) / 2 = 3, stage 2; started 365 days after round 1
    // (1,780,000,000 s after the epoch is 2026-05-28, 20:26 UTC).
    assert_eq!(t.rounds[1].score, Some(3.0));
    assert_eq!(t.rounds[1].stage, Some(2));
    assert_eq!(t.rounds[1].date, "2027-05-28");
    // Round 3: 4, stage 4, CSAT 71.
    assert_eq!(t.rounds[2].score, Some(4.0));
    assert_eq!(t.rounds[2].stage, Some(4));
    assert_eq!((t.rounds[2].nps, t.rounds[2].csat), (None, Some(71.0)));
}
