//! `ui/src/bindings/` is generated from the wire types and the command table.
//! This test regenerates it; when anything changed it rewrites the files and
//! fails, so a stale commit is caught (CI also runs `git diff --exit-code`).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ts_rs::TS;

use crate::commands;
use crate::commands::TsType;
use crate::wire::WireError;

fn bindings_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src/bindings")
}

/// Every `.ts` file of `dir` by name, with its text.
fn read_ts(dir: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    if let Ok(entries) = fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".ts") {
                let text = fs::read_to_string(entry.path()).expect("readable binding");
                files.insert(name, text);
            }
        }
    }
    files
}

/// `commands.ts`: the typed command map `ui/src/ipc.ts` builds `call()` on.
fn command_map(cfg: &ts_rs::Config, exported: &BTreeMap<String, String>) -> String {
    let ts = |t: &TsType| (t.name)(cfg);
    let entries = commands::entries();
    let mut used = std::collections::BTreeSet::new();
    let mut lines = Vec::new();
    for e in &entries {
        let args = e.args.as_ref().map_or_else(|| "null".to_owned(), ts);
        let result = ts(&e.result);
        for word in format!("{args} {result}").split(|c: char| !c.is_ascii_alphanumeric()) {
            if exported.contains_key(&format!("{word}.ts")) {
                used.insert(word.to_owned());
            }
        }
        lines.push(format!(
            "  {}: {{ args: {args}; result: {result} }};",
            e.name
        ));
    }
    let mut out = String::from(
        "// Generated from src-tauri/src/commands/table.rs by `cargo test -p cx-maturity-desktop`.\n\
         // Do not edit: change the Rust table and re-run the test.\n",
    );
    for name in &used {
        out.push_str(&format!("import type {{ {name} }} from \"./{name}\";\n"));
    }
    out.push_str(
        "\n/** Every command of the desktop app: its argument (`null`: none) and its result. */\n\
         export type Commands = {\n",
    );
    out.push_str(&lines.join("\n"));
    out.push_str("\n};\n\nexport type CommandName = keyof Commands;\n\n");
    out.push_str(
        "/** The command names, in table order (for tests and exhaustiveness checks). */\n",
    );
    out.push_str("export const COMMAND_NAMES = [\n");
    for e in &entries {
        out.push_str(&format!("  \"{}\",\n", e.name));
    }
    out.push_str("] as const satisfies readonly CommandName[];\n");
    out
}

#[test]
fn typescript_bindings_are_up_to_date() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let cfg = ts_rs::Config::new().with_out_dir(tmp.path());
    for e in commands::entries() {
        if let Some(args) = &e.args {
            (args.export)(&cfg).expect("export argument type");
        }
        (e.result.export)(&cfg).expect("export result type");
    }
    WireError::export_all(&cfg).expect("export error type");
    let mut fresh = read_ts(tmp.path());
    let map = command_map(&cfg, &fresh);
    fresh.insert("commands.ts".to_owned(), map);

    let dir = bindings_dir();
    let committed = read_ts(&dir);
    if committed == fresh {
        return;
    }
    fs::create_dir_all(&dir).expect("bindings dir");
    for name in committed.keys().filter(|n| !fresh.contains_key(*n)) {
        fs::remove_file(dir.join(name)).expect("remove stale binding");
    }
    for (name, text) in &fresh {
        fs::write(dir.join(name), text).expect("write binding");
    }
    let changed: std::collections::BTreeSet<&String> = fresh
        .keys()
        .chain(committed.keys())
        .filter(|n| fresh.get(*n) != committed.get(*n))
        .collect();
    panic!("ui/src/bindings was stale and has been regenerated ({changed:?}); commit it");
}

#[test]
fn command_map_covers_every_command_once_with_its_types() {
    let cfg = ts_rs::Config::new();
    let names: Vec<&str> = commands::entries().iter().map(|e| e.name).collect();
    assert_eq!(names, commands::COMMANDS);
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "a command is listed twice");

    let entries = commands::entries();
    let save = entries
        .iter()
        .find(|e| e.name == "save_answer")
        .expect("save_answer");
    assert_eq!(
        save.args.as_ref().map(|a| (a.name)(&cfg)).as_deref(),
        Some("SaveAnswerArgs")
    );
    assert_eq!((save.result.name)(&cfg), "StoredAnswer");
    let list = entries
        .iter()
        .find(|e| e.name == "list_assessments")
        .expect("list");
    assert!(list.args.is_none());
    assert_eq!((list.result.name)(&cfg), "Array<AssessmentSummary>");
    let delete = entries
        .iter()
        .find(|e| e.name == "delete_assessment")
        .expect("delete");
    assert_eq!((delete.result.name)(&cfg), "null");
}
