//! Where each JSON path sits in the text: line and column for every object
//! member and array element, so that issues found on parsed values (unknown
//! fields, type errors, semantic rules) still point into the file.
//!
//! `serde_json::Value` forgets positions, so this is a small scanner over
//! text that `serde_json` has already accepted. It runs only when a file has
//! problems, never on the happy path. On its way it also notices duplicate
//! object keys, which `serde_json::Value` would silently collapse.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};

use crate::Issue;
use crate::json_problems::{push_index, push_key};

/// Line and column (both 1-based, column in characters) of each JSON path.
#[derive(Debug, Default)]
pub struct Positions {
    by_path: HashMap<String, (usize, usize)>,
    /// Duplicate object keys seen while scanning.
    pub duplicates: Vec<Issue>,
}

impl Positions {
    /// Scans `text`; on text that is not valid JSON it stops early and keeps
    /// what it found (it never fails and never panics).
    pub fn scan(text: &str) -> Positions {
        let mut scanner = Scanner {
            bytes: text.as_bytes(),
            pos: 0,
            lines: LineIndex::new(text),
            out: Positions::default(),
        };
        scanner.skip_ws();
        let start = scanner.pos;
        scanner.record("", start);
        // A `None` means the text ended early; what was recorded stays useful.
        let _ = scanner.value(Some(""), 0);
        scanner.out
    }

    /// Line and column of `path` (`$` or `""` for the root).
    pub fn get(&self, path: &str) -> Option<(usize, usize)> {
        let key = if path == "$" { "" } else { path };
        self.by_path.get(key).copied()
    }

    /// Fills in the line and column of issues that have none, from their path;
    /// a path not in the file (e.g. a missing field) falls back to its parent.
    pub fn locate(&self, issues: &mut [Issue]) {
        for issue in issues.iter_mut().filter(|i| i.line.is_none()) {
            let mut path = issue.path.as_str();
            loop {
                if let Some((line, column)) = self.get(path) {
                    issue.line = Some(line);
                    issue.column = Some(column);
                    break;
                }
                match parent(path) {
                    Some(p) => path = p,
                    None => break,
                }
            }
        }
    }
}

/// `a.b[2]` → `a.b`, `a.b` → `a`, `a` → `""`, `""` → none.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() || path == "$" {
        return None;
    }
    Some(match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    })
}

/// Turns byte offsets into 1-based line and character column.
///
/// The scanner asks for offsets in increasing order, so the character
/// count from the line start is carried from one call to the next: a file
/// written on one long line (minified, or hostile) costs one pass over the
/// text in all, not one pass per key.
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
    /// The last answer: (byte offset, line, characters before it on its line).
    cursor: Cell<(usize, usize, usize)>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex {
            text,
            starts,
            cursor: Cell::new((0, 1, 0)),
        }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let (last_offset, last_line, last_chars) = self.cursor.get();
        // Count from the last answer when it is on the same line and before
        // `offset`, else from the line start. Offsets recorded by the
        // scanner sit on character boundaries (ASCII punctuation); `get`
        // keeps this panic-free anyway.
        let (from, chars_before) = if last_line == line && last_offset <= offset {
            (last_offset, last_chars)
        } else {
            (start, 0)
        };
        let chars = chars_before
            + self
                .text
                .get(from..offset)
                .map_or(offset - from, |s| s.chars().count());
        self.cursor.set((offset, line, chars));
        (line, chars + 1)
    }
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
    lines: LineIndex<'a>,
    out: Positions,
}

/// `serde_json` refuses nesting deeper than 128; stay well inside the stack.
const MAX_DEPTH: usize = 256;

/// Elements of one array whose positions are recorded; an issue deeper in
/// a longer array points at the array itself. No array of the format comes
/// near this, and recording every element of a hostile 40,000-element array
/// under a 10,000-character key would take gigabytes (each path holds the
/// key).
const MAX_RECORDED_ELEMENTS: usize = 1_000;

impl Scanner<'_> {
    fn record(&mut self, path: &str, offset: usize) {
        let lc = self.lines.line_col(offset);
        self.out.by_path.entry(path.to_owned()).or_insert(lc);
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Scans one value starting at `pos` (whitespace already skipped);
    /// `path` is `None` below an array element past
    /// [`MAX_RECORDED_ELEMENTS`], where nothing is recorded.
    fn value(&mut self, path: Option<&str>, depth: usize) -> Option<()> {
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => self.object(path, depth),
            b'[' => self.array(path, depth),
            b'"' => self.string().map(|_| ()),
            _ => {
                // Number, true, false, null: up to the next delimiter.
                while let Some(b) = self.peek() {
                    if matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    self.pos += 1;
                }
                Some(())
            }
        }
    }

    fn object(&mut self, path: Option<&str>, depth: usize) -> Option<()> {
        self.pos += 1; // '{'
        let mut seen: HashSet<String> = HashSet::new();
        loop {
            self.skip_ws();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    return Some(());
                }
                b',' => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let key_start = self.pos;
            let key = self.string()?;
            let child = path.map(|p| push_key(p, &key));
            if seen.contains(&key) {
                let (line, column) = self.lines.line_col(key_start);
                self.out.duplicates.push(Issue {
                    path: child.clone().unwrap_or_else(|| key.clone()),
                    line: Some(line),
                    column: Some(column),
                    message: format!("duplicate key {key:?}; each key may appear once"),
                });
            } else {
                if let Some(child) = &child {
                    self.record(child, key_start);
                }
                seen.insert(key);
            }
            self.skip_ws();
            if self.peek()? != b':' {
                return None;
            }
            self.pos += 1;
            self.skip_ws();

            self.value(child.as_deref(), depth + 1)?;
        }
    }

    fn array(&mut self, path: Option<&str>, depth: usize) -> Option<()> {
        self.pos += 1; // '['
        let mut index = 0;
        loop {
            self.skip_ws();
            match self.peek()? {
                b']' => {
                    self.pos += 1;
                    return Some(());
                }
                b',' => {
                    self.pos += 1;
                    continue;
                }
                _ => {}
            }
            let child = path
                .filter(|_| index < MAX_RECORDED_ELEMENTS)
                .map(|p| push_index(p, index));
            if let Some(child) = &child {
                let start = self.pos;
                self.record(child, start);
            }
            self.value(child.as_deref(), depth + 1)?;
            index += 1;
        }
    }

    /// Scans a string literal and returns its decoded text.
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.pos;
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    break;
                }
                _ => self.pos += 1,
            }
        }
        let literal = std::str::from_utf8(self.bytes.get(start..self.pos)?).ok()?;
        // Keys are usually plain; decode escapes through serde_json to be exact.
        serde_json::from_str(literal).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_members_and_elements() {
        let text = "{\n  \"a\": [1,\n    {\"bé\": \"x\", \"c\": 2}],\n  \"d\": null\n}";
        let p = Positions::scan(text);
        assert_eq!(p.get("$"), Some((1, 1)));
        assert_eq!(p.get("a"), Some((2, 3)));
        assert_eq!(p.get("a[0]"), Some((2, 9)));
        assert_eq!(p.get("a[1]"), Some((3, 5)));
        // "bé" is one character wider than its bytes suggest: column counts characters.
        assert_eq!(p.get("a[1].c"), Some((3, 17)));
        assert_eq!(p.get("d"), Some((4, 3)));
        assert!(p.duplicates.is_empty());
    }

    #[test]
    fn reports_duplicate_keys() {
        let p = Positions::scan("{\"a\": 1,\n \"a\": 2}");
        assert_eq!(p.duplicates.len(), 1);
        assert_eq!(p.duplicates[0].path, "a");
        assert_eq!(
            (p.duplicates[0].line, p.duplicates[0].column),
            (Some(2), Some(2))
        );
    }

    #[test]
    fn survives_truncated_text() {
        let p = Positions::scan("{\"a\": [1, {\"b\": ");
        assert_eq!(p.get("a[1].b"), Some((1, 12)));
    }

    #[test]
    fn parent_paths() {
        assert_eq!(parent("a.b[2]"), Some("a.b"));
        assert_eq!(parent("a.b"), Some("a"));
        assert_eq!(parent("a"), Some(""));
        assert_eq!(parent(""), None);
    }
}
