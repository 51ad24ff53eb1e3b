//! What a hostile network meets: wrong codes rate-limited per client and
//! in total, bodies too large or not JSON, unknown addresses and methods,
//! a full session. Every refusal is a JSON `{kind, message}` and changes
//! nothing.

use std::time::Duration;

use cx_maturity::live::LiveOptions;
use reqwest::StatusCode;
use serde_json::json;

use super::{Room, client, client_from, get, post, problem};

fn wrong_code(room: &Room) -> &'static str {
    if room.server.join_code() == "999999" {
        "999998"
    } else {
        "999999"
    }
}

#[test]
fn wrong_codes_are_limited_per_client_and_the_refusal_says_so() {
    let room = Room::new(LiveOptions {
        wrong_codes_per_client: 3,
        wrong_codes_total: 100,
        wrong_code_window: Duration::from_secs(600),
        ..LiveOptions::default()
    });
    let guesser = client_from([127, 0, 0, 2]);
    let join = |http: &reqwest::blocking::Client, code: &str| {
        post(
            http,
            &room.url("/api/join"),
            &json!({"code": code, "department": room.sales, "name": "Ann"}),
            None,
        )
    };
    for _ in 0..3 {
        assert_eq!(
            join(&guesser, wrong_code(&room)).status(),
            StatusCode::FORBIDDEN
        );
    }
    // Now even the right code is refused from that device, and it is told
    // when to try again.
    let response = join(&guesser, room.server.join_code());
    let retry: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=600).contains(&retry), "{retry}");
    let (status, kind, message) = problem(response);
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rateLimited")
    );
    assert!(
        message.contains("too many wrong join codes from this device"),
        "{message}"
    );
    assert!(message.contains("seconds"), "{message}");

    // Another device of the room joins as usual.
    let other = client_from([127, 0, 0, 3]);
    assert_eq!(
        join(&other, room.server.join_code()).status(),
        StatusCode::CREATED
    );
    assert_eq!(room.store().respondents(&room.assessment).unwrap().len(), 1);
}

#[test]
fn wrong_codes_are_limited_in_total_whoever_sends_them() {
    let room = Room::new(LiveOptions {
        wrong_codes_per_client: 3,
        wrong_codes_total: 4,
        wrong_code_window: Duration::from_secs(600),
        ..LiveOptions::default()
    });
    let code_check = |ip: [u8; 4], code: &str| {
        post(
            &client_from(ip),
            &room.url("/api/session"),
            &json!({"code": code}),
            None,
        )
    };
    for ip in [
        [127, 0, 0, 2],
        [127, 0, 0, 2],
        [127, 0, 0, 3],
        [127, 0, 0, 4],
    ] {
        assert_eq!(
            code_check(ip, wrong_code(&room)).status(),
            StatusCode::FORBIDDEN
        );
    }
    let (status, kind, message) = problem(code_check([127, 0, 0, 5], room.server.join_code()));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::TOO_MANY_REQUESTS, "rateLimited")
    );
    assert!(message.contains("joining is paused"), "{message}");
}

#[test]
fn oversized_malformed_and_unknown_requests_get_4xx_and_change_nothing() {
    let room = Room::new(LiveOptions::default());
    let token = room.join("Ann");
    let before = room.dump();
    let http = client();

    // A body over the limit (16 KiB), with and without a declared length.
    let huge = json!({"question": "q".repeat(20_000), "value": 3});
    let (status, kind, _) = problem(post(&http, &room.url("/api/votes"), &huge, Some(&token)));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::PAYLOAD_TOO_LARGE, "tooLarge")
    );
    let (status, body) = raw_chunked_post(&room, &token, 40, 1024);
    assert_eq!(status, 413, "{body}");
    let refusal: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(refusal["kind"], "tooLarge");

    // Not JSON, JSON of the wrong shape, not declared as JSON.
    let broken = http
        .post(room.url("/api/votes"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{\"question\": ")
        .send()
        .unwrap();
    let (status, kind, message) = problem(broken);
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::BAD_REQUEST, "badRequest")
    );
    assert!(message.contains("not valid"), "{message}");
    let (status, kind, _) = problem(post(
        &http,
        &room.url("/api/votes"),
        &json!([1, 2]),
        Some(&token),
    ));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::BAD_REQUEST, "badRequest")
    );
    let plain = http
        .post(room.url("/api/votes"))
        .bearer_auth(&token)
        .header("content-type", "text/plain")
        .body(r#"{"question": "vision.statement", "value": 3}"#)
        .send()
        .unwrap();
    let (status, kind, message) = problem(plain);
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::UNSUPPORTED_MEDIA_TYPE, "badRequest")
    );
    assert!(message.contains("application/json"), "{message}");

    // No file, no other address is served; a route takes only its method.
    for path in ["/api", "/api/votes/../../cx.db", "/cx.db", "/etc/passwd"] {
        let (status, kind, _) = problem(get(&http, &room.url(path), Some(&token)));
        assert_eq!(
            (status, kind.as_str()),
            (StatusCode::NOT_FOUND, "notFound"),
            "{path}"
        );
    }
    let (status, kind, _) = problem(get(&http, &room.url("/api/votes"), Some(&token)));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::METHOD_NOT_ALLOWED, "methodNotAllowed")
    );

    assert_eq!(room.dump(), before);
}

#[test]
fn a_full_session_takes_no_more_participants() {
    let room = Room::new(LiveOptions {
        max_participants: 2,
        ..LiveOptions::default()
    });
    room.join("Ann");
    room.join("Bob");
    let before = room.dump();
    let (status, kind, message) = problem(post(
        &client(),
        &room.url("/api/join"),
        &json!({"code": room.server.join_code(), "department": room.sales, "name": "Cy"}),
        None,
    ));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::FORBIDDEN, "sessionFull")
    );
    assert!(message.contains("at most 2"), "{message}");
    assert_eq!(room.dump(), before);
    assert_eq!(room.server.participants(), 2);
}

/// Posts `chunks` chunks of `size` spaces to `/api/votes` without a
/// declared length, over a raw connection (a client library may stop
/// sending when the server answers early); the response's status and body.
fn raw_chunked_post(room: &Room, token: &str, chunks: usize, size: usize) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(room.server.address()).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut request = format!(
        "POST /api/votes HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        room.server.address()
    )
    .into_bytes();
    for _ in 0..chunks {
        request.extend(format!("{size:x}\r\n").bytes());
        request.extend(std::iter::repeat_n(b' ', size));
        request.extend(b"\r\n");
    }
    request.extend(b"0\r\n\r\n");
    // The server may answer and close before it read everything.
    let _ = stream.write_all(&request);
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    // A chunked response: the JSON is the line between the chunk sizes.
    let json = body
        .lines()
        .find(|l| l.starts_with('{'))
        .unwrap_or(body)
        .to_owned();
    (status, json)
}
