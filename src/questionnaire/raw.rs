//! The questionnaire *file format*: plain serde types that mirror the JSON a
//! questionnaire author writes, nothing more.
//!
//! Parsing into these types catches syntax errors, wrong types and unknown
//! fields (typos), with line and column. Everything semantic (ids, weights,
//! anchor counts, `requires`) is checked afterwards by [`super::validate`],
//! which turns a [`RawQuestionnaire`] into a checked [`super::Questionnaire`].
//! The JSON Schema in `questionnaires/schema.json` is generated from these
//! types, so the schema and the parser cannot disagree.

use std::collections::BTreeMap;

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
    #[schemars(range(min = 1, max = 1))]
    pub format: u32,
    /// Stable identifier, e.g. `cx-maturity`: lower-case letters, digits, `-`, `_`, `.`.
    #[schemars(pattern(r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    /// Semantic version of the content, e.g. `1.0.0`.
    #[schemars(pattern(
        r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$"
    ))]
    pub version: String,
    /// The questionnaire's name, shown to respondents and on the report cover.
    #[schemars(length(min = 1))]
    pub title: String,
    /// What the questionnaire assesses and for whom.
    #[schemars(length(min = 1))]
    pub description: String,
    /// BCP 47 language tag of the texts, e.g. `en` or `en-GB`.
    #[schemars(pattern(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))]
    pub locale: String,
    /// Who wrote the content.
    #[serde(default)]
    #[schemars(inner(length(min = 1)))]
    pub authors: Vec<String>,
    /// Licence of the content, e.g. `CC-BY-4.0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
    /// Exactly five maturity levels, 1 (Initial) to 5 (Optimising), in order.
    #[schemars(length(min = 5, max = 5))]
    pub levels: Vec<RawLevel>,
    /// The dimensions of maturity, at least one.
    #[schemars(length(min = 1))]
    pub dimensions: Vec<RawDimension>,
    /// The same questionnaire in other languages, keyed by BCP 47 tag (`de`,
    /// `fr`): every text of the file under the same ids, nothing else. A
    /// translation must be complete; ids, weights, efforts and `requires`
    /// are the base file's alone, so every language scores the same.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, RawTranslation>,
}

/// Every text of the questionnaire in one more language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTranslation {
    #[schemars(length(min = 1))]
    pub title: String,
    #[schemars(length(min = 1))]
    pub description: String,
    /// The five levels' names and meanings, 1 to 5 in order.
    #[schemars(length(min = 5, max = 5))]
    pub levels: Vec<RawLevel>,
    /// Keyed by dimension id: one entry for every dimension.
    pub dimensions: BTreeMap<String, RawDimensionText>,
    /// Keyed by question id: one entry for every question.
    pub questions: BTreeMap<String, RawQuestionText>,
    /// Keyed by action id: one entry for every action.
    #[serde(default)]
    pub actions: BTreeMap<String, RawActionText>,
}

/// A dimension's texts in another language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDimensionText {
    #[schemars(length(min = 1))]
    pub title: String,
    /// As the base file's `short_title`: 1 to 24 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 24))]
    pub short_title: Option<String>,
    #[schemars(length(min = 1))]
    pub description: String,
}

/// A question's texts in another language; `help` is present exactly when
/// the base question has help.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuestionText {
    #[schemars(length(min = 1))]
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub help: Option<String>,
    #[schemars(length(min = 5, max = 5), inner(length(min = 1)))]
    pub anchors: Vec<String>,
}

/// An action's texts in another language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawActionText {
    #[schemars(length(min = 1))]
    pub title: String,
    #[schemars(length(min = 1))]
    pub description: String,
    #[schemars(length(min = 1))]
    pub owner: String,
}

/// One of the five maturity levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawLevel {
    /// 1 to 5, equal to the level's position in the list.
    #[schemars(range(min = 1, max = 5))]
    pub level: u8,
    /// e.g. `Initial`.
    #[schemars(length(min = 1))]
    pub name: String,
    /// What an organisation at this level looks like.
    #[schemars(length(min = 1))]
    pub description: String,
}

/// A dimension of maturity, e.g. "Customer data and a single customer view".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDimension {
    /// Unique among the dimensions, e.g. `data`.
    #[schemars(pattern(r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    #[schemars(length(min = 1))]
    pub title: String,
    /// A short name for chart labels (radar, bars, heat map), e.g. `Data`
    /// or `Voice of the customer`: 1 to 24 characters. Without it, charts
    /// use the title cut at a word boundary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1, max = 24))]
    pub short_title: Option<String>,
    /// What the dimension covers and why it matters.
    #[schemars(length(min = 1))]
    pub description: String,
    /// Weight in the overall score; default 1, must be > 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub weight: Option<f64>,
    /// At least one question.
    #[schemars(length(min = 1))]
    pub questions: Vec<RawQuestion>,
    /// Roadmap actions per transition (1→2, 2→3, 3→4, 4→5), each at most once.
    #[serde(default)]
    pub transitions: Vec<RawTransition>,
}

/// One question: a prompt and five behaviour-anchored answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawQuestion {
    /// Unique in the questionnaire, e.g. `data.single-view`.
    #[schemars(pattern(r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    /// The question as respondents read it.
    #[schemars(length(min = 1))]
    pub prompt: String,
    /// Guidance for answering; leave it out rather than empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(min = 1))]
    pub help: Option<String>,
    /// Weight within its dimension; default 1, must be > 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("exclusiveMinimum" = 0))]
    pub weight: Option<f64>,
    /// Exactly five distinct texts: what the organisation looks like at levels 1..5.
    #[schemars(length(min = 5, max = 5), inner(length(min = 1)))]
    pub anchors: Vec<String>,
}

/// The actions that take a dimension from level `from` to level `to`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTransition {
    /// 1 to 4.
    #[schemars(range(min = 1, max = 4))]
    pub from: u8,
    /// Always `from + 1`.
    #[schemars(range(min = 2, max = 5))]
    pub to: u8,
    /// What to do, in a sensible order.
    pub actions: Vec<RawAction>,
}

/// A roadmap action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAction {
    /// Unique in the questionnaire, e.g. `data.1-2.customer-id`.
    #[schemars(pattern(r"^[a-z0-9][a-z0-9._-]*$"))]
    pub id: String,
    /// A short imperative, e.g. "Appoint a CX owner".
    #[schemars(length(min = 1))]
    pub title: String,
    /// What doing it involves and what it changes.
    #[schemars(length(min = 1))]
    pub description: String,
    /// `S`, `M` or `L`.
    #[schemars(extend("enum" = ["S", "M", "L"]))]
    pub effort: String,
    /// The function that owns it, e.g. `Customer Service`.
    #[schemars(length(min = 1))]
    pub owner: String,
    /// Ids of actions (anywhere in the questionnaire) that must come first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
}
