//! The participant API: its routes, the extractors that read a request
//! (client address, token, JSON body) and the handlers, thin calls into
//! the core through the `Store` API.
//!
//! | route | what |
//! |---|---|
//! | `POST /api/session` | `{code}` → the organisation, title and departments to join |
//! | `POST /api/join` | `{code, department, name, locale?}` → a new respondent and its token (201) |
//! | `GET /api/me` | the token's participant (a reloaded page is the same participant) |
//! | `POST /api/me/locale` | `{locale}` → the participant reads and answers in that language from now on |
//! | `GET /api/questionnaire` | the questions, in the participant's language, and their own answers |
//! | `POST /api/votes` | `{question, value}` → the vote, once committed |
//! | `GET /api/room` | the room: mode, question on the screen, phase, ended |
//! | `GET /api/events?token=…` | the room as server-sent events: now, then every change |
//!
//! A join code is checked before anything else is read, and wrong codes
//! are counted ([`super::limiter`]); a token opens only its own
//! participant in this session. A participant's language is the
//! respondent's (`Store::set_respondent_locale`): the texts change with
//! it, the ids and so the scores never do. Store calls run on the blocking pool, one
//! at a time behind the store's lock.

use std::collections::BTreeMap;
use std::net::{IpAddr, Ipv4Addr};
use std::sync::{Arc, Mutex, PoisonError};

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::de::DeserializeOwned;

use super::problem::ApiError;
use super::session::{Closed, Participant, Session};
use super::wire::{
    JoinRequest, Joined, LocaleRequest, ParticipantView, ProblemKind, QuestionnaireView, RoomState,
    SessionRequest, SessionView, VoteRequest, VoteSaved,
};
use super::{ChangeHook, ProblemHook, convert, events, page, secrets};
use crate::questionnaire::Questionnaire;
use crate::store::Store;
use crate::{Error, ErrorKind, Result};

/// What every handler shares.
pub(crate) struct App {
    pub(crate) session: Session,
    pub(crate) store: Mutex<Store>,
    /// The assessment's snapshot: it never changes.
    pub(crate) questionnaire: Arc<Questionnaire>,
    /// The snapshot in each of its languages, by tag, built once.
    pub(crate) readings: BTreeMap<String, Arc<Questionnaire>>,
    pub(crate) on_problem: Option<ProblemHook>,
    pub(crate) on_change: Option<ChangeHook>,
}

pub(crate) type Shared = Arc<App>;

impl App {
    /// Runs `work` on the store, on the blocking pool; a core error
    /// becomes a refusal ([`ApiError::from_core`]).
    async fn with_store<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&mut Store) -> Result<T> + Send + 'static,
    ) -> Result<T, ApiError> {
        let app = Arc::clone(self);
        let done = tokio::task::spawn_blocking(move || {
            // A panic while the lock was held rolled its transaction back
            // (SQLite), so the store is usable as it is.
            let mut store = app.store.lock().unwrap_or_else(PoisonError::into_inner);
            work(&mut store)
        })
        .await;
        match done {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(e)) => Err(self.refusal(&e)),
            Err(_) => Err(ApiError::unavailable()),
        }
    }

    /// The snapshot in a respondent's language; in its own when the
    /// respondent has none.
    fn reading(&self, locale: Option<&str>) -> &Arc<Questionnaire> {
        locale
            .and_then(|l| self.readings.get(l))
            .unwrap_or(&self.questionnaire)
    }

    /// The session's language that serves `tag`, or the refusal naming the
    /// languages there are; checked before anything is stored.
    fn check_locale(&self, tag: &str) -> Result<String, ApiError> {
        self.questionnaire
            .check_locale(tag)
            .map_err(|e| self.refusal(&e))
    }

    fn refusal(&self, e: &Error) -> ApiError {
        ApiError::from_core(e, |e| self.report(e))
    }

    /// Tells the session's owner about a failure the participant only
    /// hears about as "try again".
    pub(crate) fn report(&self, e: &Error) {
        if let Some(hook) = &self.on_problem {
            hook(e);
        }
    }

    /// Tells the session's owner that a join, a vote or the room changed
    /// (the projector updates).
    pub(crate) fn changed(&self) {
        if let Some(hook) = &self.on_change {
            hook();
        }
    }
}

/// The routes, with their state; the limits and headers are added by the
/// caller (`super::start`).
pub(crate) fn routes(app: Shared) -> Router {
    Router::new()
        .route("/api/session", post(session))
        .route("/api/join", post(join))
        .route("/api/me", get(me))
        .route("/api/me/locale", post(set_locale))
        .route("/api/questionnaire", get(questionnaire))
        .route("/api/votes", post(vote))
        .route("/api/room", get(room))
        .route("/api/events", get(events::follow))
        .merge(page::routes())
        .with_state(app)
}

/// The address of the device that sent the request (set by `serve.rs` for
/// every connection).
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClientAddr(pub(crate) IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        // invariant: serve.rs sets it on every request; unspecified counts
        // every such request as one client, the strictest reading.
        Ok(parts
            .extensions
            .get::<ClientAddr>()
            .copied()
            .unwrap_or(ClientAddr(IpAddr::V4(Ipv4Addr::UNSPECIFIED))))
    }
}

/// The token of `Authorization: Bearer <token>`.
pub(crate) struct Token(pub(crate) String);

impl<S: Send + Sync> FromRequestParts<S> for Token {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiError> {
        let value = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty());
        match value {
            Some(token) => Ok(Token(token.to_owned())),
            None => Err(ApiError::unauthorized(
                "this device has not joined the session; join with the code on the projector",
            )),
        }
    }
}

/// A JSON body of type `T`: `Content-Type: application/json` (so a page of
/// another site cannot send one without the browser asking first), within
/// the body limit, exactly the fields of `T`.
struct JsonBody<T>(T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ProblemKind::BadRequest,
                "the request body must be JSON (Content-Type: application/json)",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    ProblemKind::TooLarge,
                    "the request is larger than the server takes",
                )
            } else {
                ApiError::bad_request("the request body could not be read")
            }
        })?;
        serde_json::from_slice(&bytes)
            .map(JsonBody)
            .map_err(|e| ApiError::bad_request(format!("the request body is not valid: {e}")))
    }
}

/// Checks a join code; a wrong one is counted and refused.
fn check_code(app: &App, client: IpAddr, code: &str) -> Result<(), ApiError> {
    match app.session.try_code(client, code)? {
        true => Ok(()),
        false => Err(ApiError::new(
            StatusCode::FORBIDDEN,
            ProblemKind::WrongCode,
            "the join code is wrong; check the six digits on the projector",
        )),
    }
}

async fn session(
    State(app): State<Shared>,
    ClientAddr(client): ClientAddr,
    JsonBody(request): JsonBody<SessionRequest>,
) -> Result<Json<SessionView>, ApiError> {
    check_code(&app, client, &request.code)?;
    let id = app.session.assessment_id.clone();
    let (assessment, departments) = app
        .with_store(move |store| Ok((store.assessment(&id)?, store.departments(&id)?)))
        .await?;
    Ok(Json(convert::session(
        &assessment,
        &departments,
        app.session.paced(),
        &app.questionnaire,
    )))
}

async fn join(
    State(app): State<Shared>,
    ClientAddr(client): ClientAddr,
    JsonBody(request): JsonBody<JoinRequest>,
) -> Result<(StatusCode, Json<Joined>), ApiError> {
    check_code(&app, client, &request.code)?;
    let locale = match request.locale.as_deref() {
        Some(tag) => Some(app.check_locale(tag)?),
        None => None,
    };
    let seat = app.session.reserve()?;
    let token = secrets::new_token().map_err(|e| {
        app.report(&e);
        ApiError::unavailable()
    })?;
    let id = app.session.assessment_id.clone();
    let JoinRequest {
        department, name, ..
    } = request;
    let respondent = app
        .with_store(move |store| {
            let respondent = store.add_respondent(&id, &department, name.trim(), None, false)?;
            if let Some(locale) = locale {
                // Checked above against the same snapshot, so it is kept.
                store.set_respondent_locale(&respondent.id, Some(&locale))?;
            }
            Ok(respondent)
        })
        .await?;
    let department_id = respondent.department_id.clone();
    let participant = participant_view(&app, respondent.id.clone())
        .await?
        .ok_or_else(|| {
            ApiError::unauthorized("this participant was removed from the assessment; join again")
        })?;
    app.session.admit(
        seat,
        &token,
        Participant {
            respondent_id: respondent.id,
            department_id,
        },
    )?;
    app.changed();
    Ok((StatusCode::CREATED, Json(Joined { token, participant })))
}

/// The participant of `token`, or the refusal.
pub(crate) fn holder(app: &App, token: &Token) -> Result<Participant, ApiError> {
    Ok(app.session.participant(&token.0)?)
}

/// Whether the respondent is still there (the consultant may remove one
/// in the app while the session runs).
fn present(store: &Store, respondent_id: &str) -> Result<bool> {
    match store.respondent(respondent_id) {
        Ok(_) => Ok(true),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// The refusal for a token whose respondent was removed: the token is
/// dropped and the device asked to join again.
fn gone(app: &App, token: &Token) -> ApiError {
    app.session.forget(&token.0);
    ApiError::unauthorized("this device's participant was removed from the assessment; join again")
}

/// The participant's name, department and progress; `None` when the
/// respondent is gone.
async fn participant_view(
    app: &Shared,
    respondent_id: String,
) -> Result<Option<ParticipantView>, ApiError> {
    let total = u32::try_from(app.questionnaire.questions().count()).unwrap_or(u32::MAX);
    let assessment_id = app.session.assessment_id.clone();
    let found = app
        .with_store(move |store| {
            if !present(store, &respondent_id)? {
                return Ok(None);
            }
            let respondent = store.respondent(&respondent_id)?;
            let department = store
                .departments(&assessment_id)?
                .into_iter()
                .find(|d| d.id == respondent.department_id);
            let answered = store.answers_of(&respondent_id)?.len();
            Ok(department.map(|d| (respondent, d, answered)))
        })
        .await?;
    Ok(
        found.map(|(respondent, department, answered)| ParticipantView {
            name: respondent.name,
            department: convert::department(&department),
            answered: u32::try_from(answered).unwrap_or(u32::MAX),
            total,
            locale: app.reading(respondent.locale.as_deref()).locale.clone(),
        }),
    )
}

async fn me(State(app): State<Shared>, token: Token) -> Result<Json<ParticipantView>, ApiError> {
    let participant = holder(&app, &token)?;
    participant_view(&app, participant.respondent_id)
        .await?
        .map(Json)
        .ok_or_else(|| gone(&app, &token))
}

async fn questionnaire(
    State(app): State<Shared>,
    token: Token,
) -> Result<Json<QuestionnaireView>, ApiError> {
    let participant = holder(&app, &token)?;
    let (locale, answers) = app
        .with_store(move |store| {
            if !present(store, &participant.respondent_id)? {
                return Ok(None);
            }
            let locale = store.respondent(&participant.respondent_id)?.locale;
            let answers = store.answers_of(&participant.respondent_id)?;
            Ok(Some((locale, answers)))
        })
        .await?
        .ok_or_else(|| gone(&app, &token))?;
    Ok(Json(convert::questionnaire(
        app.reading(locale.as_deref()),
        &app.questionnaire.locales(),
        &answers,
    )))
}

/// The participant changes language: stored on the respondent, the page
/// then reads the questionnaire again. An unknown language changes nothing.
async fn set_locale(
    State(app): State<Shared>,
    token: Token,
    JsonBody(request): JsonBody<LocaleRequest>,
) -> Result<Json<ParticipantView>, ApiError> {
    let participant = holder(&app, &token)?;
    let locale = app.check_locale(&request.locale)?;
    let respondent_id = participant.respondent_id.clone();
    let present_still = app
        .with_store(move |store| {
            if !present(store, &respondent_id)? {
                return Ok(false);
            }
            store.set_respondent_locale(&respondent_id, Some(&locale))?;
            Ok(true)
        })
        .await?;
    if !present_still {
        return Err(gone(&app, &token));
    }
    participant_view(&app, participant.respondent_id)
        .await?
        .map(Json)
        .ok_or_else(|| gone(&app, &token))
}

async fn vote(
    State(app): State<Shared>,
    token: Token,
    JsonBody(request): JsonBody<VoteRequest>,
) -> Result<Json<VoteSaved>, ApiError> {
    let participant = holder(&app, &token)?;
    let value = convert::answer_value(&request.value).map_err(|e| app.refusal(&e))?;
    let round = app.session.round(&request.question).map_err(not_now)?;
    let question = request.question;
    let respondent_id = participant.respondent_id.clone();
    let saved = app
        .with_store(move |store| {
            if !present(store, &participant.respondent_id)? {
                return Ok(None);
            }
            store
                .save_vote(&participant.respondent_id, &question, value, round)
                .map(Some)
        })
        .await?
        .ok_or_else(|| gone(&app, &token))?;
    app.session.voted(&respondent_id, &saved.question_id);
    app.changed();
    Ok(Json(convert::vote_saved(&saved, round)))
}

/// Why a paced room refused a vote, in the participant's words.
fn not_now(closed: Closed) -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        ProblemKind::NotNow,
        match closed {
            Closed::Waiting => "the facilitator has not opened a question yet; wait for it",
            Closed::OtherQuestion => "the room is on another question now; vote on the one shown",
            Closed::Revealed => {
                "voting on this question is closed while the room discusses; wait for the re-vote"
            }
        },
    )
}

async fn room(State(app): State<Shared>, token: Token) -> Result<Json<RoomState>, ApiError> {
    holder(&app, &token)?;
    Ok(Json(app.session.room()))
}
