//! A chain of three rounds built through `cxm` (`round next`, `answer`,
//! `evidence`, `action`), then `compare --json` and `trend --json` against
//! figures worked out by hand here; the third round takes a newer version
//! of the questionnaire with one question added and one removed.
//!
//! The questionnaire is the `mini` fixture: dimension `data` (weight 2)
//! with `data.single-view` (weight 1) and `data.quality` (weight 0.5);
//! dimension `service` (weight 1) with `service.resolution`.

use std::path::Path;

use serde_json::{Value, json};

use super::commands::{fails, ok, run};
use crate::util::fixtures;

fn json_of(db: &Path, args: &[&str]) -> Value {
    serde_json::from_str(&ok(db, args)).expect("one JSON document")
}

#[track_caller]
fn near(v: &Value, expected: f64) {
    let got = v
        .as_f64()
        .unwrap_or_else(|| panic!("expected {expected}, got {v}"));
    assert!(
        (got - expected).abs() < 1e-9,
        "expected {expected}, got {got}"
    );
}

fn answer(db: &Path, id: &str, who: &str, question: &str, value: &str) {
    ok(db, &["answer", id, who, question, value]);
}

fn dimension<'a>(c: &'a Value, id: &str) -> &'a Value {
    c["dimensions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == id)
        .expect("dimension listed")
}

#[test]
fn three_rounds_compare_and_trend_by_hand() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let v1 = fixtures().join("questionnaires/valid.json");
    // Version 0.2.0: data.quality is gone, data.lineage (weight 1) is new.
    let mut q: Value = serde_json::from_str(&std::fs::read_to_string(&v1).unwrap()).unwrap();
    q["version"] = json!("0.2.0");
    let questions = q["dimensions"][0]["questions"].as_array_mut().unwrap();
    let mut lineage = questions[0].clone();
    lineage["id"] = json!("data.lineage");
    questions.retain(|x| x["id"] != "data.quality");
    questions.push(lineage);
    let v2 = dir.path().join("mini-0.2.json");
    std::fs::write(&v2, serde_json::to_string_pretty(&q).unwrap()).unwrap();

    // Round 1.
    let r1 = ok(
        &db,
        &[
            "assessment",
            "create",
            "--org",
            "Acme",
            "--title",
            "CX 2026",
            "--questionnaire",
            v1.to_str().unwrap(),
            "--department",
            "Sales",
            "--department",
            "Service",
        ],
    );
    let r1 = r1.trim();
    ok(
        &db,
        &[
            "respondent",
            "add",
            r1,
            "--name",
            "Ann",
            "--department",
            "Sales",
        ],
    );
    ok(
        &db,
        &[
            "respondent",
            "add",
            r1,
            "--name",
            "Bob",
            "--department",
            "Service",
        ],
    );
    for (who, sv, quality, res) in [("Ann", "2", "2", "3"), ("Bob", "1", "3", "2")] {
        answer(&db, r1, who, "data.single-view", sv);
        answer(&db, r1, who, "data.quality", quality);
        answer(&db, r1, who, "service.resolution", res);
    }
    ok(&db, &["evidence", r1, "--nps", "-10", "--csat", "70"]);
    ok(
        &db,
        &["action", r1, "data.1-2.inventory", "--status", "done"],
    );
    // The first round has nothing to compare with.
    let err = fails(&db, &["compare", r1, "--json"]);
    assert!(err.contains("first round"), "{err}");

    // Round 2: answers carried; Ann changes single view to 3, Bob
    // confirms his resolution (the same answer given again).
    let r2 = ok(&db, &["round", "next", r1, "--carry-answers"]);
    let r2 = r2.trim();
    answer(&db, r2, "Ann", "data.single-view", "3");
    answer(&db, r2, "Bob", "service.resolution", "2");
    ok(&db, &["evidence", r2, "--nps", "-16", "--csat", "69"]);
    ok(
        &db,
        &[
            "action",
            r2,
            "service.1-2.first-contact",
            "--status",
            "done",
        ],
    );
    // A round that already has a next one cannot start another.
    let err = fails(&db, &["round", "next", r1]);
    assert!(err.contains("already has a next round"), "{err}");

    // Round 1: data: Ann (2·1 + 2·0.5) / 1.5 = 2, Bob (1 + 1.5) / 1.5 = 5/3;
    // organisation (2 + 5/3) / 2 = 11/6. service: (3 + 2) / 2 = 5/2.
    // Overall (2 · 11/6 + 5/2) / 3 = 37/18; stage level(11/6) = 1.
    // Round 2: data: Ann (3 + 1) / 1.5 = 8/3, Bob 5/3 → 13/6; service 5/2.
    // Overall (2 · 13/6 + 5/2) / 3 = 41/18; stage level(13/6) = 2.
    let c = json_of(&db, &["compare", r2, "--json"]);
    assert_eq!(c["assessment"], r2);
    assert_eq!(c["previous"], r1);
    near(&c["overall"]["then"], 37.0 / 18.0);
    near(&c["overall"]["now"], 41.0 / 18.0);
    near(&c["overall"]["delta"], 4.0 / 18.0);
    assert_eq!(c["overall"]["direction"], "stable");
    assert_eq!(
        (
            c["overall"]["stage_then"].as_u64(),
            c["overall"]["stage_now"].as_u64()
        ),
        (Some(1), Some(2))
    );
    let data = dimension(&c, "data");
    near(&data["delta"], 1.0 / 3.0);
    assert_eq!(data["direction"], "improved");
    // Four numeric answers in data, one changed: confirmed 1/4.
    near(&data["confirmed"], 0.25);
    assert_eq!(data["flags"], json!(["mostly_carried"]));
    let service = dimension(&c, "service");
    near(&service["delta"], 0.0);
    assert_eq!(service["direction"], "stable");
    // Bob's confirmation of one of two: exactly half is not "mostly".
    near(&service["confirmed"], 0.5);
    assert_eq!(service["flags"], json!([]));
    // Sales: (2 · 2 + 3) / 3 = 7/3 → (2 · 8/3 + 3) / 3 = 25/9: +4/9.
    let sales = &c["departments"][0];
    assert_eq!(sales["name"], "Sales");
    near(&sales["delta"], 4.0 / 9.0);
    assert_eq!(sales["direction"], "improved");
    assert_eq!(
        c["evidence"],
        json!({"nps_then": -10.0, "nps_now": -16.0, "nps_change": -6.0,
        "csat_then": 70.0, "csat_now": 69.0, "csat_change": -1.0})
    );
    // NPS fell by 6, but the score did not improve: not diverging.
    assert_eq!(c["flags"], json!([]));
    assert_eq!(c["actions_completed"], json!(["data.1-2.inventory"]));

    // Round 3, with version 0.2.0: the quality answers stay behind.
    let out = run(
        &db,
        &[
            "round",
            "next",
            r2,
            "--carry-answers",
            "--questionnaire",
            v2.to_str().unwrap(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r3 = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("questions added: data.lineage"), "{said}");
    assert!(said.contains("questions removed: data.quality"), "{said}");
    for (who, level) in [("Ann", "4"), ("Bob", "3")] {
        for question in ["data.single-view", "data.lineage", "service.resolution"] {
            answer(&db, &r3, who, question, level);
        }
    }
    ok(&db, &["evidence", &r3, "--nps", "-22"]);

    // Round 3: data (4 + 3) / 2 = 7/2, service 7/2, overall 7/2 = 63/18;
    // stage 3. Against round 2: +22/18 improved, data +(21 − 13)/6 = 4/3.
    let c = json_of(&db, &["compare", &r3, "--json"]);
    near(&c["overall"]["delta"], 22.0 / 18.0);
    assert_eq!(c["overall"]["direction"], "improved");
    assert_eq!(c["overall"]["stage_now"], 3);
    let data = dimension(&c, "data");
    near(&data["delta"], 4.0 / 3.0);
    assert_eq!(data["flags"], json!(["questions_changed"]));
    assert_eq!(data["questions_added"], json!(["data.lineage"]));
    assert_eq!(data["questions_removed"], json!(["data.quality"]));
    near(&data["confirmed"], 1.0);
    assert_eq!(c["questions_added"], json!(["data.lineage"]));
    // Improved by more than 0.3 while NPS fell by 6: diverging.
    assert_eq!(c["flags"], json!(["diverging"]));
    // The inventory action was done before round 2 began: only this
    // period's completion counts.
    assert_eq!(c["actions_completed"], json!(["service.1-2.first-contact"]));

    // The trend is the same from any round of the chain.
    let t = json_of(&db, &["trend", r1, "--json"]);
    assert_eq!(t, json_of(&db, &["trend", &r3, "--json"]));
    let rounds = t["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 3);
    let ids: Vec<&str> = rounds
        .iter()
        .map(|r| r["assessment"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [r1, r2, r3.as_str()]);
    for (r, (overall, stage, data, service, nps, csat)) in rounds.iter().zip([
        (37.0 / 18.0, 1, 11.0 / 6.0, 2.5, -10.0, Some(70.0)),
        (41.0 / 18.0, 2, 13.0 / 6.0, 2.5, -16.0, Some(69.0)),
        (3.5, 3, 3.5, 3.5, -22.0, None),
    ]) {
        near(&r["score"], overall);
        assert_eq!(r["stage"], stage);
        assert_eq!(r["dimensions"][0]["id"], "data");
        near(&r["dimensions"][0]["score"], data);
        near(&r["dimensions"][1]["score"], service);
        near(&r["nps"], nps);
        match csat {
            Some(v) => near(&r["csat"], v),
            None => assert!(r["csat"].is_null()),
        }
    }
}

#[test]
fn round_next_refuses_what_it_cannot_do_and_changes_nothing() {
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
    let err = fails(
        &db,
        &[
            "round",
            "next",
            id,
            "--carry-answers",
            "--respondents",
            "none",
        ],
    );
    assert!(
        err.contains("carried forward with the respondents"),
        "{err}"
    );
    let err = fails(&db, &["round", "next", "no-such-assessment"]);
    assert!(err.contains("no-such-assessment"), "{err}");
    let err = fails(&db, &["action", id, "no.such.action", "--status", "done"]);
    assert!(err.contains("no.such.action"), "{err}");
    let err = fails(
        &db,
        &["action", id, "vision.1-2.sponsor", "--status", "finished"],
    );
    assert!(err.contains("planned, in_progress, done, blocked"), "{err}");
    // Without respondents, the new round starts empty.
    let next = ok(&db, &["round", "next", id, "--respondents", "none"]);
    let t = json_of(&db, &["trend", next.trim(), "--json"]);
    assert_eq!(t["rounds"].as_array().unwrap().len(), 2);
    assert!(t["rounds"][1]["score"].is_null());
}
