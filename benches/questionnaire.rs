//! Benchmarks of the questionnaire area (numbers in docs/performance.md,
//! section "Questionnaire loading"): parsing and validating the built-in
//! questionnaire, the happy path every assessment takes, and a file full of
//! problems, the path a consultant's draft takes.
use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use cx_maturity::questionnaire;

fn parse_builtin(c: &mut Criterion) {
    let (file, text) = questionnaire::BUILTIN_SOURCES[0];
    c.bench_function("questionnaire/parse+validate built-in", |b| {
        b.iter(|| questionnaire::parse(black_box(text), Path::new(file)).is_ok());
    });
}

fn parse_with_issues(c: &mut Criterion) {
    let (_, text) = questionnaire::BUILTIN_SOURCES[0];
    // The built-in with an unknown field and a bad effort in every dimension:
    // the slow road (unknown fields, positions) over the full-size file.
    let broken = text
        .replace("\"weight\": 1,", "\"weight\": 1, \"colour\": \"red\",")
        .replace("\"effort\": \"S\"", "\"effort\": \"XS\"");
    c.bench_function("questionnaire/parse+validate built-in with issues", |b| {
        b.iter(|| questionnaire::parse(black_box(&broken), Path::new("broken.json")).is_err());
    });
}

/// The built-in questionnaire on one line with `n` unknown top-level keys:
/// every key is an issue with a position. Linear in `n` (an earlier scanner
/// was quadratic: 80,000 keys took 20 s).
fn unknown_keys(n: usize) -> String {
    let (_, text) = questionnaire::BUILTIN_SOURCES[0];
    let mut value: serde_json::Value = serde_json::from_str(text).expect("built-in");
    let top = value.as_object_mut().expect("an object");
    for i in 0..n {
        top.insert(format!("junk{i}"), i.into());
    }
    serde_json::to_string(&value).expect("json")
}

fn parse_unknown_keys(c: &mut Criterion) {
    let mut group = c.benchmark_group("questionnaire/unknown keys on one line");
    group.sample_size(10);
    for n in [10_000, 80_000] {
        let text = unknown_keys(n);
        group.bench_function(n.to_string(), |b| {
            b.iter(|| questionnaire::parse(black_box(&text), Path::new("junk.json")).is_err());
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    parse_builtin,
    parse_with_issues,
    parse_unknown_keys
);
criterion_main!(benches);
