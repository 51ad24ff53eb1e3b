//! Tests of the live-workshop server over loopback, with a real HTTP
//! client: joining (`join`), voting (`votes`), the limits a hostile
//! network meets (`limits`), each participant in their own language
//! (`languages`), the facilitator leading the room question by
//! question and the phones following it (`paced`), the participant page's
//! files (`page`), the end of a session (`stop`), and `cxm live` (`cli`).

mod cli;
mod join;
mod languages;
mod limits;
mod paced;
mod page;
mod stop;
mod votes;

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use cx_maturity::live::{LiveOptions, LiveServer};
use cx_maturity::store::Store;
use reqwest::StatusCode;
use reqwest::blocking::{Client, Response};
use serde_json::{Value, json};

/// A question of the built-in questionnaire.
pub const QUESTION: &str = "vision.statement";

/// A database with one assessment (departments Sales and Service) and a
/// session running on it.
pub struct Room {
    pub dir: tempfile::TempDir,
    pub assessment: String,
    pub sales: String,
    pub service: String,
    pub server: LiveServer,
}

impl Room {
    pub fn new(options: LiveOptions) -> Room {
        let dir = tempfile::tempdir().expect("temp dir");
        let db = dir.path().join("cx.db");
        let (assessment, sales, service) = {
            let mut store = Store::open(&db).expect("open store");
            let id = crate::store::small_assessment(&mut store);
            let sales = store.department_by_name(&id, "Sales").unwrap().id;
            let service = store.department_by_name(&id, "Service").unwrap().id;
            (id, sales, service)
        };
        let server = start(&db, &assessment, options);
        Room {
            dir,
            assessment,
            sales,
            service,
            server,
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("cx.db")
    }

    /// A second connection to the database, as the desktop app has.
    pub fn store(&self) -> Store {
        Store::open(&self.db()).expect("open store")
    }

    /// Every row of the database, to show a refusal changed nothing.
    pub fn dump(&self) -> Vec<String> {
        crate::store::dump(&self.db())
    }

    pub fn url(&self, path: &str) -> String {
        url(self.server.address(), path)
    }

    /// Joins Sales as `name`; the token.
    pub fn join(&self, name: &str) -> String {
        self.join_in(&self.sales, name)
    }

    /// Joins the department `department` (an id) as `name`; the token.
    pub fn join_in(&self, department: &str, name: &str) -> String {
        let response = post(
            &client(),
            &self.url("/api/join"),
            &json!({"code": self.server.join_code(), "department": department, "name": name}),
            None,
        );
        assert_eq!(response.status(), StatusCode::CREATED);
        let body: Value = response.json().expect("JSON");
        body["token"].as_str().expect("a token").to_owned()
    }
}

/// A session on loopback, any free port.
pub fn start(db: &std::path::Path, assessment: &str, options: LiveOptions) -> LiveServer {
    LiveServer::start(db, assessment, "127.0.0.1:0".parse().unwrap(), options)
        .expect("the server starts")
}

pub fn url(address: SocketAddr, path: &str) -> String {
    format!("http://{address}{path}")
}

pub fn client() -> Client {
    Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .expect("client")
}

/// A client whose requests come from `ip` (any 127.x.y.z is this machine).
pub fn client_from(ip: [u8; 4]) -> Client {
    Client::builder()
        .timeout(Duration::from_secs(20))
        .local_address(IpAddr::from(ip))
        .build()
        .expect("client")
}

pub fn post(client: &Client, url: &str, body: &Value, token: Option<&str>) -> Response {
    let mut request = client.post(url).json(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().expect("the server answers")
}

pub fn get(client: &Client, url: &str, token: Option<&str>) -> Response {
    let mut request = client.get(url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().expect("the server answers")
}

/// The status and the `{kind, message}` of a refusal (asserting it is one).
#[track_caller]
pub fn problem(response: Response) -> (StatusCode, String, String) {
    let status = response.status();
    assert!(
        status.is_client_error() || status.is_server_error(),
        "expected a refusal, got {status}"
    );
    let body: Value = response.json().expect("a refusal is JSON");
    let kind = body["kind"].as_str().expect("kind").to_owned();
    let message = body["message"].as_str().expect("message").to_owned();
    assert_eq!(
        body.as_object().map(|o| o.len()),
        Some(2),
        "only kind and message: {body}"
    );
    (status, kind, message)
}

/// Every request with `token` to the session at `address` is refused as
/// unauthorized.
#[track_caller]
pub fn assert_token_refused(address: SocketAddr, token: &str) {
    let http = client();
    for response in [
        get(&http, &url(address, "/api/me"), Some(token)),
        get(&http, &url(address, "/api/questionnaire"), Some(token)),
        post(
            &http,
            &url(address, "/api/votes"),
            &json!({"question": QUESTION, "value": 3}),
            Some(token),
        ),
    ] {
        let (status, kind, _) = problem(response);
        assert_eq!(
            (status, kind.as_str()),
            (StatusCode::UNAUTHORIZED, "unauthorized")
        );
    }
}
