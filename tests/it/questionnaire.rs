//! Tests of the questionnaire area: the file format, every validation rule
//! (one fixture each, in tests/fixtures/questionnaires/), file reading, the
//! built-in questionnaire, the committed JSON Schema and `cxm questionnaire`.

use std::path::{Path, PathBuf};
use std::process::Output;

use cx_maturity::questionnaire::{self, Effort, Questionnaire};
use cx_maturity::{Error, Issue};

use crate::util;

fn fixture(name: &str) -> PathBuf {
    util::fixtures().join("questionnaires").join(name)
}

/// The issues of a file that must fail to load as an invalid questionnaire.
fn issues_of(result: cx_maturity::Result<Questionnaire>) -> Vec<Issue> {
    match result {
        Err(Error::InvalidQuestionnaire { issues, .. }) => issues,
        Err(other) => panic!("expected an invalid questionnaire, got {other}"),
        Ok(q) => panic!("expected an invalid questionnaire, {} loaded", q.id),
    }
}

/// Loads a fixture and asserts that exactly these issues are reported, in
/// file order: each as (JSON path, a fragment of the message).
#[track_caller]
fn check(name: &str, expected: &[(&str, &str)]) {
    let issues = issues_of(questionnaire::load_file(&fixture(name)));
    let shown: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert_eq!(
        issues.len(),
        expected.len(),
        "{name}: wrong number of issues:\n{}",
        shown.join("\n")
    );
    for (issue, (path, fragment)) in issues.iter().zip(expected) {
        assert_eq!(issue.path, *path, "{name}: {issue}");
        assert!(
            issue.message.contains(fragment),
            "{name}: {issue:?} should say {fragment:?}"
        );
        // Every issue in a file that is valid JSON points at a place in it.
        assert!(
            issue.line.is_some() && issue.column.is_some(),
            "{name}: {issue:?}"
        );
    }
}

// ---------------------------------------------------------------- the valid file

#[test]
fn small_valid_fixture_loads_with_its_defaults() {
    let q = questionnaire::load_file(&fixture("valid.json")).unwrap();
    assert_eq!(
        (q.id.as_str(), q.version.as_str(), q.locale.as_str()),
        ("mini", "0.1.0", "en-GB")
    );
    assert_eq!(q.levels.len(), 5);
    assert_eq!(q.level_name(3), "Defined");
    assert_eq!(q.dimensions.len(), 2);
    assert_eq!(q.questions().count(), 3);
    let data = q.dimension("data").unwrap();
    assert_eq!(data.weight, 2.0);
    // `service` has no weight in the file: the default is 1.
    assert_eq!(q.dimension("service").unwrap().weight, 1.0);
    let (_, quality) = q.question("data.quality").unwrap();
    assert_eq!(quality.weight, 0.5);
    assert_eq!(q.question("data.single-view").unwrap().1.weight, 1.0);
    // The file lists 2→3 before 1→2; checked transitions are in ascending order.
    let froms: Vec<u8> = data.transitions.iter().map(|t| t.from).collect();
    assert_eq!(froms, vec![1, 2]);
    let efforts: Vec<Effort> = q.actions().map(|(_, _, a)| a.effort).collect();
    assert_eq!(efforts, vec![Effort::S, Effort::M, Effort::L]);
}

#[test]
fn checked_questionnaire_round_trips_through_the_file_format() {
    let q = questionnaire::load_file(&fixture("valid.json")).unwrap();
    let text = serde_json::to_string_pretty(&q.to_raw()).unwrap();
    let again = questionnaire::parse(&text, Path::new("round-trip.json")).unwrap();
    assert_eq!(again, q);
}

// ---------------------------------------------------------------- one rule each

#[test]
fn format_version() {
    check(
        "format-version.json",
        &[("format", "unsupported format 2; this build reads format 1")],
    );
}

#[test]
fn empty_id() {
    check("id-empty.json", &[("id", "id is empty")]);
}

#[test]
fn id_with_disallowed_characters() {
    check(
        "id-characters.json",
        &[(
            "dimensions[1].id",
            "id \"Customer Service\" may only use a-z, 0-9",
        )],
    );
}

#[test]
fn duplicate_dimension_id() {
    check(
        "duplicate-dimension-id.json",
        &[(
            "dimensions[1].id",
            "duplicate dimension id \"data\" (first at dimensions[0].id)",
        )],
    );
}

#[test]
fn duplicate_question_id_across_dimensions() {
    check(
        "duplicate-question-id.json",
        &[(
            "dimensions[1].questions[0].id",
            "duplicate question id \"data.quality\" (first at dimensions[0].questions[1].id)",
        )],
    );
}

#[test]
fn duplicate_action_id_across_dimensions() {
    check(
        "duplicate-action-id.json",
        &[(
            "dimensions[1].transitions[0].actions[0].id",
            "duplicate action id \"data.2-3.customer-id\"",
        )],
    );
}

#[test]
fn four_anchors() {
    check(
        "anchors-count.json",
        &[(
            "dimensions[0].questions[1].anchors",
            "expected exactly 5 anchors (one per level, 1 to 5), found 4",
        )],
    );
}

#[test]
fn blank_anchor() {
    check(
        "anchor-empty.json",
        &[(
            "dimensions[0].questions[1].anchors[2]",
            "anchor for level 3 is empty",
        )],
    );
}

#[test]
fn repeated_anchor() {
    check(
        "anchors-repeated.json",
        &[(
            "dimensions[0].questions[1].anchors[3]",
            "anchor for level 4 repeats the anchor for level 2",
        )],
    );
}

#[test]
fn four_levels() {
    check(
        "levels-count.json",
        &[("levels", "expected exactly 5 levels (1 to 5), found 4")],
    );
}

#[test]
fn levels_out_of_order() {
    check(
        "levels-order.json",
        &[
            ("levels[1].level", "expected level 2 here, found 3"),
            ("levels[2].level", "expected level 3 here, found 2"),
        ],
    );
}

#[test]
fn empty_level_name() {
    check(
        "level-name-empty.json",
        &[("levels[0].name", "name is empty")],
    );
}

#[test]
fn zero_and_negative_weights() {
    check(
        "weights.json",
        &[
            (
                "dimensions[0].weight",
                "weight must be greater than 0, found 0",
            ),
            (
                "dimensions[0].questions[1].weight",
                "weight must be greater than 0, found -1.5",
            ),
        ],
    );
}

#[test]
fn weight_too_large_for_a_number() {
    // 1e999 is not a finite f64; serde_json refuses it as out of range.
    check(
        "weight-out-of-range.json",
        &[("dimensions[0].weight", "this number is too large")],
    );
}

#[test]
fn empty_texts() {
    check(
        "empty-texts.json",
        &[
            ("title", "title is empty"),
            ("dimensions[0].questions[0].prompt", "prompt is empty"),
            (
                "dimensions[0].questions[0].help",
                "help is empty; leave it out instead",
            ),
            (
                "dimensions[0].transitions[1].actions[0].description",
                "description is empty",
            ),
        ],
    );
}

#[test]
fn no_dimensions() {
    check(
        "no-dimensions.json",
        &[(
            "dimensions",
            "no dimensions; a questionnaire needs at least one",
        )],
    );
}

#[test]
fn dimension_without_questions() {
    check(
        "no-questions.json",
        &[(
            "dimensions[1].questions",
            "dimension \"service\" has no questions",
        )],
    );
}

#[test]
fn transition_from_out_of_range() {
    check(
        "transition-from.json",
        &[(
            "dimensions[1].transitions[0].from",
            "from must be 1 to 4, found 5",
        )],
    );
}

#[test]
fn transition_skipping_a_level() {
    check(
        "transition-to.json",
        &[(
            "dimensions[0].transitions[0].to",
            "to must be from + 1 = 3, found 4",
        )],
    );
}

#[test]
fn transition_listed_twice() {
    check(
        "transition-twice.json",
        &[(
            "dimensions[0].transitions[1]",
            "transition 1→2 appears twice in dimension \"data\" (first at dimensions[0].transitions[0])",
        )],
    );
}

#[test]
fn unknown_effort() {
    check(
        "effort.json",
        &[(
            "dimensions[1].transitions[0].actions[0].effort",
            "effort \"XL\" must be S, M or L",
        )],
    );
}

#[test]
fn requires_unknown_action() {
    check(
        "requires-unknown.json",
        &[(
            "dimensions[1].transitions[0].actions[0].requires[0]",
            "requires unknown action \"data.1-2.nope\"",
        )],
    );
}

#[test]
fn requires_cycle_is_named_in_full() {
    // customer-id → inventory (in valid.json), inventory → first-contact and
    // first-contact → customer-id (added): one cycle of three, named from the
    // first of them in the file (customer-id, transitions[0] of `data`).
    check(
        "requires-cycle.json",
        &[(
            "dimensions[0].transitions[0].actions[0].requires[0]",
            "requires cycle: data.2-3.customer-id → data.1-2.inventory → service.1-2.first-contact → data.2-3.customer-id",
        )],
    );
}

#[test]
fn action_requiring_itself() {
    check(
        "requires-self.json",
        &[(
            "dimensions[0].transitions[0].actions[0].requires[0]",
            "action \"data.2-3.customer-id\" requires itself",
        )],
    );
}

#[test]
fn version_that_is_not_semver() {
    check(
        "version.json",
        &[(
            "version",
            "version \"1.0\" is not a semantic version like 1.0.0",
        )],
    );
}

#[test]
fn empty_locale() {
    check("locale-empty.json", &[("locale", "locale is empty")]);
}

#[test]
fn missing_field() {
    check(
        "missing-field.json",
        &[(
            "dimensions[1]",
            "\"title\" is missing from dimensions[1]; add it",
        )],
    );
}

#[test]
fn wrong_type_has_path_line_and_column() {
    let issues = issues_of(questionnaire::load_file(&fixture("wrong-type.json")));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].path, "dimensions[0].questions[0].anchors");
    assert_eq!(
        issues[0].message,
        "dimensions[0].questions[0].anchors must be a list [ … ], not the text \"one long text\""
    );
    // `"anchors": "one long text"` is line 51 of the fixture, indented 10 spaces.
    assert_eq!((issues[0].line, issues[0].column), (Some(51), Some(11)));
}

#[test]
fn every_unknown_field_is_reported_with_its_place() {
    let issues = issues_of(questionnaire::load_file(&fixture("unknown-fields.json")));
    let found: Vec<(&str, Option<usize>, Option<usize>, &str)> = issues
        .iter()
        .map(|i| (i.path.as_str(), i.line, i.column, i.message.as_str()))
        .collect();
    // Lines and columns read off the fixture: each key is the last member of
    // its object, indented 10, 14 and 2 spaces.
    assert_eq!(
        found,
        vec![
            (
                "dimensions[0].questions[1].wieght",
                Some(70),
                Some(11),
                "unknown field \"wieght\"; did you mean \"weight\"?"
            ),
            (
                "dimensions[1].transitions[0].actions[0].notes",
                Some(136),
                Some(15),
                "unknown field \"notes\"; expected one of: id, title, description, effort, owner, requires"
            ),
            (
                "titel",
                Some(143),
                Some(3),
                "unknown field \"titel\"; did you mean \"title\"?"
            ),
        ]
    );
}

#[test]
fn duplicate_key_is_not_silently_collapsed() {
    check("duplicate-key.json", &[("id", "duplicate key \"id\"")]);
}

#[test]
fn every_problem_of_a_file_is_reported() {
    check(
        "many-problems.json",
        &[
            ("version", "version \"one\" is not a semantic version"),
            (
                "dimensions[0].weight",
                "weight must be greater than 0, found -2",
            ),
            ("dimensions[0].questions[1].anchors", "found 4"),
            (
                "dimensions[1].questions[0].id",
                "duplicate question id \"data.single-view\"",
            ),
            (
                "dimensions[1].transitions[0].actions[0].effort",
                "effort \"XXL\"",
            ),
            (
                "dimensions[1].transitions[0].actions[0].requires[1]",
                "\"data.1-2.inventory\" is listed twice",
            ),
            (
                "dimensions[1].transitions[0].actions[0].requires[2]",
                "requires unknown action \"nowhere\"",
            ),
            ("colour", "unknown field \"colour\""),
        ],
    );
}

// ---------------------------------------------------------------- syntax and reading

#[test]
fn truncated_file() {
    let issues = issues_of(questionnaire::load_file(&fixture("truncated.json")));
    assert_eq!(issues.len(), 1);
    // The file stops inside the fifth anchor of the second question, on its
    // last line: 67 line breaks, so the text ends on line 68.
    assert_eq!(issues[0].path, "dimensions[0].questions[1].anchors[4]");
    assert_eq!(
        issues[0].message,
        "the file stops in the middle of a text; it may be cut short — copy or download it again"
    );
    // The last line holds 26 characters: the file stops after the 26th.
    assert_eq!((issues[0].line, issues[0].column), (Some(68), Some(26)));
    // Shown alone (the app's message, the command line), it says where.
    assert_eq!(
        issues[0].located(),
        "line 68, column 26: the file stops in the middle of a text; it may be cut short — copy or download it again"
    );
}

#[test]
fn not_json() {
    let issues = issues_of(questionnaire::load_file(&fixture("not-json.json")));
    assert_eq!(issues.len(), 1);
    assert_eq!(
        (issues[0].path.as_str(), issues[0].line, issues[0].column),
        ("$", Some(1), Some(1))
    );
    assert_eq!(
        issues[0].message,
        "this is not a JSON file (it should begin with a {); check that you chose the right file"
    );
}

#[test]
fn trailing_comma() {
    let issues = issues_of(questionnaire::load_file(&fixture("trailing-comma.json")));
    assert_eq!(issues.len(), 1);
    // The comma ends line 3; serde_json reports the `}` it meets on line 4.
    assert_eq!((issues[0].line, issues[0].column), (Some(4), Some(1)));
    assert_eq!(
        issues[0].message,
        "there is a comma before the closing bracket; remove that last comma"
    );
}

#[test]
fn zero_byte_file() {
    let issues = issues_of(questionnaire::load_file(&fixture("empty.json")));
    assert_eq!(issues.len(), 1);
    assert_eq!(
        (issues[0].path.as_str(), issues[0].message.as_str()),
        (
            "$",
            "the file is empty; choose the questionnaire file itself (this one may not have been saved completely)"
        )
    );
}

#[test]
fn whitespace_only_text() {
    let issues = issues_of(questionnaire::parse(" \n\t\n", Path::new("blank.json")));
    assert_eq!(
        issues[0].message,
        "the file holds only blank space; choose the questionnaire file itself (this one may not have been saved completely)"
    );
}

/// A file cut short anywhere says what it stopped in, and where, in words;
/// never `serde_json`'s "EOF while parsing".
#[test]
fn a_file_cut_anywhere_says_where_it_stops_in_plain_words() {
    let text = std::fs::read_to_string(fixture("valid.json")).unwrap();
    let cuts = [
        // Inside the title's text (line 6 of the fixture).
        (text.find("\"Mini").unwrap() + 3, "in the middle of a text"),
        // Right after the opening of the levels list.
        (
            text.find("\"levels\": [").unwrap() + 11,
            "in the middle of a list [ … ]",
        ),
        // Inside the first level's block, before its first member.
        (
            text.find("\"level\": 1").unwrap(),
            "in the middle of a { … } block",
        ),
    ];
    for (at, inside) in cuts {
        let cut = &text[..at];
        let line = cut.matches('\n').count() + 1;
        let issues = issues_of(questionnaire::parse(cut, Path::new("cut.json")));
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(
            issues[0].message,
            format!("the file stops {inside}; it may be cut short — copy or download it again")
        );
        assert_eq!(issues[0].line, Some(line));
        assert!(!issues[0].message.contains("EOF"));
    }
}

#[test]
fn non_utf8_bytes_say_where() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.json");
    // `{\n  "title": "Caf` then 0xE9 (é in Latin-1, invalid in UTF-8).
    // Before it: `{\n` (2 bytes), then on line 2 two spaces, `"title"` (7),
    // `:` and a space (2), `"Caf` (4) = 15 characters: offset 17, column 16.
    let mut bytes = b"{\n  \"title\": \"Caf".to_vec();
    bytes.extend([0xE9, b'"', b'}']);
    std::fs::write(&path, bytes).unwrap();
    let issues = issues_of(questionnaire::load_file(&path));
    assert_eq!(issues.len(), 1);
    assert_eq!(
        issues[0].message,
        "a character here cannot be read, so the file was saved in another text encoding; open it in a text editor and save it with the encoding “UTF-8”"
    );
    assert_eq!((issues[0].line, issues[0].column), (Some(2), Some(16)));
}

#[test]
fn huge_file_is_refused_by_its_size() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.json");
    // 21 MiB of a plausible-looking JSON string.
    let mut text = String::with_capacity(21 * 1024 * 1024 + 16);
    text.push_str("{\"title\": \"");
    text.push_str(&"x".repeat(21 * 1024 * 1024));
    text.push_str("\"}");
    std::fs::write(&path, text).unwrap();
    let issues = issues_of(questionnaire::load_file(&path));
    assert_eq!(issues.len(), 1);
    assert_eq!(issues[0].path, "$");
    // 21 MiB + 13 bytes of wrapping = 21.0 MB to one decimal.
    assert_eq!(
        issues[0].message,
        "the file is 21.0 MB; questionnaire files are at most 5 MB — choose the questionnaire file itself, not an export or a database"
    );
}

#[test]
fn missing_file_is_an_io_error_naming_it() {
    let err = questionnaire::load_file(Path::new("/nonexistent/q.json")).unwrap_err();
    assert!(matches!(err, Error::Io { .. }), "{err}");
    assert_eq!(
        err.to_string(),
        "could not read or write /nonexistent/q.json: it does not exist (it may have been moved or renamed)"
    );
    // The system's own words stay in the error's source, for the log.
    let source = std::error::Error::source(&err).map(ToString::to_string);
    assert!(source.is_some_and(|s| s.contains("No such file")));
}

#[test]
fn folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let issues = issues_of(questionnaire::load_file(dir.path()));
    assert_eq!(
        issues[0].message,
        "this is a folder, not a questionnaire file; choose the .json file inside it"
    );
}

#[test]
fn byte_order_mark_is_accepted() {
    let text = std::fs::read_to_string(fixture("valid.json")).unwrap();
    let q = questionnaire::parse(&format!("\u{feff}{text}"), Path::new("bom.json")).unwrap();
    assert_eq!(q.id, "mini");
}

// ---------------------------------------------------------------- built-in and schema

#[test]
fn builtin_is_valid_and_meets_the_product_bar() {
    let (file, text) = questionnaire::BUILTIN_SOURCES[0];
    let q = match questionnaire::parse(text, Path::new(file)) {
        Ok(q) => q,
        Err(e) => panic!("the built-in questionnaire is invalid: {e}"),
    };
    assert_eq!(q.id, questionnaire::DEFAULT_ID);
    assert!(q.dimensions.len() >= 9, "{} dimensions", q.dimensions.len());
    assert!(
        q.questions().count() >= 45,
        "{} questions",
        q.questions().count()
    );
    for (_, question) in q.questions() {
        let mut anchors: Vec<&str> = question.anchors.iter().map(|a| a.trim()).collect();
        assert!(anchors.iter().all(|a| !a.is_empty()), "{}", question.id);
        anchors.sort_unstable();
        anchors.dedup();
        assert_eq!(anchors.len(), 5, "{} has repeated anchors", question.id);
    }
    for d in &q.dimensions {
        let froms: Vec<u8> = d.transitions.iter().map(|t| t.from).collect();
        assert_eq!(froms, vec![1, 2, 3, 4], "{} transitions", d.id);
        for t in &d.transitions {
            assert!(
                (2..=4).contains(&t.actions.len()),
                "{} {}→{}: {} actions",
                d.id,
                t.from,
                t.to,
                t.actions.len()
            );
        }
    }
    // The cached list is the same questionnaire.
    assert_eq!(questionnaire::builtin(questionnaire::DEFAULT_ID), Some(q));
    assert_eq!(
        questionnaire::builtins().len(),
        questionnaire::BUILTIN_SOURCES.len()
    );
}

#[test]
fn committed_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == questionnaire::schema::schema_json(),
        "questionnaires/schema.json is stale; regenerate it with\n    cargo run -- questionnaire schema > questionnaires/schema.json"
    );
}

#[test]
fn schema_carries_the_rules_an_editor_can_check() {
    let schema: serde_json::Value =
        serde_json::from_str(&questionnaire::schema::schema_json()).unwrap();
    let question = &schema["$defs"]["RawQuestion"];
    assert_eq!(question["additionalProperties"], false);
    assert_eq!(question["properties"]["anchors"]["minItems"], 5);
    assert_eq!(question["properties"]["anchors"]["maxItems"], 5);
    assert_eq!(
        schema["$defs"]["RawAction"]["properties"]["effort"]["enum"],
        serde_json::json!(["S", "M", "L"])
    );
    let required: Vec<&str> = question["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert_eq!(required, vec!["id", "prompt", "anchors"]);
}

// ---------------------------------------------------------------- cxm questionnaire

fn run(args: &[&str], data_home: &Path) -> Output {
    util::cxm(&data_home.join("unused.db"))
        .args(args)
        .env("XDG_DATA_HOME", data_home)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn cli_validate_valid_file_exits_0() {
    let home = tempfile::tempdir().unwrap();
    let valid = fixture("valid.json");
    let out = run(
        &["questionnaire", "validate", valid.to_str().unwrap()],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("valid.json: valid (mini 0.1.0, 2 dimensions, 3 questions)")
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn cli_validate_reports_every_file_and_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let bad = fixture("weights.json");
    let valid = fixture("valid.json");
    let missing = home.path().join("missing.json");
    let out = run(
        &[
            "questionnaire",
            "validate",
            bad.to_str().unwrap(),
            missing.to_str().unwrap(),
            valid.to_str().unwrap(),
        ],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    // FILE:LINE:COL: PATH: message, for both issues of weights.json.
    assert!(
        stderr.contains(&format!(
            "{}:45:7: dimensions[0].weight: weight must be greater than 0",
            bad.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "dimensions[0].questions[1].weight: weight must be greater than 0, found -1.5"
        )
    );
    assert!(
        stderr.contains(&format!("{}: cannot read", missing.display())),
        "{stderr}"
    );
    assert!(stderr.contains("2 of 3 files are not valid"), "{stderr}");
    // The valid file after the bad ones was still checked.
    assert!(text(&out.stdout).contains("valid.json: valid"));
    assert!(!stderr.contains("panicked"));
}

#[test]
fn cli_usage_errors_exit_2() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&["questionnaire", "validate"], home.path());
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["questionnaire", "frobnicate"], home.path());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn cli_show_json_is_the_file_format() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        &["questionnaire", "show", "cx-maturity", "--json"],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let shown = questionnaire::parse(&text(&out.stdout), Path::new("stdout")).unwrap();
    assert_eq!(Some(shown), questionnaire::builtin("cx-maturity"));
}

#[test]
fn cli_show_file_outline() {
    let home = tempfile::tempdir().unwrap();
    let valid = fixture("valid.json");
    let out = run(
        &["questionnaire", "show", valid.to_str().unwrap()],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with(
            "Mini questionnaire (mini 0.1.0, en-GB)\n2 dimensions, 3 questions, 3 actions\n"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("data.quality  How good is customer data?"));
    assert!(stdout.contains("Introduce one customer id [data.2-3.customer-id] (M, IT)"));
}

#[test]
fn cli_show_unknown_id_exits_1() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&["questionnaire", "show", "no-such-thing"], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(
        "no questionnaire (built-in, installed or file) with id or name \"no-such-thing\""
    ));
}

#[test]
fn cli_list_shows_builtin_and_valid_installed_files() {
    let home = tempfile::tempdir().unwrap();
    let installed = home
        .path()
        .join(cx_maturity::paths::APP_IDENTIFIER)
        .join("questionnaires");
    std::fs::create_dir_all(&installed).unwrap();
    std::fs::copy(fixture("valid.json"), installed.join("mini.json")).unwrap();
    std::fs::copy(fixture("effort.json"), installed.join("broken.json")).unwrap();
    let out = run(&["questionnaire", "list", "--json"], home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<(&str, &str)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["id"].as_str().unwrap(), r["version"].as_str().unwrap()))
        .collect();
    assert_eq!(ids, vec![("cx-maturity", "1.0.0"), ("mini", "0.1.0")]);
    assert_eq!(rows[0]["source"], "built-in");
    assert_eq!(rows[0]["locale"], "en");
    assert!(rows[1]["source"].as_str().unwrap().ends_with("mini.json"));
    // The broken file is named on stderr, not silently dropped.
    assert!(text(&out.stderr).contains("skipped") && text(&out.stderr).contains("broken.json"));
}

#[test]
fn cli_schema_prints_the_schema() {
    let home = tempfile::tempdir().unwrap();
    let out = run(&["questionnaire", "schema"], home.path());
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), questionnaire::schema::schema_json());
}

// ---------------------------------------------------------------- robustness

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let issues = issues_of(questionnaire::parse(&text, Path::new("deep.json")));
    assert_eq!(
        issues[0].message,
        "the file is nested too deeply (more than 128 levels of [ and {) to be read"
    );
}

proptest::proptest! {
    /// Whatever an editor does to a valid file (delete a stretch, type a
    /// character), loading gives a questionnaire or located issues, never a panic.
    #[test]
    fn edits_never_panic_and_issues_point_inside_the_file(
        at in 0usize..6000,
        len in 0usize..40,
        typed in proptest::sample::select(vec!['{', '}', '[', ']', '"', ',', ':', '\n', ' ', '0', '-', 'a', 'é', '\\']),
        delete in proptest::bool::ANY,
    ) {
        let original = std::fs::read_to_string(fixture("valid.json")).unwrap();
        let mut chars: Vec<char> = original.chars().collect();
        let at = at % chars.len();
        if delete {
            let end = (at + len).min(chars.len());
            chars.drain(at..end);
        } else {
            chars.insert(at, typed);
        }
        let text: String = chars.into_iter().collect();
        let lines = text.lines().count().max(1);
        match questionnaire::parse(&text, Path::new("edited.json")) {
            Ok(q) => proptest::prop_assert!(!q.dimensions.is_empty()),
            Err(Error::InvalidQuestionnaire { issues, .. }) => {
                proptest::prop_assert!(!issues.is_empty());
                for issue in issues {
                    proptest::prop_assert!(!issue.path.is_empty() && !issue.message.is_empty());
                    if let Some(line) = issue.line {
                        proptest::prop_assert!(line >= 1 && line <= lines + 1, "{issue:?}");
                    }
                }
            }
            Err(other) => proptest::prop_assert!(false, "unexpected error kind: {other}"),
        }
    }
}

#[test]
fn raw_values_are_validated_on_conversion() {
    let q = questionnaire::load_file(&fixture("valid.json")).unwrap();
    let mut raw = q.to_raw();
    assert_eq!(Questionnaire::try_from(raw.clone()), Ok(q));
    raw.dimensions[0].questions[0].anchors[4] = String::new();
    let err = Questionnaire::try_from(raw).unwrap_err();
    assert!(
        err.to_string()
            .contains("dimensions[0].questions[0].anchors[4]: anchor for level 5 is empty"),
        "{err}"
    );
}

/// A file written on one line with 80,000 unknown keys: every key is
/// reported with its line and column. Finding them is linear in the size
/// of the file (`cargo bench --bench questionnaire`, docs/performance.md);
/// an earlier scanner compared each key with all before it and recounted
/// the line from its start, which took 20 s here.
#[test]
fn eighty_thousand_unknown_keys_on_one_line_are_each_reported_with_their_place() {
    let builtin = std::fs::read_to_string(fixture(
        "../../../questionnaires/cx-maturity/cx-maturity.json",
    ))
    .unwrap();
    let mut value: serde_json::Value = serde_json::from_str(&builtin).unwrap();
    let top = value.as_object_mut().unwrap();
    for i in 0..80_000 {
        top.insert(format!("junk{i}"), i.into());
    }
    let text = serde_json::to_string(&value).unwrap();
    assert!(!text.contains('\n'));
    let issues = issues_of(questionnaire::parse(&text, Path::new("q.json")));
    assert_eq!(issues.len(), 80_000);
    assert!(
        issues
            .iter()
            .all(|i| i.line == Some(1) && i.column.is_some())
    );
    let last = issues.iter().find(|i| i.path == "junk79999").unwrap();
    // Columns count characters (the built-in text has "ö", "–"…), not bytes.
    let byte = text.find("\"junk79999\"").unwrap();
    let expected = text[..byte].chars().count() + 1;
    assert_eq!(last.column, Some(expected));
}

/// Found by fuzzing-led review: one unknown key of 10,000 characters
/// holding 40,000 array elements. Every element's position used to be
/// kept under a path holding the key (424 MB, 4 s; ten times the file ran
/// out of memory). The key is reported, at its place, and nothing else.
#[test]
fn a_long_unknown_key_over_a_long_array_is_reported_once_at_its_place() {
    let path =
        util::fixtures().join("fuzz/questionnaire/unknown-key-10k-chars-40k-element-array.json");
    let issues = issues_of(questionnaire::load_file(&path));
    let unknown: Vec<&Issue> = issues
        .iter()
        .filter(|i| i.message.starts_with("unknown field"))
        .collect();
    assert_eq!(unknown.len(), 1, "{issues:?}");
    assert_eq!(unknown[0].path.chars().count(), 10_000);
    assert!(unknown[0].line.is_some() && unknown[0].column.is_some());
}

/// Found by fuzzing-led review: a chain of 4,000 actions, each also
/// requiring the first, closes 4,000 cycles as long as the chain (quadratic
/// time and memory). The first twenty are reported; fixing them and
/// validating again shows the rest.
#[test]
fn thousands_of_requires_cycles_are_reported_twenty_at_a_time() {
    let path = util::fixtures().join("fuzz/questionnaire/requires-chain-4000-back-edges.json");
    let issues = issues_of(questionnaire::load_file(&path));
    let cycles = issues
        .iter()
        .filter(|i| i.message.starts_with("requires cycle"))
        .count();
    assert_eq!(cycles, 20, "{}", issues.len());
}

#[test]
fn short_title_too_long() {
    // "Customer data and single view" is 29 characters.
    check(
        "short-title-too-long.json",
        &[(
            "dimensions[0].short_title",
            "short_title is 29 characters long; at most 24",
        )],
    );
}

#[test]
fn short_title_empty() {
    check(
        "short-title-empty.json",
        &[("dimensions[1].short_title", "short_title is empty")],
    );
}

/// Without a short title, a chart shows the title cut between words, never
/// after a comma or a small word; a short title is used as written.
#[test]
fn chart_titles_are_short_titles_or_titles_cut_between_words() {
    use cx_maturity::questionnaire::shorten_title;
    for (title, shown) in [
        ("Trust and transparency", "Trust and transparency"),
        (
            "Leadership, governance and ownership",
            "Leadership, governance…",
        ),
        (
            "Culture, employee empowerment and incentives",
            "Culture, employee…",
        ),
        (
            "Voice of the customer and insight",
            "Voice of the customer…",
        ),
        (
            "Personalisation and next best action in real time",
            "Personalisation…",
        ),
        (
            "Supercalifragilisticexpialidociousness",
            "Supercalifragilisticexpialidociousness…",
        ),
    ] {
        assert_eq!(shorten_title(title, 24), shown, "{title}");
    }
    let q = questionnaire::builtin("cx-maturity").unwrap();
    let charts: Vec<String> = q.dimensions.iter().map(|d| d.chart_title()).collect();
    assert_eq!(
        charts,
        [
            "Vision and strategy",
            "Leadership & governance",
            "Voice of the customer",
            "Data",
            "Journeys",
            "Personalisation",
            "Measurement",
            "Culture",
            "Collaboration",
            "Trust"
        ]
    );
    let plain = questionnaire::load_file(&fixture("valid.json")).unwrap();
    assert_eq!(plain.dimensions[0].short_title, None);
    assert_eq!(plain.dimensions[0].chart_title(), "Customer data");
}
