//! The live-workshop server: while a session runs, the room's phones join
//! over the local network and vote; every vote goes through the same
//! [`Store`] API as every other answer (one transaction per vote, WAL,
//! `synchronous=FULL`), so every invariant of the store holds for votes.
//!
//! A front door like `cxm` and the desktop shell: it depends on the core,
//! no other module of the core depends on it. [`LiveServer::start`] opens
//! its own connection to the database (SQLite serialises it with the
//! app's; the room's writes never wait on the window's lock), binds the
//! address and serves on a thread of its own with its own tokio runtime,
//! so it can be started and stopped from any caller, async or not.
//! [`LiveServer::stop`] (or dropping the server) ends the session: every
//! token is refused, then nothing listens.
//!
//! | file | owns |
//! |---|---|
//! | `api.rs` | the routes, the extractors (client address, token, JSON body) and the handlers |
//! | `events.rs` | the room as server-sent events, for the phones to follow |
//! | `page.rs` | the participant page's files, embedded at build time |
//! | `session.rs` | the session in memory: join code, token → participant, seats, the room (mode, question, phase), ended |
//! | [`status`] | what the facilitator's screen shows: progress per department, the votes on the question |
//! | `network.rs` | the addresses this computer has on its networks, and the join link's QR code |
//! | `limiter.rs` | wrong join codes counted per client and in total |
//! | `secrets.rs` | the random join code and tokens, compared in constant time |
//! | `serve.rs` | accepting connections: limits, header timeout, the bounded stop |
//! | `problem.rs` | every refusal as a JSON `{kind, message}` with its status |
//! | [`wire`] | the HTTP API's types |
//! | `convert.rs` | core types to wire types and back |

mod api;
mod convert;
mod events;
mod limiter;
mod network;
mod page;
mod problem;
mod secrets;
mod serve;
mod session;
pub mod status;
pub mod wire;

use std::net::{IpAddr, SocketAddr};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use axum::http::{HeaderValue, StatusCode, header};
use tokio::sync::watch;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::store::Store;
use crate::{Error, Result};

pub use network::{NetworkAddress, network_addresses, qr_svg};
pub use secrets::JOIN_CODE_DIGITS;
pub use status::LiveStatus;

/// Told about every failure a participant only hears about as "try
/// again" (the disk, the database): the whole error, for the log.
pub type ProblemHook = Arc<dyn Fn(&Error) + Send + Sync>;

/// Told after every join, every vote and every change of the room, so
/// the facilitator's screen can ask for the new [`LiveStatus`]. Called on
/// the server's threads: it should only pass the news on.
pub type ChangeHook = Arc<dyn Fn() + Send + Sync>;

/// How a session runs and what it takes. [`Default`] is what a workshop
/// needs; tests shorten the windows.
#[derive(Clone)]
pub struct LiveOptions {
    /// The facilitator leads the room question by question.
    pub paced: bool,
    /// Participants who may join (each becomes a respondent).
    pub max_participants: usize,
    /// Wrong join codes one client address may send within
    /// `wrong_code_window` before its attempts are refused.
    pub wrong_codes_per_client: usize,
    /// Wrong join codes the whole session takes within
    /// `wrong_code_window` before every join is paused.
    pub wrong_codes_total: usize,
    pub wrong_code_window: Duration,
    /// The largest request body, in bytes.
    pub max_body_bytes: usize,
    /// How long one request may take, body included.
    pub request_timeout: Duration,
    /// How long a device may take to send a request's headers.
    pub header_timeout: Duration,
    /// Connections open at once.
    pub max_connections: usize,
    /// How long [`LiveServer::stop`] lets requests in flight finish.
    pub stop_grace: Duration,
    pub on_problem: Option<ProblemHook>,
    pub on_change: Option<ChangeHook>,
    /// The passphrase of an encrypted database (the session opens its own
    /// connection).
    pub passphrase: Option<crate::Passphrase>,
}

/// At most this many participants per session.
pub const MAX_PARTICIPANTS: usize = 300;

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions {
            paced: false,
            max_participants: MAX_PARTICIPANTS,
            // A person mistypes a code once or twice; twenty wrong codes a
            // minute from the whole room is far past any real mistake, and
            // makes guessing one of a million codes take weeks.
            wrong_codes_per_client: 5,
            wrong_codes_total: 20,
            wrong_code_window: Duration::from_secs(60),
            // A vote or a join is a few hundred bytes; a name is at most
            // 200 characters.
            max_body_bytes: 16 * 1024,
            request_timeout: Duration::from_secs(10),
            header_timeout: Duration::from_secs(10),
            max_connections: 1024,
            stop_grace: Duration::from_secs(2),
            on_problem: None,
            on_change: None,
            passphrase: None,
        }
    }
}

impl std::fmt::Debug for LiveOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveOptions")
            .field("paced", &self.paced)
            .field("max_participants", &self.max_participants)
            .field("wrong_codes_per_client", &self.wrong_codes_per_client)
            .field("wrong_codes_total", &self.wrong_codes_total)
            .field("wrong_code_window", &self.wrong_code_window)
            .field("max_body_bytes", &self.max_body_bytes)
            .field("request_timeout", &self.request_timeout)
            .field("header_timeout", &self.header_timeout)
            .field("max_connections", &self.max_connections)
            .field("stop_grace", &self.stop_grace)
            .field("on_problem", &self.on_problem.is_some())
            .field("on_change", &self.on_change.is_some())
            .finish()
    }
}

/// A running live session. Dropping it stops it.
pub struct LiveServer {
    app: Arc<api::App>,
    address: SocketAddr,
    stop: watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for LiveServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveServer")
            .field("assessment", &self.app.session.assessment_id)
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl LiveServer {
    /// Starts a session of the assessment on `address` (port 0: any free
    /// port; [`LiveServer::address`] says which). Refused, with nothing
    /// listening, when the database cannot be opened, the assessment does
    /// not exist or has no department to join, or the address cannot be
    /// bound.
    pub fn start(
        database: &Path,
        assessment_id: &str,
        address: SocketAddr,
        options: LiveOptions,
    ) -> Result<LiveServer> {
        let LiveOptions {
            paced,
            max_participants,
            wrong_codes_per_client,
            wrong_codes_total,
            wrong_code_window,
            max_body_bytes,
            request_timeout,
            header_timeout,
            max_connections,
            stop_grace,
            on_problem,
            on_change,
            passphrase,
        } = options;
        let store = Store::open_with(database, passphrase.as_ref())?;
        store.assessment(assessment_id)?;
        if store.departments(assessment_id)?.is_empty() {
            return Err(Error::InvalidInput(format!(
                "assessment {assessment_id} has no department for participants to join; add one first"
            )));
        }
        let questionnaire = store.questionnaire(assessment_id)?;
        let readings = questionnaire
            .locales()
            .into_iter()
            .map(|l| {
                let reading = Arc::new(questionnaire.in_locale(&l));
                (l, reading)
            })
            .collect();
        let session = session::Session::new(
            assessment_id.to_owned(),
            secrets::new_join_code()?,
            paced,
            max_participants,
            limiter::WrongCodes::new(wrong_codes_per_client, wrong_codes_total, wrong_code_window),
        );
        let app = Arc::new(api::App {
            session,
            store: Mutex::new(store),
            questionnaire,
            readings,
            on_problem,
            on_change,
        });

        let listener = std::net::TcpListener::bind(address)
            .and_then(|l| l.set_nonblocking(true).map(|()| l))
            .map_err(|e| Error::InvalidInput(format!("cannot listen on {address}: {e}")))?;
        let bound = listener
            .local_addr()
            .map_err(|e| Error::InvalidInput(format!("cannot listen on {address}: {e}")))?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            // Store calls queue on one lock; a few threads keep it busy.
            .max_blocking_threads(8)
            .thread_name("cxm-live")
            .enable_all()
            .build()
            .map_err(|e| Error::InvalidInput(format!("could not start the live server: {e}")))?;

        let router = router(Arc::clone(&app), max_body_bytes, request_timeout);
        let limits = serve::ConnectionLimits {
            max_connections,
            header_timeout,
            grace: stop_grace,
        };
        let (stop, stopped) = watch::channel(false);
        let thread = std::thread::Builder::new()
            .name("cxm-live-server".into())
            .spawn(move || {
                runtime.block_on(serve::serve(listener, router, stopped, limits));
                // Requests still running on the blocking pool finish
                // their transaction or never start one.
                runtime.shutdown_timeout(Duration::from_secs(1));
            })
            .map_err(|e| Error::InvalidInput(format!("could not start the live server: {e}")))?;
        Ok(LiveServer {
            app,
            address: bound,
            stop,
            thread: Some(thread),
        })
    }

    /// Where the session listens.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The six-digit code participants type to join.
    pub fn join_code(&self) -> &str {
        self.app.session.join_code()
    }

    /// The assessment the session runs.
    pub fn assessment_id(&self) -> &str {
        &self.app.session.assessment_id
    }

    /// Participants who joined.
    pub fn participants(&self) -> usize {
        self.app.session.participant_count()
    }

    /// The address a phone opens to join through `host` (one of
    /// [`network_addresses`], or the address listened on): the join code
    /// rides in the fragment, which a browser never sends to a server.
    pub fn join_url(&self, host: IpAddr) -> String {
        let address = SocketAddr::new(host, self.address.port());
        format!("http://{address}/#code={}", self.join_code())
    }

    /// Whether the facilitator leads the room question by question.
    pub fn paced(&self) -> bool {
        self.app.session.paced()
    }

    /// Switches the room between paced and at one's own pace; a room
    /// switched to paced waits for the first question.
    pub fn set_paced(&self, paced: bool) {
        self.app.session.set_paced(paced);
        self.app.changed();
    }

    /// Shows the room a question (`None`: the waiting screen). A question
    /// whose votes were shown before comes back to its discussion, not to
    /// a blind vote. Paced rooms only.
    pub fn show(&self, question_id: Option<&str>) -> Result<()> {
        self.require_paced()?;
        if let Some(id) = question_id
            && self.app.questionnaire.question(id).is_none()
        {
            return Err(Error::NotFound {
                what: "question",
                id: id.to_owned(),
            });
        }
        self.app.session.show(question_id.map(str::to_owned));
        self.app.changed();
        Ok(())
    }

    /// Shows the room the votes on its question: voting closes, each
    /// participant's vote until now stays their first vote, and any vote
    /// on it from now on is a re-vote (scoring.md, "Workshop votes").
    pub fn reveal(&self) -> Result<()> {
        self.require_paced()?;
        if !self.app.session.reveal() {
            return Err(Error::InvalidInput(
                "no question is on the screen; show one before revealing its votes".into(),
            ));
        }
        self.app.changed();
        Ok(())
    }

    /// Opens the re-vote on the question whose votes were revealed.
    pub fn open_revote(&self) -> Result<()> {
        self.require_paced()?;
        if !self.app.session.open_revote() {
            return Err(Error::InvalidInput(
                "a re-vote opens after the question's votes were revealed".into(),
            ));
        }
        self.app.changed();
        Ok(())
    }

    /// What the facilitator's screen shows now: participants and progress
    /// per department, the room, and the votes on its question (counted
    /// while hidden, tallied once revealed).
    pub fn status(&self) -> Result<LiveStatus> {
        let store = self
            .app
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        status::status(&store, &self.app.session, &self.app.questionnaire)
    }

    fn require_paced(&self) -> Result<()> {
        if self.app.session.paced() {
            Ok(())
        } else {
            Err(Error::InvalidInput(
                "the room answers at its own pace; switch to paced to lead it question by question"
                    .into(),
            ))
        }
    }

    /// Ends the session: every token is refused at once, requests in
    /// flight get [`LiveOptions::stop_grace`] to finish, then nothing
    /// listens. Returns once the address is free.
    pub fn stop(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        self.app.session.end();
        // A failed send means the server already stopped.
        let _ = self.stop.send(true);
        if let Some(thread) = self.thread.take() {
            // A panic on the server's thread has already ended it.
            let _ = thread.join();
        }
    }
}

impl Drop for LiveServer {
    fn drop(&mut self) {
        self.shut_down();
    }
}

/// The API with its limits and headers. Layers apply outside in: the
/// headers on every response, any error a layer produced rewritten as a
/// problem, the timeout over the whole request, the body limit closest to
/// the handlers.
fn router(app: Arc<api::App>, max_body_bytes: usize, timeout: Duration) -> axum::Router {
    api::routes(app)
        .fallback(|| async { StatusCode::NOT_FOUND })
        .layer(RequestBodyLimitLayer::new(max_body_bytes))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(axum::middleware::map_response(problem::as_problem))
        // The page's files set their own caching and policy (`page.rs`);
        // everything else is never cached and may load nothing.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
}
