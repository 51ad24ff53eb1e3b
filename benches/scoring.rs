//! Benchmarks of scoring and the roadmap (numbers in docs/performance.md,
//! "Scoring and roadmap"): a synthetic assessment of 45 questions in 9
//! dimensions, 10 departments and 1k–20k respondents, answers mostly
//! numeric with some `na`, `unknown` and missing; and the trend over ten
//! such rounds ("Rounds").
use std::hint::black_box;
use std::sync::Arc;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use cx_maturity::model::{
    Answer, AnswerValue, Assessment, AssessmentData, AssessmentStatus, Department,
    DimensionSetting, Respondent,
};
use cx_maturity::questionnaire::{
    Action, Dimension, Effort, Level, Question, Questionnaire, Transition,
};
use cx_maturity::roadmap::plan;
use cx_maturity::scoring::rounds::{Round, trend};
use cx_maturity::scoring::score;
use time::OffsetDateTime;

const DIMENSIONS: usize = 9;
const QUESTIONS_PER_DIMENSION: usize = 5;
const DEPARTMENTS: usize = 10;

/// A small deterministic generator (no extra dependency).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

fn questionnaire() -> Questionnaire {
    let names = ["Initial", "Developing", "Defined", "Managed", "Optimising"];
    Questionnaire {
        id: "bench".into(),
        version: "1".into(),
        title: "Bench".into(),
        description: String::new(),
        locale: "en".into(),
        authors: Vec::new(),
        license: None,
        levels: names
            .iter()
            .zip(1..)
            .map(|(n, l)| Level {
                level: l,
                name: (*n).into(),
                description: String::new(),
            })
            .collect(),
        dimensions: (0..DIMENSIONS)
            .map(|d| Dimension {
                id: format!("dim-{d}"),
                title: format!("Dimension {d}"),
                short_title: None,
                description: String::new(),
                weight: 1.0 + (d % 2) as f64,
                questions: (0..QUESTIONS_PER_DIMENSION)
                    .map(|q| Question {
                        id: format!("dim-{d}-q{q}"),
                        prompt: String::new(),
                        help: None,
                        weight: 1.0,
                        anchors: Default::default(),
                    })
                    .collect(),
                // Three actions per transition, each after the previous
                // transition's first and another dimension's first.
                transitions: (1..=4u8)
                    .map(|from| Transition {
                        from,
                        to: from + 1,
                        actions: (0..3)
                            .map(|a| Action {
                                id: format!("dim-{d}-{from}-{a}"),
                                title: format!("Action {d}-{from}-{a}"),
                                description: String::new(),
                                effort: Effort::M,
                                owner: "CX lead".into(),
                                requires: if from > 1 && a == 0 {
                                    vec![
                                        format!("dim-{d}-{}-0", from - 1),
                                        format!("dim-{}-{}-0", (d + 1) % DIMENSIONS, from - 1),
                                    ]
                                } else {
                                    Vec::new()
                                },
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
        translations: Default::default(),
    }
}

/// How the answers lie in memory.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    /// As `Store::load` hands them over: in the store's order
    /// (questionnaire order, then respondent id), every answer of one
    /// respondent (of one question) sharing one id allocation.
    Loaded,
    /// The same order, but every answer with ids of its own, as answers
    /// built elsewhere (tests, packs) may come: scoring then reads each
    /// id's text once.
    Unshared,
    /// The answers themselves in random order.
    Shuffled,
}

/// `respondents` spread over the departments, answers laid out as `layout`
/// says.
fn assessment(respondents: usize, layout: Layout) -> AssessmentData {
    let mut rng = Lcg(42);
    let at = OffsetDateTime::UNIX_EPOCH;
    let questionnaire = questionnaire();
    let departments: Vec<Department> = (0..DEPARTMENTS)
        .map(|k| Department {
            id: format!("dep-{k:02}-0000-0000-0000-000000000000"),
            name: format!("Department {k}"),
            position: k as u32,
        })
        .collect();
    let mut people = Vec::with_capacity(respondents);
    let mut answers = Vec::with_capacity(respondents * DIMENSIONS * QUESTIONS_PER_DIMENSION);
    let question_ids: Vec<Arc<str>> = questionnaire
        .questions()
        .map(|(_, q)| Arc::from(q.id.as_str()))
        .collect();
    for r in 0..respondents {
        let k = r % DEPARTMENTS;
        let id = format!("{r:08x}-0000-4000-8000-000000000000");
        // Each department leans to its own level, as real ones do.
        let lean = 1 + (k as u64 % 4);
        let shared_id: Arc<str> = Arc::from(id.as_str());
        for question_id in &question_ids {
            let roll = rng.next() % 100;
            let value = match roll {
                0..=2 => continue,
                3..=5 => AnswerValue::NotApplicable,
                6..=8 => AnswerValue::Unknown,
                _ => AnswerValue::Level((lean + rng.next() % 2) as u8),
            };
            answers.push(Answer {
                respondent_id: Arc::clone(&shared_id),
                question_id: Arc::clone(question_id),
                value,
                comment: None,
                updated_at: at,
                carried: false,
                do_not_quote: false,
            });
        }
        people.push(Respondent {
            id,
            name: format!("Respondent {r}"),
            department_id: departments[k].id.clone(),
            role: None,
            consensus: false,
            created_at: at,
            locale: None,
        });
    }
    // The store's order: questionnaire order, then respondent id.
    let position: std::collections::HashMap<String, usize> = questionnaire
        .questions()
        .enumerate()
        .map(|(i, (_, q))| (q.id.clone(), i))
        .collect();
    answers.sort_by(|a, b| {
        position[&*a.question_id]
            .cmp(&position[&*b.question_id])
            .then_with(|| a.respondent_id.cmp(&b.respondent_id))
    });
    match layout {
        Layout::Loaded => {}
        Layout::Unshared => {
            for a in &mut answers {
                a.respondent_id = Arc::from(&*a.respondent_id);
                a.question_id = Arc::from(&*a.question_id);
            }
        }
        Layout::Shuffled => {
            for i in (1..answers.len()).rev() {
                let j = (rng.next() % (i as u64 + 1)) as usize;
                answers.swap(i, j);
            }
        }
    }
    AssessmentData {
        assessment: Assessment {
            id: "bench".into(),
            organisation: "Bench".into(),
            title: "Bench".into(),
            status: AssessmentStatus::Open,
            created_at: at,
            updated_at: at,
            questionnaire_id: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version.clone(),
            previous_id: None,
            report_locale: "en".into(),
            anonymity: Default::default(),
        },
        questionnaire,
        departments,
        respondents: people,
        answers,
        settings: Vec::new(),
        evidence: Vec::new(),
        action_edits: Vec::new(),
        capacity: Default::default(),
        first_votes: Vec::new(),
    }
}

fn scoring(c: &mut Criterion) {
    let mut group = c.benchmark_group("scoring/score");
    group.sample_size(30);
    for n in [1_000, 5_000, 10_000, 20_000] {
        let data = assessment(n, Layout::Loaded);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(n), &data, |b, data| {
            b.iter(|| score(black_box(data)));
        });
    }
    group.finish();

    // The same 10k assessment with ids not shared (each answer's read once
    // as text), and with its answers in random order (no run to exploit).
    let unshared = assessment(10_000, Layout::Unshared);
    c.bench_function("scoring/score_unshared_ids/10000", |b| {
        b.iter(|| score(black_box(&unshared)));
    });
    let shuffled = assessment(10_000, Layout::Shuffled);
    c.bench_function("scoring/score_shuffled_answers/10000", |b| {
        b.iter(|| score(black_box(&shuffled)));
    });

    // Every dimension aiming at Optimising: the longest plan (up to four
    // transitions, 12 actions, per dimension).
    let mut data = assessment(10_000, Layout::Loaded);
    data.settings = data
        .questionnaire
        .dimensions
        .iter()
        .map(|d| DimensionSetting {
            dimension_id: d.id.clone(),
            target: Some(5),
            importance: None,
        })
        .collect();
    let card = score(&data);
    c.bench_function("scoring/roadmap", |b| {
        b.iter(|| plan(black_box(&data), black_box(&card)));
    });

    // The trend over ten rounds of 10k respondents each, loaded: every
    // round scored, then the trend (what `cxm trend` does after reading).
    let chain: Vec<AssessmentData> = (0..10)
        .map(|k| {
            let mut round = assessment(10_000, Layout::Loaded);
            round.assessment.id = format!("round-{k}");
            round
        })
        .collect();
    let mut group = c.benchmark_group("scoring/rounds");
    group.sample_size(10);
    group.bench_function("trend_10x10000", |b| {
        b.iter(|| {
            let cards: Vec<_> = chain.iter().map(score).collect();
            let rounds: Vec<Round<'_>> = chain
                .iter()
                .zip(&cards)
                .map(|(data, card)| Round { data, card })
                .collect();
            black_box(trend(&rounds))
        });
    });
    group.finish();
}

criterion_group!(benches, scoring);
criterion_main!(benches);
