//! Property tests of scoring (proptest): bounds, order independence, and
//! what "each department counts once" implies.
//!
//! Two of the properties need a precise reading under scoring.md:
//! - Duplicating every respondent of a department changes no *score* figure
//!   (respondent, department, dimension, overall, stage, spread, gap,
//!   priority, misaligned questions). It does change head-counts, and it
//!   changes coverage when other departments answered more or less fully,
//!   because coverage counts answers, not departments (scoring.md).
//! - Adding a department identical to another gives the copy the original's
//!   department scores and leaves every other department's unchanged; the
//!   organisation's dimension score, a plain mean over departments, moves to
//!   `(n · old + original) / (n + 1)`. Copying *every* department changes
//!   no organisation dimension score.

use std::collections::HashMap;
use std::sync::Arc;

use cx_maturity::model::{AnswerValue, AssessmentData};
use cx_maturity::scoring::{Scorecard, score};
use proptest::prelude::*;

use super::build::{Build, DimSpec, questionnaire};

/// A random assessment: dimensions with question weights, departments with
/// respondents whose answers are cell codes (0 none, 1..=5, 6 na, 7 unknown).
#[derive(Debug, Clone)]
pub struct Case {
    pub dims: Vec<(f64, Vec<f64>)>,
    pub departments: Vec<Vec<Vec<u8>>>,
}

const WEIGHTS: [f64; 5] = [0.5, 1.0, 1.0, 2.0, 3.0];

fn weight() -> impl Strategy<Value = f64> {
    (0..WEIGHTS.len()).prop_map(|i| WEIGHTS[i])
}

/// Answers are mostly numeric, sometimes missing, `na` or `unknown`.
fn cell() -> impl Strategy<Value = u8> {
    prop_oneof![8 => 1u8..=5, 1 => Just(0u8), 1 => Just(6u8), 1 => Just(7u8)]
}

pub fn case() -> impl Strategy<Value = Case> {
    prop::collection::vec((weight(), prop::collection::vec(weight(), 1..4)), 1..5)
        .prop_flat_map(|dims| {
            let nq: usize = dims.iter().map(|(_, q)| q.len()).sum();
            let respondent = prop::collection::vec(cell(), nq);
            let department = prop::collection::vec(respondent, 0..5);
            (Just(dims), prop::collection::vec(department, 1..5))
        })
        .prop_map(|(dims, departments)| Case { dims, departments })
}

impl Case {
    pub fn data(&self) -> AssessmentData {
        let names: Vec<(String, Vec<(String, f64)>)> = self
            .dims
            .iter()
            .enumerate()
            .map(|(d, (_, qs))| {
                let qs = qs
                    .iter()
                    .enumerate()
                    .map(|(i, w)| (format!("q{d}_{i}"), *w))
                    .collect();
                (format!("d{d}"), qs)
            })
            .collect();
        let qrefs: Vec<Vec<(&str, f64)>> = names
            .iter()
            .map(|(_, qs)| qs.iter().map(|(id, w)| (id.as_str(), *w)).collect())
            .collect();
        let specs: Vec<DimSpec<'_>> = names
            .iter()
            .zip(&self.dims)
            .zip(&qrefs)
            .map(|(((id, _), (w, _)), qs)| (id.as_str(), *w, qs.as_slice()))
            .collect();
        let qids: Vec<&str> = qrefs.iter().flatten().map(|(id, _)| *id).collect();
        let mut b = Build::new(questionnaire(&specs));
        for (k, respondents) in self.departments.iter().enumerate() {
            let dep = format!("Dep{k}");
            b.department(&dep);
            for (r, cells) in respondents.iter().enumerate() {
                let answers: Vec<String> = cells
                    .iter()
                    .zip(&qids)
                    .filter(|(c, _)| **c != 0)
                    .map(|(c, q)| match c {
                        6 => format!("{q}=na"),
                        7 => format!("{q}=unknown"),
                        l => format!("{q}={l}"),
                    })
                    .collect();
                b.respondent(&dep, &format!("p{k}_{r}"), &answers.join(" "));
            }
        }
        b.data()
    }
}

/// A deterministic shuffle (Fisher–Yates with a small LCG).
pub fn shuffle<T>(v: &mut [T], mut seed: u64) {
    for i in (1..v.len()).rev() {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = usize::try_from((seed >> 33) % (i as u64 + 1)).expect("small");
        v.swap(i, j);
    }
}

fn near(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

/// Every score figure of two scorecards agrees (up to rounding noise);
/// head-counts, coverage and the respondent list are not compared.
fn same_scores(a: &Scorecard, b: &Scorecard) -> Result<(), TestCaseError> {
    prop_assert!(near(a.overall.score, b.overall.score));
    prop_assert_eq!(a.overall.level, b.overall.level);
    prop_assert_eq!(a.overall.stage, b.overall.stage);
    prop_assert_eq!(&a.overall.weakest_dimension, &b.overall.weakest_dimension);
    for (x, y) in a.dimensions.iter().zip(&b.dimensions) {
        prop_assert!(
            near(x.score, y.score),
            "{} {:?} {:?}",
            x.id,
            x.score,
            y.score
        );
        prop_assert_eq!(
            (x.level, x.target, x.importance),
            (y.level, y.target, y.importance)
        );
        prop_assert!(near(x.gap, y.gap) && near(x.priority, y.priority));
        prop_assert!((x.spread - y.spread).abs() < 1e-9);
        prop_assert_eq!(x.misaligned, y.misaligned);
        for ((n1, v1), (n2, v2)) in x.departments.0.iter().zip(&y.departments.0) {
            prop_assert_eq!(n1, n2);
            prop_assert!(near(*v1, *v2));
        }
    }
    for (x, y) in a.departments.iter().zip(&b.departments) {
        prop_assert_eq!(&x.name, &y.name);
        prop_assert!(near(x.score, y.score));
    }
    prop_assert_eq!(a.misaligned_questions.len(), b.misaligned_questions.len());
    for (x, y) in a.misaligned_questions.iter().zip(&b.misaligned_questions) {
        prop_assert_eq!(&x.question, &y.question);
        prop_assert!((x.spread - y.spread).abs() < 1e-9);
        for ((_, v1), (_, v2)) in x.departments.0.iter().zip(&y.departments.0) {
            prop_assert!(near(*v1, *v2));
        }
    }
    Ok(())
}

/// Appends a copy of department `k` (new id, name and position) with copies
/// of its respondents and their answers.
fn copy_department(data: &mut AssessmentData, k: usize, tag: &str) {
    let original = data.departments[k].clone();
    let position = u32::try_from(data.departments.len()).expect("few");
    let copy_id = format!("{}-{tag}", original.id);
    data.departments.push(cx_maturity::model::Department {
        id: copy_id.clone(),
        name: format!("{}-{tag}", original.name),
        position,
    });
    copy_respondents(data, &original.id, &copy_id, tag);
}

/// Copies every respondent of department `from` (and answers) into `to`.
fn copy_respondents(data: &mut AssessmentData, from: &str, to: &str, tag: &str) {
    let respondents: Vec<_> = data
        .respondents
        .iter()
        .filter(|r| r.department_id == from)
        .cloned()
        .collect();
    for r in respondents {
        let new_id = format!("{}-{tag}", r.id);
        let answers: Vec<_> = data
            .answers
            .iter()
            .filter(|a| *a.respondent_id == *r.id)
            .map(|a| cx_maturity::model::Answer {
                respondent_id: new_id.as_str().into(),
                ..a.clone()
            })
            .collect();
        data.answers.extend(answers);
        data.respondents.push(cx_maturity::model::Respondent {
            id: new_id,
            department_id: to.to_owned(),
            ..r
        });
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every score, at every level of aggregation, lies in [1, 5], and the
    /// stage never exceeds any dimension's level.
    #[test]
    fn scores_lie_in_one_to_five_and_stage_is_gated(case in case()) {
        let card = score(&case.data());
        let in_range = |s: Option<f64>| s.is_none_or(|s| (1.0..=5.0).contains(&s));
        prop_assert!(in_range(card.overall.score));
        for d in &card.dimensions {
            prop_assert!(in_range(d.score));
            prop_assert!(d.departments.0.iter().all(|(_, s)| in_range(*s)));
            prop_assert!(d.gap.is_none_or(|g| (0.0..=4.0).contains(&g)));
            if let (Some(stage), Some(level)) = (card.overall.stage, d.level) {
                prop_assert!(stage <= level, "stage {stage} > level {level} of {}", d.id);
            }
            // Absent, never 0.
            prop_assert_eq!(d.score.is_none(), d.level.is_none());
            prop_assert_eq!(d.score.is_none(), d.gap.is_none());
        }
        for d in &card.departments {
            prop_assert!(in_range(d.score));
        }
        for r in &card.respondents {
            prop_assert!(in_range(r.score));
            prop_assert!(r.dimensions.iter().all(|s| in_range(*s)));
        }
        for m in &card.misaligned_questions {
            prop_assert!(m.departments.0.iter().all(|(_, s)| in_range(*s)));
        }
        prop_assert_eq!(
            card.overall.stage.is_some(),
            card.dimensions.iter().all(|d| d.score.is_some())
        );
    }

    /// Shuffling respondents, departments and answers changes nothing at all.
    #[test]
    fn input_order_never_changes_a_result(case in case(), seed in any::<u64>()) {
        let data = case.data();
        let mut shuffled = data.clone();
        shuffle(&mut shuffled.respondents, seed);
        shuffle(&mut shuffled.departments, seed.rotate_left(17));
        shuffle(&mut shuffled.answers, seed.rotate_left(31));
        prop_assert_eq!(score(&data), score(&shuffled));
    }

    /// How the answers' ids are held changes nothing: one allocation per
    /// respondent and question, as the store hands them over, or one per
    /// answer, as tests and packs build them; and a stale second answer to
    /// a question loses to the later one wherever it lies.
    #[test]
    fn shared_ids_and_stale_duplicates_change_nothing(
        case in case(), seed in any::<u64>(), every in 1usize..4
    ) {
        let data = case.data();
        let mut ids: HashMap<String, Arc<str>> = HashMap::new();
        let mut shared = data.clone();
        for a in &mut shared.answers {
            for id in [&mut a.respondent_id, &mut a.question_id] {
                *id = Arc::clone(ids.entry(id.to_string()).or_insert_with(|| Arc::clone(id)));
            }
        }
        prop_assert_eq!(score(&data), score(&shared));

        // Every `every`-th answer gets an older twin with another value.
        let stale: Vec<_> = shared
            .answers
            .iter()
            .step_by(every)
            .map(|a| cx_maturity::model::Answer {
                value: match a.value {
                    AnswerValue::Level(l) => AnswerValue::Level(l % 5 + 1),
                    _ => AnswerValue::Level(3),
                },
                updated_at: a.updated_at - time::Duration::days(1),
                ..a.clone()
            })
            .collect();
        shared.answers.extend(stale);
        shuffle(&mut shared.answers, seed);
        prop_assert_eq!(score(&data), score(&shared));
    }

    /// Duplicating every respondent of one department changes no score.
    #[test]
    fn duplicating_a_departments_respondents_changes_no_score(
        case in case(), pick in any::<prop::sample::Index>()
    ) {
        let data = case.data();
        let dep = data.departments[pick.index(data.departments.len())].id.clone();
        let mut doubled = data.clone();
        copy_respondents(&mut doubled, &dep, &dep, "twin");
        same_scores(&score(&data), &score(&doubled))?;
    }

    /// A copy of a department scores like its original, leaves the others
    /// alone, and weighs in the organisation like any one department.
    #[test]
    fn a_copied_department_counts_as_one_more_department(
        case in case(), pick in any::<prop::sample::Index>()
    ) {
        let data = case.data();
        let k = pick.index(data.departments.len());
        let mut more = data.clone();
        copy_department(&mut more, k, "copy");
        let (before, after) = (score(&data), score(&more));
        let original = &data.departments[k].name;
        let copy = format!("{original}-copy");
        for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
            prop_assert!(near(a.departments.get(&copy), b.departments.get(original)));
            for (name, value) in &b.departments.0 {
                prop_assert!(near(a.departments.get(name), *value));
            }
            let scored: Vec<f64> = b.departments.0.iter().filter_map(|(_, s)| *s).collect();
            let expected = match (b.score, b.departments.get(original)) {
                (Some(old), Some(orig)) => {
                    let n = scored.len() as f64;
                    Some((n * old + orig) / (n + 1.0))
                }
                (old, _) => old,
            };
            prop_assert!(near(a.score, expected), "{:?} vs {:?}", a.score, expected);
        }
    }

    /// Copying every department changes no organisation figure.
    #[test]
    fn copying_every_department_changes_no_dimension_score(case in case()) {
        let data = case.data();
        let mut twice = data.clone();
        for k in 0..data.departments.len() {
            copy_department(&mut twice, k, "copy");
        }
        let (before, after) = (score(&data), score(&twice));
        for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
            prop_assert!(near(a.score, b.score));
            prop_assert_eq!(a.level, b.level);
            prop_assert!((a.spread - b.spread).abs() < 1e-9);
        }
        prop_assert!(near(after.overall.score, before.overall.score));
        prop_assert_eq!(after.overall.stage, before.overall.stage);
    }
}

/// Large assessments are placed and scored on several threads (from 50,000
/// answers or grid cells):
/// the demo with every respondent copied 49 times over (24 × 50 = 1,200
/// answers → 60,000) scores exactly like the demo, and still does with a
/// stale older twin of every tenth answer, shuffled in.
#[test]
fn a_large_assessment_scores_like_its_small_original() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = cx_maturity::store::Store::open(&dir.path().join("demo.sqlite")).expect("open");
    let id = cx_maturity::demo::create_demo(&mut store).expect("demo");
    let data = store.load(&id).expect("load");
    assert!(
        data.answers.len() * 50 >= 50_000
            && data.respondents.len() * 50 * data.questionnaire.questions().count() >= 50_000,
        "the copy must reach the threaded paths"
    );

    let mut large = data.clone();
    for copy in 1..50 {
        // Copies of the original respondents only (copying `large` would
        // copy the copies too).
        let mut more = data.clone();
        for dep in data.departments.iter().map(|d| d.id.clone()) {
            copy_respondents(&mut more, &dep, &dep, &format!("copy{copy}"));
        }
        let n = data.respondents.len();
        let m = data.answers.len();
        large.respondents.extend(more.respondents.drain(n..));
        large.answers.extend(more.answers.drain(m..));
    }
    let (small, big) = (score(&data), score(&large));
    same_scores(&small, &big).expect("same scores");
    assert_eq!(big.respondents.len(), 50 * small.respondents.len());
    assert_eq!(big.overall.coverage, small.overall.coverage);
    // Knowledge gaps gathered by several threads still read question by
    // question.
    assert_eq!(big.knowledge_gaps.len(), 50 * small.knowledge_gaps.len());
    let position = |id: &str| data.questionnaire.questions().position(|(_, q)| q.id == id);
    let order: Vec<_> = big
        .knowledge_gaps
        .iter()
        .map(|g| position(&g.question))
        .collect();
    assert!(
        order.is_sorted(),
        "knowledge gaps out of questionnaire order"
    );

    let stale: Vec<_> = large
        .answers
        .iter()
        .step_by(10)
        .map(|a| cx_maturity::model::Answer {
            value: AnswerValue::Level(1),
            updated_at: a.updated_at - time::Duration::days(1),
            ..a.clone()
        })
        .collect();
    large.answers.extend(stale);
    shuffle(&mut large.answers, 7);
    assert_eq!(score(&large), big);
}
