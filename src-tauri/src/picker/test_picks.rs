//! The E2E tests' stand-in for the native file dialogs, compiled only with
//! the cargo feature `test-picks` (the E2E build; the shipped app has none
//! of it). When the environment variable [`PICKS_ENV`] names a file, every
//! pick takes the FIRST element of the JSON array in that file and rewrites
//! the file without it. An element is a string (one path), an array of
//! strings (several paths) or `null` (the user cancelled); an empty,
//! missing or unreadable queue means cancelled. The app logs once at start
//! that the queue is in use.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Environment variable naming the queue of test picks (a JSON array file).
pub(crate) const PICKS_ENV: &str = "CXM_TEST_PICKS";

/// The queue file, when [`PICKS_ENV`] names one.
pub(crate) fn test_queue() -> Option<PathBuf> {
    std::env::var_os(PICKS_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
}

/// Says once, at start, that picks come from a file, so nobody mistakes a
/// test build's behaviour for a broken dialog.
pub(crate) fn log_active() {
    if let Some(queue) = test_queue() {
        eprintln!(
            "cx-maturity: test picks active: file dialogs take their answers from {} ({PICKS_ENV})",
            queue.display()
        );
    }
}

/// Instead of launching a program: appends `path` to `<queue>.opened`, one
/// per line, for the test to check.
pub(crate) fn record_opened(queue: &Path, path: &Path) -> Result<(), String> {
    let mut record = queue.as_os_str().to_owned();
    record.push(".opened");
    eprintln!("cx-maturity: test picks: would open {}", path.display());
    let line = format!("{}\n", path.display());
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(PathBuf::from(record))
        .and_then(|mut f| std::io::Write::write_all(&mut f, line.as_bytes()))
        .map_err(|e| e.to_string())
}

/// What one queued pick said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Pick {
    Cancelled,
    Paths(Vec<PathBuf>),
}

impl Pick {
    /// The one path of a single pick (the first of several).
    pub(crate) fn first(self) -> Option<PathBuf> {
        match self {
            Pick::Cancelled => None,
            Pick::Paths(p) => p.into_iter().next(),
        }
    }

    /// Every path picked; empty when cancelled.
    pub(crate) fn all(self) -> Vec<PathBuf> {
        match self {
            Pick::Cancelled => Vec::new(),
            Pick::Paths(p) => p,
        }
    }
}

/// Picks run one at a time even when two commands ask at once, so two picks
/// never take the same queued answer.
static QUEUE_LOCK: Mutex<()> = Mutex::new(());

/// Takes the first queued pick from `queue` and rewrites the file without it.
/// A missing, empty or malformed queue (or a malformed element) is a cancel,
/// logged, never a panic: the hook must not make a test pass by accident.
pub(crate) fn take_next(queue: &Path) -> Pick {
    // A poisoned lock only means another pick panicked; the file is still
    // whole (it is replaced atomically), so carry on.
    let _guard = QUEUE_LOCK
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let text = match std::fs::read_to_string(queue) {
        Ok(t) => t,
        Err(e) => {
            eprintln!(
                "cx-maturity: test picks: cannot read {}: {e}",
                queue.display()
            );
            return Pick::Cancelled;
        }
    };
    let mut items: Vec<serde_json::Value> = match serde_json::from_str(&text) {
        Ok(serde_json::Value::Array(items)) => items,
        Ok(_) | Err(_) if text.trim().is_empty() => return Pick::Cancelled,
        Ok(_) => {
            eprintln!(
                "cx-maturity: test picks: {} is not a JSON array",
                queue.display()
            );
            return Pick::Cancelled;
        }
        Err(e) => {
            eprintln!("cx-maturity: test picks: {}: {e}", queue.display());
            return Pick::Cancelled;
        }
    };
    if items.is_empty() {
        return Pick::Cancelled;
    }
    let first = items.remove(0);
    if let Err(e) = cx_maturity::files::write_atomically(
        queue,
        serde_json::Value::Array(items).to_string().as_bytes(),
    ) {
        eprintln!(
            "cx-maturity: test picks: cannot rewrite {}: {e}",
            queue.display()
        );
    }
    parse_pick(&first)
}

fn parse_pick(value: &serde_json::Value) -> Pick {
    use serde_json::Value;
    match value {
        Value::String(s) => Pick::Paths(vec![PathBuf::from(s)]),
        Value::Array(list) => {
            let paths: Option<Vec<PathBuf>> =
                list.iter().map(|v| v.as_str().map(PathBuf::from)).collect();
            match paths {
                Some(p) if !p.is_empty() => Pick::Paths(p),
                _ => {
                    eprintln!("cx-maturity: test picks: {value} is not a list of paths");
                    Pick::Cancelled
                }
            }
        }
        Value::Null => Pick::Cancelled,
        other => {
            eprintln!("cx-maturity: test picks: {other} is not a path, a list or null");
            Pick::Cancelled
        }
    }
}
