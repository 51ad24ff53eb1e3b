//! `cxm assessment|respondent|answer|target|evidence|demo` over a database.

use std::path::Path;
use std::process::Output;

use cx_maturity::model::{AnswerValue, EvidenceMetric};
use cx_maturity::store::Store;

use crate::util::cxm;

pub(super) fn run(db: &Path, args: &[&str]) -> Output {
    cxm(db).args(args).output().expect("run cxm")
}

pub(super) fn ok(db: &Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "cxm {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 stdout")
}

/// Runs a command that must fail with exit 1 and leave the database as it was.
pub(super) fn fails(db: &Path, args: &[&str]) -> String {
    let before = super::dump(db);
    let out = run(db, args);
    assert_eq!(out.status.code(), Some(1), "cxm {args:?}");
    assert_eq!(super::dump(db), before, "cxm {args:?} changed the database");
    assert!(out.stdout.is_empty());
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_whole_session_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("nested/cx.db");
    let id = ok(
        &db,
        &[
            "assessment",
            "create",
            "--org",
            "Müller AG",
            "--title",
            "Q3",
            "--department",
            "Sales",
            "--department",
            "Customer Service",
        ],
    );
    let id = id.trim_end_matches('\n');
    assert!(
        !id.is_empty() && !id.contains(char::is_whitespace),
        "id alone on stdout: {id:?}"
    );
    let rid = ok(
        &db,
        &[
            "respondent",
            "add",
            id,
            "--name",
            "Zoë",
            "--department",
            "customer service",
            "--role",
            "Lead",
        ],
    );
    let rid = rid.trim_end_matches('\n');
    assert_eq!(
        ok(
            &db,
            &[
                "answer",
                id,
                rid,
                "vision.statement",
                "4",
                "--comment",
                "gut"
            ]
        ),
        ""
    );
    // A respondent can also be named when the name is unique.
    ok(&db, &["answer", id, "Zoë", "data.quality", "unknown"]);
    ok(&db, &["answer", id, rid, "trust.cancellation", "na"]);
    ok(&db, &["target", id, "data", "--level", "3"]);
    ok(&db, &["target", id, "data", "--importance", "5"]);
    ok(
        &db,
        &[
            "evidence",
            id,
            "--nps",
            "-12",
            "--csat",
            "64",
            "--date",
            "2026-09-30",
            "--source",
            "survey",
        ],
    );

    let list: serde_json::Value =
        serde_json::from_str(&ok(&db, &["assessment", "list", "--json"])).unwrap();
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["organisation"], "Müller AG");
    assert_eq!(list[0]["respondents"], 1);
    assert_eq!(list[0]["answers_given"], 3);

    let store = Store::open(&db).unwrap();
    let data = store.load(id).unwrap();
    let values: Vec<(String, AnswerValue, Option<String>)> = data
        .answers
        .iter()
        .map(|a| (a.question_id.to_string(), a.value, a.comment.clone()))
        .collect();
    assert_eq!(
        values,
        vec![
            (
                "vision.statement".into(),
                AnswerValue::Level(4),
                Some("gut".into())
            ),
            ("data.quality".into(), AnswerValue::Unknown, None),
            (
                "trust.cancellation".into(),
                AnswerValue::NotApplicable,
                None
            ),
        ]
    );
    // --level then --importance: the second keeps the first.
    assert_eq!(
        (data.settings[0].target, data.settings[0].importance),
        (Some(3), Some(5))
    );
    let ev: Vec<(EvidenceMetric, f64)> =
        data.evidence.iter().map(|e| (e.metric, e.value)).collect();
    assert_eq!(
        ev,
        [(EvidenceMetric::Nps, -12.0), (EvidenceMetric::Csat, 64.0)]
    );
}

#[test]
fn bad_input_exits_1_names_the_problem_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let id = ok(
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
    let id = id.trim();
    let rid = ok(
        &db,
        &[
            "respondent",
            "add",
            id,
            "--name",
            "Al",
            "--department",
            "Sales",
        ],
    );
    let rid = rid.trim();
    let cases: [(&[&str], &str); 10] = [
        (
            &["answer", id, rid, "vision.statement", "6"],
            "not one of 1, 2, 3, 4, 5, na, unknown",
        ),
        (
            &["answer", id, rid, "vision.nothing", "3"],
            "vision.nothing",
        ),
        (&["answer", id, "Nobody", "vision.statement", "3"], "Nobody"),
        (
            &["answer", "no-such-assessment", rid, "vision.statement", "3"],
            "no-such-assessment",
        ),
        (
            &[
                "respondent",
                "add",
                id,
                "--name",
                "Bo",
                "--department",
                "Legal",
            ],
            "Legal",
        ),
        (&["target", id, "data", "--level", "9"], "target 9"),
        (&["target", id, "moonshots", "--level", "3"], "moonshots"),
        (
            &["evidence", id, "--nps", "-140"],
            "NPS must be a number from -100 to 100; -140 is not",
        ),
        (
            &["evidence", id, "--csat", "60", "--date", "30.09.2026"],
            "30.09.2026",
        ),
        (
            &[
                "assessment",
                "create",
                "--org",
                "Acme",
                "--department",
                "A",
                "--department",
                "a",
            ],
            "listed twice",
        ),
    ];
    for (args, needle) in cases {
        let err = fails(&db, args);
        assert!(err.contains(needle), "cxm {args:?}: {err}");
    }
}

#[test]
fn a_newer_database_makes_every_command_exit_1_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    ok(&db, &["assessment", "create", "--org", "Acme"]);
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let err = fails(&db, &["assessment", "list"]);
    assert!(err.contains("newer version"), "{err}");
}

#[test]
fn demo_prints_an_id_that_lists() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let id = ok(&db, &["demo"]);
    let list = ok(&db, &["assessment", "list"]);
    assert!(
        list.contains(id.trim()) && list.contains("Nordlicht"),
        "{list}"
    );
}

#[test]
fn hostile_names_and_comments_survive_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let org = "Robert'); DROP TABLE assessments;-- \"Ltd\" <b>&amp;</b>";
    let dept = "Кундендienst 🚀 שירות";
    let name = "Zoë \u{202E}O'Neil\u{202C} <script>alert(1)</script>";
    let comment = "«guillemets» 💬 مرحبا\nzweite Zeile";
    let id = ok(
        &db,
        &["assessment", "create", "--org", org, "--department", dept],
    );
    let id = id.trim();
    let rid = ok(
        &db,
        &[
            "respondent",
            "add",
            id,
            "--name",
            name,
            "--department",
            dept,
        ],
    );
    ok(
        &db,
        &[
            "answer",
            id,
            rid.trim(),
            "voc.churn",
            "2",
            "--comment",
            comment,
        ],
    );
    let store = Store::open(&db).unwrap();
    let data = store.load(id).unwrap();
    assert_eq!(data.assessment.organisation.as_bytes(), org.as_bytes());
    assert_eq!(data.departments[0].name.as_bytes(), dept.as_bytes());
    assert_eq!(data.respondents[0].name.as_bytes(), name.as_bytes());
    assert_eq!(
        data.answers[0].comment.as_deref().map(str::as_bytes),
        Some(comment.as_bytes())
    );
}
