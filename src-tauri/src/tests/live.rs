//! The live commands' pieces over a real store and a real server on
//! loopback: starting and stopping frees the address, a second session is
//! refused while one runs, an address this computer does not offer and an
//! unknown assessment are refused with nothing left running, a vote made
//! over HTTP shows in the status (and reaches the window's notice), the
//! notices are thinned out, and the agenda carries the questions' prompts.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use cx_maturity::live::ChangeHook;

use super::demo;
use crate::commands::{agenda_of, status_of};
use crate::live_session::{LiveSessions, offered_addresses, throttled};
use crate::wire::{ErrorKind, LiveSessionView, RoomPhase};

/// A change hook that counts.
fn counter() -> (Arc<AtomicUsize>, ChangeHook) {
    let n = Arc::new(AtomicUsize::new(0));
    let seen = Arc::clone(&n);
    (
        n,
        Arc::new(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        }),
    )
}

fn quiet() -> ChangeHook {
    counter().1
}

fn port(view: &LiveSessionView) -> u16 {
    view.address
        .rsplit(':')
        .next()
        .and_then(|p| p.parse().ok())
        .expect("the address ends in its port")
}

/// One HTTP/1.1 request over a plain socket: status and body.
fn http(port: u16, method: &str, path: &str, token: Option<&str>, body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect((Ipv4Addr::LOCALHOST, port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    let auth = token
        .map(|t| format!("Authorization: Bearer {t}\r\n"))
        .unwrap_or_default();
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{auth}Content-Type: application/json\r\n\
         Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("read");
    let status = answer[9..12].parse().expect("status code");
    let body = answer
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

#[test]
fn loopback_is_offered_last_as_this_computer_only() {
    let offered = offered_addresses();
    let last = offered.last().expect("at least loopback");
    assert_eq!(last.ip, Ipv4Addr::LOCALHOST);
    assert!(
        offered[..offered.len() - 1]
            .iter()
            .all(|a| !a.ip.is_loopback())
    );
    let wire = crate::convert::live::network_address(last);
    assert!(wire.loopback);
    assert_eq!(wire.ip, "127.0.0.1");
}

#[test]
fn start_shows_the_join_link_and_stop_frees_the_address() {
    let (dir, _app, id) = demo();
    let live = LiveSessions::default();
    let view = live
        .start(
            &dir.path().join("cx.db"),
            &id,
            "127.0.0.1",
            false,
            quiet(),
            None,
        )
        .expect("started");
    let port = port(&view);
    assert_eq!(view.address, format!("http://127.0.0.1:{port}"));
    assert_eq!(view.join_code.len(), 6);
    assert!(view.join_code.chars().all(|c| c.is_ascii_digit()));
    assert_eq!(
        view.join_url,
        format!("http://127.0.0.1:{port}/#code={}", view.join_code)
    );
    assert!(view.qr_svg.starts_with("<svg") || view.qr_svg.starts_with("<?xml"));
    assert!(!view.paced);
    assert_eq!(live.session().expect("session"), Some(view));
    // Something listens there, on loopback only.
    assert!(TcpListener::bind((Ipv4Addr::LOCALHOST, port)).is_err());

    live.stop();
    assert_eq!(live.session().expect("session"), None);
    TcpListener::bind((Ipv4Addr::LOCALHOST, port)).expect("the address is free again");
    // Nothing runs: status says so, the facilitator's moves are refused.
    assert_eq!(live.when_running("test", status_of).expect("status"), None);
    let refused = live.with("test", |s| s.reveal()).unwrap_err();
    assert_eq!(refused.kind, ErrorKind::InvalidInput);
    assert_eq!(
        refused.message,
        "No live session is running. Start one first."
    );
    // Stopping twice is harmless.
    live.stop();
}

#[test]
fn a_second_session_is_refused_while_one_runs() {
    let (dir, _app, id) = demo();
    let db = dir.path().join("cx.db");
    let live = LiveSessions::default();
    let first = live
        .start(&db, &id, "127.0.0.1", true, quiet(), None)
        .expect("started");
    let second = live
        .start(&db, &id, "127.0.0.1", false, quiet(), None)
        .unwrap_err();
    assert_eq!(second.kind, ErrorKind::InvalidInput);
    assert_eq!(
        second.message,
        "A live session is already running. Stop it before starting another."
    );
    // The first one still runs, unchanged.
    assert_eq!(live.session().expect("session"), Some(first));
    live.stop();
}

#[test]
fn an_unknown_assessment_or_address_is_refused_with_nothing_running() {
    let (dir, _app, id) = demo();
    let db = dir.path().join("cx.db");
    let live = LiveSessions::default();
    let unknown = live
        .start(&db, "no-such-assessment", "127.0.0.1", false, quiet(), None)
        .unwrap_err();
    assert_eq!(unknown.kind, ErrorKind::NotFound);
    assert_eq!(live.session().expect("session"), None);
    for host in ["8.8.8.8", "localhost", "", "127.0.0.1:80"] {
        let refused = live
            .start(&db, &id, host, false, quiet(), None)
            .unwrap_err();
        assert_eq!(refused.kind, ErrorKind::InvalidInput, "{host}");
        assert!(
            refused
                .message
                .contains("is not an address of this computer"),
            "{host}: {}",
            refused.message
        );
        assert_eq!(live.session().expect("session"), None);
    }
    // A refused start left nothing behind: a good one starts.
    live.start(&db, &id, "127.0.0.1", false, quiet(), None)
        .expect("started");
    live.stop();
}

#[test]
fn a_vote_over_http_shows_in_the_status_and_reaches_the_window() {
    let (dir, app, id) = demo();
    let (notices, hook) = counter();
    let live = LiveSessions::default();
    let view = live
        .start(
            &dir.path().join("cx.db"),
            &id,
            "127.0.0.1",
            true,
            hook,
            None,
        )
        .expect("started");
    let port = port(&view);
    let (department, question) = app
        .with("test", |s| {
            let d = s.departments(&id)?;
            let q = s.questionnaire(&id)?;
            Ok((d[0].id.clone(), q.dimensions[0].questions[0].id.clone()))
        })
        .expect("demo data");

    let waiting = live.with("test", status_of).expect("status");
    assert!(waiting.paced);
    assert_eq!(waiting.phase, RoomPhase::Waiting);
    assert_eq!(waiting.participants, 0);

    let code = &view.join_code;
    let (status, body) = http(
        port,
        "POST",
        "/api/join",
        None,
        &format!(r#"{{"code":"{code}","department":"{department}","name":"Ines Vogel"}}"#),
    );
    assert_eq!(status, 201, "{body}");
    let token = json(&body)["token"].as_str().expect("token").to_owned();

    live.with("test", |s| s.show(Some(&question)))
        .expect("shown");
    let (status, body) = http(
        port,
        "POST",
        "/api/votes",
        Some(&token),
        &format!(r#"{{"question":"{question}","value":4}}"#),
    );
    assert_eq!(status, 200, "{body}");

    let voted = live.with("test", status_of).expect("status");
    assert_eq!(voted.assessment_id, id);
    assert_eq!(voted.participants, 1);
    assert_eq!(voted.question.as_deref(), Some(question.as_str()));
    assert_eq!(voted.phase, RoomPhase::Voting);
    let current = voted.current.expect("the room's question");
    assert_eq!((current.voted, current.of), (1, 1));
    assert!(current.tally.is_none(), "hidden until revealed");
    let progress = voted
        .departments
        .iter()
        .find(|d| d.department_id == department)
        .expect("the department");
    assert_eq!((progress.joined, progress.answers), (1, 1));

    live.with("test", |s| s.reveal()).expect("revealed");
    let revealed = live.with("test", status_of).expect("status");
    assert_eq!(revealed.phase, RoomPhase::Revealed);
    let tally = revealed.current.and_then(|c| c.tally).expect("tally");
    assert_eq!(tally.levels, [0, 0, 0, 1, 0]);
    assert_eq!(tally.spread, Some(0));
    assert_eq!(tally.median, Some(4.0));
    assert_eq!(tally.by_department.len(), 1);
    assert_eq!(tally.by_department[0].department_id, department);

    // The window heard of the join, the vote and the moves.
    let deadline = Instant::now() + Duration::from_secs(2);
    while notices.load(Ordering::SeqCst) == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(notices.load(Ordering::SeqCst) >= 1);
    live.stop();
    // The participant is a respondent with the vote as their answer.
    let answer = app
        .with("test", |s| {
            let data = s.load(&id)?;
            let r = data
                .respondents
                .iter()
                .find(|r| r.name == "Ines Vogel")
                .map(|r| r.id.clone());
            Ok(r.and_then(|r| {
                data.answers
                    .iter()
                    .find(|a| *a.respondent_id == *r && *a.question_id == *question)
                    .map(|a| a.value)
            }))
        })
        .expect("load");
    assert_eq!(answer, Some(cx_maturity::model::AnswerValue::Level(4)));
}

#[test]
fn notices_come_at_most_one_per_gap_and_the_last_change_is_never_lost() {
    let seen = Arc::new(AtomicUsize::new(0));
    let count = Arc::clone(&seen);
    let gap = Duration::from_millis(300);
    let hook = throttled(
        move || {
            count.fetch_add(1, Ordering::SeqCst);
        },
        gap,
    );
    let now = || seen.load(Ordering::SeqCst);
    // A burst: one notice, or two when the burst outran the first.
    for _ in 0..50 {
        hook();
    }
    std::thread::sleep(gap * 2);
    let burst = now();
    assert!((1..=2).contains(&burst), "{burst} notices for one burst");
    // Quiet for longer than the gap: the next change is told at once.
    hook();
    std::thread::sleep(gap / 3);
    assert_eq!(now(), burst + 1);
    // Changes within the gap wait for its end, as one notice.
    for _ in 0..10 {
        hook();
    }
    std::thread::sleep(gap / 3);
    assert_eq!(now(), burst + 1, "at most one notice per gap");
    std::thread::sleep(gap * 2);
    assert_eq!(now(), burst + 2, "the last change is told");
    std::thread::sleep(gap * 2);
    assert_eq!(now(), burst + 2, "no change, no notice");
}

#[test]
fn the_agenda_ranks_by_disagreement_with_prompts_and_dimensions() {
    let (_dir, app, id) = demo();
    let agenda = app.with("test", |s| agenda_of(s, &id)).expect("agenda");
    let questions = app
        .with("test", |s| Ok(s.questionnaire(&id)?.questions().count()))
        .expect("questionnaire");
    assert_eq!(agenda.len(), questions, "every question, once");
    let spreads: Vec<f64> = agenda.iter().map_while(|a| a.spread).collect();
    assert!(!spreads.is_empty(), "the demo has answers");
    // The core orders equal spreads (within rounding) by questionnaire order.
    assert!(
        spreads.windows(2).all(|w| w[0] + 1e-9 >= w[1]),
        "largest first"
    );
    assert!(
        agenda
            .iter()
            .all(|a| !a.prompt.is_empty() && a.prompt != a.question_id)
    );
    assert!(agenda.iter().all(|a| !a.dimension_title.is_empty()));
    let unknown = app.with("test", |s| agenda_of(s, "nope")).unwrap_err();
    assert_eq!(unknown.kind, ErrorKind::NotFound);
}
