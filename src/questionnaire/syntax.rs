//! The first half of loading: JSON text → [`RawQuestionnaire`], or every
//! syntax, unknown-field and type problem with its JSON path, line and column.
//!
//! The happy path is one `serde_json::from_str`. Only when that fails does
//! [`diagnose`] take the slow road: parse to a `serde_json::Value` (a syntax
//! error stops here, with `serde_path_to_error`'s path), report *every*
//! unknown field by walking the value against the known field sets and drop
//! them, then deserialise what remains (the first type error, with its path).
//! Positions for value-level findings come from [`Positions`]; every
//! `serde_json` error is worded by `crate::json_problems`, as a pack's is.

use serde::de::DeserializeOwned;

use super::positions::Positions;
use super::raw::RawQuestionnaire;
use crate::Issue;
use crate::json_problems::{json_issue, path_string, push_key};

/// Field names of each object in the format, as `raw.rs` declares them
/// (a unit test keeps these equal to the generated schema).
pub mod fields {
    pub const QUESTIONNAIRE: &[&str] = &[
        "$schema",
        "format",
        "id",
        "version",
        "title",
        "description",
        "locale",
        "authors",
        "license",
        "levels",
        "dimensions",
        "translations",
    ];
    pub const TRANSLATION: &[&str] = &[
        "title",
        "description",
        "levels",
        "dimensions",
        "questions",
        "actions",
    ];
    pub const DIMENSION_TEXT: &[&str] = &["title", "short_title", "description"];
    pub const QUESTION_TEXT: &[&str] = &["prompt", "help", "anchors"];
    pub const ACTION_TEXT: &[&str] = &["title", "description", "owner"];
    pub const LEVEL: &[&str] = &["level", "name", "description"];
    pub const DIMENSION: &[&str] = &[
        "id",
        "title",
        "short_title",
        "description",
        "weight",
        "questions",
        "transitions",
    ];
    pub const QUESTION: &[&str] = &["id", "prompt", "help", "weight", "anchors"];
    pub const TRANSITION: &[&str] = &["from", "to", "actions"];
    pub const ACTION: &[&str] = &["id", "title", "description", "effort", "owner", "requires"];
}

/// What the slow road found: the raw questionnaire if the types were right
/// once unknown fields were dropped, the issues so far, and the positions.
pub struct Diagnosis {
    pub raw: Option<RawQuestionnaire>,
    pub issues: Vec<Issue>,
    pub positions: Option<Positions>,
}

/// Finds every syntax, unknown-field and type problem in `text`.
pub fn diagnose(text: &str) -> Diagnosis {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize::<_, serde_json::Value>(&mut de)
        .map_err(|e| json_issue(&path_string(e.path()), e.inner(), text))
        // Text after the document ("{} x") is a syntax error too.
        .and_then(|v| de.end().map(|()| v).map_err(|e| json_issue("$", &e, text)));
    let value = match parsed {
        Ok(v) => v,
        Err(issue) => {
            return Diagnosis {
                raw: None,
                issues: vec![issue],
                positions: None,
            };
        }
    };
    let positions = Positions::scan(text);
    let mut issues = positions.duplicates.clone();
    let mut value = value;
    unknown_fields(&mut value, &mut issues);
    let raw = match from_value::<RawQuestionnaire>(value) {
        Ok(raw) => Some(raw),
        Err(issue) => {
            issues.push(issue);
            None
        }
    };
    positions.locate(&mut issues);
    Diagnosis {
        raw,
        issues,
        positions: Some(positions),
    }
}

/// Deserialises a value, turning the first type error into an issue with its path.
fn from_value<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, Issue> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = path_string(e.path());
        json_issue(&path, e.inner(), "")
    })
}

/// Unknown keys of one translation and of the texts it holds.
fn translation_fields(
    t: &mut serde_json::Map<String, serde_json::Value>,
    path: &str,
    issues: &mut Vec<Issue>,
) {
    use serde_json::Value;
    check_object(t, path, fields::TRANSLATION, issues);
    if let Some(Value::Array(levels)) = t.get_mut("levels") {
        for (i, level) in levels.iter_mut().enumerate() {
            if let Value::Object(o) = level {
                check_object(o, &format!("{path}.levels[{i}]"), fields::LEVEL, issues);
            }
        }
    }
    for (field, known) in [
        ("dimensions", fields::DIMENSION_TEXT),
        ("questions", fields::QUESTION_TEXT),
        ("actions", fields::ACTION_TEXT),
    ] {
        if let Some(Value::Object(texts)) = t.get_mut(field) {
            let list = format!("{path}.{field}");
            for (id, text) in texts.iter_mut() {
                if let Value::Object(o) = text {
                    check_object(o, &push_key(&list, id), known, issues);
                }
            }
        }
    }
}

/// Reports and removes every key that the format does not know, at every level
/// it can reach; wrong shapes are left for the type check to report.
fn unknown_fields(root: &mut serde_json::Value, issues: &mut Vec<Issue>) {
    use serde_json::Value;
    let Value::Object(top) = root else { return };
    check_object(top, "", fields::QUESTIONNAIRE, issues);
    if let Some(Value::Array(levels)) = top.get_mut("levels") {
        for (i, level) in levels.iter_mut().enumerate() {
            if let Value::Object(o) = level {
                check_object(o, &format!("levels[{i}]"), fields::LEVEL, issues);
            }
        }
    }
    if let Some(Value::Object(translations)) = top.get_mut("translations") {
        for (tag, t) in translations.iter_mut() {
            if let Value::Object(t) = t {
                translation_fields(t, &push_key("translations", tag), issues);
            }
        }
    }
    let Some(Value::Array(dimensions)) = top.get_mut("dimensions") else {
        return;
    };
    for (d, dimension) in dimensions.iter_mut().enumerate() {
        let Value::Object(dim) = dimension else {
            continue;
        };
        let dpath = format!("dimensions[{d}]");
        check_object(dim, &dpath, fields::DIMENSION, issues);
        if let Some(Value::Array(questions)) = dim.get_mut("questions") {
            for (q, question) in questions.iter_mut().enumerate() {
                if let Value::Object(o) = question {
                    let qpath = format!("{dpath}.questions[{q}]");
                    check_object(o, &qpath, fields::QUESTION, issues);
                }
            }
        }
        if let Some(Value::Array(transitions)) = dim.get_mut("transitions") {
            for (t, transition) in transitions.iter_mut().enumerate() {
                let Value::Object(tr) = transition else {
                    continue;
                };
                let tpath = format!("{dpath}.transitions[{t}]");
                check_object(tr, &tpath, fields::TRANSITION, issues);
                if let Some(Value::Array(actions)) = tr.get_mut("actions") {
                    for (a, action) in actions.iter_mut().enumerate() {
                        if let Value::Object(o) = action {
                            let apath = format!("{tpath}.actions[{a}]");
                            check_object(o, &apath, fields::ACTION, issues);
                        }
                    }
                }
            }
        }
    }
}

fn check_object(
    object: &mut serde_json::Map<String, serde_json::Value>,
    path: &str,
    known: &[&str],
    issues: &mut Vec<Issue>,
) {
    object.retain(|key, _| {
        if known.contains(&key.as_str()) {
            return true;
        }
        let hint = match closest(key, known) {
            Some(k) => format!("did you mean {k:?}?"),
            None => format!("expected one of: {}", known.join(", ")),
        };
        issues.push(Issue {
            path: push_key(path, key),
            line: None,
            column: None,
            message: format!("unknown field {key:?}; {hint}"),
        });
        false
    });
}

/// The known name within two edits of `key` (case ignored), if one is that close.
fn closest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let key = key.to_lowercase();
    known
        .iter()
        .map(|k| (edit_distance(&key, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance over characters (names are short; O(n·m) is fine).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distances() {
        assert_eq!(edit_distance("anchor", "anchors"), 1);
        assert_eq!(edit_distance("promt", "prompt"), 1);
        assert_eq!(edit_distance("wieght", "weight"), 2);
        assert_eq!(edit_distance("colour", "id"), 6);
    }

    #[test]
    fn suggestions() {
        assert_eq!(closest("Anchor", fields::QUESTION), Some("anchors"));
        assert_eq!(closest("colour", fields::QUESTION), None);
    }

    /// The known field sets must be exactly the properties of the generated schema.
    #[test]
    fn field_sets_match_the_schema() {
        let schema: serde_json::Value =
            serde_json::from_str(&super::super::schema::schema_json()).unwrap();
        let props = |v: &serde_json::Value| -> Vec<String> {
            let mut keys: Vec<String> = v["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            keys.sort();
            keys
        };
        let sorted = |f: &[&str]| -> Vec<String> {
            let mut keys: Vec<String> = f.iter().map(|s| (*s).to_owned()).collect();
            keys.sort();
            keys
        };
        assert_eq!(props(&schema), sorted(fields::QUESTIONNAIRE));
        let defs = &schema["$defs"];
        assert_eq!(props(&defs["RawLevel"]), sorted(fields::LEVEL));
        assert_eq!(props(&defs["RawDimension"]), sorted(fields::DIMENSION));
        assert_eq!(props(&defs["RawQuestion"]), sorted(fields::QUESTION));
        assert_eq!(props(&defs["RawTransition"]), sorted(fields::TRANSITION));
        assert_eq!(props(&defs["RawAction"]), sorted(fields::ACTION));
        assert_eq!(props(&defs["RawTranslation"]), sorted(fields::TRANSLATION));
        assert_eq!(
            props(&defs["RawDimensionText"]),
            sorted(fields::DIMENSION_TEXT)
        );
        assert_eq!(
            props(&defs["RawQuestionText"]),
            sorted(fields::QUESTION_TEXT)
        );
        assert_eq!(props(&defs["RawActionText"]), sorted(fields::ACTION_TEXT));
    }
}
