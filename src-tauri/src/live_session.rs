//! The app's one live session: at most one `cx_maturity::live::LiveServer`
//! runs at a time, for the whole app, listening only on the address the
//! facilitator chose (port 0: any free port). The server's change hook is
//! thinned out here to at most one notice per [`NOTICE_GAP`] (the last
//! change is never lost), so a room voting at once does not flood the
//! window. The session ends with `live_stop` or when the app exits.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use cx_maturity::live::{self, ChangeHook, LiveOptions, LiveServer, NetworkAddress};

use crate::convert::error::{log_error, report};
use crate::wire::{ErrorKind, LiveSessionView, WireError};

/// At most one change notice per this long.
pub(crate) const NOTICE_GAP: Duration = Duration::from_millis(100);

/// The addresses a session may listen on: the core's (IPv4 first, no
/// loopback) and, last, `127.0.0.1` for this computer only (a rehearsal).
pub(crate) fn offered_addresses() -> Vec<NetworkAddress> {
    let mut all = live::network_addresses();
    all.push(NetworkAddress {
        interface: String::new(),
        ip: IpAddr::V4(Ipv4Addr::LOCALHOST),
    });
    all
}

/// Calls `notify` after a change, at once when none came in the last
/// [`NOTICE_GAP`], else once at the end of it, however many came. The
/// thread ends when the hook is dropped (the server stopped).
pub(crate) fn throttled(notify: impl Fn() + Send + 'static, gap: Duration) -> ChangeHook {
    let (tx, rx) = mpsc::channel::<()>();
    let spawned = std::thread::Builder::new()
        .name("cxm-live-notice".into())
        .spawn(move || {
            while rx.recv().is_ok() {
                // Every change until now is covered by this one notice: the
                // window reads the status after it.
                while rx.try_recv().is_ok() {}
                notify();
                std::thread::sleep(gap);
            }
        });
    if let Err(e) = spawned {
        log_error("start the live notices", &e);
    }
    let tx = Mutex::new(tx);
    Arc::new(move || {
        if let Ok(tx) = tx.lock() {
            // The thread ended only if it could not start; nothing to tell.
            let _ = tx.send(());
        }
    })
}

struct Running {
    server: LiveServer,
    host: IpAddr,
}

/// The running session, if any (Tauri managed state).
#[derive(Default)]
pub(crate) struct LiveSessions {
    running: Mutex<Option<Running>>,
}

fn lock(m: &Mutex<Option<Running>>) -> MutexGuard<'_, Option<Running>> {
    // A panic while the lock was held left at worst a session that still
    // runs or was stopped; either is a valid state.
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn none_running() -> WireError {
    WireError::new(
        ErrorKind::InvalidInput,
        "No live session is running. Start one first.",
    )
}

fn view(r: &Running) -> Result<LiveSessionView, WireError> {
    let address = SocketAddr::new(r.host, r.server.address().port());
    let join_url = r.server.join_url(r.host);
    let qr_svg = live::qr_svg(&join_url).map_err(|e| report("live_start", &e))?;
    Ok(LiveSessionView {
        assessment_id: r.server.assessment_id().to_owned(),
        paced: r.server.paced(),
        join_url,
        address: format!("http://{address}"),
        join_code: r.server.join_code().to_owned(),
        qr_svg,
    })
}

impl LiveSessions {
    /// Starts a session of `assessment_id` on `host` (one of
    /// [`offered_addresses`]). Refused while another session runs.
    pub(crate) fn start(
        &self,
        database: &Path,
        assessment_id: &str,
        host: &str,
        paced: bool,
        on_change: ChangeHook,
        passphrase: Option<cx_maturity::Passphrase>,
    ) -> Result<LiveSessionView, WireError> {
        let mut running = lock(&self.running);
        if running.is_some() {
            return Err(WireError::new(
                ErrorKind::InvalidInput,
                "A live session is already running. Stop it before starting another.",
            ));
        }
        let ip = host
            .trim()
            .parse::<IpAddr>()
            .ok()
            .filter(|ip| offered_addresses().iter().any(|a| a.ip == *ip))
            .ok_or_else(|| {
                WireError::new(
                    ErrorKind::InvalidInput,
                    format!(
                        "“{host}” is not an address of this computer. Choose one of the addresses listed."
                    ),
                )
            })?;
        let options = LiveOptions {
            paced,
            on_change: Some(on_change),
            passphrase,
            ..LiveOptions::default()
        };
        let server = LiveServer::start(database, assessment_id, SocketAddr::new(ip, 0), options)
            .map_err(|e| report("live_start", &e))?;
        let started = Running { server, host: ip };
        let shown = view(&started)?;
        *running = Some(started);
        Ok(shown)
    }

    /// The running session, `None` when none runs.
    pub(crate) fn session(&self) -> Result<Option<LiveSessionView>, WireError> {
        lock(&self.running).as_ref().map(view).transpose()
    }

    /// Runs `f` on the running session; refused when none runs.
    pub(crate) fn with<T>(
        &self,
        command: &str,
        f: impl FnOnce(&LiveServer) -> cx_maturity::Result<T>,
    ) -> Result<T, WireError> {
        let running = lock(&self.running);
        let r = running.as_ref().ok_or_else(none_running)?;
        f(&r.server).map_err(|e| report(command, &e))
    }

    /// Like [`LiveSessions::with`], `None` when no session runs.
    pub(crate) fn when_running<T>(
        &self,
        command: &str,
        f: impl FnOnce(&LiveServer) -> cx_maturity::Result<T>,
    ) -> Result<Option<T>, WireError> {
        let running = lock(&self.running);
        running
            .as_ref()
            .map(|r| f(&r.server).map_err(|e| report(command, &e)))
            .transpose()
    }

    /// Ends the session, if one runs; returns once its address is free.
    /// The phones are told the session ended; every answer is already
    /// stored.
    pub(crate) fn stop(&self) {
        let stopped = lock(&self.running).take();
        if let Some(r) = stopped {
            r.server.stop();
        }
    }
}
