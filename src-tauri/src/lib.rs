//! The desktop shell: Tauri commands over the core, wire types, capabilities.
//!
//! | module | owns |
//! |---|---|
//! | `commands/` | the `#[tauri::command]`s, one file per area, thin over the core; `table.rs` lists them once (handler, permissions, TypeScript map) |
//! | `wire/` | every type that crosses IPC (serde camelCase + ts-rs), one file per area |
//! | `convert/` | core types → wire types, pure, one file per file of `wire/` (errors too: `{kind, message, issues}`, the full chain logged) |
//! | `state` | the open store behind a mutex, panics and poisoning contained; which database (`--database`, `CXM_DB`, default) |
//! | `tokens` | export destinations and previewed imports held under tokens; the files written in this run |
//! | `file_names` | the names of the files the app writes, the pack extension, the dialogs' file types |
//! | `single_instance` | a second launch on the same database brings the first app's window to the front instead |
//! | `live_session` | the app's one live-workshop session, its change notices thinned out |
//! | `closing` | a close request waits until the page saved what it held (at most a few seconds) |
//! | `picker/` | native save / open / folder dialogs (and their test hook), opening a written file |
//!
//! Security: a strict CSP and one capability (`capabilities/default.json`)
//! that grants the main window exactly this app's commands; no plugin, no
//! file-system or shell access from the web view. The dialog and opener
//! plugins are registered for Rust's use only (`picker`): the web view holds
//! no permission for them.
//!
//! The binary only calls [`run`]; everything else is `pub(crate)`, so the
//! compiler reports what nothing uses.

mod closing;
mod commands;
mod convert;
mod file_names;
mod live_session;
mod picker;
mod single_instance;
mod state;
mod tokens;
mod wire;

#[cfg(test)]
mod tests;

/// Starts the desktop app.
pub fn run() {
    let database = state::chosen_database();
    let context = tauri::generate_context!();
    let result = tauri::Builder::default()
        // First, so that a second launch hands over before anything else
        // starts (the plugin's own advice).
        .plugin(single_instance::plugin(
            &context.config().identifier,
            database.as_deref(),
        ))
        .plugin(tauri_plugin_dialog::init())
        // Links inside the window never open a browser: the app has none.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        // Plugins are set up before this, so a second launch that hands
        // over never opens the database.
        .setup(move |app| {
            #[cfg(feature = "test-picks")]
            picker::test_picks::log_active();
            // The app's own data folder, readable by the user alone,
            // whichever database this run opens.
            if let Some(Err(e)) = cx_maturity::paths::private_app_data_dir() {
                convert::error::log_error("make the app's data folder private", &e);
            }
            tauri::Manager::manage(app, state::AppState::open_chosen(database));
            Ok(())
        })
        .manage(tokens::Tokens::default())
        .manage(live_session::LiveSessions::default())
        .invoke_handler(commands::handler())
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::CloseRequested { api, .. } = event {
                closing::requested(window, api);
            }
        })
        .build(context);
    match result {
        Ok(app) => app.run(|app, event| {
            // The process ends right after this event without running
            // destructors, so the database is closed here: its changes
            // move from the `-wal` file into the database file itself.
            // The live session ends first: its phones are told, and its
            // own connection to the database is closed.
            if let tauri::RunEvent::Exit = event {
                if let Some(live) = tauri::Manager::try_state::<live_session::LiveSessions>(app) {
                    live.stop();
                }
                if let Some(state) = tauri::Manager::try_state::<state::AppState>(app) {
                    state.close();
                }
            }
        }),
        Err(e) => {
            convert::error::log_error("the app", &e);
            std::process::exit(1);
        }
    }
}
