//! Benchmarks of the store area (numbers in docs/performance.md "Store").
//!
//! - `store/save_answer`: one answer saved on an open connection, one
//!   transaction, `synchronous=FULL`. Criterion reports the mean; the
//!   percentiles the budget is written in (p50 ≤ 1 ms, p99 ≤ 10 ms) are
//!   measured first, per save, and printed.
//! - `store/import_100_packs_x_50_answers`: 100 filled packs of 50 answers
//!   each imported in one go (budget ≤ 1 s), into a fresh copy of the
//!   database each time.
//! - `store/rounds/compare_demo`: the demo against its next round, read,
//!   scored and compared (budget ≤ 5 ms).
//! - `store/rounds/start_next_round_500x50_carried`: the next round of a
//!   500-respondent round, carrying its 25,000 answers, in one transaction
//!   (budget ≤ 500 ms).
//! - `store/purge/demo` and `store/purge/large_10x500x50`: deleting one
//!   assessment for good (`Store::purge_assessment`: the `DELETE`, two
//!   `TRUNCATE` checkpoints and a `VACUUM` of the whole file) in the demo's
//!   database and in one of ten assessments of 500 respondents × 50
//!   answers, into a fresh copy of the database each time.
//! - `store/unlock` and `store/sealed_pack`: opening an encrypted database,
//!   and a head opening an encrypted pack and saving its filled pack (whole
//!   key derivations), timed and printed.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::Criterion;
use cx_maturity::model::AnswerValue;
use cx_maturity::pack::{self, PackAnswer};
use cx_maturity::questionnaire::{self, Questionnaire};
use cx_maturity::store::{NextRound, RespondentChoice, Store};
use cx_maturity::{Passphrase, demo, workflow};

fn builtin() -> Questionnaire {
    questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in questionnaire")
}

/// An assessment with one respondent; returns the store, respondent and questions.
fn one_respondent(dir: &Path, passphrase: Option<&Passphrase>) -> (Store, String, Vec<String>) {
    let q = builtin();
    let mut store = Store::open_with(&dir.join("save.db"), passphrase).expect("open");
    let id = store
        .create_assessment("Bench GmbH", "Save latency", &q, &["Sales"])
        .expect("create");
    let dept = store.department_by_name(&id, "Sales").expect("dept");
    let r = store
        .add_respondent(&id, &dept.id, "Bench", None, false)
        .expect("respondent");
    let questions = q.questions().map(|(_, q)| q.id.clone()).collect();
    (store, r.id, questions)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The passphrase of the encrypted variants.
fn passphrase() -> Passphrase {
    Passphrase::new("bench passphrase".to_owned()).expect("passphrase")
}

/// Per-save latencies of 2 000 saves, printed as percentiles; `passphrase`
/// for an encrypted database.
fn save_percentiles(passphrase: Option<&Passphrase>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, r, questions) = one_respondent(dir.path(), passphrase);
    let mut times = Vec::with_capacity(2000);
    for i in 0..2000usize {
        let value = AnswerValue::Level(u8::try_from(1 + i % 5).expect("small"));
        let q = &questions[i % questions.len()];
        let start = Instant::now();
        store
            .save_answer(&r, q, value, Some("a comment"))
            .expect("save");
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "store/save_answer{} per-save latency over {} saves: p50 {:?}, p90 {:?}, p99 {:?}, max {:?}",
        if passphrase.is_some() {
            "_encrypted"
        } else {
            ""
        },
        times.len(),
        percentile(&times, 50.0),
        percentile(&times, 90.0),
        percentile(&times, 99.0),
        times[times.len() - 1]
    );
}

/// Unlocking: opening an encrypted database (the demo) with its
/// passphrase, SQLCipher's key derivation included; 10 opens, printed.
fn unlock_times() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("unlock.db");
    let key = passphrase();
    let mut store = Store::open_with(&path, Some(&key)).expect("open");
    demo::create_demo(&mut store).expect("demo");
    store.close().expect("close");
    let mut times: Vec<Duration> = (0..10)
        .map(|_| {
            let start = Instant::now();
            let store = Store::open_with(&path, Some(&key)).expect("unlock");
            let elapsed = start.elapsed();
            drop(store);
            elapsed
        })
        .collect();
    times.sort();
    println!(
        "store/unlock (open an encrypted demo database) over 10 opens: median {:?}, max {:?}",
        percentile(&times, 50.0),
        times[times.len() - 1]
    );
}

fn bench_save(c: &mut Criterion) {
    let key = passphrase();
    for (name, passphrase) in [
        ("store/save_answer", None),
        ("store/save_answer_encrypted", Some(&key)),
    ] {
        bench_save_one(c, name, passphrase);
    }
}

fn bench_save_one(c: &mut Criterion, name: &str, passphrase: Option<&Passphrase>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut store, r, questions) = one_respondent(dir.path(), passphrase);
    let mut i = 0usize;
    c.bench_function(name, |b| {
        b.iter(|| {
            i += 1;
            let value = AnswerValue::Level(u8::try_from(1 + i % 5).expect("small"));
            store
                .save_answer(&r, &questions[i % questions.len()], value, None)
                .expect("save")
        });
    });
}

/// A database with 100 departments of one respondent each, and 100 filled
/// packs (50 answers each) for it. Returns (database, assessment, packs).
fn hundred_packs(dir: &Path) -> (PathBuf, String, Vec<PathBuf>) {
    let q = builtin();
    let db = dir.join("base.db");
    let mut store = Store::open(&db).expect("open");
    let names: Vec<String> = (0..100).map(|i| format!("Department {i:03}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let id = store
        .create_assessment("Bench GmbH", "Pack import", &q, &refs)
        .expect("create");
    let questions: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    let mut files = Vec::new();
    for (i, d) in store
        .departments(&id)
        .expect("departments")
        .iter()
        .enumerate()
    {
        store
            .add_respondent(&id, &d.id, &format!("Head {i}"), Some("Head"), false)
            .expect("respondent");
        let mut p = store.export_pack(&id, &d.id).expect("export");
        let at = p.exported_at + time::Duration::minutes(10);
        p.respondents[0].answers = questions
            .iter()
            .take(50)
            .enumerate()
            .map(|(j, question)| PackAnswer {
                question: question.clone(),
                value: serde_json::json!(1 + (i + j) % 5),
                comment: (j % 10 == 0).then(|| "Begründung: siehe Workshop".to_owned()),
                updated_at: at,
                carried: false,
            })
            .collect();
        let file = dir.join(format!("pack-{i:03}.json"));
        pack::write_file(&p, &file).expect("write pack");
        files.push(file);
    }
    (db, id, files)
}

/// Runs `timed` `iters` times, each on a fresh copy of the database
/// `base` (removed afterwards), and adds up the times it returns.
fn on_fresh_copies(
    base: &Path,
    iters: u64,
    mut timed: impl FnMut(&mut Store) -> Duration,
) -> Duration {
    let mut total = Duration::ZERO;
    for n in 0..iters {
        let copy = base.with_file_name(format!("copy-{n}.db"));
        std::fs::copy(base, &copy).expect("copy");
        let mut store = Store::open(&copy).expect("open copy");
        total += timed(&mut store);
        drop(store);
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
        }
    }
    total
}

fn bench_import(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (base, id, files) = hundred_packs(dir.path());
    let mut group = c.benchmark_group("store");
    group.sample_size(10);
    group.bench_function("import_100_packs_x_50_answers", |b| {
        b.iter_custom(|iters| {
            on_fresh_copies(&base, iters, |store| {
                let start = Instant::now();
                let report = store.import_packs(&id, &files).expect("import");
                let took = start.elapsed();
                assert_eq!(report.totals().0, 5000);
                took
            })
        });
    });
    group.finish();
}

/// The demo and its next round, half of the carried answers changed:
/// what the Progress tab compares.
fn demo_rounds(dir: &Path) -> (Store, String) {
    let mut store = Store::open(&dir.join("rounds.db")).expect("open");
    let first = demo::create_demo(&mut store).expect("demo");
    let next = store
        .start_next_round(&first, &carry_all())
        .expect("next round")
        .id;
    let answers = store.load(&next).expect("load").answers;
    for a in answers.iter().step_by(2) {
        store
            .save_answer(
                &a.respondent_id,
                &a.question_id,
                AnswerValue::Level(3),
                None,
            )
            .expect("answer");
    }
    (store, next)
}

fn carry_all() -> NextRound {
    NextRound {
        title: None,
        respondents: RespondentChoice::All,
        carry_answers: true,
        questionnaire: None,
    }
}

fn bench_rounds(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (store, next) = demo_rounds(dir.path());
    let mut group = c.benchmark_group("store/rounds");
    group.bench_function("compare_demo", |b| {
        b.iter(|| workflow::compare_rounds(&store, &next).expect("compare"));
    });

    // 500 respondents × 50 answers; each iteration starts the next round
    // of the latest one, carrying its 25,000 answers.
    let q = builtin();
    let questions: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    let mut store = Store::open(&dir.path().join("large.db")).expect("open");
    let mut latest = store
        .create_assessment("Bench GmbH", "Large", &q, &["Sales", "Service"])
        .expect("create");
    let deps = store.departments(&latest).expect("departments");
    for r in 0..500 {
        let person = store
            .add_respondent(
                &latest,
                &deps[r % 2].id,
                &format!("Person {r}"),
                None,
                false,
            )
            .expect("respondent");
        let items: Vec<(&str, AnswerValue, Option<&str>)> = questions
            .iter()
            .enumerate()
            .map(|(j, qid)| {
                (
                    qid.as_str(),
                    AnswerValue::Level(1 + ((r + j) % 5) as u8),
                    None,
                )
            })
            .collect();
        store.save_answers(&person.id, &items).expect("answers");
    }
    group.sample_size(10);
    group.bench_function("start_next_round_500x50_carried", |b| {
        b.iter(|| {
            let started = store
                .start_next_round(&latest, &carry_all())
                .expect("next round");
            assert_eq!(started.carried_answers, 25_000);
            latest = started.id;
        });
    });
    group.finish();
}

/// A database holding `assessments` assessments of `respondents` people
/// who answered 50 questions with a comment on every tenth, or the demo
/// when `respondents` is 0; returns it and the id of the first one.
fn purge_base(path: &Path, assessments: usize, respondents: usize) -> String {
    let q = builtin();
    let questions: Vec<String> = q.questions().map(|(_, q)| q.id.clone()).collect();
    let mut store = Store::open(path).expect("open");
    if respondents == 0 {
        return demo::create_demo(&mut store).expect("demo");
    }
    let mut first = None;
    for a in 0..assessments {
        let id = store
            .create_assessment(&format!("Org {a}"), "Large", &q, &["Sales", "Service"])
            .expect("create");
        let deps = store.departments(&id).expect("departments");
        for r in 0..respondents {
            let person = store
                .add_respondent(&id, &deps[r % 2].id, &format!("Person {r}"), None, false)
                .expect("respondent");
            let items: Vec<(&str, AnswerValue, Option<&str>)> = questions
                .iter()
                .enumerate()
                .map(|(j, qid)| {
                    let comment = (j % 10 == 0).then_some("Begründung: siehe Workshop");
                    (
                        qid.as_str(),
                        AnswerValue::Level(1 + ((r + j) % 5) as u8),
                        comment,
                    )
                })
                .collect();
            store.save_answers(&person.id, &items).expect("answers");
        }
        first.get_or_insert(id);
    }
    store.close().expect("close");
    first.expect("one assessment")
}

fn bench_purge(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("store/purge");
    group.sample_size(10);
    for (name, assessments, respondents) in [("demo", 1, 0), ("large_10x500x50", 10, 500)] {
        let base = dir.path().join(format!("{name}.db"));
        let id = purge_base(&base, assessments, respondents);
        let size = std::fs::metadata(&base).expect("size").len();
        println!(
            "store/purge/{name}: database of {:.1} MB",
            size as f64 / 1e6
        );
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                on_fresh_copies(&base, iters, |store| {
                    store.delete_assessment(&id).expect("delete");
                    let start = Instant::now();
                    store.purge_assessment(&id).expect("purge");
                    start.elapsed()
                })
            });
        });
    }
    group.finish();
}

/// Encrypted packs on the head's side: opening one (decrypting it and
/// making the passphrase check kept with the session) and saving the filled
/// pack (checking the passphrase again, encrypting the pack); 5 of each,
/// printed. Each is whole scrypt key derivations, what the window waits for.
fn sealed_pack_times() {
    let dir = tempfile::tempdir().expect("temp dir");
    let key = passphrase();
    let mut consultant = Store::open(&dir.path().join("consultant.db")).expect("open");
    let id = demo::create_demo(&mut consultant).expect("demo");
    let department = consultant.departments(&id).expect("departments")[0]
        .id
        .clone();
    let file = dir.path().join("sealed.cxpack");
    let p = consultant.export_pack(&id, &department).expect("pack");
    pack::write_file_with(&p, &file, Some(&key)).expect("write");
    let mut opens = Vec::new();
    let mut saves = Vec::new();
    for run in 0..5 {
        let mut head = Store::open(&dir.path().join(format!("head{run}.db"))).expect("open");
        let start = Instant::now();
        let checked = cx_maturity::store::pack_sessions::check_pack_file_with(&file, Some(&key))
            .expect("check");
        head.open_checked_pack(&checked).expect("open pack");
        opens.push(start.elapsed());
        let start = Instant::now();
        head.save_filled_pack_with(&id, &dir.path().join("filled.cxpack"), Some(&key))
            .expect("save");
        saves.push(start.elapsed());
    }
    for (what, times) in [("open", &mut opens), ("save the filled pack", &mut saves)] {
        times.sort();
        println!(
            "store/sealed_pack ({what}, an encrypted demo pack) over 5 runs: median {:?}, max {:?}",
            percentile(times, 50.0),
            times[times.len() - 1]
        );
    }
}

fn main() {
    save_percentiles(None);
    save_percentiles(Some(&passphrase()));
    unlock_times();
    sealed_pack_times();
    let mut c = Criterion::default().configure_from_args();
    bench_save(&mut c);
    bench_import(&mut c);
    bench_rounds(&mut c);
    bench_purge(&mut c);
    c.final_summary();
}
