//! The JSON Schema of the questionnaire file format, generated from [`super::raw`]
//! so that the schema and the parser cannot disagree. The committed copy is
//! `questionnaires/schema.json`; a test fails when it is stale.

use super::raw::RawQuestionnaire;

/// The schema as pretty JSON with a final newline, exactly as committed.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(RawQuestionnaire);
    // invariant: a schema is a JSON value with string keys; encoding cannot fail.
    let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    format!("{text}\n")
}
