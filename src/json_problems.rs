//! Why a JSON file (a questionnaire, a pack) cannot be read, in plain words.
//!
//! `serde_json` words its errors for programmers ("EOF while parsing a
//! string", "invalid type: string \"x\", expected a sequence"). The user
//! who meets one has a file that was cut short, a comma too many, or a
//! text where a list belongs; this module says which, where (line and
//! column, as an editor counts them) and what to do. Both readers of JSON
//! files — `questionnaire` and `pack` — go through [`json_issue`], so the
//! two never word the same mistake differently.
//!
//! `serde_json` tells the kind of a syntax error only through its message,
//! so the stock messages are recognised here by their fixed first words;
//! the unit tests below produce every one of them from real text, so a
//! `serde_json` that words one differently fails a test instead of
//! showing its own words. A message this module does not know is shown
//! without the programmer's position suffix, never dropped.

use serde_json::error::Category;

use crate::Issue;

/// The plain issue for a `serde_json` error met at JSON `path` (`$` for
/// the root) while reading `text`.
pub(crate) fn json_issue(path: &str, e: &serde_json::Error, text: &str) -> Issue {
    let (line, column) = if e.line() > 0 {
        (
            Some(e.line()),
            Some(char_column(text, e.line(), e.column())),
        )
    } else {
        (None, None)
    };
    let said = e.to_string();
    // The error's own " at line L column C" is said in our words instead.
    let said = match said.rfind(" at line ") {
        Some(i) if e.line() > 0 => &said[..i],
        _ => said.as_str(),
    };
    let message = match e.classify() {
        Category::Eof => cut_short(text),
        Category::Syntax | Category::Io => syntax(said, text, e.line(), column),
        Category::Data => data(path, said),
    };
    Issue {
        path: path.to_owned(),
        line,
        column,
        message,
    }
}

/// What was open where the text ends: the file was cut short there (the
/// issue's line and column say where that is).
fn cut_short(text: &str) -> String {
    const AGAIN: &str = "it may be cut short — copy or download it again";
    match open_at_end(text) {
        Open::Nothing if text.trim().is_empty() => {
            "the file is empty; it may not have been saved or copied completely".to_owned()
        }
        Open::Text => format!("the file stops in the middle of a text; {AGAIN}"),
        Open::List => format!("the file stops in the middle of a list [ … ]; {AGAIN}"),
        Open::Block => format!("the file stops in the middle of a {{ … }} block; {AGAIN}"),
        Open::Nothing => format!("the file stops early; {AGAIN}"),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Open {
    Nothing,
    Text,
    List,
    Block,
}

/// The innermost thing still open at the end of `text`: a text in quotes,
/// a list or a block (escapes inside texts taken into account).
fn open_at_end(text: &str) -> Open {
    let mut stack: Vec<u8> = Vec::new();
    let mut in_text = false;
    let mut escaped = false;
    for b in text.bytes() {
        if in_text {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_text = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_text = true,
            b'[' | b'{' => stack.push(b),
            b']' | b'}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    match (in_text, stack.last()) {
        (true, _) => Open::Text,
        (false, Some(b'[')) => Open::List,
        (false, Some(_)) => Open::Block,
        (false, None) => Open::Nothing,
    }
}

/// A syntax error by its `serde_json` message, at `line` and the character
/// `column`.
fn syntax(said: &str, text: &str, line: usize, column: Option<usize>) -> String {
    let found = column.and_then(|c| char_at(text, line, c));
    match said {
        "expected `:`" => "a colon (:) is missing after the name".into(),
        "expected `,` or `]`" => "a comma or a closing bracket ] is missing".into(),
        "expected `,` or `}`" => "a comma or a closing brace } is missing".into(),
        "trailing comma" => {
            "there is a comma before the closing bracket; remove that last comma".into()
        }
        "key must be a string" => {
            "a name must be in double quotes, like \"title\": (not title: or 'title':)".into()
        }
        "expected ident" => "this word is not a value; put text in double quotes \
             (the only words without quotes are true, false and null)"
            .into(),
        "expected value" if line == 1 && column == Some(1) => "this is not a JSON file (it \
             should begin with a {); check that you chose the right file"
            .into(),
        "expected value" => match found {
            Some('\'') => "texts must be in double quotes (\"…\"), not single quotes".into(),
            Some(c @ (']' | '}' | ',')) => {
                format!(
                    "a value is missing before “{c}”; remove the comma before it or add the value"
                )
            }
            Some(c) => format!(
                "“{c}” cannot stand here; a value was expected (a text in double quotes, a \
                 number, true, false, null, a list [ … ] or a block {{ … }})"
            ),
            None => "a value was expected here".into(),
        },
        "expected `\"`" => "a double quote (\") is missing".into(),
        "trailing characters" => "there is more text after the end of the file's content; \
             remove it (were two files pasted together?)"
            .into(),
        "invalid escape" => "a backslash (\\) in a text starts an unknown escape; write \\\\ \
             for a backslash and \\\" for a double quote"
            .into(),
        "invalid number" => "this number is not written correctly; write it like 3 or 1.5".into(),
        "number out of range" => "this number is too large".into(),
        "invalid unicode code point"
        | "unexpected end of hex escape"
        | "lone leading surrogate in hex escape" => {
            "a \\u escape in a text is not a valid character".into()
        }
        "recursion limit exceeded" => {
            "the file is nested too deeply (more than 128 levels of [ and {) to be read".into()
        }
        s if s.starts_with("control character") => "a text runs over a line break or holds a \
             tab; a closing double quote may be missing (inside a text, write \\n for a line \
             break)"
            .into(),
        other => format!("this is not valid JSON ({other})"),
    }
}

/// A value-level error (wrong type, missing or unknown field) at `path`.
fn data(path: &str, said: &str) -> String {
    let subject = if path == "$" || path.is_empty() {
        "the file's content"
    } else {
        path
    };
    let within = if path == "$" || path.is_empty() {
        String::new()
    } else {
        format!(" from {path}")
    };
    if let Some(rest) = said
        .strip_prefix("invalid type: ")
        .or_else(|| said.strip_prefix("invalid value: "))
        && let Some((found, expected)) = rest.rsplit_once(", expected ")
    {
        return format!(
            "{subject} must be {}, not {}",
            expected_words(expected),
            found_words(found)
        );
    }
    if let Some(rest) = said.strip_prefix("invalid length ")
        && let Some((n, expected)) = rest.split_once(", expected ")
    {
        // A block written as a list: serde tried the list's entries as fields.
        if expected.starts_with("struct ") {
            return format!("{subject} must be a block {{ … }}, not a list");
        }
        return format!(
            "{subject} has {n} entries; it must have {}",
            expected_words(expected)
        );
    }
    if let Some(name) = said
        .strip_prefix("missing field `")
        .and_then(|s| s.strip_suffix('`'))
    {
        return format!("\"{name}\" is missing{within}; add it");
    }
    if let Some(rest) = said.strip_prefix("unknown field `")
        && let Some((name, known)) = rest.split_once("`, ")
    {
        // The path ends with the unknown key itself; the block is before it.
        let block = path
            .strip_suffix(name)
            .map_or(path, |p| p.trim_end_matches('.'));
        let place = if block.is_empty() || block == "$" {
            " here".to_owned()
        } else {
            format!(" of {block}")
        };
        return format!(
            "\"{name}\" is not a field{place}; {}",
            known_words(known, "the known fields are")
        );
    }
    if let Some(rest) = said.strip_prefix("unknown variant `")
        && let Some((name, known)) = rest.split_once("`, ")
    {
        return format!(
            "{subject}: \"{name}\" is not allowed; {}",
            known_words(known, "use one of")
        );
    }
    if let Some(name) = said
        .strip_prefix("duplicate field `")
        .and_then(|s| s.strip_suffix('`'))
    {
        return format!("\"{name}\" appears twice{within}; keep one");
    }
    // A message of this crate's own (a date, say): already plain.
    if subject == path {
        format!("{path}: {said}")
    } else {
        said.to_owned()
    }
}

/// serde's "expected one of `a`, `b`" / "expected `a`" / "there are no
/// fields" as a plain list.
fn known_words(known: &str, lead: &str) -> String {
    let names: Vec<&str> = known
        .trim_start_matches("expected one of ")
        .trim_start_matches("expected ")
        .split(", ")
        .map(|n| n.trim_matches('`'))
        .filter(|n| !n.is_empty())
        .collect();
    if known.starts_with("there are no") || names.is_empty() {
        "nothing may be written here".to_owned()
    } else {
        format!("{lead}: {}", names.join(", "))
    }
}

/// What serde expected, in the words of someone editing the file.
fn expected_words(expected: &str) -> String {
    match expected {
        "a sequence" => "a list [ … ]".into(),
        "a string" | "a borrowed string" | "a character" => "a text in double quotes".into(),
        "a boolean" => "true or false".into(),
        "u8" => "a whole number from 0 to 255".into(),
        "u16" => "a whole number from 0 to 65535".into(),
        "u32" | "u64" | "u128" | "usize" => "a whole number, 0 or more".into(),
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number".into(),
        "f32" | "f64" => "a number".into(),
        "unit" => "null".into(),
        e if e.starts_with("struct ") || e == "a map" || e == "map" => "a block { … }".into(),
        other => other.to_owned(),
    }
}

/// What serde found, the same way; long texts are cut.
fn found_words(found: &str) -> String {
    if let Some(quoted) = found.strip_prefix("string ") {
        let inner = quoted
            .strip_prefix('"')
            .and_then(|q| q.strip_suffix('"'))
            .unwrap_or(quoted);
        return if inner.chars().count() > 40 {
            let cut: String = inner.chars().take(40).collect();
            format!("the text \"{cut}…\"")
        } else {
            format!("the text {quoted}")
        };
    }
    let tick = |s: &str| s.trim_matches('`').to_owned();
    if let Some(n) = found
        .strip_prefix("integer ")
        .or_else(|| found.strip_prefix("floating point "))
    {
        return format!("the number {}", tick(n));
    }
    if let Some(b) = found.strip_prefix("boolean ") {
        return tick(b);
    }
    match found {
        "null" | "unit value" => "null".into(),
        "sequence" => "a list".into(),
        "map" => "a block { … }".into(),
        other => other.to_owned(),
    }
}

/// The character at a 1-based line and character column, if any.
fn char_at(text: &str, line: usize, column: usize) -> Option<char> {
    text.split('\n')
        .nth(line.checked_sub(1)?)?
        .chars()
        .nth(column.checked_sub(1)?)
}

/// `serde_json` counts columns in bytes; issues count characters, as editors
/// do. Converts a 1-based byte column on a 1-based line to characters.
pub(crate) fn char_column(text: &str, line: usize, byte_column: usize) -> usize {
    let Some(line_text) = text.split('\n').nth(line.saturating_sub(1)) else {
        return byte_column;
    };
    line_text
        .char_indices()
        .take_while(|(i, _)| *i < byte_column)
        .count()
        .max(1)
}

/// The issue for bytes that are not UTF-8 text: where the first bad byte
/// is, and how to save the file so it can be read.
pub(crate) fn not_utf8(bytes: &[u8], valid_up_to: usize) -> Issue {
    let before = bytes.get(..valid_up_to).unwrap_or(bytes);
    // invariant: `before` is exactly the part the decoder found valid.
    let before = std::str::from_utf8(before).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Issue {
        path: "$".into(),
        line: Some(line),
        column: Some(column),
        message: "a character here cannot be read, so the file was saved in another text \
                  encoding; open it in a text editor and save it with the encoding “UTF-8”"
            .into(),
    }
}

/// The issue for a file saved as UTF-16 (it starts with that byte-order mark).
pub(crate) fn utf16() -> Issue {
    Issue {
        path: "$".into(),
        line: None,
        column: None,
        message: "the file was saved in the text encoding UTF-16; open it in a text editor and \
                  save it with the encoding “UTF-8”"
            .into(),
    }
}

/// `serde_path_to_error`'s path spelled like every other issue path:
/// `dimensions[3].questions[1]`, `$` for the root.
pub(crate) fn path_string(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        out = match segment {
            Segment::Seq { index } => push_index(&out, *index),
            Segment::Map { key } | Segment::Enum { variant: key } => push_key(&out, key),
            Segment::Unknown => out,
        };
    }
    if out.is_empty() { "$".to_owned() } else { out }
}

/// Appends a member key to a path the way issues spell it: `a.b`.
pub(crate) fn push_key(path: &str, key: &str) -> String {
    let root = path.is_empty() || path == "$";
    // A key that would read as something else (nothing at all, a dot, a
    // bracket, a space) is written quoted in brackets: `$[""]`, `a["x.y"]`.
    let plain = !key.is_empty()
        && !key
            .chars()
            .any(|c| matches!(c, '.' | '[' | ']' | '"') || c.is_whitespace() || c.is_control());
    match (plain, root) {
        (true, true) => key.to_owned(),
        (true, false) => format!("{path}.{key}"),
        (false, true) => format!("$[{key:?}]"),
        (false, false) => format!("{path}[{key:?}]"),
    }
}

/// Appends an element index to a path: `a[3]`.
pub(crate) fn push_index(path: &str, index: usize) -> String {
    if path == "$" {
        format!("[{index}]")
    } else {
        format!("{path}[{index}]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain message for parsing `text` as any JSON value.
    fn said(text: &str) -> String {
        let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
        json_issue("$", &e, text).located()
    }

    #[test]
    fn every_key_gives_a_path_that_names_it() {
        assert_eq!(push_key("$", "title"), "title");
        assert_eq!(push_key("dimensions[0]", "title"), "dimensions[0].title");
        // A key that is empty or holds a dot, bracket or space is quoted, so
        // the path is never empty and never reads as a deeper one.
        assert_eq!(push_key("$", ""), "$[\"\"]");
        assert_eq!(push_key("", "a.b"), "$[\"a.b\"]");
        assert_eq!(push_key("levels[1]", "my name"), "levels[1][\"my name\"]");
    }

    #[test]
    fn a_file_cut_short_says_what_it_stopped_in() {
        assert_eq!(
            said("{\n  \"title\": \"Cust"),
            "line 2, column 16: the file stops in the middle of a text; it may be cut short — copy or download it again"
        );
        assert_eq!(
            said("{\n  \"authors\": [\"A\",\n"),
            "line 3, column 1: the file stops in the middle of a list [ … ]; it may be cut short — copy or download it again"
        );
        assert_eq!(
            said("{\"a\": {\"b\": 1}"),
            "line 1, column 14: the file stops in the middle of a { … } block; it may be cut short — copy or download it again"
        );
        assert_eq!(
            said(""),
            "line 1, column 1: the file is empty; it may not have been saved or copied completely"
        );
        // An escaped quote does not end the text.
        assert_eq!(open_at_end("[\"a \\\" b"), Open::Text);
        assert_eq!(open_at_end("[\"a\\\\\""), Open::List);
    }

    #[test]
    fn every_syntax_mistake_has_its_own_words_and_place() {
        let cases: &[(&str, &str)] = &[
            (
                "{\"a\" 1}",
                "line 1, column 6: a colon (:) is missing after the name",
            ),
            (
                "[1 2]",
                "line 1, column 4: a comma or a closing bracket ] is missing",
            ),
            (
                "{\"a\": 1\n \"b\": 2}",
                "line 2, column 2: a comma or a closing brace } is missing",
            ),
            (
                "{\"a\": 1,\n}",
                "line 2, column 1: there is a comma before the closing bracket; remove that last comma",
            ),
            (
                "[1, 2,]",
                "line 1, column 7: there is a comma before the closing bracket; remove that last comma",
            ),
            (
                "{title: 1}",
                "line 1, column 2: a name must be in double quotes, like \"title\": (not title: or 'title':)",
            ),
            (
                "[nope]",
                "line 1, column 3: this word is not a value; put text in double quotes (the only words without quotes are true, false and null)",
            ),
            (
                "x",
                "line 1, column 1: this is not a JSON file (it should begin with a {); check that you chose the right file",
            ),
            (
                "[1, 'a']",
                "line 1, column 5: texts must be in double quotes (\"…\"), not single quotes",
            ),
            (
                "{\"a\": }",
                "line 1, column 7: a value is missing before “}”; remove the comma before it or add the value",
            ),
            (
                "[1, #]",
                "line 1, column 5: “#” cannot stand here; a value was expected (a text in double quotes, a number, true, false, null, a list [ … ] or a block { … })",
            ),
            (
                "{} x",
                "line 1, column 4: there is more text after the end of the file's content; remove it (were two files pasted together?)",
            ),
            (
                "[\"a\\q\"]",
                "line 1, column 5: a backslash (\\) in a text starts an unknown escape; write \\\\ for a backslash and \\\" for a double quote",
            ),
            (
                "[01]",
                "line 1, column 3: this number is not written correctly; write it like 3 or 1.5",
            ),
            (
                "[\"\\uD800\"]",
                "line 1, column 9: a \\u escape in a text is not a valid character",
            ),
            (
                "[\"a\nb\"]",
                "line 2, column 1: a text runs over a line break or holds a tab; a closing double quote may be missing (inside a text, write \\n for a line break)",
            ),
        ];
        for (text, plain) in cases {
            assert_eq!(&said(text), plain, "for {text:?}");
        }
        let deep = "[".repeat(200);
        assert_eq!(
            said(&deep),
            "line 1, column 128: the file is nested too deeply (more than 128 levels of [ and {) to be read"
        );
    }

    #[test]
    fn a_value_of_the_wrong_kind_names_its_place_and_both_kinds() {
        #[derive(Debug, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        #[allow(dead_code)]
        struct Doc {
            list: Vec<String>,
            level: u8,
            weight: Option<f64>,
            on: Option<bool>,
            inner: Option<Inner>,
        }
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct Inner {
            name: String,
        }
        let at = |text: &str| {
            let mut de = serde_json::Deserializer::from_str(text);
            let e = serde_path_to_error::deserialize::<_, Doc>(&mut de).unwrap_err();
            json_issue(&path_string(e.path()), e.inner(), text)
        };
        let at_place = |text: &str| at(text).located();
        let issue = at("{\"list\": \"one long text\", \"level\": 1}");
        assert_eq!(issue.path, "list");
        assert_eq!(
            issue.message,
            "list must be a list [ … ], not the text \"one long text\""
        );
        assert_eq!((issue.line, issue.column), (Some(1), Some(24)));
        let cases: &[(&str, &str)] = &[
            (
                "{\"list\": [], \"level\": 300}",
                "line 1, column 25: level must be a whole number from 0 to 255, not the number 300",
            ),
            (
                "{\"list\": [], \"level\": 1, \"weight\": \"heavy\"}",
                "line 1, column 42: weight must be a number, not the text \"heavy\"",
            ),
            (
                "{\"list\": [], \"level\": 1, \"on\": 1}",
                "line 1, column 32: on must be true or false, not the number 1",
            ),
            (
                "{\"list\": [], \"level\": 1, \"inner\": []}",
                "line 1, column 36: inner must be a block { … }, not a list",
            ),
            (
                "{\"list\": [], \"level\": 1, \"inner\": {}}",
                "line 1, column 36: \"name\" is missing from inner; add it",
            ),
            (
                "{\"list\": []}",
                "line 1, column 12: \"level\" is missing; add it",
            ),
            (
                "{\"list\": [], \"level\": 1, \"colour\": 1}",
                "line 1, column 33: \"colour\" is not a field here; the known fields are: list, level, weight, on, inner",
            ),
            (
                "[]",
                "line 1, column 2: the file's content must be a block { … }, not a list",
            ),
            (
                "{\"list\": [null], \"level\": 1}",
                "line 1, column 14: list[0] must be a text in double quotes, not null",
            ),
        ];
        for (text, plain) in cases {
            assert_eq!(&at_place(text), plain, "for {text:?}");
        }
        let long = format!("{{\"list\": \"{}\", \"level\": 1}}", "x".repeat(60));
        assert_eq!(
            at_place(&long),
            format!(
                "line 1, column 71: list must be a list [ … ], not the text \"{}…\"",
                "x".repeat(40)
            )
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_say_where_and_how_to_save_the_file() {
        // "{\n  é" is 6 bytes ("é" is two); the bad byte is on line 2
        // after three characters ("  é"), so column 4.
        let mut bytes = "{\n  é".as_bytes().to_vec();
        bytes.push(0xFF);
        let e = std::str::from_utf8(&bytes).unwrap_err();
        let issue = not_utf8(&bytes, e.valid_up_to());
        assert_eq!((issue.line, issue.column), (Some(2), Some(4)));
        assert_eq!(
            issue.located(),
            "line 2, column 4: a character here cannot be read, so the file was saved in another text encoding; open it in a text editor and save it with the encoding “UTF-8”"
        );
    }

    #[test]
    fn byte_columns_become_character_columns() {
        // "é" is two bytes: the `x` after it is byte column 4, character column 3.
        assert_eq!(char_column("{\n\"é\"x", 2, 4), 3);
        assert_eq!(char_column("abc", 1, 2), 2);
        assert_eq!(char_column("abc", 1, 0), 1);
    }
}
