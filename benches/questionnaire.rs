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

criterion_group!(benches, parse_builtin, parse_with_issues);
criterion_main!(benches);
