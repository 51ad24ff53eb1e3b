//! A questionnaire in more than one language: the checked [`Translation`]
//! of every text under the base file's ids, the rules a translation must
//! keep (complete, nothing extra, the same shape), and
//! [`Questionnaire::in_locale`], which swaps the texts and nothing else —
//! ids, weights, efforts and `requires` are the base file's, so an answer
//! given in French scores exactly as one given in English.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::raw::{RawQuestionnaire, RawTranslation};
use super::{Level, Questionnaire, SHORT_TITLE_MAX_CHARS};
use crate::Issue;
use crate::json_problems::push_key;

/// Every text of a questionnaire in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Translation {
    pub title: String,
    pub description: String,
    /// Always five, index 0 = level 1.
    pub levels: Vec<Level>,
    pub dimensions: BTreeMap<String, DimensionText>,
    pub questions: BTreeMap<String, QuestionText>,
    pub actions: BTreeMap<String, ActionText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DimensionText {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_title: Option<String>,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuestionText {
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub anchors: [String; 5],
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionText {
    pub title: String,
    pub description: String,
    pub owner: String,
}

impl Questionnaire {
    /// The languages this questionnaire can be read in: its own first, then
    /// its translations in tag order.
    pub fn locales(&self) -> Vec<String> {
        std::iter::once(self.locale.clone())
            .chain(self.translations.keys().cloned())
            .collect()
    }

    /// The available language that serves `tag`: the same tag (any case),
    /// else the same language (`de-CH` is served by `de`, `de` by `de-DE`).
    pub fn find_locale(&self, tag: &str) -> Option<String> {
        let wanted = tag.trim();
        let locales = self.locales();
        if let Some(same) = locales.iter().find(|l| l.eq_ignore_ascii_case(wanted)) {
            return Some(same.clone());
        }
        let language = |t: &str| t.split('-').next().unwrap_or_default().to_ascii_lowercase();
        let wanted = language(wanted);
        locales.into_iter().find(|l| language(l) == wanted)
    }

    /// [`Questionnaire::find_locale`], or an error that names the
    /// languages there are.
    pub fn check_locale(&self, tag: &str) -> crate::Result<String> {
        self.find_locale(tag).ok_or_else(|| {
            crate::Error::InvalidInput(format!(
                "the questionnaire {:?} has no {:?} texts (it has {})",
                self.id,
                tag.trim(),
                self.locales().join(", ")
            ))
        })
    }

    /// The questionnaire with every text in the language that serves `tag`
    /// (see [`Questionnaire::find_locale`]); unchanged when none does. The
    /// texts it had move into its translations, so the result can be
    /// turned into any of its languages again.
    pub fn in_locale(&self, tag: &str) -> Questionnaire {
        let Some(target) = self.find_locale(tag) else {
            return self.clone();
        };
        let Some(texts) = self.translations.get(&target) else {
            return self.clone();
        };
        let mut out = self.clone();
        out.translations.remove(&target);
        out.translations.insert(self.locale.clone(), self.texts());
        out.apply(texts);
        out.locale = target;
        out
    }

    /// The questionnaire's own texts as a translation.
    fn texts(&self) -> Translation {
        Translation {
            title: self.title.clone(),
            description: self.description.clone(),
            levels: self.levels.clone(),
            dimensions: self
                .dimensions
                .iter()
                .map(|d| {
                    let text = DimensionText {
                        title: d.title.clone(),
                        short_title: d.short_title.clone(),
                        description: d.description.clone(),
                    };
                    (d.id.clone(), text)
                })
                .collect(),
            questions: self
                .questions()
                .map(|(_, q)| {
                    let text = QuestionText {
                        prompt: q.prompt.clone(),
                        help: q.help.clone(),
                        anchors: q.anchors.clone(),
                    };
                    (q.id.clone(), text)
                })
                .collect(),
            actions: self
                .actions()
                .map(|(_, _, a)| {
                    let text = ActionText {
                        title: a.title.clone(),
                        description: a.description.clone(),
                        owner: a.owner.clone(),
                    };
                    (a.id.clone(), text)
                })
                .collect(),
        }
    }

    /// Replaces every text that `t` has; validation made it complete.
    fn apply(&mut self, t: &Translation) {
        self.title.clone_from(&t.title);
        self.description.clone_from(&t.description);
        self.levels.clone_from(&t.levels);
        for d in &mut self.dimensions {
            if let Some(text) = t.dimensions.get(&d.id) {
                d.title.clone_from(&text.title);
                d.short_title.clone_from(&text.short_title);
                d.description.clone_from(&text.description);
            }
            for q in &mut d.questions {
                if let Some(text) = t.questions.get(&q.id) {
                    q.prompt.clone_from(&text.prompt);
                    q.help.clone_from(&text.help);
                    q.anchors.clone_from(&text.anchors);
                }
            }
            for a in d.transitions.iter_mut().flat_map(|t| t.actions.iter_mut()) {
                if let Some(text) = t.actions.get(&a.id) {
                    a.title.clone_from(&text.title);
                    a.description.clone_from(&text.description);
                    a.owner.clone_from(&text.owner);
                }
            }
        }
    }
}

/// Every problem of the file's translations, each with its JSON path: a
/// tag that is not one, a translation into the file's own language, a
/// missing or extra text, an empty one, or a shape unlike the base file's.
pub fn check(q: &RawQuestionnaire, issues: &mut Vec<Issue>) {
    let mut seen: Vec<(String, &str)> = Vec::new();
    for (tag, t) in &q.translations {
        let path = push_key("translations", tag);
        let mut c = Check {
            issues: &mut *issues,
            tag,
            path: &path,
        };
        if !super::validate::is_language_tag(tag) {
            c.issue(
                path.clone(),
                format!("{tag:?} is not a language tag like de or fr-CH"),
            );
        } else if tag.eq_ignore_ascii_case(&q.locale) {
            c.issue(
                path.clone(),
                format!(
                    "the questionnaire itself is written in {:?}; a translation is for another language",
                    q.locale
                ),
            );
        } else if let Some((first, _)) = seen.iter().find(|(_, s)| s.eq_ignore_ascii_case(tag)) {
            let message = format!("{tag:?} is the same language as {first}");
            c.issue(path.clone(), message);
        }
        seen.push((path.clone(), tag));
        c.translation(q, t);
    }
}

struct Check<'a> {
    issues: &'a mut Vec<Issue>,
    tag: &'a str,
    path: &'a str,
}

impl Check<'_> {
    fn issue(&mut self, path: String, message: String) {
        self.issues.push(Issue {
            path,
            line: None,
            column: None,
            message,
        });
    }

    fn text(&mut self, path: String, text: &str) {
        if text.trim().is_empty() {
            let name = path.rsplit('.').next().unwrap_or("text").to_owned();
            self.issue(path, format!("{name} is empty"));
        }
    }

    fn translation(&mut self, q: &RawQuestionnaire, t: &RawTranslation) {
        let p = self.path;
        self.text(format!("{p}.title"), &t.title);
        self.text(format!("{p}.description"), &t.description);
        if t.levels.len() != 5 {
            let message = format!(
                "expected exactly 5 levels (1 to 5), found {}",
                t.levels.len()
            );
            self.issue(format!("{p}.levels"), message);
        }
        for (i, level) in t.levels.iter().enumerate() {
            let lp = format!("{p}.levels[{i}]");
            if usize::from(level.level) != i + 1 {
                let message = format!(
                    "expected level {} here, found {}; levels are numbered 1 to 5 in order",
                    i + 1,
                    level.level
                );
                self.issue(format!("{lp}.level"), message);
            }
            self.text(format!("{lp}.name"), &level.name);
            self.text(format!("{lp}.description"), &level.description);
        }

        let dimensions: Vec<&str> = q.dimensions.iter().map(|d| d.id.as_str()).collect();
        self.ids("dimension", "dimensions", &dimensions, t.dimensions.keys());
        for (id, d) in &t.dimensions {
            let dp = push_key(&format!("{p}.dimensions"), id);
            self.text(format!("{dp}.title"), &d.title);
            self.text(format!("{dp}.description"), &d.description);
            let base_short = q
                .dimensions
                .iter()
                .find(|b| b.id == *id)
                .and_then(|b| b.short_title.as_ref());
            if let Some(short) = &d.short_title {
                let chars = short.trim().chars().count();
                if chars == 0 {
                    self.issue(format!("{dp}.short_title"), "short_title is empty".into());
                } else if chars > SHORT_TITLE_MAX_CHARS {
                    let message = format!(
                        "short_title is {chars} characters long; at most {SHORT_TITLE_MAX_CHARS} fit a chart label"
                    );
                    self.issue(format!("{dp}.short_title"), message);
                }
            } else if base_short.is_some() {
                let message = format!(
                    "dimension {id:?} has a short_title in the base file but none in {:?}",
                    self.tag
                );
                self.issue(format!("{dp}.short_title"), message);
            }
        }

        let questions: Vec<(&str, bool)> = q
            .dimensions
            .iter()
            .flat_map(|d| {
                d.questions
                    .iter()
                    .map(|x| (x.id.as_str(), x.help.is_some()))
            })
            .collect();
        let ids: Vec<&str> = questions.iter().map(|(id, _)| *id).collect();
        self.ids("question", "questions", &ids, t.questions.keys());
        for (id, text) in &t.questions {
            let qp = push_key(&format!("{p}.questions"), id);
            self.text(format!("{qp}.prompt"), &text.prompt);
            let base_help = questions.iter().find(|(b, _)| b == id).map(|(_, h)| *h);
            match (&text.help, base_help) {
                (Some(help), Some(false)) if !help.trim().is_empty() => {
                    let message = format!(
                        "question {id:?} has no help in the base file; a translation cannot add one"
                    );
                    self.issue(format!("{qp}.help"), message);
                }
                (Some(help), _) if help.trim().is_empty() => {
                    self.issue(format!("{qp}.help"), "help is empty".into());
                }
                (None, Some(true)) => {
                    let message =
                        format!("question {id:?} has help in the base file; translate it too");
                    self.issue(format!("{qp}.help"), message);
                }
                _ => {}
            }
            if text.anchors.len() != 5 {
                let message = format!(
                    "expected exactly 5 anchors (one per level, 1 to 5), found {}",
                    text.anchors.len()
                );
                self.issue(format!("{qp}.anchors"), message);
            }
            for (k, anchor) in text.anchors.iter().enumerate() {
                let here = format!("{qp}.anchors[{k}]");
                if anchor.trim().is_empty() {
                    self.issue(here, format!("anchor for level {} is empty", k + 1));
                } else if let Some(j) = text.anchors[..k]
                    .iter()
                    .position(|a| a.trim() == anchor.trim())
                {
                    let message = format!(
                        "anchor for level {} repeats the anchor for level {}; each level needs its own description",
                        k + 1,
                        j + 1
                    );
                    self.issue(here, message);
                }
            }
        }

        let actions: Vec<&str> = q
            .dimensions
            .iter()
            .flat_map(|d| d.transitions.iter().flat_map(|t| t.actions.iter()))
            .map(|a| a.id.as_str())
            .collect();
        self.ids("action", "actions", &actions, t.actions.keys());
        for (id, a) in &t.actions {
            let ap = push_key(&format!("{p}.actions"), id);
            self.text(format!("{ap}.title"), &a.title);
            self.text(format!("{ap}.description"), &a.description);
            self.text(format!("{ap}.owner"), &a.owner);
        }
    }

    /// A missing text for each base id the translation lacks (at the path
    /// it belongs at), an extra one for each id the base file does not have.
    fn ids<'k>(
        &mut self,
        what: &str,
        field: &str,
        base: &[&str],
        translated: impl Iterator<Item = &'k String>,
    ) {
        let list = format!("{}.{field}", self.path);
        let translated: Vec<&String> = translated.collect();
        for id in base {
            if !translated.iter().any(|t| t == id) {
                let message = format!("{what} {id:?} has no {:?} text", self.tag);
                self.issue(push_key(&list, id), message);
            }
        }
        for id in translated {
            if !base.contains(&id.as_str()) {
                let message = format!(
                    "there is no {what} {id:?} in this questionnaire; remove this {:?} text or fix its id",
                    self.tag
                );
                self.issue(push_key(&list, id), message);
            }
        }
    }
}

/// A checked raw translation → the checked type ([`check`] found it valid).
pub(super) fn convert(t: RawTranslation) -> Translation {
    Translation {
        title: t.title,
        description: t.description,
        levels: t.levels.into_iter().map(Level::from).collect(),
        dimensions: t
            .dimensions
            .into_iter()
            .map(|(id, d)| {
                let text = DimensionText {
                    title: d.title,
                    short_title: d.short_title.map(|s| s.trim().to_owned()),
                    description: d.description,
                };
                (id, text)
            })
            .collect(),
        questions: t
            .questions
            .into_iter()
            .map(|(id, q)| {
                let text = QuestionText {
                    prompt: q.prompt,
                    help: q.help,
                    // invariant: `check` refused any count but five.
                    anchors: q.anchors.try_into().unwrap_or_default(),
                };
                (id, text)
            })
            .collect(),
        actions: t
            .actions
            .into_iter()
            .map(|(id, a)| {
                let text = ActionText {
                    title: a.title,
                    description: a.description,
                    owner: a.owner,
                };
                (id, text)
            })
            .collect(),
    }
}

/// The checked type back in the file format.
pub(super) fn to_raw(t: &Translation) -> RawTranslation {
    use super::raw::{RawActionText, RawDimensionText, RawLevel, RawQuestionText};
    RawTranslation {
        title: t.title.clone(),
        description: t.description.clone(),
        levels: t.levels.iter().map(RawLevel::from).collect(),
        dimensions: t
            .dimensions
            .iter()
            .map(|(id, d)| {
                let text = RawDimensionText {
                    title: d.title.clone(),
                    short_title: d.short_title.clone(),
                    description: d.description.clone(),
                };
                (id.clone(), text)
            })
            .collect(),
        questions: t
            .questions
            .iter()
            .map(|(id, q)| {
                let text = RawQuestionText {
                    prompt: q.prompt.clone(),
                    help: q.help.clone(),
                    anchors: q.anchors.to_vec(),
                };
                (id.clone(), text)
            })
            .collect(),
        actions: t
            .actions
            .iter()
            .map(|(id, a)| {
                let text = RawActionText {
                    title: a.title.clone(),
                    description: a.description.clone(),
                    owner: a.owner.clone(),
                };
                (id.clone(), text)
            })
            .collect(),
    }
}
