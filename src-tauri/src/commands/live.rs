//! The Live screen: the addresses a session can listen on, starting and
//! stopping the app's one live session (`live_session.rs`), its status, the
//! facilitator's moves (paced or not; in a paced session show a question,
//! reveal, open the re-vote) and the discussion agenda. Every change the server sees
//! (a join, a vote, a move) reaches the window as the DOM event
//! `cxm:live-changed`, at most one per 100 ms; the screens then ask again.

use cx_maturity::scoring::workshop;
use tauri::{AppHandle, Manager, Runtime, State};

use super::Reply;
use crate::convert::live::{agenda, network_address, status};
use crate::live_session::{LiveSessions, NOTICE_GAP, offered_addresses, throttled};
use crate::state::{AppState, OpenStore};
use crate::wire::{
    AgendaItemView, AssessmentArgs, ErrorKind, LivePacedArgs, LiveSessionView, LiveShowArgs,
    LiveStartArgs, LiveStatusView, NetworkAddressView, WireError,
};

/// The window's name of a change in the live session.
pub(crate) const LIVE_CHANGED: &str = "cxm:live-changed";

/// The addresses of this computer a session can listen on, loopback last.
#[tauri::command(async)]
pub(crate) fn live_network_addresses() -> Reply<Vec<NetworkAddressView>> {
    Ok(offered_addresses().iter().map(network_address).collect())
}

/// Starts the session; refused while one runs.
#[tauri::command(async)]
pub(crate) fn live_start<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    live: State<'_, LiveSessions>,
    args: LiveStartArgs,
) -> Reply<LiveSessionView> {
    let database = state.path().ok_or_else(|| {
        WireError::new(
            ErrorKind::Io,
            "This system reports no home folder, so the app has nowhere to keep its data.",
        )
    })?;
    let notify = move || {
        if let Some(window) = app.get_webview_window("main") {
            // The page may be between two loads; the next change tells it.
            let _ = window.eval(format!("window.dispatchEvent(new Event('{LIVE_CHANGED}'))"));
        }
    };
    live.start(
        database,
        &args.assessment_id,
        &args.host,
        args.paced,
        throttled(notify, NOTICE_GAP),
        state.passphrase(),
    )
}

/// The running session, `null` when none runs.
#[tauri::command(async)]
pub(crate) fn live_session(live: State<'_, LiveSessions>) -> Reply<Option<LiveSessionView>> {
    live.session()
}

/// Ends the session (nothing happens when none runs).
#[tauri::command(async)]
pub(crate) fn live_stop(live: State<'_, LiveSessions>) -> Reply<()> {
    live.stop();
    Ok(())
}

/// The session now, `null` when none runs.
#[tauri::command(async)]
pub(crate) fn live_status(live: State<'_, LiveSessions>) -> Reply<Option<LiveStatusView>> {
    live.when_running("live_status", status_of)
}

/// Switches the room between paced and at one's own pace; a room switched
/// to paced waits for its first question.
#[tauri::command(async)]
pub(crate) fn live_set_paced(
    live: State<'_, LiveSessions>,
    args: LivePacedArgs,
) -> Reply<LiveStatusView> {
    live.with("live_set_paced", |s| {
        s.set_paced(args.paced);
        status_of(s)
    })
}

/// Shows the room a question (`null`: the room waits); paced sessions only.
#[tauri::command(async)]
pub(crate) fn live_show_question(
    live: State<'_, LiveSessions>,
    args: LiveShowArgs,
) -> Reply<LiveStatusView> {
    live.with("live_show_question", |s| {
        s.show(args.question_id.as_deref())?;
        status_of(s)
    })
}

/// Shows the votes on the room's question; voting closes.
#[tauri::command(async)]
pub(crate) fn live_reveal(live: State<'_, LiveSessions>) -> Reply<LiveStatusView> {
    live.with("live_reveal", |s| {
        s.reveal()?;
        status_of(s)
    })
}

/// Opens the re-vote on the revealed question.
#[tauri::command(async)]
pub(crate) fn live_open_revote(live: State<'_, LiveSessions>) -> Reply<LiveStatusView> {
    live.with("live_open_revote", |s| {
        s.open_revote()?;
        status_of(s)
    })
}

/// The questions ranked by how far the departments' answers lie apart.
#[tauri::command(async)]
pub(crate) fn live_agenda(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<Vec<AgendaItemView>> {
    state.with("live_agenda", |s| agenda_of(s, &args.assessment_id))
}

/// The session's status as the window receives it.
pub(crate) fn status_of(s: &cx_maturity::live::LiveServer) -> cx_maturity::Result<LiveStatusView> {
    Ok(status(s.assessment_id(), &s.status()?))
}

/// What `live_agenda` does with the store.
pub(crate) fn agenda_of(s: &OpenStore<'_>, id: &str) -> cx_maturity::Result<Vec<AgendaItemView>> {
    let data = cx_maturity::workflow::load_in(s, id, s.locale())?;
    Ok(agenda(&data, &workshop::agenda(&data)))
}
