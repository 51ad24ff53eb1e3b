//! Refusals as HTTP responses: every 4xx and 5xx the server sends is a
//! JSON [`Problem`] `{kind, message}`, whether a handler refused
//! ([`ApiError`]) or a layer did (a body over the limit, a timeout, an
//! unknown address: [`as_problem`] rewrites those). A core error keeps its
//! words when they are about the participant's input; any other (the disk,
//! the database) becomes a plain "try again", its whole text going to the
//! session's problem hook, never to the network.

use std::time::Duration;

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::limiter::Blocked;
use super::session::{CodeRefusal, Refusal};
use super::wire::{Problem, ProblemKind};
use crate::{Error, ErrorKind};

/// A refusal on its way to the participant.
#[derive(Debug)]
pub(crate) struct ApiError {
    status: StatusCode,
    problem: Problem,
    retry_after: Option<Duration>,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, kind: ProblemKind, message: impl Into<String>) -> Self {
        ApiError {
            status,
            problem: Problem {
                kind,
                message: message.into(),
            },
            retry_after: None,
        }
    }

    pub(crate) fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, ProblemKind::BadRequest, message)
    }

    pub(crate) fn unauthorized(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNAUTHORIZED, ProblemKind::Unauthorized, message)
    }

    /// The server could not do its part; nothing was changed.
    pub(crate) fn unavailable() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            ProblemKind::Unavailable,
            "the server could not do this just now and nothing was changed; try again",
        )
    }

    /// A core error: the input's own problem in the core's words, anything
    /// else as [`ApiError::unavailable`] (`report` hears the whole error).
    pub(crate) fn from_core(e: &Error, report: impl FnOnce(&Error)) -> Self {
        match e.kind() {
            ErrorKind::NotFound => {
                Self::new(StatusCode::NOT_FOUND, ProblemKind::NotFound, e.to_string())
            }
            ErrorKind::InvalidInput => Self::new(
                StatusCode::BAD_REQUEST,
                ProblemKind::InvalidInput,
                e.to_string(),
            ),
            _ => {
                report(e);
                Self::unavailable()
            }
        }
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::UnknownToken => Self::unauthorized(
                "this device has not joined this session; join with the code on the projector",
            ),
            Refusal::Full { max } => Self::new(
                StatusCode::FORBIDDEN,
                ProblemKind::SessionFull,
                format!("the session is full: at most {max} participants can join"),
            ),
            Refusal::Ended => ended(),
        }
    }
}

impl From<CodeRefusal> for ApiError {
    fn from(refusal: CodeRefusal) -> Self {
        let (message, retry_after) = match refusal {
            CodeRefusal::Ended => return ended(),
            CodeRefusal::Blocked(Blocked::Client { retry_after }) => (
                format!(
                    "too many wrong join codes from this device; try again in {} seconds",
                    whole_seconds(retry_after)
                ),
                retry_after,
            ),
            CodeRefusal::Blocked(Blocked::Everyone { retry_after }) => (
                format!(
                    "too many wrong join codes were tried in this session; joining is paused for {} seconds",
                    whole_seconds(retry_after)
                ),
                retry_after,
            ),
        };
        ApiError {
            retry_after: Some(retry_after),
            ..Self::new(
                StatusCode::TOO_MANY_REQUESTS,
                ProblemKind::RateLimited,
                message,
            )
        }
    }
}

fn ended() -> ApiError {
    ApiError::new(
        StatusCode::GONE,
        ProblemKind::SessionEnded,
        "the session has ended",
    )
}

/// Seconds, rounded up: "try again in 0 seconds" would be wrong.
fn whole_seconds(d: Duration) -> u64 {
    d.as_secs() + u64::from(d.subsec_nanos() > 0)
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, Json(self.problem)).into_response();
        if let Some(wait) = self.retry_after
            && let Ok(value) = HeaderValue::from_str(&whole_seconds(wait).to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response
    }
}

/// A layer's error response (not JSON) rewritten as a [`Problem`] with
/// the same status; every other response as it was.
pub(crate) async fn as_problem(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let (kind, message) = match status {
        StatusCode::NOT_FOUND => (ProblemKind::NotFound, "there is nothing at this address"),
        StatusCode::METHOD_NOT_ALLOWED => (
            ProblemKind::MethodNotAllowed,
            "this address does not take this method",
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            ProblemKind::TooLarge,
            "the request is larger than the server takes",
        ),
        StatusCode::REQUEST_TIMEOUT => (ProblemKind::Timeout, "the request took too long"),
        s if s.is_server_error() => {
            return ApiError::unavailable().into_response();
        }
        _ => (
            ProblemKind::BadRequest,
            "the request is not one the server takes",
        ),
    };
    ApiError::new(status, kind, message).into_response()
}
