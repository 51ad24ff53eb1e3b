//! The security promises of `tauri.conf.json` and `capabilities/`: a strict
//! CSP without remote sources or `unsafe-*`, and a capability that grants the
//! window exactly this app's commands.

use serde_json::Value;

use crate::commands::COMMANDS;

fn json(relative: &str) -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    let text = std::fs::read_to_string(&path).expect("config file");
    serde_json::from_str(&text).expect("config is JSON")
}

#[test]
fn csp_allows_only_the_app_itself_and_its_ipc() {
    let conf = json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .expect("csp is set per directive");
    let directive = |name: &str| csp[name].as_str().unwrap_or_default().to_owned();
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(directive("script-src"), "'self'");
    assert_eq!(directive("style-src"), "'self'");
    assert_eq!(directive("img-src"), "'self' data:");
    assert_eq!(directive("connect-src"), "ipc: http://ipc.localhost");
    assert_eq!(directive("object-src"), "'none'");
    for (name, value) in csp {
        let value = value.as_str().unwrap_or_default();
        assert!(!value.contains("unsafe"), "{name} allows {value}");
        for source in value.split_whitespace() {
            let remote = source.starts_with("http") && source != "http://ipc.localhost";
            assert!(
                !remote && source != "*",
                "{name} allows remote source {source}"
            );
        }
    }
    assert_eq!(conf["app"]["withGlobalTauri"], Value::Bool(false));
}

#[test]
fn the_window_and_identity_are_as_the_user_expects() {
    let conf = json("tauri.conf.json");
    assert_eq!(conf["identifier"], cx_maturity::paths::APP_IDENTIFIER);
    assert_eq!(conf["productName"], "CX Maturity");
    assert_eq!(conf["build"]["frontendDist"], "../ui/dist");
    let windows = conf["app"]["windows"].as_array().expect("windows");
    assert_eq!(windows.len(), 1);
    let w = &windows[0];
    assert_eq!(w["label"], "main");
    assert_eq!(w["title"], "CX Maturity");
    assert_eq!(
        (w["width"].as_f64(), w["height"].as_f64()),
        (Some(1280.0), Some(800.0))
    );
    assert_eq!(
        (w["minWidth"].as_f64(), w["minHeight"].as_f64()),
        (Some(1024.0), Some(680.0))
    );
    for icon in conf["bundle"]["icon"].as_array().expect("icons") {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(icon.as_str().expect("icon path"));
        let bytes = std::fs::read(&path).expect("icon file exists");
        assert!(
            bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            "{} is a PNG",
            path.display()
        );
    }
}

#[test]
fn the_capability_grants_exactly_the_apps_commands() {
    let cap = json("capabilities/default.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    let granted: Vec<&str> = cap["permissions"]
        .as_array()
        .expect("permissions")
        .iter()
        .map(|p| p.as_str().expect("permission by name"))
        .collect();
    let expected: Vec<String> = COMMANDS
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(granted, expected);
    let conf = json("tauri.conf.json");
    assert_eq!(
        conf["app"]["security"]["capabilities"],
        serde_json::json!(["default"])
    );
}
