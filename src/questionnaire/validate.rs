//! Parse then validate: JSON text → checked [`Questionnaire`], or every issue.
//!
//! [`parse`] runs `syntax` (syntax, unknown fields, types) and then the
//! semantic rules below, which collect *every* problem with its JSON path
//! rather than stopping at the first; positions are filled in afterwards from
//! the text. Only a questionnaire without a single issue is converted.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::positions::Positions;
use super::raw::{FORMAT_VERSION, RawAction, RawQuestionnaire};
use super::read::file_issue;
use super::{Action, Dimension, Effort, Level, Question, Questionnaire, Transition, syntax};
use crate::{Error, Issue, Result};

/// Reads, parses and validates a questionnaire file.
pub fn load_file(path: &Path) -> Result<Questionnaire> {
    let text = super::read::read_text(path)?;
    parse(&text, path)
}

/// Parses and validates questionnaire JSON; `file` names it in errors.
pub fn parse(text: &str, file: &Path) -> Result<Questionnaire> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        let message = if text.is_empty() {
            "the file is empty; choose the questionnaire file itself (this one may not have been saved completely)"
        } else {
            "the file holds only blank space; choose the questionnaire file itself (this one may not have been saved completely)"
        };
        return Err(file_issue(file, message.into(), None));
    }
    let (raw, mut issues, positions) = match serde_json::from_str::<RawQuestionnaire>(text) {
        Ok(raw) => (raw, Vec::new(), None),
        Err(fast) => {
            let found = syntax::diagnose(text);
            match found.raw {
                Some(raw) if !found.issues.is_empty() => (raw, found.issues, found.positions),
                Some(_) | None => {
                    let issues = if found.issues.is_empty() {
                        // The slow road saw nothing the fast one did: say what serde said.
                        vec![crate::json_problems::json_issue("$", &fast, text)]
                    } else {
                        found.issues
                    };
                    return Err(invalid(file, issues));
                }
            }
        }
    };
    issues.extend(check(&raw));
    if issues.is_empty() {
        return Ok(convert(raw));
    }
    let positions = positions.unwrap_or_else(|| Positions::scan(text));
    positions.locate(&mut issues);
    Err(invalid(file, issues))
}

/// Issues in file order (those without a position last, in the order found).
fn invalid(file: &Path, mut issues: Vec<Issue>) -> Error {
    issues.sort_by_key(|i| (i.line.is_none(), i.line, i.column));
    Error::InvalidQuestionnaire {
        file: file.to_owned(),
        issues,
    }
}

/// The issues of a raw questionnaire that did not validate (without
/// positions: there is no text); the error of `Questionnaire`'s `TryFrom`.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid(pub Vec<Issue>);

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let issues: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        write!(f, "not a valid questionnaire: {}", issues.join("; "))
    }
}

impl std::error::Error for Invalid {}

/// Validates a raw questionnaire that did not come from text (a snapshot, a
/// value built in code) and converts it.
pub fn from_raw(raw: RawQuestionnaire) -> std::result::Result<Questionnaire, Invalid> {
    let issues = check(&raw);
    if issues.is_empty() {
        Ok(convert(raw))
    } else {
        Err(Invalid(issues))
    }
}

/// Every semantic problem of a raw questionnaire; empty when it is valid.
pub fn check(raw: &RawQuestionnaire) -> Vec<Issue> {
    let mut c = Checker::default();
    c.questionnaire(raw);
    super::translation::check(raw, &mut c.issues);
    c.issues
}

#[derive(Default)]
struct Checker<'a> {
    issues: Vec<Issue>,
    /// First path of each dimension, question and action id.
    dimension_ids: HashMap<&'a str, String>,
    question_ids: HashMap<&'a str, String>,
    action_ids: HashMap<&'a str, String>,
    /// Every action in file order with its path, for `requires`.
    actions: Vec<(String, &'a RawAction)>,
}

impl<'a> Checker<'a> {
    fn issue(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            path: path.into(),
            line: None,
            column: None,
            message: message.into(),
        });
    }

    fn questionnaire(&mut self, q: &'a RawQuestionnaire) {
        if q.format != FORMAT_VERSION {
            self.issue(
                "format",
                format!(
                    "unsupported format {}; this build reads format {FORMAT_VERSION}",
                    q.format
                ),
            );
        }
        self.id("id", &q.id);
        if !is_semver(&q.version) {
            self.issue(
                "version",
                format!(
                    "version {:?} is not a semantic version like 1.0.0",
                    q.version
                ),
            );
        }
        self.text("title", &q.title);
        self.text("description", &q.description);
        if q.locale.trim().is_empty() {
            self.issue(
                "locale",
                "locale is empty; use a language tag like en or en-GB",
            );
        } else if !is_language_tag(&q.locale) {
            self.issue(
                "locale",
                format!(
                    "locale {:?} is not a language tag like en or en-GB",
                    q.locale
                ),
            );
        }
        for (i, author) in q.authors.iter().enumerate() {
            self.text(format!("authors[{i}]"), author);
        }
        if let Some(license) = &q.license {
            self.text("license", license);
        }
        self.levels(q);
        if q.dimensions.is_empty() {
            self.issue(
                "dimensions",
                "no dimensions; a questionnaire needs at least one",
            );
        }
        for (d, dimension) in q.dimensions.iter().enumerate() {
            self.dimension(d, dimension);
        }
        self.requires();
    }

    fn levels(&mut self, q: &RawQuestionnaire) {
        if q.levels.len() != 5 {
            self.issue(
                "levels",
                format!(
                    "expected exactly 5 levels (1 to 5), found {}",
                    q.levels.len()
                ),
            );
        }
        for (i, level) in q.levels.iter().enumerate() {
            let path = format!("levels[{i}]");
            if usize::from(level.level) != i + 1 {
                self.issue(
                    format!("{path}.level"),
                    format!(
                        "expected level {} here, found {}; levels are numbered 1 to 5 in order",
                        i + 1,
                        level.level
                    ),
                );
            }
            self.text(format!("{path}.name"), &level.name);
            self.text(format!("{path}.description"), &level.description);
        }
    }

    fn dimension(&mut self, d: usize, dim: &'a super::raw::RawDimension) {
        let path = format!("dimensions[{d}]");
        if self.id(format!("{path}.id"), &dim.id) {
            let here = format!("{path}.id");
            if let Some(first) = self.dimension_ids.get(dim.id.as_str()) {
                let message = format!("duplicate dimension id {:?} (first at {first})", dim.id);
                self.issue(here, message);
            } else {
                self.dimension_ids.insert(&dim.id, here);
            }
        }
        self.text(format!("{path}.title"), &dim.title);
        if let Some(short) = &dim.short_title {
            let here = format!("{path}.short_title");
            let chars = short.trim().chars().count();
            if chars == 0 {
                self.issue(here, "short_title is empty".to_owned());
            } else if chars > super::SHORT_TITLE_MAX_CHARS {
                self.issue(
                    here,
                    format!(
                        "short_title is {chars} characters long; at most {} fit a chart label",
                        super::SHORT_TITLE_MAX_CHARS
                    ),
                );
            }
        }
        self.text(format!("{path}.description"), &dim.description);
        self.weight(format!("{path}.weight"), dim.weight);
        if dim.questions.is_empty() {
            self.issue(
                format!("{path}.questions"),
                format!(
                    "dimension {:?} has no questions; it needs at least one",
                    dim.id
                ),
            );
        }
        for (i, question) in dim.questions.iter().enumerate() {
            self.question(&format!("{path}.questions[{i}]"), question);
        }
        let mut seen: HashMap<u8, usize> = HashMap::new();
        for (t, transition) in dim.transitions.iter().enumerate() {
            let tpath = format!("{path}.transitions[{t}]");
            if !(1..=4).contains(&transition.from) {
                self.issue(
                    format!("{tpath}.from"),
                    format!("from must be 1 to 4, found {}", transition.from),
                );
            } else if transition.to != transition.from + 1 {
                self.issue(
                    format!("{tpath}.to"),
                    format!(
                        "to must be from + 1 = {}, found {}",
                        transition.from + 1,
                        transition.to
                    ),
                );
            } else if let Some(first) = seen.get(&transition.from) {
                self.issue(
                    tpath.clone(),
                    format!(
                        "transition {}→{} appears twice in dimension {:?} (first at {path}.transitions[{first}])",
                        transition.from, transition.to, dim.id
                    ),
                );
            } else {
                seen.insert(transition.from, t);
            }
            for (a, action) in transition.actions.iter().enumerate() {
                self.action(format!("{tpath}.actions[{a}]"), action);
            }
        }
    }

    fn question(&mut self, path: &str, q: &'a super::raw::RawQuestion) {
        if self.id(format!("{path}.id"), &q.id) {
            let here = format!("{path}.id");
            if let Some(first) = self.question_ids.get(q.id.as_str()) {
                let message = format!("duplicate question id {:?} (first at {first})", q.id);
                self.issue(here, message);
            } else {
                self.question_ids.insert(&q.id, here);
            }
        }
        self.text(format!("{path}.prompt"), &q.prompt);
        if let Some(help) = &q.help
            && help.trim().is_empty()
        {
            self.issue(
                format!("{path}.help"),
                "help is empty; leave it out instead",
            );
        }
        self.weight(format!("{path}.weight"), q.weight);
        if q.anchors.len() != 5 {
            self.issue(
                format!("{path}.anchors"),
                format!(
                    "expected exactly 5 anchors (one per level, 1 to 5), found {}",
                    q.anchors.len()
                ),
            );
        }
        let mut seen: Vec<&str> = Vec::new();
        for (k, anchor) in q.anchors.iter().enumerate() {
            let anchor = anchor.trim();
            if anchor.is_empty() {
                self.issue(
                    format!("{path}.anchors[{k}]"),
                    format!("anchor for level {} is empty", k + 1),
                );
            } else if let Some(j) = seen.iter().position(|s| *s == anchor) {
                self.issue(
                    format!("{path}.anchors[{k}]"),
                    format!(
                        "anchor for level {} repeats the anchor for level {}; each level needs its own description",
                        k + 1,
                        j + 1
                    ),
                );
            }
            seen.push(anchor);
        }
    }

    fn action(&mut self, path: String, a: &'a RawAction) {
        if self.id(format!("{path}.id"), &a.id) {
            let here = format!("{path}.id");
            if let Some(first) = self.action_ids.get(a.id.as_str()) {
                let message = format!("duplicate action id {:?} (first at {first})", a.id);
                self.issue(here, message);
            } else {
                self.action_ids.insert(&a.id, here);
            }
        }
        self.text(format!("{path}.title"), &a.title);
        self.text(format!("{path}.description"), &a.description);
        self.text(format!("{path}.owner"), &a.owner);
        if Effort::parse(&a.effort).is_none() {
            self.issue(
                format!("{path}.effort"),
                format!("effort {:?} must be S, M or L", a.effort),
            );
        }
        self.actions.push((path, a));
    }

    /// Unknown, self and repeated references, then cycles.
    fn requires(&mut self) {
        let actions = std::mem::take(&mut self.actions);
        // Node = first action with each id, in file order.
        let mut node_of: HashMap<&str, usize> = HashMap::new();
        let mut nodes: Vec<usize> = Vec::new();
        for (i, (_, a)) in actions.iter().enumerate() {
            if !node_of.contains_key(a.id.as_str()) {
                node_of.insert(&a.id, nodes.len());
                nodes.push(i);
            }
        }
        let mut edges: Vec<Vec<(usize, usize)>> = vec![Vec::new(); nodes.len()];
        for (i, (path, a)) in actions.iter().enumerate() {
            let mut listed: HashSet<&str> = HashSet::new();
            for (r, required) in a.requires.iter().enumerate() {
                let rpath = format!("{path}.requires[{r}]");
                if *required == a.id {
                    self.issue(rpath, format!("action {:?} requires itself", a.id));
                } else if !listed.insert(required) {
                    self.issue(rpath, format!("{required:?} is listed twice"));
                } else if let Some(&target) = node_of.get(required.as_str()) {
                    if let Some(&from) = node_of.get(a.id.as_str())
                        && nodes[from] == i
                    {
                        edges[from].push((target, r));
                    }
                } else {
                    self.issue(rpath, format!("requires unknown action {required:?}"));
                }
            }
        }
        for cycle in cycles(&edges) {
            let Some(&(first, r)) = cycle.first() else {
                continue;
            };
            let (path, _) = &actions[nodes[first]];
            let mut names: Vec<&str> = cycle
                .iter()
                .map(|&(n, _)| actions[nodes[n]].1.id.as_str())
                .collect();
            names.push(&actions[nodes[first]].1.id);
            self.issue(
                format!("{path}.requires[{r}]"),
                format!(
                    "requires cycle: {}; no action can come first",
                    names.join(" → ")
                ),
            );
        }
        self.actions = actions;
    }

    /// Checks an id; true when it is well-formed (so worth a duplicate check).
    fn id(&mut self, path: impl Into<String>, id: &str) -> bool {
        if id.is_empty() {
            self.issue(path, "id is empty");
            false
        } else if !is_id(id) {
            self.issue(
                path,
                format!(
                    "id {id:?} may only use a-z, 0-9, '-', '_' and '.', starting with a letter or digit"
                ),
            );
            false
        } else {
            true
        }
    }

    fn text(&mut self, path: impl Into<String>, text: &str) {
        if text.trim().is_empty() {
            let path = path.into();
            // The last segment names the text: `title`, `authors[0]`.
            let name = path.rsplit('.').next().unwrap_or("text").to_owned();
            self.issue(path, format!("{name} is empty"));
        }
    }

    fn weight(&mut self, path: String, weight: Option<f64>) {
        let Some(w) = weight else { return };
        if !w.is_finite() {
            self.issue(path, format!("weight must be a finite number, found {w}"));
        } else if w <= 0.0 {
            self.issue(path, format!("weight must be greater than 0, found {w}"));
        }
    }
}

/// The simple cycles of a graph, each once, as `(node, index of the edge to
/// the next node)` starting at its smallest node. Iterative, so a long chain
/// of `requires` cannot overflow the stack.
/// The most `requires` cycles reported for one file: each is as long as
/// the chain that closes it, so reporting every one of thousands of back
/// edges would take quadratic time and memory for no use (the author fixes
/// the first few and validates again).
const MAX_CYCLES: usize = 20;

fn cycles(edges: &[Vec<(usize, usize)>]) -> Vec<Vec<(usize, usize)>> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Open,
        Done,
    }
    let mut state = vec![State::New; edges.len()];
    let mut found: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut seen: HashSet<Vec<usize>> = HashSet::new();
    for start in 0..edges.len() {
        if state[start] != State::New {
            continue;
        }
        // (node, next edge to try); `stack` is the current path.
        let mut stack: Vec<(usize, usize)> = vec![(start, 0)];
        state[start] = State::Open;
        while let Some(top) = stack.last_mut() {
            let node = top.0;
            let Some(&(target, _)) = edges[node].get(top.1) else {
                state[node] = State::Done;
                stack.pop();
                continue;
            };
            top.1 += 1;
            match state[target] {
                State::New => {
                    state[target] = State::Open;
                    stack.push((target, 0));
                }
                State::Open => {
                    let Some(at) = stack.iter().position(|&(n, _)| n == target) else {
                        continue;
                    };
                    // Each frame's `next - 1` is the edge it followed.
                    let mut cycle: Vec<(usize, usize)> = stack[at..]
                        .iter()
                        .map(|&(n, e)| (n, edges[n][e - 1].1))
                        .collect();
                    let Some(shift) = (0..cycle.len()).min_by_key(|&i| cycle[i].0) else {
                        continue;
                    };
                    cycle.rotate_left(shift);
                    if seen.insert(cycle.iter().map(|c| c.0).collect()) {
                        found.push(cycle);
                        if found.len() == MAX_CYCLES {
                            return found;
                        }
                    }
                }
                State::Done => {}
            }
        }
    }
    found
}

/// Lower-case letters, digits, `-`, `_`, `.`; starting with a letter or digit.
pub fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c))
}

/// `MAJOR.MINOR.PATCH` with optional `-pre` and `+build`, as in semver.org.
fn is_semver(version: &str) -> bool {
    let (rest, build) = match version.split_once('+') {
        Some((r, b)) => (r, Some(b)),
        None => (version, None),
    };
    let (core, pre) = match rest.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (rest, None),
    };
    let number = |s: &str| {
        !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
    };
    let label = |s: &str| {
        s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
    };
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| number(p))
        && pre.is_none_or(label)
        && build.is_none_or(label)
}

/// A BCP 47-shaped tag: 2–3 letters, then `-` and 1–8 letters or digits, repeated.
pub(super) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphabetic()))
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A raw questionnaire that [`check`] found valid → the checked types.
fn convert(raw: RawQuestionnaire) -> Questionnaire {
    Questionnaire {
        id: raw.id,
        version: raw.version,
        title: raw.title,
        description: raw.description,
        locale: raw.locale,
        authors: raw.authors,
        license: raw.license,
        levels: raw.levels.into_iter().map(Level::from).collect(),
        dimensions: raw
            .dimensions
            .into_iter()
            .map(|d| {
                let mut transitions: Vec<Transition> = d
                    .transitions
                    .into_iter()
                    .map(|t| Transition {
                        from: t.from,
                        to: t.to,
                        actions: t
                            .actions
                            .into_iter()
                            .map(|a| Action {
                                // invariant: `check` refused any other effort.
                                effort: Effort::parse(&a.effort).unwrap_or(Effort::M),
                                id: a.id,
                                title: a.title,
                                description: a.description,
                                owner: a.owner,
                                requires: a.requires,
                            })
                            .collect(),
                    })
                    .collect();
                transitions.sort_by_key(|t| t.from);
                Dimension {
                    id: d.id,
                    title: d.title,
                    short_title: d.short_title.map(|s| s.trim().to_owned()),
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
                            // invariant: `check` refused any count but five.
                            anchors: q.anchors.try_into().unwrap_or_default(),
                        })
                        .collect(),
                    transitions,
                }
            })
            .collect(),
        translations: raw
            .translations
            .into_iter()
            .map(|(tag, t)| (tag, super::translation::convert(t)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn semantic_versions() {
        for ok in [
            "1.0.0",
            "0.10.2",
            "2.0.0-rc.1",
            "1.2.3+build.5",
            "1.2.3-beta+exp.sha",
        ] {
            assert!(is_semver(ok), "{ok}");
        }
        for bad in [
            "1.0", "1", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0+", "1..0", "1.0.0.0", "",
        ] {
            assert!(!is_semver(bad), "{bad}");
        }
    }

    #[test]
    fn language_tags() {
        for ok in ["en", "en-GB", "de-CH", "fra", "zh-Hant-TW"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "e", "english", "en_GB", "en-", "en GB"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn ids() {
        assert!(is_id("vision.statement"));
        assert!(is_id("trust.4-5.stop-the-line"));
        assert!(!is_id("Vision"));
        assert!(!is_id("-x"));
        assert!(!is_id("a b"));
        assert!(!is_id(""));
    }

    #[test]
    fn cycles_found_once_from_their_smallest_node() {
        // 0 → 1 → 2 → 0, and 3 → 3's neighbour 1 (no cycle through 3).
        let edges = vec![vec![(1, 0)], vec![(2, 0)], vec![(0, 0)], vec![(1, 0)]];
        let found = cycles(&edges);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].iter().map(|c| c.0).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
        // A chain of 100 000 without cycles: no stack overflow, nothing found.
        let chain: Vec<Vec<(usize, usize)>> = (0..100_000)
            .map(|i| {
                if i + 1 < 100_000 {
                    vec![(i + 1, 0)]
                } else {
                    vec![]
                }
            })
            .collect();
        assert!(cycles(&chain).is_empty());
    }
}
