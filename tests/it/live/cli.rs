//! `cxm live`: the server without a window, stopped by Ctrl-C (SIGINT).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use cx_maturity::model::AnswerValue;
use cx_maturity::store::Store;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{QUESTION, client, post};
use crate::util::cxm;

#[test]
fn cxm_live_prints_the_code_and_address_serves_a_vote_and_stops_on_ctrl_c() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let (assessment, sales) = {
        let mut store = Store::open(&db).unwrap();
        let id = crate::store::small_assessment(&mut store);
        let sales = store.department_by_name(&id, "Sales").unwrap().id;
        (id, sales)
    };
    let mut child = cxm(&db)
        .args(["live", &assessment, "--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cxm runs");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let (mut code, mut address) = (None, None);
    for line in lines.by_ref() {
        let line = line.unwrap();
        if let Some(c) = line.strip_prefix("join code: ") {
            code = Some(c.to_owned());
        } else if let Some(a) = line.strip_prefix("address: ") {
            address = Some(a.to_owned());
        } else if line.contains("Ctrl-C") {
            break;
        }
    }
    let (code, address) = (code.expect("a join code"), address.expect("an address"));
    assert_eq!(code.len(), 6);
    assert!(address.starts_with("http://127.0.0.1:"), "{address}");

    let http = client();
    let joined = post(
        &http,
        &format!("{address}/api/join"),
        &json!({"code": code, "department": sales, "name": "Ann"}),
        None,
    );
    assert_eq!(joined.status(), StatusCode::CREATED);
    let token = joined.json::<Value>().unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let voted = post(
        &http,
        &format!("{address}/api/votes"),
        &json!({"question": QUESTION, "value": 4}),
        Some(&token),
    );
    assert_eq!(voted.status(), StatusCode::OK);

    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(interrupted.success());
    let status = child.wait().unwrap();
    let rest: Vec<String> = lines.map(Result::unwrap).collect();
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(status.success(), "{status}: {stderr}");
    assert_eq!(rest, ["session ended; 1 participant(s) joined"], "{stderr}");

    // The vote is in the database, and nothing listens any more.
    let store = Store::open(&db).unwrap();
    let ann = store.respondents(&assessment).unwrap()[0].id.clone();
    assert_eq!(
        store.answers_of(&ann).unwrap()[0].value,
        AnswerValue::Level(4)
    );
    let port_closed = http.get(format!("{address}/api/me")).send().is_err();
    assert!(port_closed);
}

#[test]
fn cxm_live_refuses_an_unknown_assessment_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let o = cxm(&db)
        .args(["live", "nope", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("nope"));
    assert!(o.stdout.is_empty());
    let o = cxm(&db)
        .args(["live", "nope", "--listen", "not-an-address"])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn cxm_live_paced_takes_the_facilitators_commands_on_its_input() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let assessment = crate::store::small_assessment(&mut Store::open(&db).unwrap());
    let mut child = cxm(&db)
        .args(["live", &assessment, "--listen", "127.0.0.1:0", "--paced"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cxm runs");
    let mut input = child.stdin.take().unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in lines.by_ref() {
        if line.unwrap().contains("Ctrl-C") {
            break;
        }
    }
    let mut say = |command: &str| {
        writeln!(input, "{command}").unwrap();
        lines.next().unwrap().unwrap()
    };
    assert_eq!(
        say("reveal"),
        "error: no question is on the screen; show one before revealing its votes"
    );
    assert_eq!(say(&format!("show {QUESTION}")), "ok");
    assert_eq!(
        say("show no.such"),
        "error: no question with id or name \"no.such\""
    );
    assert!(say("dance").starts_with("error: unknown command \"dance\""));
    assert_eq!(say("reveal"), "ok");
    let status: Value = serde_json::from_str(&say("status")).unwrap();
    assert_eq!(status["room"]["question"], QUESTION);
    assert_eq!(status["room"]["phase"], "revealed");
    assert_eq!(status["current"]["voted"], 0);
    assert_eq!(say("paced off"), "ok");
    let status: Value = serde_json::from_str(&say("status")).unwrap();
    assert_eq!(status["room"]["paced"], false);

    // Its input closed, it still serves until Ctrl-C.
    drop(input);
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(child.wait().unwrap().success());
}
