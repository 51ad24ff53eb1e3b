//! Feeds arbitrary bytes to the questionnaire parser and validator,
//! `cx_maturity::questionnaire::parse`, as `load_file` would after reading a
//! file: UTF-8 text as it is, other bytes as lossy UTF-8 (the reader's own
//! `read::decode` is private, so its UTF-8 and byte-order-mark checks are
//! left to its unit tests).
//!
//! Why: a questionnaire file comes from anyone (`cxm` and the app load
//! whatever file they are pointed at), and a broken one takes the slow road
//! (value walk, position scanner, every issue with its line and column):
//! that code must return `Err`, never panic or hang.
//!
//! One property on top: a questionnaire that parses is stored as a snapshot
//! (`to_raw`, JSON) and parsed again when the assessment is opened, so that
//! JSON must parse too.
#![no_main]

use std::path::Path;

use cx_maturity::questionnaire;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let file = Path::new("fuzz.json");
    let text = String::from_utf8_lossy(data);
    if let Ok(q) = questionnaire::parse(&text, file) {
        let snapshot = serde_json::to_string(&q.to_raw()).expect("a raw questionnaire serialises");
        if let Err(e) = questionnaire::parse(&snapshot, Path::new("snapshot.json")) {
            panic!("a parsed questionnaire's snapshot does not parse again: {e}");
        }
    }
});
