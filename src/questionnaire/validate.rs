//! Raw questionnaire → checked [`super::Questionnaire`], collecting every issue.
//!
//! PROVISIONAL: converts without checking; the validation work replaces it.

use std::path::Path;

use super::raw::RawQuestionnaire;
use super::{Action, Dimension, Effort, Level, Question, Questionnaire, Transition};
use crate::{Error, Issue, Result};

pub fn load_file(path: &Path) -> Result<Questionnaire> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_owned(),
        source,
    })?;
    parse(&text, path)
}

pub fn parse(text: &str, file: &Path) -> Result<Questionnaire> {
    let raw: RawQuestionnaire =
        serde_json::from_str(text).map_err(|e| Error::InvalidQuestionnaire {
            file: file.to_owned(),
            issues: vec![Issue {
                path: "$".into(),
                line: Some(e.line()),
                column: Some(e.column()),
                message: e.to_string(),
            }],
        })?;
    Ok(convert(raw))
}

pub fn builtins() -> Vec<Questionnaire> {
    Vec::new()
}

fn convert(raw: RawQuestionnaire) -> Questionnaire {
    Questionnaire {
        id: raw.id,
        version: raw.version,
        title: raw.title,
        description: raw.description,
        locale: raw.locale,
        authors: raw.authors,
        license: raw.license,
        levels: raw
            .levels
            .into_iter()
            .map(|l| Level {
                level: l.level,
                name: l.name,
                description: l.description,
            })
            .collect(),
        dimensions: raw
            .dimensions
            .into_iter()
            .map(|d| Dimension {
                id: d.id,
                title: d.title,
                description: d.description,
                weight: d.weight.unwrap_or(1.0),
                questions: d
                    .questions
                    .into_iter()
                    .map(|q| Question {
                        id: q.id,
                        prompt: q.prompt,
                        help: q.help,
                        weight: q.weight.unwrap_or(1.0),
                        anchors: q.anchors.try_into().unwrap_or_default(),
                    })
                    .collect(),
                transitions: d
                    .transitions
                    .into_iter()
                    .map(|t| Transition {
                        from: t.from,
                        to: t.to,
                        actions: t
                            .actions
                            .into_iter()
                            .map(|a| Action {
                                id: a.id,
                                title: a.title,
                                description: a.description,
                                effort: match a.effort.as_str() {
                                    "S" => Effort::S,
                                    "L" => Effort::L,
                                    _ => Effort::M,
                                },
                                owner: a.owner,
                                requires: a.requires,
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}
