//! The shell over a real store in a temporary file: what the commands do,
//! step by step, survives a relaunch; a stale id is refused; a panic in the
//! core becomes an `internal` error and the app keeps working; which
//! database the app opens (`--database` beats `CXM_DB` beats the default).

use std::ffi::OsString;
use std::path::PathBuf;

use cx_maturity::model::AnswerValue;
use cx_maturity::questionnaire;

use crate::commands::{ensure_respondent, results, summary, view};
use crate::state::{AppState, choose_database, database_arg};
use crate::wire::{ChartKind, ErrorKind};

fn fresh() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("nested").join("cx.db");
    (dir, path)
}

#[test]
fn answers_saved_through_the_shell_are_there_after_a_relaunch() {
    let (_dir, path) = fresh();
    let app = AppState::open(path.clone());
    assert!(app.open_error().is_none());
    let q = questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in");
    let first = q.dimensions[0].questions[0].id.clone();
    let second = q.dimensions[0].questions[1].id.clone();

    let (id, dana) = app
        .with("test", |s| {
            let id = s.create_assessment("Acme", "Baseline", &q, &["Sales", "Service", "IT"])?;
            let sales = s.department_by_name(&id, "Sales")?;
            let dana = s.add_respondent(&id, &sales.id, "Dana", None, false)?;
            s.save_answer(
                &dana.id,
                &first,
                AnswerValue::Level(4),
                Some("<b>board minutes</b>"),
            )?;
            Ok((id, dana.id))
        })
        .expect("set up and answer");
    drop(app);

    let app = AppState::open(path);
    let v = app
        .with("test", |s| view(s, &id))
        .expect("view after relaunch");
    assert_eq!(v.assessment.organisation, "Acme");
    let names: Vec<&str> = v.departments.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Sales", "Service", "IT"]);
    let r = &v.respondents[0];
    assert_eq!(
        (r.name.as_str(), r.department_name.as_str()),
        ("Dana", "Sales")
    );
    // One of 50 answered; resume at the second question of the first dimension.
    assert_eq!(r.progress.answered, 1);
    assert_eq!(
        r.progress.resume_question_id.as_deref(),
        Some(second.as_str())
    );
    // 1 answer of 1 respondent × 50 questions = 0.02.
    assert_eq!(v.assessment.completion, Some(0.02));
    // Dana's single 4 makes the first dimension 4.0 and, as the only scored
    // dimension, the overall score 4.0 (Managed).
    assert_eq!(v.assessment.overall_score, Some(4.0));
    assert_eq!(v.assessment.overall_level_name.as_deref(), Some("Managed"));
    let res = app.with("test", |s| results(s, &id)).expect("results");
    assert_eq!(res.scorecard.dimensions[0].score, Some(4.0));
    let kinds: Vec<ChartKind> = res.charts.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ChartKind::Radar,
            ChartKind::CurrentVsTarget,
            ChartKind::HeatMap
        ]
    );
    assert!(
        res.charts
            .iter()
            .all(|c| !c.shapes.is_empty() && c.width > 0.0)
    );
    let listed = app.with("test", |s| summary(s, &id)).expect("summary");
    assert_eq!(listed.respondents, 1);
    assert!(
        app.with("test", |s| ensure_respondent(s, &id, &dana))
            .is_ok()
    );
}

#[test]
fn a_respondent_of_another_assessment_is_refused() {
    let (_dir, path) = fresh();
    let app = AppState::open(path);
    let q = questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in");
    let err = app
        .with("test", |s| {
            let a = s.create_assessment("A", "One", &q, &["Sales"])?;
            let b = s.create_assessment("B", "Two", &q, &["Sales"])?;
            let dept = s.department_by_name(&a, "Sales")?;
            let r = s.add_respondent(&a, &dept.id, "Ana", None, false)?;
            ensure_respondent(s, &b, &r.id)
        })
        .expect_err("refused");
    assert_eq!(err.kind, ErrorKind::NotFound);
    assert_eq!(
        err.message,
        "This respondent no longer exists; it may have been deleted."
    );
}

#[test]
fn a_panic_in_the_core_is_an_internal_error_and_the_app_goes_on() {
    let (_dir, path) = fresh();
    let app = AppState::open(path);
    let err = app
        .with("test", |_| -> cx_maturity::Result<()> { panic!("boom") })
        .expect_err("panic reported");
    assert_eq!(err.kind, ErrorKind::Internal);
    assert!(!err.message.contains("boom"));
    let listed = app
        .with("test", |s| s.list_assessments())
        .expect("store still usable");
    assert!(listed.is_empty());
}

#[test]
fn a_database_that_cannot_be_opened_is_reported_by_every_command() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A folder where the database file should be: it cannot be opened.
    let path = dir.path().join("cx.db");
    std::fs::create_dir(&path).expect("folder");
    let app = AppState::open(path);
    let opened = app.open_error().expect("open error");
    let err = app
        .with("test", |s| s.list_assessments())
        .expect_err("refused");
    assert_eq!(err, opened);
    assert_eq!(
        err.message,
        "The database file is a folder, not a database file."
    );
    assert!(
        !err.message.contains(dir.path().to_string_lossy().as_ref()),
        "{}",
        err.message
    );
}

#[test]
fn a_database_that_could_not_be_opened_at_start_is_opened_by_the_next_action() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("cx.db");
    // Unavailable at start (here: a folder in its place; in the field: busy
    // in `cxm`, a disk not yet mounted).
    std::fs::create_dir(&path).expect("folder");
    let app = AppState::open(path.clone());
    assert!(app.open_error().is_some());
    std::fs::remove_dir(&path).expect("folder gone");
    let listed = app
        .with("test", |s| s.list_assessments())
        .expect("opened on the next action, without a restart");
    assert!(listed.is_empty());
    assert!(app.open_error().is_none());
}

fn args(list: &[&str]) -> Vec<OsString> {
    list.iter().map(OsString::from).collect()
}

#[test]
fn the_database_argument_is_read_in_both_spellings_and_the_last_wins() {
    assert_eq!(
        database_arg(args(&["--database", "/tmp/head.db"])),
        Some(PathBuf::from("/tmp/head.db"))
    );
    assert_eq!(
        database_arg(args(&["--database=/tmp/b.db"])),
        Some(PathBuf::from("/tmp/b.db"))
    );
    assert_eq!(
        database_arg(args(&[
            "--database",
            "/a.db",
            "--other",
            "--database=/b.db"
        ])),
        Some(PathBuf::from("/b.db"))
    );
    // No value, an empty value, or no argument: not given.
    assert_eq!(database_arg(args(&["--database"])), None);
    assert_eq!(database_arg(args(&["--database="])), None);
    assert_eq!(database_arg(args(&["--verbose"])), None);
}

#[test]
fn the_argument_beats_the_environment_which_beats_the_default() {
    let arg = Some(PathBuf::from("/arg.db"));
    let env = Some(OsString::from("/env.db"));
    let default = Some(PathBuf::from("/default.db"));
    assert_eq!(
        choose_database(arg.clone(), env.clone(), default.clone()),
        arg
    );
    assert_eq!(
        choose_database(None, env, default.clone()),
        Some(PathBuf::from("/env.db"))
    );
    assert_eq!(
        choose_database(None, Some(OsString::new()), default.clone()),
        default
    );
    assert_eq!(choose_database(None, None, None), None);
}

/// Home's undo never outlives the run that offered it: an assessment
/// deleted and not undone is purged when the app starts again, and when
/// it ends.
#[test]
fn deleted_assessments_are_purged_when_the_app_starts_and_when_it_ends() {
    let (_dir, path) = fresh();
    let q = questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in");
    let create = |app: &AppState, org: &str| {
        app.with("test", |s| s.create_assessment(org, "Q1", &q, &["Sales"]))
            .expect("create")
    };
    let deleted_rows = |path: &std::path::Path| -> i64 {
        rusqlite::Connection::open(path)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM assessments WHERE deleted_at IS NOT NULL",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };

    let app = AppState::open(path.clone());
    let first = create(&app, "Gone at the end");
    app.with("delete_assessment", |s| s.delete_assessment(&first))
        .expect("delete");
    app.close();
    assert_eq!(deleted_rows(&path), 0, "purged when the app ended");

    // A run that ended without its exit hook (killed): purged at the next start.
    let app = AppState::open(path.clone());
    let second = create(&app, "Gone at the start");
    app.with("delete_assessment", |s| s.delete_assessment(&second))
        .expect("delete");
    drop(app);
    assert_eq!(deleted_rows(&path), 1);
    let app = AppState::open(path.clone());
    assert_eq!(deleted_rows(&path), 0, "purged when the app started");
    let listed = app.with("test", |s| s.list_assessments()).expect("list");
    assert!(listed.is_empty(), "{listed:?}");
}

/// The purge command: an unknown id, or an assessment that was never
/// deleted, is a typed `notFound` and changes nothing; a deleted one is
/// gone and cannot be restored.
#[test]
fn purging_an_unknown_or_live_assessment_is_refused_and_a_deleted_one_is_gone() {
    let (_dir, app, id) = super::demo();
    let listed = |app: &AppState| app.with("test", |s| s.list_assessments()).expect("list");
    let before = listed(&app);
    for wrong in ["no-such-assessment", id.as_str()] {
        let e = app
            .with("purge_assessment", |s| s.purge_assessment(wrong))
            .expect_err("refused");
        assert_eq!(e.kind, ErrorKind::NotFound, "{e:?}");
    }
    assert_eq!(listed(&app), before);

    app.with("delete_assessment", |s| s.delete_assessment(&id))
        .expect("delete");
    app.with("purge_assessment", |s| s.purge_assessment(&id))
        .expect("purge");
    let e = app
        .with("restore_assessment", |s| s.restore_assessment(&id))
        .expect_err("gone for good");
    assert_eq!(e.kind, ErrorKind::NotFound);
    assert!(listed(&app).is_empty());
}
