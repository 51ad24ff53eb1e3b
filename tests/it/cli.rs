//! The `cxm` contract of `shared/design/cli.md` that cuts across areas:
//! exit statuses (0 / 1 bad input / 2 usage), ids alone on stdout, `--json`
//! as one document on stdout and nothing else, and no panic or backtrace on
//! any bad input.

use std::path::Path;
use std::process::Output;

use crate::util::cxm;

fn run(db: &Path, args: &[&str]) -> Output {
    cxm(db).args(args).output().expect("cxm runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// No Rust panic message or backtrace ever reaches the user.
fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "panic on stderr: {err}");
    assert!(
        !err.contains("RUST_BACKTRACE"),
        "backtrace hint on stderr: {err}"
    );
}

#[test]
fn usage_errors_exit_2_and_bad_input_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");

    // No command, an unknown command, a missing required flag: usage errors.
    for args in [&[][..], &["frobnicate"][..], &["assessment", "create"][..]] {
        let o = run(&db, args);
        assert_eq!(o.status.code(), Some(2), "cxm {args:?}: {}", stderr(&o));
        assert_no_panic(&o);
    }

    // A well-formed command naming an assessment that does not exist: bad input.
    let o = run(&db, &["score", "no-such-assessment", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).is_empty(),
        "nothing on stdout on error: {}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("no-such-assessment"),
        "names the id: {}",
        stderr(&o)
    );
    assert_no_panic(&o);
}

#[test]
fn ids_alone_on_stdout_and_json_is_one_document() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");

    let o = run(
        &db,
        &[
            "assessment",
            "create",
            "--org",
            "Acme",
            "--department",
            "Sales",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let id = out.trim_end_matches('\n');
    assert!(
        !id.is_empty() && !id.contains(char::is_whitespace),
        "one id, one line: {out:?}"
    );
    assert_eq!(out.lines().count(), 1);

    let o = run(
        &db,
        &[
            "respondent",
            "add",
            id,
            "--name",
            "Ana",
            "--department",
            "Sales",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let respondent = stdout(&o).trim().to_owned();
    assert_eq!(stdout(&o).lines().count(), 1);

    let o = run(&db, &["answer", id, &respondent, "vision.statement", "4"]);
    assert!(o.status.success(), "{}", stderr(&o));

    // Each --json output parses as exactly one JSON value (serde_json
    // rejects trailing text), so scripts can pipe it straight into jq.
    for args in [
        &["score", id, "--json"][..],
        &["roadmap", id, "--json"][..],
        &["assessment", "list", "--json"][..],
        &["questionnaire", "list", "--json"][..],
    ] {
        let o = run(&db, args);
        assert!(o.status.success(), "cxm {args:?}: {}", stderr(&o));
        let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&o.stdout);
        assert!(
            parsed.is_ok(),
            "cxm {args:?} printed more than one JSON document"
        );
    }

    // The one answer given is the whole organisation's score for its dimension.
    let o = run(&db, &["score", id, "--json"]);
    let card: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let vision = card["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "vision")
        .unwrap();
    assert_eq!(vision["score"], 4.0);
    assert_eq!(vision["departments"]["Sales"], 4.0);
    // Nine other dimensions have no answers: their figures are null, never 0.
    assert!(
        card["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["score"].is_null())
    );
    assert!(card["overall"]["stage"].is_null());
}

/// An assessment of Acme with one department, Sales, and one respondent in
/// it; returns (assessment id, respondent id).
fn acme_with_one_respondent(db: &Path) -> (String, String) {
    let o = run(
        db,
        &[
            "assessment",
            "create",
            "--org",
            "Acme",
            "--department",
            "Sales",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let id = stdout(&o).trim().to_owned();
    let o = run(
        db,
        &[
            "respondent",
            "add",
            &id,
            "--name",
            "Ana",
            "--department",
            "Sales",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    (id, stdout(&o).trim().to_owned())
}

#[test]
fn a_rejected_answer_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let (id, respondent) = acme_with_one_respondent(&db);
    let before = stdout(&run(&db, &["score", &id, "--json"]));

    for (question, value) in [
        ("vision.statement", "7"),
        ("vision.statement", "yes"),
        ("no.such.q", "3"),
    ] {
        let o = run(&db, &["answer", &id, &respondent, question, value]);
        assert_eq!(
            o.status.code(),
            Some(1),
            "{question} {value}: {}",
            stderr(&o)
        );
        assert!(stderr(&o).contains(if question == "no.such.q" {
            question
        } else {
            value
        }));
        assert_no_panic(&o);
    }
    assert_eq!(stdout(&run(&db, &["score", &id, "--json"])), before);
}

#[test]
fn a_reader_that_closes_the_pipe_early_ends_the_command_quietly() {
    use std::io::Read as _;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let id = stdout(&run(&db, &["demo"])).trim().to_owned();
    // `cxm score ID --json | head -c 50`: read 50 bytes, then close.
    let mut child = cxm(&db)
        .args(["score", &id, "--json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 50];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The pipe's read end is dropped here.
    let o = child.wait_with_output().unwrap();
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn negative_evidence_values_are_values_not_flags() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let id = stdout(&run(&db, &["demo"])).trim().to_owned();
    let o = run(&db, &["evidence", &id, "--csat", "-1"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("CSAT must be a number from 0 to 100; -1 is not"),
        "{}",
        stderr(&o)
    );
    let o = run(&db, &["evidence", &id, "--nps", "-5"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = run(&db, &["evidence", &id, "--churn", "-0.5"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn an_evidence_date_that_is_no_date_is_refused_in_words_and_nothing_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let id = stdout(&run(&db, &["demo"])).trim().to_owned();
    let before = cx_maturity::store::Store::open(&db)
        .unwrap()
        .evidence(&id)
        .unwrap()
        .len();
    for (date, said) in [
        (
            "2027-02-31",
            "error: 31 February 2027 is not a date (February 2027 has 28 days)\n",
        ),
        (
            "31.03.2027",
            "error: the evidence date must look like 2027-03-31 (year, month, day); \u{201c}31.03.2027\u{201d} does not\n",
        ),
    ] {
        let o = run(&db, &["evidence", &id, "--nps", "10", "--date", date]);
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        assert_eq!(stderr(&o), said);
    }
    let after = cx_maturity::store::Store::open(&db)
        .unwrap()
        .evidence(&id)
        .unwrap()
        .len();
    assert_eq!(after, before);
}

#[test]
fn control_characters_from_a_file_never_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    // A valid questionnaire whose title clears the screen and turns red.
    let text = std::fs::read_to_string(
        crate::util::fixtures()
            .parent()
            .unwrap()
            .parent()
            .unwrap()
            .join("questionnaires/cx-maturity/cx-maturity.json"),
    )
    .unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["title"] = "Evil\u{1b}[2J\u{1b}[31m title\u{7}".into();
    let file = dir.path().join("evil.json");
    std::fs::write(&file, serde_json::to_string(&value).unwrap()).unwrap();
    {
        let o = run(&db, &["questionnaire", "show", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
        assert!(out.contains("Evil\\u{1b}[2J"), "{out}");
    }
}

/// Three departments set up with one respondent each; only Sales answers
/// (one question, level 2). `cxm score` says 1 of 3 respondents and 1 of 3
/// departments took part, names Service and IT; `--json` adds the same.
#[test]
fn score_states_who_took_part_of_those_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.sqlite");
    let ok = |args: &[&str]| {
        let o = run(&db, args);
        assert!(o.status.success(), "{}", stderr(&o));
        stdout(&o).trim().to_owned()
    };
    let id = ok(&[
        "assessment",
        "create",
        "--org",
        "Acme",
        "--department",
        "Sales",
        "--department",
        "Service",
        "--department",
        "IT",
    ]);
    let ana = ok(&[
        "respondent",
        "add",
        &id,
        "--name",
        "Ana",
        "--department",
        "Sales",
    ]);
    for (name, dep) in [("Ben", "Service"), ("Cy", "IT")] {
        ok(&[
            "respondent",
            "add",
            &id,
            "--name",
            name,
            "--department",
            dep,
        ]);
    }
    ok(&["answer", &id, &ana, "vision.statement", "2"]);
    let text = ok(&["score", &id]);
    assert!(
        text.contains("Took part: 1 of 3 respondents, 1 of 3 departments"),
        "{text}"
    );
    assert!(text.contains("Did not take part: Service, IT"), "{text}");
    assert!(text.contains("Service: did not take part"), "{text}");
    let json: serde_json::Value = serde_json::from_str(&ok(&["score", &id, "--json"])).unwrap();
    assert_eq!(
        json["participation"],
        serde_json::json!({"respondents": 1, "respondents_set_up": 3, "departments": 1,
                           "departments_set_up": 3, "missing_departments": ["Service", "IT"]})
    );
    assert_eq!(json["departments"][1]["respondents"], 0);
    assert_eq!(json["departments"][1]["took_part"], false);
    // Every dimension but vision has no score, so no target, gap or priority.
    let dims = json["dimensions"].as_array().unwrap();
    assert_eq!(dims[0]["target"], 3);
    assert!(
        dims[1..]
            .iter()
            .all(|d| d["target"].is_null() && d["gap"].is_null())
    );
}
