//! Joining a session: the code, the department, the name; coming back
//! with the token.

use cx_maturity::live::LiveOptions;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{QUESTION, Room, client, get, post, problem};

#[test]
fn the_right_code_shows_the_departments_and_joins_as_a_new_respondent() {
    let room = Room::new(LiveOptions::default());
    let http = client();
    let code = room.server.join_code().to_owned();
    assert_eq!(code.len(), 6);
    assert!(code.chars().all(|c| c.is_ascii_digit()));

    let response = post(
        &http,
        &room.url("/api/session"),
        &json!({"code": code}),
        None,
    );
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()["cache-control"],
        "no-store",
        "answers are never cached"
    );
    let session: Value = response.json().unwrap();
    assert_eq!(session["organisation"], "Acme");
    assert_eq!(session["title"], "Spring review");
    assert_eq!(session["paced"], false);
    assert_eq!(
        session["departments"],
        json!([{"id": room.sales, "name": "Sales"}, {"id": room.service, "name": "Service"}])
    );
    assert_eq!(session["locales"], json!(["en", "de", "fr"]));

    let response = post(
        &http,
        &room.url("/api/join"),
        &json!({"code": code, "department": room.service, "name": "  Ann Lee "}),
        None,
    );
    assert_eq!(response.status(), StatusCode::CREATED);
    let joined: Value = response.json().unwrap();
    let token = joined["token"].as_str().unwrap();
    assert_eq!(token.len(), 32, "128 bits as hex");
    assert!(token.chars().all(|c| c.is_ascii_hexdigit()));
    assert_eq!(
        joined["participant"],
        json!({
            "name": "Ann Lee",
            "department": {"id": room.service, "name": "Service"},
            "answered": 0,
            "total": room.store().questionnaire(&room.assessment).unwrap().questions().count(),
            "locale": "en",
        })
    );

    // The participant is a respondent like any other.
    let respondents = room.store().respondents(&room.assessment).unwrap();
    assert_eq!(respondents.len(), 1);
    assert_eq!(
        (
            respondents[0].name.as_str(),
            respondents[0].department_id.as_str()
        ),
        ("Ann Lee", room.service.as_str())
    );
    assert_eq!(room.server.participants(), 1);
}

#[test]
fn a_wrong_code_is_refused_and_changes_nothing() {
    let room = Room::new(LiveOptions::default());
    let before = room.dump();
    let wrong = if room.server.join_code() == "000000" {
        "000001"
    } else {
        "000000"
    };
    for (path, body) in [
        ("/api/session", json!({"code": wrong})),
        (
            "/api/join",
            json!({"code": wrong, "department": room.sales, "name": "Mallory"}),
        ),
    ] {
        let (status, kind, message) = problem(post(&client(), &room.url(path), &body, None));
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert_eq!(kind, "wrongCode");
        assert!(message.contains("join code is wrong"), "{message}");
    }
    assert_eq!(room.dump(), before);
    assert_eq!(room.server.participants(), 0);
}

#[test]
fn a_reloaded_page_comes_back_as_the_same_participant() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    let vote = post(
        &client(),
        &room.url("/api/votes"),
        &json!({"question": QUESTION, "value": 2}),
        Some(&token),
    );
    assert_eq!(vote.status(), StatusCode::OK);

    // A new connection (the phone woke up, the page reloaded) with the
    // token the device kept: the same participant, their answer there.
    let me: Value = get(&client(), &room.url("/api/me"), Some(&token))
        .json()
        .unwrap();
    assert_eq!(me["name"], "Ann");
    assert_eq!(me["department"]["name"], "Sales");
    assert_eq!(me["answered"], 1);
    let questionnaire: Value = get(&client(), &room.url("/api/questionnaire"), Some(&token))
        .json()
        .unwrap();
    assert_eq!(
        questionnaire["answers"],
        json!([{"question": QUESTION, "value": 2}])
    );
    assert_eq!(room.store().respondents(&room.assessment).unwrap().len(), 1);
}

#[test]
fn bad_joins_are_refused_with_a_plain_message_and_change_nothing() {
    let room = Room::new(LiveOptions::default());
    let code = room.server.join_code().to_owned();
    let before = room.dump();
    let join = |body: Value| problem(post(&client(), &room.url("/api/join"), &body, None));
    let cases = [
        (
            json!({"code": code, "department": room.sales, "name": "   "}),
            StatusCode::BAD_REQUEST,
            "invalidInput",
            "name is empty",
        ),
        (
            json!({"code": code, "department": room.sales, "name": "Ann\nLee"}),
            StatusCode::BAD_REQUEST,
            "invalidInput",
            "one line",
        ),
        (
            json!({"code": code, "department": room.sales, "name": "é".repeat(201)}),
            StatusCode::BAD_REQUEST,
            "invalidInput",
            "at most 200",
        ),
        (
            json!({"code": code, "department": "no-such-department", "name": "Ann"}),
            StatusCode::NOT_FOUND,
            "notFound",
            "no-such-department",
        ),
        (
            json!({"code": code, "name": "Ann"}),
            StatusCode::BAD_REQUEST,
            "badRequest",
            "missing field `department`",
        ),
        (
            json!({"code": code, "department": room.sales, "name": "Ann", "admin": true}),
            StatusCode::BAD_REQUEST,
            "badRequest",
            "unknown field `admin`",
        ),
        (
            json!({"code": 123456, "department": room.sales, "name": "Ann"}),
            StatusCode::BAD_REQUEST,
            "badRequest",
            "invalid type",
        ),
    ];
    for (body, status, kind, says) in cases {
        let (got_status, got_kind, message) = join(body.clone());
        assert_eq!((got_status, got_kind.as_str()), (status, kind), "{body}");
        assert!(message.contains(says), "{body}: {message}");
    }
    assert_eq!(room.dump(), before);
    assert_eq!(room.server.participants(), 0);
}
