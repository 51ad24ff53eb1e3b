//! Questionnaires: the file format ([`raw`]), its validation ([`validate`]),
//! the checked types every other module uses ([`Questionnaire`] and friends),
//! the generated JSON Schema ([`schema`]), the built-in questionnaires, and
//! which of two versions is the newer ([`compare_versions`]).
//!
//! Loading is read, then parse, then validate:
//! - `read`: the file's size (at most [`MAX_FILE_BYTES`], checked before
//!   reading), emptiness and UTF-8, with the byte offset of a bad byte;
//! - `syntax`: `serde_json` into [`raw`] types; when that fails, every syntax,
//!   unknown-field and type problem with its JSON path, line and column;
//! - [`validate`]: every semantic problem with its JSON path (and, via
//!   `positions`, its line and column).
//!
//! Only a fully valid file becomes a [`Questionnaire`]; nothing downstream
//! re-checks what the types guarantee. Built-ins are embedded at build time
//! and validated once per process.

mod positions;
pub mod raw;
mod read;
pub mod schema;
mod syntax;
pub mod translation;
pub mod validate;
mod version;

pub use read::{MAX_FILE_BYTES, check_length};
pub use translation::Translation;
pub use version::{compare_versions, is_newer};

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

/// A validated questionnaire. Its serde shape is the file format with
/// defaults made explicit but without `format` (the store adds it to its
/// snapshots); [`Questionnaire::to_raw`] gives the exact file format, and
/// `TryFrom<RawQuestionnaire>` validates a raw value that did not come from text.
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
    /// The texts in other languages, keyed by language tag (see
    /// [`translation`]); a snapshot keeps them all, so an assessment can be
    /// answered and reported in every language it was taken with.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, Translation>,
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
    /// The chart label the author chose (at most [`SHORT_TITLE_MAX_CHARS`]);
    /// absent in files (and stored snapshots) without one: see
    /// [`Dimension::chart_title`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<String>,
    pub description: String,
    /// > 0, finite.
    pub weight: f64,
    /// At least one.
    pub questions: Vec<Question>,
    /// Actions for transitions `from → from + 1`, `from` in 1..=4, each
    /// transition at most once, in ascending order.
    pub transitions: Vec<Transition>,
}

/// The longest `short_title` a dimension may have: a chart label that
/// fits the radar's and the heat map's label room at their type size.
pub const SHORT_TITLE_MAX_CHARS: usize = 24;

/// Small words a shortened title does not end on ("Leadership, governance
/// and…" reads as cut; "Leadership, governance…" does not).
const DANGLING: [&str; 12] = [
    "and", "or", "of", "the", "a", "an", "in", "for", "to", "with", "&", "+",
];

impl Dimension {
    /// The dimension's name on a chart: its `short_title`, or else its
    /// title, whole when it fits [`SHORT_TITLE_MAX_CHARS`], otherwise cut
    /// at a word boundary with an ellipsis — never mid-word, never after a
    /// comma or a small word ("Culture, employee…" not "Culture,").
    pub fn chart_title(&self) -> String {
        match &self.short_title {
            Some(s) if !s.trim().is_empty() => s.trim().to_owned(),
            _ => shorten_title(&self.title, SHORT_TITLE_MAX_CHARS),
        }
    }
}

/// `title` in at most `max` characters (ellipsis included), cut between
/// words; a first word longer than that is kept whole.
pub fn shorten_title(title: &str, max: usize) -> String {
    let title = title.trim();
    if title.chars().count() <= max {
        return title.to_owned();
    }
    let words: Vec<&str> = title.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut len = 0;
    for w in &words {
        let add = w.chars().count() + usize::from(!kept.is_empty());
        // One character is kept for the ellipsis.
        if len + add > max.saturating_sub(1) {
            break;
        }
        kept.push(w);
        len += add;
    }
    while kept.len() > 1
        && kept
            .last()
            .is_some_and(|w| DANGLING.contains(&w.to_lowercase().as_str()))
    {
        kept.pop();
    }
    if kept.is_empty() {
        kept.push(words.first().copied().unwrap_or(title));
    }
    let mut out = kept.join(" ");
    let trimmed = out.trim_end_matches([',', ';', ':', '-', '–']).len();
    out.truncate(trimmed);
    out.push('…');
    out
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

impl Effort {
    /// `"S"`, `"M"` or `"L"` (exactly, as the file format spells them).
    pub fn parse(text: &str) -> Option<Effort> {
        match text {
            "S" => Some(Effort::S),
            "M" => Some(Effort::M),
            "L" => Some(Effort::L),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Effort::S => "S",
            Effort::M => "M",
            Effort::L => "L",
        }
    }
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

    /// The questionnaire in the file format, defaults made explicit; what
    /// `cxm questionnaire show --json` prints and what [`parse`] reads back
    /// into an equal questionnaire.
    pub fn to_raw(&self) -> raw::RawQuestionnaire {
        raw::RawQuestionnaire {
            schema: None,
            format: raw::FORMAT_VERSION,
            id: self.id.clone(),
            version: self.version.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            locale: self.locale.clone(),
            authors: self.authors.clone(),
            license: self.license.clone(),
            levels: self.levels.iter().map(raw::RawLevel::from).collect(),
            dimensions: self
                .dimensions
                .iter()
                .map(|d| raw::RawDimension {
                    id: d.id.clone(),
                    title: d.title.clone(),
                    short_title: d.short_title.clone(),
                    description: d.description.clone(),
                    weight: Some(d.weight),
                    questions: d
                        .questions
                        .iter()
                        .map(|q| raw::RawQuestion {
                            id: q.id.clone(),
                            prompt: q.prompt.clone(),
                            help: q.help.clone(),
                            weight: Some(q.weight),
                            anchors: q.anchors.to_vec(),
                        })
                        .collect(),
                    transitions: d
                        .transitions
                        .iter()
                        .map(|t| raw::RawTransition {
                            from: t.from,
                            to: t.to,
                            actions: t
                                .actions
                                .iter()
                                .map(|a| raw::RawAction {
                                    id: a.id.clone(),
                                    title: a.title.clone(),
                                    description: a.description.clone(),
                                    effort: a.effort.as_str().to_owned(),
                                    owner: a.owner.clone(),
                                    requires: a.requires.clone(),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            translations: self
                .translations
                .iter()
                .map(|(tag, t)| (tag.clone(), translation::to_raw(t)))
                .collect(),
        }
    }

    /// Every action of every dimension, in questionnaire order.
    pub fn actions(&self) -> impl Iterator<Item = (&Dimension, &Transition, &Action)> {
        self.dimensions.iter().flat_map(|d| {
            d.transitions
                .iter()
                .flat_map(move |t| t.actions.iter().map(move |a| (d, t, a)))
        })
    }
}

impl From<raw::RawLevel> for Level {
    fn from(l: raw::RawLevel) -> Self {
        Level {
            level: l.level,
            name: l.name,
            description: l.description,
        }
    }
}

impl From<&Level> for raw::RawLevel {
    fn from(l: &Level) -> Self {
        raw::RawLevel {
            level: l.level,
            name: l.name.clone(),
            description: l.description.clone(),
        }
    }
}

impl From<Questionnaire> for raw::RawQuestionnaire {
    fn from(q: Questionnaire) -> Self {
        q.to_raw()
    }
}

impl TryFrom<raw::RawQuestionnaire> for Questionnaire {
    type Error = validate::Invalid;

    fn try_from(raw: raw::RawQuestionnaire) -> Result<Self, Self::Error> {
        validate::from_raw(raw)
    }
}

/// The id of the built-in CX maturity questionnaire, the default for new assessments.
pub const DEFAULT_ID: &str = "cx-maturity";

/// The built-in questionnaire files (path in the repository, text), embedded
/// at build time.
pub const BUILTIN_SOURCES: &[(&str, &str)] = &[(
    "questionnaires/cx-maturity/cx-maturity.json",
    include_str!("../../questionnaires/cx-maturity/cx-maturity.json"),
)];

/// Question ids of `after` that `before` lacks, and of `before` that
/// `after` lacks, each in its questionnaire's order.
pub fn question_changes(
    before: &Questionnaire,
    after: &Questionnaire,
) -> (Vec<String>, Vec<String>) {
    let ids =
        |q: &Questionnaire| -> Vec<String> { q.questions().map(|(_, x)| x.id.clone()).collect() };
    let (b, a) = (ids(before), ids(after));
    let added = a.iter().filter(|id| !b.contains(id)).cloned().collect();
    let removed = b.iter().filter(|id| !a.contains(id)).cloned().collect();
    (added, removed)
}

/// Parses and validates questionnaire JSON; `file` names it in errors.
pub fn parse(text: &str, file: &Path) -> crate::Result<Questionnaire> {
    validate::parse(text, file)
}

/// Reads, parses and validates a questionnaire file (at most
/// [`MAX_FILE_BYTES`], UTF-8).
pub fn load_file(path: &Path) -> crate::Result<Questionnaire> {
    validate::load_file(path)
}

/// Every built-in questionnaire, validated once per process.
pub fn builtins_ref() -> &'static [Questionnaire] {
    static BUILTINS: OnceLock<Vec<Questionnaire>> = OnceLock::new();
    BUILTINS.get_or_init(|| {
        // A built-in that fails validation is left out rather than panicking;
        // tests/it/questionnaire.rs (`builtin_is_valid…`) keeps that from shipping.
        BUILTIN_SOURCES
            .iter()
            .filter_map(|(file, text)| parse(text, Path::new(file)).ok())
            .collect()
    })
}

/// Every built-in questionnaire, validated.
pub fn builtins() -> Vec<Questionnaire> {
    builtins_ref().to_vec()
}

/// The built-in questionnaire with this id.
pub fn builtin(id: &str) -> Option<Questionnaire> {
    builtins_ref().iter().find(|q| q.id == id).cloned()
}

/// Every `*.json` file in `dir` (sorted by name) with the result of loading
/// it; an unreadable or missing folder gives an empty list.
pub fn load_dir(dir: &Path) -> Vec<(PathBuf, crate::Result<Questionnaire>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let q = load_file(&p);
            (p, q)
        })
        .collect()
}

/// The questionnaires the consultant installed
/// ([`crate::paths::installed_questionnaires_dir`]), loaded.
pub fn installed() -> Vec<(PathBuf, crate::Result<Questionnaire>)> {
    crate::paths::installed_questionnaires_dir()
        .map(|d| load_dir(&d))
        .unwrap_or_default()
}

/// What `--questionnaire ID|FILE` names: a built-in id, else the id of a valid
/// installed questionnaire, else a file. An argument that looks like a path
/// (a separator or a `.json` ending) is always loaded as a file, so a missing
/// file is reported as such.
pub fn resolve(id_or_file: &str) -> crate::Result<Questionnaire> {
    let path = Path::new(id_or_file);
    let looks_like_path = id_or_file.contains(['/', std::path::MAIN_SEPARATOR])
        || path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("json"));
    if looks_like_path {
        return load_file(path);
    }
    if let Some(q) = builtin(id_or_file) {
        return Ok(q);
    }
    if let Some(q) = installed()
        .into_iter()
        .find_map(|(_, q)| q.ok().filter(|q| q.id == id_or_file))
    {
        return Ok(q);
    }
    if path.is_file() {
        return load_file(path);
    }
    Err(crate::Error::NotFound {
        what: "questionnaire (built-in, installed or file)",
        id: id_or_file.to_owned(),
    })
}
