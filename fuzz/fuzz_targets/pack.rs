//! Feeds arbitrary bytes to the pack reader, `cx_maturity::pack::parse_bytes`
//! (what `pack::read_file` runs after its size check).
//!
//! Why: a pack is a file sent back by someone outside the consultant's
//! machine, so it is hostile input (ARCHITECTURE.md): any bytes must end in
//! `Ok` or `Err`, never a panic or a hang.
//!
//! Each input is tried twice: as it is, and — when it is a JSON object —
//! with its `checksum` recomputed (`pack::checksum_of`). A mutated file
//! almost never carries the right SHA-256, so without the second call the
//! fuzzer would stop at the checksum and never reach the typed
//! deserialisation behind it. A pack that is read is then taken where the
//! app takes it: its questionnaire snapshot through the questionnaire
//! parser (as opening a pack does), and the pack written again (`to_json`,
//! as a filled pack is), which must read back.
#![no_main]

use std::path::Path;

use cx_maturity::{pack, questionnaire};
use libfuzzer_sys::fuzz_target;

fn follow(bytes: &[u8]) {
    let Ok(p) = pack::parse_bytes(bytes, Path::new("fuzz.json")) else {
        return;
    };
    if let Ok(snapshot) = serde_json::to_string(&p.questionnaire.snapshot) {
        let _ = questionnaire::parse(&snapshot, Path::new("questionnaire.snapshot"));
    }
    let again = pack::to_json(&p).expect("a pack that was read can be written");
    if let Err(e) = pack::parse_bytes(again.as_bytes(), Path::new("again.json")) {
        panic!("a pack written from a pack that was read does not read back: {e}");
    }
}

fuzz_target!(|data: &[u8]| {
    follow(data);
    if let Ok(serde_json::Value::Object(mut obj)) = serde_json::from_slice(data) {
        obj.remove("checksum");
        let sum = pack::checksum_of(&serde_json::Value::Object(obj.clone()));
        obj.insert("checksum".into(), serde_json::Value::String(sum));
        if let Ok(fixed) = serde_json::to_vec(&obj) {
            follow(&fixed);
        }
    }
});
