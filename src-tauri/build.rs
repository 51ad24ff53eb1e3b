//! Tauri's build step, with one `allow-<command>` permission generated per
//! command of `src/commands/table.rs`: the app's own commands are then denied
//! unless `capabilities/default.json` grants them, like any plugin's.

/// Keeps only the names of the shared command table.
macro_rules! command_table {
    ($($name:ident ($($args:ty)?) -> $result:ty;)*) => {
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}

include!("src/commands/table.rs");

fn main() {
    println!("cargo:rerun-if-changed=src/commands/table.rs");
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        // A build script fails the build by panicking; the message is Tauri's.
        panic!("tauri build step failed: {e:#}");
    }
}
