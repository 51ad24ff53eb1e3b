//! The desktop shell: Tauri commands over the core, wire types, capabilities.

/// Starts the desktop app.
pub fn run() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| eprintln!("the app stopped: {e}"));
}
