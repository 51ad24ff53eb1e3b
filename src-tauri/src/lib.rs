//! The desktop shell: Tauri commands over the core, wire types, capabilities.
//!
//! | module | owns |
//! |---|---|
//! | `commands` | the `#[tauri::command]`s, thin over the core, and their table |
//! | `commands_plan` | targets' roadmap, roadmap edits, branding (issue 7) |
//! | `commands_ship` | the Help screen's command: methodology as blocks, data locations |
//! | `table` | the `command_table!` macro: handler, names, TypeScript signatures |
//! | `wire` | every type that crosses IPC (serde camelCase + ts-rs) |
//! | `views` | core types → wire types, pure |
//! | `views_plan` | roadmap and branding → wire types, pure |
//! | `charts` | the core's chart geometry → wire shapes |
//! | `error` | core errors → `{kind, message, issues}`, logging the full chain |
//! | `state` | the open store behind a mutex, panics and poisoning contained; which database (`--database`, `CXM_DB`, default) |
//! | `commands_pack` | self-assessment by pack, the head's side: open a pack, list / show sessions, save the filled pack |
//! | `commands_exchange` | exports (PDF, XLSX, packs), opening an exported file, pack imports with preview |
//! | `exchange` | export destinations and previewed packs held under tokens; files written in this run |
//! | `picker` | native save / open / folder dialogs (and their test hook), opening a written file |
//!
//! Security: a strict CSP and one capability (`capabilities/default.json`)
//! that grants the main window exactly this app's commands; no plugin, no
//! file-system or shell access from the web view. The dialog and opener
//! plugins are registered for Rust's use only (`picker`): the web view holds
//! no permission for them.

pub mod charts;
pub mod commands;
pub mod commands_exchange;
pub mod commands_pack;
pub mod commands_plan;
pub mod commands_ship;
pub mod error;
pub mod exchange;
pub mod picker;
pub mod state;
mod table;
pub mod views;
pub mod views_plan;
pub mod wire;

#[cfg(test)]
mod tests;

/// Starts the desktop app.
pub fn run() {
    let state = state::AppState::open_default();
    #[cfg(feature = "test-picks")]
    picker::test_picks::log_active();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        // Links inside the window never open a browser: the app has none.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .manage(state)
        .manage(exchange::Exchange::default())
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(e) = result {
        error::log_error("the app", &e);
        std::process::exit(1);
    }
}
