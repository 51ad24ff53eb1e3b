//! The participant page is served from the binary: the page with its
//! strict Content-Security-Policy, its files compressed for a browser that
//! takes gzip, and nothing else of the computer reachable.

use std::io::Read;

use cx_maturity::live::LiveOptions;
use reqwest::StatusCode;
use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE};

use super::{Room, client, get, problem};

/// The page as a browser gets it, or a failure that says how to build it.
fn page(room: &Room) -> reqwest::blocking::Response {
    let response = client()
        .get(room.url("/"))
        .header(ACCEPT_ENCODING, "gzip, deflate, br")
        .send()
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "the participant page is not in this build: run `cd ui && npm run build`, then the tests"
    );
    response
}

#[test]
fn the_page_comes_compressed_with_a_policy_that_allows_only_its_own_files() {
    let room = Room::new(LiveOptions::default());
    let response = page(&room);
    let headers = response.headers().clone();
    assert_eq!(headers[CONTENT_TYPE], "text/html; charset=utf-8");
    assert_eq!(headers[CONTENT_ENCODING], "gzip");
    let policy = headers[CONTENT_SECURITY_POLICY].to_str().unwrap();
    for rule in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
    ] {
        assert!(policy.contains(rule), "{rule} in {policy}");
    }
    assert!(!policy.contains("unsafe"), "{policy}");
    let mut html = String::new();
    flate2::read::GzDecoder::new(&response.bytes().unwrap()[..])
        .read_to_string(&mut html)
        .unwrap();
    assert!(html.contains("<html"), "{html}");
    assert!(!html.contains("<script>"), "no inline script: {html}");

    // Every script and style sheet the page names is served, plain to a
    // browser that does not take gzip.
    let assets: Vec<&str> = html
        .split('"')
        .filter(|s| s.starts_with("/assets/"))
        .collect();
    assert!(!assets.is_empty(), "{html}");
    for asset in assets {
        let response = get(&client(), &room.url(asset), None);
        assert_eq!(response.status(), StatusCode::OK, "{asset}");
        assert!(response.headers().get(CONTENT_ENCODING).is_none());
        assert!(!response.bytes().unwrap().is_empty());
    }
}

#[test]
fn nothing_but_the_page_and_its_api_is_reachable() {
    let room = Room::new(LiveOptions::default());
    for path in [
        "/../Cargo.toml",
        "/assets/../../src/lib.rs",
        "/cx.db",
        "/%2e%2e/Cargo.toml",
        "/api",
        "/etc/passwd",
    ] {
        let (status, kind, _) = problem(get(&client(), &room.url(path), None));
        assert_eq!(
            (status, kind.as_str()),
            (StatusCode::NOT_FOUND, "notFound"),
            "{path}"
        );
    }
}
