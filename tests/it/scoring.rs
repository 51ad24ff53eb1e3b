//! Tests of the scoring area: golden cases worked out by hand (the arithmetic
//! is in the comments), then properties (`scoring::props`).

pub mod build;
mod demo;
pub mod props;
mod rounds;
mod workshop;

use build::{Build, date, questionnaire};
use cx_maturity::model::EvidenceMetric;
use cx_maturity::scoring::{Flag, Scorecard, score};

/// Asserts `actual` is `Some(expected)` up to floating-point noise.
#[track_caller]
pub fn close(actual: Option<f64>, expected: f64) {
    match actual {
        Some(a) => assert!((a - expected).abs() < 1e-12, "expected {expected}, got {a}"),
        None => panic!("expected {expected}, got None"),
    }
}

fn dim<'a>(card: &'a Scorecard, id: &str) -> &'a cx_maturity::scoring::DimensionScore {
    card.dimension(id).expect("dimension is in the scorecard")
}

/// Two departments of different head-counts: Sales has three respondents,
/// Service one; each department counts once in the organisation's score.
#[test]
fn each_department_counts_once_whatever_its_head_count() {
    // Dimension a (weight 1): a1 (weight 1), a2 (weight 3); b (weight 2): b1.
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 3.0)]),
        ("b", 2.0, &[("b1", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Sales").department("Service");
    b.respondent("Sales", "s1", "a1=4 a2=2 b1=3")
        .respondent("Sales", "s2", "a1=2 a2=2 b1=3")
        .respondent("Sales", "s3", "a1=3 a2=3 b1=2")
        .respondent("Service", "v1", "a1=5 a2=4 b1=4");
    let card = score(&b.data());

    // Respondents, a = (a1·1 + a2·3) / 4:
    //   s1: (4 + 6)/4 = 2.5   s2: (2 + 6)/4 = 2.0   s3: (3 + 9)/4 = 3.0
    //   v1: (5 + 12)/4 = 4.25;  b = b1: 3, 3, 2 and 4.
    let s1 = &card.respondents[0];
    assert_eq!(&*s1.name, "s1");
    close(s1.dimensions[0], 2.5);
    close(s1.dimensions[1], 3.0);
    // s1 overall = (2.5·1 + 3·2)/3 = 8.5/3
    close(s1.score, 8.5 / 3.0);

    // Departments: Sales a = (2.5 + 2 + 3)/3 = 2.5; b = (3 + 3 + 2)/3 = 8/3.
    // Service a = 4.25, b = 4.
    let a = dim(&card, "a");
    close(a.departments.get("Sales"), 2.5);
    close(a.departments.get("Service"), 4.25);
    let bd = dim(&card, "b");
    close(bd.departments.get("Sales"), 8.0 / 3.0);
    close(bd.departments.get("Service"), 4.0);

    // Organisation: a = (2.5 + 4.25)/2 = 3.375 (a head-count mean would be
    // (2.5·3 + 4.25)/4 = 2.9375); b = (8/3 + 4)/2 = 10/3.
    close(a.score, 3.375);
    close(bd.score, 10.0 / 3.0);
    assert_eq!(a.level, Some(3));
    assert_eq!(bd.level, Some(3));

    // Overall = (3.375·1 + 10/3·2)/3 = (27/8 + 20/3)/3 = (241/24)/3 = 241/72.
    close(card.overall.score, 241.0 / 72.0);
    assert_eq!(card.overall.level, Some(3));
    assert_eq!(card.overall.level_name.as_deref(), Some("Defined"));
    // Stage = level(min(3.375, 3.333…)) = 3, held back by b.
    assert_eq!(card.overall.stage, Some(3));
    assert_eq!(card.overall.weakest_dimension.as_deref(), Some("b"));
    assert_eq!(card.overall.stage_reason, None);

    // Departments' overall: Sales = (2.5·1 + 8/3·2)/3 = 47/18;
    // Service = (4.25 + 8)/3 = 49/12.
    let sales = card.department("Sales").expect("Sales");
    assert_eq!(sales.respondents, 3);
    close(sales.score, 47.0 / 18.0);
    assert_eq!(sales.level, Some(2));
    let service = card.department("Service").expect("Service");
    assert_eq!(service.respondents, 1);
    close(service.score, 49.0 / 12.0);

    // Default targets: level 3 + 1 = 4; importance 3.
    // a: gap = 4 − 3.375 = 0.625, priority = 0.625·3·1 = 1.875.
    // b: gap = 4 − 10/3 = 2/3,   priority = 2/3·3·2 = 4.
    assert_eq!(
        (a.target, a.importance, a.target_is_default),
        (Some(4), 3, true)
    );
    close(a.gap, 0.625);
    close(a.priority, 1.875);
    close(bd.gap, 2.0 / 3.0);
    close(bd.priority, 4.0);

    // Spread a = 4.25 − 2.5 = 1.75 ≥ 1.5: misaligned; b = 4 − 8/3 = 4/3: not.
    assert_eq!(a.spread, 1.75);
    assert!(a.misaligned);
    assert!((bd.spread - 4.0 / 3.0).abs() < 1e-12);
    assert!(!bd.misaligned);
    // Every question answered by all four: coverage 8/8 and 4/4.
    close(a.coverage, 1.0);
    close(bd.coverage, 1.0);
    assert!(!a.low_coverage);

    // Question a1: Sales mean (4 + 2 + 3)/3 = 3, Service 5: spread 2.0, the
    // only misaligned question (a2: 5 − 7/3 < 2; b1: 4 − 8/3 < 2).
    assert_eq!(card.misaligned_questions.len(), 1);
    let m = &card.misaligned_questions[0];
    assert_eq!((m.question.as_str(), m.dimension.as_str()), ("a1", "a"));
    assert_eq!(m.spread, 2.0);
    close(m.departments.get("Sales"), 3.0);
    close(m.departments.get("Service"), 5.0);
    assert!(card.flags.is_empty());
}

/// `na` leaves every figure as if never asked; `unknown` gives no score but
/// lowers coverage and is listed as a knowledge gap.
#[test]
fn not_applicable_and_unknown() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 1.0), ("a3", 1.0)]),
        ("b", 1.0, &[("b1", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Ops");
    b.respondent("Ops", "r1", "a1=4 a2=na a3=unknown b1=2")
        .respondent("Ops", "r2", "a1=2 a2=3 a3=na b1=unknown");
    let card = score(&b.data());

    // r1 a = 4 (only a1 is numeric); r2 a = (2 + 3)/2 = 2.5; Ops a = 3.25.
    close(card.respondents[0].dimensions[0], 4.0);
    close(card.respondents[1].dimensions[0], 2.5);
    close(dim(&card, "a").score, 3.25);
    // b: r1 = 2, r2 has none (unknown) and is left out: Ops b = 2, not 1.
    close(card.respondents[0].dimensions[1], 2.0);
    assert_eq!(card.respondents[1].dimensions[1], None);
    close(dim(&card, "b").score, 2.0);

    // Coverage a = 3 numeric / (2 respondents × 3 questions − 2 na) = 3/4.
    close(dim(&card, "a").coverage, 0.75);
    assert!(!dim(&card, "a").low_coverage);
    // Coverage b = 1 / (2 × 1 − 0) = 0.5 < 0.6: low coverage.
    close(dim(&card, "b").coverage, 0.5);
    assert!(dim(&card, "b").low_coverage);
    // Overall coverage = (3 + 1) / (4 + 2) = 2/3.
    close(card.overall.coverage, 2.0 / 3.0);

    // Overall = (3.25 + 2)/2 = 2.625; stage = level(2) = 2, held back by b.
    close(card.overall.score, 2.625);
    assert_eq!(card.overall.stage, Some(2));
    assert_eq!(card.overall.weakest_dimension.as_deref(), Some("b"));

    // Knowledge gaps in questionnaire order: a3 (r1), then b1 (r2).
    let gaps: Vec<(&str, &str, &str)> = card
        .knowledge_gaps
        .iter()
        .map(|g| {
            (
                g.question.as_ref(),
                g.respondent.as_ref(),
                g.department.as_ref(),
            )
        })
        .collect();
    assert_eq!(gaps, [("a3", "r1", "Ops"), ("b1", "r2", "Ops")]);
}

/// A dimension nobody could score: its figures are absent (null), never 0,
/// and the stage is withheld with the reason `incomplete`.
#[test]
fn dimension_without_answers_withholds_the_stage() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0)]),
        ("b", 1.0, &[("b1", 1.0)]),
        ("c", 1.0, &[("c1", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("X").department("Empty");
    b.respondent("X", "r1", "a1=3 b1=unknown c1=4");
    let card = score(&b.data());

    let bd = dim(&card, "b");
    assert_eq!(
        (bd.score, bd.level, bd.gap, bd.priority),
        (None, None, None, None)
    );
    // No score: no default target (scoring.md), so no gap and no priority.
    assert_eq!((bd.target, bd.default_target), (None, None));
    // Coverage 0/1 = 0, flagged low; spread 0 (no department has a score).
    close(bd.coverage, 0.0);
    assert!(bd.low_coverage);
    assert_eq!(bd.spread, 0.0);
    assert!(!bd.misaligned);

    // Overall = (3 + 4)/2 = 3.5 over the dimensions that have a score.
    close(card.overall.score, 3.5);
    assert_eq!(card.overall.stage, None);
    assert_eq!(card.overall.stage_reason.as_deref(), Some("incomplete"));
    assert_eq!(card.overall.weakest_dimension, None);

    // A department without respondents has no score and 0 respondents.
    let empty = card.department("Empty").expect("Empty");
    assert_eq!(
        (empty.respondents, empty.score, empty.level),
        (0, None, None)
    );

    // In JSON, absent figures are null.
    let json = serde_json::to_value(&card).expect("serialises");
    let jb = &json["dimensions"][1];
    assert_eq!(jb["id"], "b");
    assert!(jb["score"].is_null() && jb["gap"].is_null() && jb["priority"].is_null());
    assert!(jb["departments"]["X"].is_null());
    assert!(json["overall"]["stage"].is_null());
    assert_eq!(json["overall"]["stage_reason"], "incomplete");
    assert!(json["departments"][1]["score"].is_null());
}

/// Three departments that disagree: a misaligned dimension, misaligned
/// questions listed largest spread first, ties in questionnaire order.
#[test]
fn misaligned_dimension_and_questions() {
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 1.0)]),
        ("b", 1.0, &[("b1", 1.0), ("b2", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Marketing")
        .department("Sales")
        .department("IT");
    b.respondent("Marketing", "m", "a1=5 a2=4 b1=3 b2=3")
        .respondent("Sales", "s", "a1=2 a2=2 b1=1 b2=3")
        .respondent("IT", "i", "a1=3 a2=3 b1=3 b2=2");
    let card = score(&b.data());

    // a: Marketing 4.5, Sales 2, IT 3 → spread 2.5 ≥ 1.5: misaligned;
    //    organisation (4.5 + 2 + 3)/3 = 9.5/3.
    let a = dim(&card, "a");
    assert_eq!(a.spread, 2.5);
    assert!(a.misaligned);
    close(a.score, 9.5 / 3.0);
    // b: Marketing 3, Sales 2, IT 2.5 → spread 1.0: aligned.
    let bd = dim(&card, "b");
    assert_eq!(bd.spread, 1.0);
    assert!(!bd.misaligned);

    // Questions: a1 {5, 2, 3} spread 3; a2 {4, 2, 3} spread 2;
    // b1 {3, 1, 3} spread 2; b2 {3, 3, 2} spread 1 (not listed).
    let listed: Vec<(&str, f64)> = card
        .misaligned_questions
        .iter()
        .map(|m| (m.question.as_str(), m.spread))
        .collect();
    assert_eq!(listed, [("a1", 3.0), ("a2", 2.0), ("b1", 2.0)]);
    let a1 = &card.misaligned_questions[0].departments;
    assert_eq!(
        a1.0,
        [
            ("Marketing".to_owned(), Some(5.0)),
            ("Sales".to_owned(), Some(2.0)),
            ("IT".to_owned(), Some(3.0))
        ]
    );
    // JSON keys are the department names.
    let json = serde_json::to_value(&card.misaligned_questions[0]).expect("serialises");
    assert_eq!(json["departments"]["Sales"], 2.0);
}

/// Customer evidence: the latest value per metric counts, and a high
/// self-assessment beside unhappy customers is a perception gap.
#[test]
fn perception_gap_from_customer_evidence() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0), ("a2", 1.0)])]);
    let mut b = Build::new(q);
    b.department("X");
    // Overall = (4 + 3)/2 = 3.5 ≥ 3.0.
    b.respondent("X", "r", "a1=4 a2=3");
    // NPS: −10 in January, +20 in June: the latest (June) is ≥ 0.
    b.evidence(EvidenceMetric::Nps, 20.0, Some(date(2026, 6, 1)))
        .evidence(EvidenceMetric::Nps, -10.0, Some(date(2026, 1, 1)));
    let card = score(&b.data());
    assert_eq!(card.evidence.nps, Some(20.0));
    assert!(card.flags.is_empty(), "NPS 20 and no CSAT: no gap");

    // CSAT 65 < 70: perception gap.
    b.evidence(EvidenceMetric::Csat, 65.0, Some(date(2026, 5, 1)));
    let card = score(&b.data());
    assert_eq!(card.flags, [Flag::PerceptionGap]);
    let json = serde_json::to_value(&card).expect("serialises");
    assert_eq!(json["flags"][0], "perception_gap");

    // A later CSAT of 70 (not below 70) clears it.
    b.evidence(EvidenceMetric::Csat, 70.0, Some(date(2026, 7, 1)));
    assert!(score(&b.data()).flags.is_empty());

    // Same date: the later recording wins; NPS −5 recorded after +20.
    b.evidence(EvidenceMetric::Nps, -5.0, Some(date(2026, 6, 1)));
    let card = score(&b.data());
    assert_eq!(card.evidence.nps, Some(-5.0));
    assert_eq!(card.flags, [Flag::PerceptionGap]);
}

/// Below Defined there is no perception gap, however unhappy the customers.
#[test]
fn no_perception_gap_below_defined() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0), ("a2", 1.0)])]);
    let mut b = Build::new(q);
    b.department("X");
    // Overall = (3 + 2)/2 = 2.5 < 3.0.
    b.respondent("X", "r", "a1=3 a2=2");
    b.evidence(EvidenceMetric::Nps, -40.0, None)
        .evidence(EvidenceMetric::Csat, 30.0, None);
    assert!(score(&b.data()).flags.is_empty());
}

/// Targets and importance agreed in the room replace the defaults.
#[test]
fn agreed_target_and_importance() {
    let q = questionnaire(&[("a", 2.0, &[("a1", 1.0)])]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=2");
    b.setting("a", Some(5), Some(5));
    let card = score(&b.data());
    let a = dim(&card, "a");
    assert_eq!(
        (a.target, a.importance, a.target_is_default),
        (Some(5), 5, false)
    );
    // gap = 5 − 2 = 3; priority = 3 · 5 · 2 = 30.
    close(a.gap, 3.0);
    close(a.priority, 30.0);

    // A target below the score: gap 0, never negative.
    b.data.settings.clear();
    b.setting("a", Some(1), None);
    let a = score(&b.data()).dimensions.remove(0);
    close(a.gap, 0.0);
    close(a.priority, 0.0);
}

/// A score that is mathematically a whole level reaches it despite
/// floating-point noise: with question weights 0.1, 0.2, 0.3 and every answer
/// 3, (0.1·3 + 0.2·3 + 0.3·3)/(0.1 + 0.2 + 0.3) computes to 2.9999999999999996.
#[test]
fn a_whole_level_is_reached_despite_rounding_noise() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 0.1), ("a2", 0.2), ("a3", 0.3)])]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=3 a2=3 a3=3");
    let card = score(&b.data());
    close(card.dimensions[0].score, 3.0);
    assert_eq!(card.dimensions[0].level, Some(3));
    assert_eq!(card.overall.stage, Some(3));
}

/// The methodology states the thresholds scoring.md sets (written here by
/// hand: 60 %, 1.5, 2.0, 3.0, NPS below 0, CSAT below 70 %, importance 3,
/// the phases' months), so a change of a constant shows up in the text.
#[test]
fn methodology_states_the_method_in_plain_words() {
    use cx_maturity::methodology::{methodology, to_text};
    let sections = methodology(&cx_maturity::report::locale::EN);
    let headings: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
    assert!(headings.contains(&"Stage: the weakest link"));
    assert!(sections.iter().all(|s| !s.paragraphs.is_empty()));
    let text = to_text(&sections);
    for expected in [
        "1. Initial:",
        "5. Optimising:",
        "coverage below 60 %",
        "1.5 levels or more apart",
        "2.0 levels or more apart",
        "the importance is 3",
        "A dimension without a score has no target until one is agreed",
        "Now (0–3 months)",
        "Next (3–9 months)",
        "Later (9–18 months)",
        "3.0 (Defined) or more",
        "Net Promoter Score is below 0",
        "customer satisfaction is below 70 %",
        "each department counts once",
    ] {
        assert!(
            text.contains(expected),
            "methodology lacks {expected:?}:\n{text}"
        );
    }
}

/// Regression: the report printed 2.97 as "3.0" beside "Developing". A shown
/// figure is cut to one decimal (with the level's tolerance), never rounded.
#[test]
fn shown_scores_never_read_as_a_level_not_reached() {
    use cx_maturity::scoring::{level, shown};
    for (score, text, lvl) in [
        (2.97, "2.9", 2),
        (2.9999999999999996, "3.0", 3), // a mean like 3 - 4e-16 is level 3
        (3.0, "3.0", 3),
        (2.6, "2.6", 2),
        (1.0, "1.0", 1),
        (4.99, "4.9", 4),
    ] {
        assert_eq!(shown(score), text, "shown({score})");
        assert_eq!(level(score), lvl, "level({score})");
    }
    // A spread just below the 1.5 threshold must not print as 1.5.
    assert_eq!(shown(1.49), "1.4");
    assert_eq!(shown(0.0), "0.0");
}

/// The cut of scoring.md ("Levels") for scores and percentages, worked by
/// hand: floor(s × 10 + 1e-9) / 10 and floor(f × 100 + 1e-9) %.
#[test]
fn scores_and_percentages_are_cut_not_rounded() {
    use cx_maturity::scoring::{shown, shown_percent, shown_percent_value, shown_value};
    // 2.1 × 10 = 21.000000000000004 → 21 → "2.1"; the same figure once
    // passed through f32 (2.0999999046…) would cut to 2.0: charts must not.
    assert_eq!(shown(2.1), "2.1");
    assert_eq!(shown(3.1), "3.1");
    assert_eq!(shown(3.6), "3.6");
    assert_eq!(shown(2.55), "2.5");
    assert_eq!(shown(0.3 + 0.6), "0.9"); // 0.8999999999999999 is 0.9
    assert_eq!(shown(5.0), "5.0");
    assert_eq!(shown_value(2.97), 2.9);
    // 0.9967 × 100 = 99.67 → 99; 2/3 → 66; 0.29 × 100 = 28.999999999999996 → 29.
    assert_eq!(shown_percent(0.9967), "99 %");
    assert_eq!(shown_percent(2.0 / 3.0), "66 %");
    assert_eq!(shown_percent(0.29), "29 %");
    assert_eq!(shown_percent(1.0), "100 %");
    assert_eq!(shown_percent(0.0), "0 %");
    assert_eq!(shown_percent_value(69.9), "69 %");
}

/// Participation by hand: five departments, Sales and Service answered.
/// Sales: s1 answered (one `unknown` is an answer), s2 did not. Service: v1
/// answered only `na`. Marketing, IT and Finance: respondents who never
/// answered, or none at all.
#[test]
fn participation_counts_who_answered_of_those_set_up() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0), ("a2", 1.0)])]);
    let mut b = Build::new(q);
    for d in ["Sales", "Service", "Marketing", "IT", "Finance"] {
        b.department(d);
    }
    b.respondent("Sales", "s1", "a1=unknown a2=3")
        .respondent("Sales", "s2", "")
        .respondent("Service", "v1", "a1=na")
        .respondent("Marketing", "m1", "")
        .respondent("Marketing", "m2", "")
        .respondent("IT", "i1", "");
    let card = score(&b.data());
    let p = &card.participation;
    // Took part: s1, v1 = 2 of 6; departments Sales, Service = 2 of 5.
    assert_eq!((p.respondents, p.respondents_set_up), (2, 6));
    assert_eq!((p.departments, p.departments_set_up), (2, 5));
    assert_eq!(p.missing_departments, ["Marketing", "IT", "Finance"]);
    let sales = card.department("Sales").unwrap();
    assert_eq!((sales.respondents, sales.respondents_set_up), (1, 2));
    assert!(sales.took_part);
    let service = card.department("Service").unwrap();
    // v1 took part (an `na` is an answer) but has no score.
    assert_eq!((service.respondents, service.took_part), (1, true));
    assert_eq!(service.score, None);
    let marketing = card.department("Marketing").unwrap();
    assert_eq!(
        (marketing.respondents, marketing.respondents_set_up),
        (0, 2)
    );
    assert!(!marketing.took_part);
    assert_eq!(card.respondents.iter().filter(|r| r.took_part).count(), 2);
}

/// A dimension without a score has no default target, gap or priority; a
/// target the user set is kept (and still no gap: there is no score).
#[test]
fn an_unscored_dimension_has_no_default_target_but_keeps_an_agreed_one() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 1.0, &[("b1", 1.0)])]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=2");
    let card = score(&b.data());
    let bd = dim(&card, "b");
    assert_eq!(
        (bd.target, bd.default_target, bd.target_is_default),
        (None, None, true)
    );
    assert_eq!((bd.gap, bd.priority), (None, None));
    // a: level 2 → default target 3, gap 1.
    assert_eq!(dim(&card, "a").target, Some(3));

    b.setting("b", Some(4), None);
    let card = score(&b.data());
    let bd = dim(&card, "b");
    assert_eq!(
        (bd.target, bd.default_target, bd.target_is_default),
        (Some(4), None, false)
    );
    assert_eq!((bd.gap, bd.priority), (None, None));
}
