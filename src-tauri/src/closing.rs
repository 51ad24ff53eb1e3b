//! Closing the window without losing what was typed. A comment is saved
//! shortly after the last key press; when the window is asked to close
//! before that, the close waits: the page is told (`cxm:closing`), saves
//! what it holds, and ends the close itself (`finish_closing`). A page that
//! does not answer in time (it crashed, say) is closed anyway, so the
//! window can always be closed.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{CloseRequestApi, Manager, Runtime, Window};

/// How long the page has to save before the window closes regardless.
const FLUSH_LIMIT: Duration = Duration::from_secs(3);

/// Set once the page was asked to save: a second close request (the user
/// insists) closes at once.
static ASKED: AtomicBool = AtomicBool::new(false);

/// Handles the window's close request (see the module docs).
pub(crate) fn requested<R: Runtime>(window: &Window<R>, api: &CloseRequestApi) {
    if ASKED.swap(true, Ordering::SeqCst) {
        return;
    }
    let Some(webview) = window.get_webview_window(window.label()) else {
        return;
    };
    if webview
        .eval("window.dispatchEvent(new Event('cxm:closing'))")
        .is_err()
    {
        return;
    }
    api.prevent_close();
    let window = window.clone();
    std::thread::spawn(move || {
        std::thread::sleep(FLUSH_LIMIT);
        let _ = window.destroy();
    });
}
