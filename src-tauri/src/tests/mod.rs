//! Unit tests of the shell, one module per area: the generated bindings are
//! fresh, the security configuration is as strict as promised, errors read
//! as plain words, the screens' data is built right from the core's types,
//! and the commands' pieces work over a real store.

mod anonymity;
mod bindings;
mod branding;
mod config;
mod convert;
mod encrypted_packs;
mod encryption;
mod errors;
mod exports;
mod file_names;
mod help;
mod imports;
mod languages;
mod live;
mod pack_sessions;
#[cfg(feature = "test-picks")]
mod picker;
mod roadmap;
mod rounds;
mod rules;
mod single_instance;
mod state;
mod tokens;

use crate::state::AppState;

/// A shell state over a fresh database in a temporary folder, holding the
/// demo assessment; the folder lives as long as the first value.
fn demo() -> (tempfile::TempDir, AppState, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let app = AppState::open(dir.path().join("cx.db"));
    let id = app
        .with("test", |s| cx_maturity::demo::create_demo(s))
        .expect("demo");
    (dir, app, id)
}
