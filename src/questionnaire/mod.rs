//! Questionnaires: the file format ([`raw`]), its validation ([`validate`]),
//! the checked types every other module uses ([`Questionnaire`] and friends),
//! the generated JSON Schema ([`schema`]) and the built-in questionnaires.
//!
//! Loading is parse-then-validate: `serde_json` into [`raw`] types (syntax,
//! types, unknown fields, with line/column), then [`validate`] collects every
//! semantic problem with its JSON path. Only a fully valid file becomes a
//! [`Questionnaire`]; nothing downstream re-checks what the types guarantee.

pub mod raw;
pub mod schema;
pub mod validate;

use serde::{Deserialize, Serialize};

/// A validated questionnaire. Serialises back to the file format (with
/// defaults made explicit), which is how assessments store their snapshot.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Questionnaire {
    pub id: String,
    pub version: String,
    pub title: String,
    pub description: String,
    pub locale: String,
    pub authors: Vec<String>,
    pub license: Option<String>,
    /// Always five, index 0 = level 1.
    pub levels: Vec<Level>,
    pub dimensions: Vec<Dimension>,
}

/// A maturity level's name and meaning, as the questionnaire words it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Level {
    pub level: u8,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dimension {
    pub id: String,
    pub title: String,
    pub description: String,
    /// > 0, finite.
    pub weight: f64,
    /// At least one.
    pub questions: Vec<Question>,
    /// Actions for transitions `from → from + 1`, `from` in 1..=4, each
    /// transition at most once, in ascending order.
    pub transitions: Vec<Transition>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub prompt: String,
    pub help: Option<String>,
    /// > 0, finite.
    pub weight: f64,
    /// Exactly five, index 0 = level 1.
    pub anchors: [String; 5],
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transition {
    pub from: u8,
    pub to: u8,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Effort {
    S,
    M,
    L,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub id: String,
    pub title: String,
    pub description: String,
    pub effort: Effort,
    pub owner: String,
    /// Ids of other actions in this questionnaire; the graph is acyclic.
    pub requires: Vec<String>,
}

impl Questionnaire {
    /// The dimension with this id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The question with this id and the dimension it belongs to.
    pub fn question(&self, id: &str) -> Option<(&Dimension, &Question)> {
        self.dimensions
            .iter()
            .find_map(|d| d.questions.iter().find(|q| q.id == id).map(|q| (d, q)))
    }

    /// Every question, in questionnaire order.
    pub fn questions(&self) -> impl Iterator<Item = (&Dimension, &Question)> {
        self.dimensions
            .iter()
            .flat_map(|d| d.questions.iter().map(move |q| (d, q)))
    }

    /// The name of level `level` (1..=5) as this questionnaire words it.
    pub fn level_name(&self, level: u8) -> &str {
        let i = usize::from(level.clamp(1, 5)) - 1;
        self.levels.get(i).map_or("", |l| l.name.as_str())
    }
}

/// The id of the built-in CX maturity questionnaire, the default for new assessments.
pub const DEFAULT_ID: &str = "cx-maturity";

/// Parses and validates questionnaire JSON; `file` names it in errors.
pub fn parse(text: &str, file: &std::path::Path) -> crate::Result<Questionnaire> {
    validate::parse(text, file)
}

/// Reads, parses and validates a questionnaire file.
pub fn load_file(path: &std::path::Path) -> crate::Result<Questionnaire> {
    validate::load_file(path)
}

/// Every built-in questionnaire, validated.
pub fn builtins() -> Vec<Questionnaire> {
    validate::builtins()
}

/// The built-in questionnaire with this id.
pub fn builtin(id: &str) -> Option<Questionnaire> {
    builtins().into_iter().find(|q| q.id == id)
}
