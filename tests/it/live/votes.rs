//! Voting: a vote is committed before it is acknowledged, through the
//! `Store` API; the first vote is kept across a reveal; a token opens only
//! its own participant in its own session.

use cx_maturity::live::LiveOptions;
use cx_maturity::model::{AnswerValue, VoteRound};
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{QUESTION, Room, assert_token_refused, client, get, post, problem, start};

fn vote(room: &Room, token: &str, value: &Value) -> reqwest::blocking::Response {
    post(
        &client(),
        &room.url("/api/votes"),
        &json!({"question": QUESTION, "value": value}),
        Some(token),
    )
}

fn answer(room: &Room, respondent: &str) -> Option<AnswerValue> {
    crate::store::answer_of(&room.store(), respondent, QUESTION)
}

#[test]
fn the_questionnaire_is_the_assessments_with_the_participants_answers() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    let view: Value = get(&client(), &room.url("/api/questionnaire"), Some(&token))
        .json()
        .unwrap();
    let q = room.store().questionnaire(&room.assessment).unwrap();
    assert_eq!(view["title"], q.title.as_str());
    assert_eq!(view["levels"].as_array().unwrap().len(), 5);
    let dimensions = view["dimensions"].as_array().unwrap();
    assert_eq!(dimensions.len(), q.dimensions.len());
    let first = &dimensions[0]["questions"][0];
    assert_eq!(first["id"], q.dimensions[0].questions[0].id.as_str());
    assert_eq!(
        first["prompt"],
        q.dimensions[0].questions[0].prompt.as_str()
    );
    assert_eq!(first["anchors"].as_array().unwrap().len(), 5);
    assert_eq!(view["answers"], json!([]));
}

#[test]
fn votes_land_in_the_store_and_the_first_vote_stays_through_a_revote() {
    let room = Room::new(LiveOptions {
        paced: true,
        ..LiveOptions::default()
    });
    room.server.show(Some(QUESTION)).unwrap();
    let token = room.join("Ann");
    let ann = room.store().respondents(&room.assessment).unwrap()[0]
        .id
        .clone();

    // Blind: the answer and the first vote.
    let saved: Value = vote(&room, &token, &json!(3)).json().unwrap();
    assert_eq!(saved["round"], "blind");
    assert_eq!(saved["value"], 3);
    assert_eq!(answer(&room, &ann), Some(AnswerValue::Level(3)));

    // Revealed, discussed, re-voted: the answer moves, the first vote stays.
    room.server.reveal().unwrap();
    room.server.open_revote().unwrap();
    let saved: Value = vote(&room, &token, &json!(5)).json().unwrap();
    assert_eq!(saved["round"], "revote");
    assert_eq!(answer(&room, &ann), Some(AnswerValue::Level(5)));
    let firsts = room.store().first_votes(&room.assessment).unwrap();
    assert_eq!(firsts.len(), 1);
    assert_eq!(firsts[0].value, AnswerValue::Level(3));
    assert!(firsts[0].revoted_at.is_some());

    // The words of the desktop's answers.
    let saved: Value = vote(&room, &token, &json!("na")).json().unwrap();
    assert_eq!(saved["value"], "na");
    assert_eq!(answer(&room, &ann), Some(AnswerValue::NotApplicable));
    assert_eq!(
        room.server.show(Some("no.such")).unwrap_err().kind(),
        cx_maturity::ErrorKind::NotFound
    );
    // A reveal is the session's: the store's own rule still refuses a
    // blind vote after a re-vote.
    let mut store = room.store();
    assert!(
        store
            .save_vote(&ann, QUESTION, AnswerValue::Level(1), VoteRound::Blind)
            .is_err()
    );
}

#[test]
fn bad_votes_get_4xx_with_a_plain_message_and_change_nothing() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    vote(&room, &token, &json!(2));
    let before = room.dump();
    let http = client();
    let votes = room.url("/api/votes");
    let cases = [
        (
            json!({"question": QUESTION, "value": 6}),
            StatusCode::BAD_REQUEST,
            "invalidInput",
            "between 1 and 5",
        ),
        (
            json!({"question": QUESTION, "value": 0}),
            StatusCode::BAD_REQUEST,
            "invalidInput",
            "between 1 and 5",
        ),
        (
            json!({"question": QUESTION, "value": "maybe"}),
            StatusCode::BAD_REQUEST,
            "invalidInput",
            "maybe",
        ),
        (
            json!({"question": QUESTION, "value": -1}),
            StatusCode::BAD_REQUEST,
            "badRequest",
            "not valid",
        ),
        (
            json!({"question": QUESTION, "value": 3.5}),
            StatusCode::BAD_REQUEST,
            "badRequest",
            "not valid",
        ),
        (
            json!({"question": QUESTION}),
            StatusCode::BAD_REQUEST,
            "badRequest",
            "missing field `value`",
        ),
        (
            json!({"question": "no.such", "value": 3}),
            StatusCode::NOT_FOUND,
            "notFound",
            "no.such",
        ),
    ];
    for (body, status, kind, says) in cases {
        let (got_status, got_kind, message) = problem(post(&http, &votes, &body, Some(&token)));
        assert_eq!((got_status, got_kind.as_str()), (status, kind), "{body}");
        assert!(message.contains(says), "{body}: {message}");
    }
    // Without a token, or with one this session never gave.
    let body = json!({"question": QUESTION, "value": 4});
    for token in [None, Some("0123456789abcdef0123456789abcdef"), Some("x")] {
        let (status, kind, _) = problem(post(&http, &votes, &body, token));
        assert_eq!(
            (status, kind.as_str()),
            (StatusCode::UNAUTHORIZED, "unauthorized"),
            "{token:?}"
        );
    }
    assert_eq!(room.dump(), before);
}

#[test]
fn a_token_of_one_session_opens_nothing_in_another() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    // A second session, on another assessment of the same database.
    let other_assessment = {
        let mut store = room.store();
        crate::store::small_assessment(&mut store)
    };
    let other = start(&room.db(), &other_assessment, LiveOptions::default());
    let before = room.dump();
    assert_token_refused(other.address(), &token);
    assert_eq!(room.dump(), before);
    // The token still works where it was given.
    assert_eq!(
        get(&client(), &room.url("/api/me"), Some(&token)).status(),
        StatusCode::OK
    );
}

#[test]
fn a_participant_removed_in_the_app_is_asked_to_join_again() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    let ann = room.store().respondents(&room.assessment).unwrap()[0]
        .id
        .clone();
    room.store().remove_respondent(&ann).unwrap();
    let before = room.dump();
    let (status, kind, message) = problem(vote(&room, &token, &json!(3)));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::UNAUTHORIZED, "unauthorized")
    );
    assert!(message.contains("join again"), "{message}");
    // The token is gone for good, and nothing was written.
    let (status, _, _) = problem(get(&client(), &room.url("/api/me"), Some(&token)));
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(room.dump(), before);
}
