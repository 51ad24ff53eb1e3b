//! A paced room: the phones vote only on the question the facilitator
//! shows and only while its vote is open; the facilitator's status counts
//! the hidden votes, tallies them once revealed and shows the first votes
//! beside the re-vote; every change reaches the phones' event stream.

use std::io::{BufRead, BufReader};

use cx_maturity::live::LiveOptions;
use cx_maturity::live::status::LiveStatus;
use cx_maturity::scoring::workshop::VoteTally;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{QUESTION, Room, client, get, post, problem};

const OTHER: &str = "vision.awareness";

fn paced() -> Room {
    Room::new(LiveOptions {
        paced: true,
        ..LiveOptions::default()
    })
}

fn vote_on(room: &Room, token: &str, question: &str, value: &Value) -> reqwest::blocking::Response {
    post(
        &client(),
        &room.url("/api/votes"),
        &json!({"question": question, "value": value}),
        Some(token),
    )
}

#[track_caller]
fn saved(response: reqwest::blocking::Response) -> Value {
    assert_eq!(response.status(), StatusCode::OK);
    response.json().unwrap()
}

#[track_caller]
fn not_now(response: reqwest::blocking::Response) -> String {
    let (status, kind, message) = problem(response);
    assert_eq!((status, kind.as_str()), (StatusCode::CONFLICT, "notNow"));
    message
}

fn levels(t: &VoteTally) -> [usize; 5] {
    t.levels
}

fn department<'a>(
    status: &'a LiveStatus,
    name: &str,
) -> &'a cx_maturity::live::status::DepartmentProgress {
    status.departments.iter().find(|d| d.name == name).unwrap()
}

#[test]
fn the_room_votes_blind_on_the_shown_question_then_reveals_and_revotes() {
    let room = paced();
    let ann = room.join_in(&room.sales, "Ann");
    let bob = room.join_in(&room.sales, "Bob");
    let cid = room.join_in(&room.service, "Cid");
    let _dee = room.join_in(&room.service, "Dee");

    // Nothing to vote on before the facilitator shows a question.
    let before = room.dump();
    assert!(not_now(vote_on(&room, &ann, QUESTION, &json!(2))).contains("not opened a question"));
    assert_eq!(room.dump(), before, "a refused vote changes nothing");

    room.server.show(Some(QUESTION)).unwrap();
    assert!(not_now(vote_on(&room, &ann, OTHER, &json!(2))).contains("another question"));
    assert_eq!(
        saved(vote_on(&room, &ann, QUESTION, &json!(2)))["round"],
        "blind"
    );
    saved(vote_on(&room, &bob, QUESTION, &json!(4)));
    saved(vote_on(&room, &cid, QUESTION, &json!(4)));

    // Hidden: counted, not shown.
    let status = room.server.status().unwrap();
    let current = status.current.clone().unwrap();
    assert_eq!((current.voted, current.of), (3, 4), "3 of 4 voted");
    assert_eq!(
        current.tally, None,
        "nobody sees the votes before the reveal"
    );
    assert_eq!(status.participants, 4);
    let sales = department(&status, "Sales");
    assert_eq!((sales.joined, sales.answers, sales.finished), (2, 2, 0));
    let service = department(&status, "Service");
    assert_eq!(
        (service.joined, service.answers, service.finished),
        (2, 1, 0)
    );

    // Revealed: 2, 4, 4 — spread 4 − 2 = 2, median 4.
    room.server.reveal().unwrap();
    assert!(not_now(vote_on(&room, &ann, QUESTION, &json!(3))).contains("discusses"));
    let tally = room
        .server
        .status()
        .unwrap()
        .current
        .unwrap()
        .tally
        .unwrap();
    assert_eq!(levels(&tally), [0, 1, 0, 2, 0]);
    assert_eq!((tally.spread, tally.median), (Some(2), Some(4.0)));
    let by: Vec<(&str, [usize; 5])> = tally
        .by_department
        .iter()
        .map(|d| (d.name.as_str(), d.levels))
        .collect();
    assert_eq!(
        by,
        [("Sales", [0, 1, 0, 1, 0]), ("Service", [0, 0, 0, 1, 0])]
    );

    // Re-vote: Ann 2 → 3, Cid 4 → don't know; Bob keeps 4.
    room.server.open_revote().unwrap();
    assert_eq!(room.server.status().unwrap().current.unwrap().voted, 0);
    assert_eq!(
        saved(vote_on(&room, &ann, QUESTION, &json!(3)))["round"],
        "revote"
    );
    saved(vote_on(&room, &cid, QUESTION, &json!("unknown")));
    let current = room.server.status().unwrap().current.unwrap();
    assert_eq!((current.voted, current.of), (2, 4));
    let now = current.tally.unwrap();
    assert_eq!((levels(&now), now.unknown), ([0, 0, 1, 1, 0], 1));
    // Final numeric votes 3 and 4: spread 1, median (3 + 4) / 2.
    assert_eq!((now.spread, now.median), (Some(1), Some(3.5)));
    let first = current.first.unwrap();
    assert_eq!(
        levels(&first),
        [0, 1, 0, 2, 0],
        "the first votes stay as cast"
    );
    assert_eq!((first.spread, first.median), (Some(2), Some(4.0)));

    // The re-vote closed: the first votes stay beside the final ones.
    room.server.reveal().unwrap();
    let current = room.server.status().unwrap().current.unwrap();
    assert_eq!(levels(&current.first.unwrap()), [0, 1, 0, 2, 0]);
    assert_eq!(levels(&current.tally.unwrap()), [0, 0, 1, 1, 0]);
}

#[test]
fn the_facilitator_is_refused_what_the_room_cannot_do_now() {
    let room = paced();
    let err = |r: cx_maturity::Result<()>| r.unwrap_err().to_string();
    assert!(err(room.server.reveal()).contains("show one"));
    room.server.show(Some(QUESTION)).unwrap();
    assert!(err(room.server.open_revote()).contains("after the question's votes were revealed"));

    // At one's own pace there is no question to lead.
    room.server.set_paced(false);
    assert!(err(room.server.show(Some(QUESTION))).contains("own pace"));
    let token = room.join("Ann");
    assert_eq!(
        saved(vote_on(&room, &token, OTHER, &json!(5)))["round"],
        "blind"
    );
    assert_eq!(room.server.status().unwrap().current, None);
}

/// Reads server-sent events from `response` until one satisfies `until`;
/// every `room` state read on the way.
fn read_rooms(reader: &mut impl BufRead, until: impl Fn(&Value) -> bool) -> Vec<Value> {
    let mut rooms = Vec::new();
    let mut event = String::new();
    loop {
        let mut line = String::new();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "the stream closed early: {rooms:?}"
        );
        let line = line.trim_end();
        if let Some(name) = line.strip_prefix("event: ") {
            event = name.to_owned();
        } else if let Some(data) = line.strip_prefix("data: ") {
            assert_eq!(event, "room");
            let room: Value = serde_json::from_str(data).unwrap();
            let done = until(&room);
            rooms.push(room);
            if done {
                return rooms;
            }
        }
    }
}

#[test]
fn the_phones_follow_the_room_as_it_changes_and_hear_it_end() {
    let room = paced();
    let token = room.join("Ann");
    let response = client()
        .get(room.url(&format!("/api/events?token={token}")))
        .send()
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/event-stream")
    );
    let mut reader = BufReader::new(response);
    let first = read_rooms(&mut reader, |_| true);
    assert_eq!(
        first[0],
        json!({"paced": true, "question": null, "phase": "waiting", "ended": false})
    );

    room.server.show(Some(QUESTION)).unwrap();
    let seen = read_rooms(&mut reader, |r| r["phase"] == "voting");
    assert_eq!(seen.last().unwrap()["question"], QUESTION);
    room.server.reveal().unwrap();
    read_rooms(&mut reader, |r| r["phase"] == "revealed");
    room.server.open_revote().unwrap();
    read_rooms(&mut reader, |r| r["phase"] == "revote");

    // GET /api/room says the same as the stream.
    let now: Value = get(&client(), &room.url("/api/room"), Some(&token))
        .json()
        .unwrap();
    assert_eq!(
        now,
        json!({"paced": true, "question": QUESTION, "phase": "revote", "ended": false})
    );

    let Room { server, dir, .. } = room;
    server.stop();
    let last = read_rooms(&mut reader, |r| r["ended"] == true);
    assert_eq!(last.last().unwrap()["ended"], true);
    // The stream closes after the end: reading to its end returns.
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
    assert_eq!(rest.trim(), "", "nothing after the end");
    drop(dir);
}

#[test]
fn the_event_stream_opens_only_with_a_token_of_the_session() {
    let room = paced();
    for path in [
        "/api/events",
        "/api/events?token=",
        "/api/events?token=00112233445566778899aabbccddeeff",
    ] {
        let (status, kind, _) = problem(get(&client(), &room.url(path), None));
        assert_eq!(
            (status, kind.as_str()),
            (StatusCode::UNAUTHORIZED, "unauthorized"),
            "{path}"
        );
    }
}
