//! Unit tests of the shell: the generated bindings are fresh, the security
//! configuration is as strict as promised, errors read as plain words, and
//! the screens' data is built right from the core's types.

mod bindings;
mod charts;
mod config;
mod errors;
mod exchange;
mod help;
mod pack;
#[cfg(feature = "test-picks")]
mod picker;
mod plan;
mod state;
mod views;

use crate::state::AppState;

/// A shell state over a fresh database in a temporary folder, holding the
/// demo assessment; the folder lives as long as the first value.
fn demo() -> (tempfile::TempDir, AppState, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = AppState::open(dir.path().join("cx.db"));
    let id = app
        .with("test", cx_maturity::demo::create_demo)
        .expect("demo");
    (dir, app, id)
}
