//! The questionnaire *file format*: plain serde types that mirror the JSON a
//! questionnaire author writes, nothing more.
//!
//! Parsing into these types catches syntax errors, wrong types and unknown
//! fields (typos), with line and column. Everything semantic (ids, weights,
//! anchor counts, `requires`) is checked afterwards by [`super::validate`],
//! which turns a [`RawQuestionnaire`] into a checked [`super::Questionnaire`].
//! The JSON Schema in `questionnaires/schema.json` is generated from these
//! types, so the schema and the parser cannot disagree.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The version of the file format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// A whole questionnaire file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "CX maturity questionnaire")]
pub struct RawQuestionnaire {
    /// Optional pointer to the JSON Schema, for editors; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// File format version; this build reads format 1.
    pub format: u32,
    /// Stable identifier, e.g. `cx-maturity`: lower-case letters, digits, `-`, `_`, `.`.
    pub id: String,
    /// Semantic version of the content, e.g. `1.0.0`.
    pub version: String,
    pub title: String,
    pub description: String,
    /// BCP 47 language tag of the texts, e.g. `en`.
    pub locale: String,
    #[serde(default)]
    pub authors: Vec<String>,
    /// Licence of the content, e.g. `CC-BY-4.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Exactly five maturity levels, 1 (Initial) to 5 (Optimising), in order.
    pub levels: Vec<RawLevel>,
    pub dimensions: Vec<RawDimension>,
}

/// One of the five maturity levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    /// 1 to 5.
    pub level: u8,
    /// e.g. `Initial`.
    pub name: String,
    pub description: String,
}

/// A dimension of maturity, e.g. "Customer data and a single customer view".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    pub id: String,
    pub title: String,
    pub description: String,
    /// Weight in the overall score; default 1, must be > 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    pub questions: Vec<RawQuestion>,
    /// Roadmap actions per transition (1→2, 2→3, 3→4, 4→5).
    #[serde(default)]
    pub transitions: Vec<RawTransition>,
}

/// One question: a prompt and five behaviour-anchored answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// Unique in the questionnaire.
    pub id: String,
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Weight within its dimension; default 1, must be > 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// Exactly five texts: what the organisation looks like at levels 1..5.
    pub anchors: Vec<String>,
}

/// The actions that take a dimension from level `from` to level `to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTransition {
    /// 1 to 4.
    pub from: u8,
    /// Always `from + 1`.
    pub to: u8,
    pub actions: Vec<RawAction>,
}

/// A roadmap action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    /// Unique in the questionnaire.
    pub id: String,
    pub title: String,
    pub description: String,
    /// `S`, `M` or `L`.
    pub effort: String,
    /// The function that owns it, e.g. `Customer Service`.
    pub owner: String,
    /// Ids of actions (anywhere in the questionnaire) that must come first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
}
