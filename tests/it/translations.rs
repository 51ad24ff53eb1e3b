//! Tests of questionnaires in several languages: the built-in one is
//! complete in English, German and French and agrees with its glossary; a
//! translation that misses, adds or misshapes a text is refused with the
//! JSON path of the problem; switching language changes texts and nothing
//! that scores.

use std::path::Path;

use cx_maturity::Issue;
use cx_maturity::questionnaire::{self, Questionnaire};
use serde_json::{Value, json};

use crate::store::builtin;
use crate::util;

const BUILTIN_FILE: &str = "questionnaires/cx-maturity/cx-maturity.json";

fn builtin_value() -> Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(BUILTIN_FILE))
        .expect("the built-in questionnaire file");
    serde_json::from_str(&text).expect("JSON")
}

/// The issues of `value` as a questionnaire file; none when it loads.
fn issues(value: &Value) -> Vec<Issue> {
    let text = serde_json::to_string_pretty(value).expect("encode");
    match questionnaire::parse(&text, Path::new("q.json")) {
        Ok(_) => Vec::new(),
        Err(cx_maturity::Error::InvalidQuestionnaire { issues, .. }) => issues,
        Err(other) => panic!("unexpected error {other}"),
    }
}

#[track_caller]
fn assert_one_issue(value: &Value, path: &str, fragment: &str) {
    let found = issues(value);
    let shown: Vec<String> = found.iter().map(ToString::to_string).collect();
    assert_eq!(found.len(), 1, "{}", shown.join("\n"));
    assert_eq!(found[0].path, path, "{}", found[0]);
    assert!(found[0].message.contains(fragment), "{}", found[0]);
    assert!(found[0].line.is_some(), "no line for {}", found[0]);
}

/// Every text of a questionnaire, in a fixed order.
fn texts(q: &Questionnaire) -> Vec<String> {
    let mut out = vec![q.title.clone(), q.description.clone()];
    for l in &q.levels {
        out.extend([l.name.clone(), l.description.clone()]);
    }
    for d in &q.dimensions {
        out.extend([d.title.clone(), d.description.clone()]);
        out.extend(d.short_title.clone());
        for x in &d.questions {
            out.push(x.prompt.clone());
            out.extend(x.help.clone());
            out.extend(x.anchors.iter().cloned());
        }
    }
    for (_, _, a) in q.actions() {
        out.extend([a.title.clone(), a.description.clone(), a.owner.clone()]);
    }
    out
}

/// Everything that scores or orders the roadmap: ids, weights, efforts,
/// transitions and `requires`.
fn structure(q: &Questionnaire) -> String {
    let mut out = String::new();
    for d in &q.dimensions {
        out += &format!("{} {};", d.id, d.weight);
        for x in &d.questions {
            out += &format!("{} {};", x.id, x.weight);
        }
        for t in &d.transitions {
            for a in &t.actions {
                out += &format!(
                    "{}>{} {} {:?} {:?};",
                    t.from, t.to, a.id, a.effort, a.requires
                );
            }
        }
    }
    out
}

#[test]
fn the_builtin_questionnaire_reads_in_english_german_and_french() {
    let q = builtin();
    assert_eq!(q.locales(), ["en", "de", "fr"]);
    let en = texts(&q);
    for (tag, levels) in [
        (
            "de",
            [
                "Initial",
                "In Entwicklung",
                "Definiert",
                "Gesteuert",
                "Optimierend",
            ],
        ),
        (
            "fr",
            [
                "Initial",
                "En développement",
                "Défini",
                "Maîtrisé",
                "En optimisation",
            ],
        ),
    ] {
        let t = q.in_locale(tag);
        assert_eq!(t.locale, tag);
        let names: Vec<&str> = t.levels.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, levels);
        assert_eq!(structure(&t), structure(&q), "{tag} changes what scores");
        let translated = texts(&t);
        assert_eq!(translated.len(), en.len(), "{tag}: a text is missing");
        // Identical texts are names every language shares ("Initial", "IT",
        // "Marketing", "CX-Office"…): a handful, never a sentence.
        let same: Vec<&String> = en
            .iter()
            .zip(&translated)
            .filter(|(a, b)| a == b)
            .map(|(a, _)| a)
            .collect();
        assert!(
            same.iter().all(|s| s.split_whitespace().count() <= 3),
            "{tag} keeps English sentences: {same:?}"
        );
        assert!(
            same.len() < 20,
            "{tag}: {} texts left in English",
            same.len()
        );
    }
}

#[test]
fn a_language_is_found_by_its_tag_or_its_language_and_switching_back_restores_every_text() {
    let q = builtin();
    assert_eq!(q.find_locale("DE").as_deref(), Some("de"));
    assert_eq!(q.find_locale("de-CH").as_deref(), Some("de"));
    assert_eq!(q.find_locale("fr-BE").as_deref(), Some("fr"));
    assert_eq!(q.find_locale("en-GB").as_deref(), Some("en"));
    assert_eq!(q.find_locale("es"), None);
    assert_eq!(q.in_locale("es"), q, "an unknown language changes nothing");

    let german = q.in_locale("de");
    assert_eq!(german.locales(), ["de", "en", "fr"]);
    assert_eq!(german.in_locale("en"), q);
    assert_eq!(german.in_locale("fr"), q.in_locale("fr").in_locale("fr"));

    // The German view written as a file is a valid German questionnaire
    // with English and French translations.
    let text = serde_json::to_string(&german.to_raw()).expect("encode");
    let back = questionnaire::parse(&text, Path::new("de.json")).expect("valid");
    assert_eq!(back, german);
}

#[test]
fn the_glossary_names_the_levels_as_the_questionnaire_does() {
    let glossary = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("questionnaires/cx-maturity/glossary.md"),
    )
    .expect("the glossary beside the questionnaire");
    let q = builtin();
    let (de, fr) = (q.in_locale("de"), q.in_locale("fr"));
    for level in 1..=5u8 {
        let row = format!(
            "| {level} | {} | {} | {} |",
            q.level_name(level),
            de.level_name(level),
            fr.level_name(level)
        );
        assert!(glossary.contains(&row), "the glossary lacks {row}");
    }
}

#[test]
fn a_missing_text_names_its_language_and_path() {
    let mut v = builtin_value();
    let questions = v["translations"]["de"]["questions"]
        .as_object_mut()
        .expect("questions");
    questions
        .remove("data.single-source")
        .expect("a German question");
    assert_one_issue(
        &v,
        r#"translations.de.questions["data.single-source"]"#,
        r#"question "data.single-source" has no "de" text"#,
    );

    let mut v = builtin_value();
    let actions = v["translations"]["fr"]["actions"]
        .as_object_mut()
        .expect("actions");
    let first = actions.keys().next().cloned().expect("an action");
    actions.remove(&first);
    assert_one_issue(
        &v,
        &format!(r#"translations.fr.actions["{first}"]"#),
        "has no \"fr\" text",
    );

    let mut v = builtin_value();
    v["translations"]["fr"]["dimensions"]["data"]
        .as_object_mut()
        .expect("dimension")
        .remove("short_title");
    assert_one_issue(
        &v,
        "translations.fr.dimensions.data.short_title",
        "has a short_title in the base file",
    );
}

#[test]
fn an_extra_or_misshapen_text_is_refused_where_it_is() {
    let mut v = builtin_value();
    v["translations"]["de"]["questions"]["data.no-such-question"] =
        v["translations"]["de"]["questions"]["data.single-source"].clone();
    assert_one_issue(
        &v,
        r#"translations.de.questions["data.no-such-question"]"#,
        "there is no question \"data.no-such-question\"",
    );

    let mut v = builtin_value();
    v["translations"]["de"]["questions"]["data.single-source"]["anchors"]
        .as_array_mut()
        .expect("anchors")
        .pop();
    assert_one_issue(
        &v,
        r#"translations.de.questions["data.single-source"].anchors"#,
        "expected exactly 5 anchors",
    );

    let mut v = builtin_value();
    v["translations"]["fr"]["levels"][2]["name"] = json!("  ");
    assert_one_issue(&v, "translations.fr.levels[2].name", "name is empty");

    let mut v = builtin_value();
    v["translations"]["fr"]["questions"]["data.single-source"]["promt"] = json!("typo");
    let found = issues(&v);
    assert!(
        found.iter().any(
            |i| i.path == r#"translations.fr.questions["data.single-source"].promt"#
                && i.message.contains("prompt")
        ),
        "{found:?}"
    );
}

#[test]
fn a_translation_must_be_into_another_real_language() {
    let mut v = builtin_value();
    v["translations"]["EN"] = v["translations"]["de"].clone();
    assert_one_issue(
        &v,
        "translations.EN",
        "the questionnaire itself is written in \"en\"",
    );

    let mut v = builtin_value();
    v["translations"]["deutsch"] = v["translations"]["de"].clone();
    assert_one_issue(&v, "translations.deutsch", "is not a language tag");

    let mut v = builtin_value();
    v["translations"]["DE"] = v["translations"]["de"].clone();
    assert_one_issue(
        &v,
        "translations.de",
        "the same language as translations.DE",
    );
}

#[test]
fn cxm_questionnaire_validate_reports_a_missing_translation_with_its_path() {
    let mut v = builtin_value();
    v["translations"]["de"]["dimensions"]
        .as_object_mut()
        .expect("dimensions")
        .remove("trust");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("q.json");
    std::fs::write(&file, serde_json::to_string_pretty(&v).expect("encode")).expect("write");
    let out = util::cxm(&dir.path().join("cx.db"))
        .args(["questionnaire", "validate"])
        .arg(&file)
        .output()
        .expect("cxm runs");
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("translations.de.dimensions.trust") && said.contains("has no \"de\" text"),
        "{said}"
    );
}

/// `cxm` with `args` on the database `db`: (exit status, stdout, stderr).
fn run(db: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = util::cxm(db).args(args).output().expect("cxm runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cxm_writes_each_document_in_the_assessments_report_language_unless_asked_otherwise() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cx.db");
    let (code, id, said) = run(&db, &["demo", "--locale", "de"]);
    assert_eq!(code, Some(0), "{said}");
    let id = id.trim();
    let pdf_text = |file: &Path| {
        let out = std::process::Command::new("pdftotext")
            .arg(file)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is installed by scripts/install-deps.sh");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };

    // The German demo reports in German without being asked.
    let de = dir.path().join("de.pdf");
    let (code, _, said) = run(&db, &["report", id, "--out", de.to_str().expect("path")]);
    assert_eq!(code, Some(0), "{said}");
    assert!(pdf_text(&de).contains("Zusammenfassung"));

    // Set to French, it reports in French; --locale overrides it once.
    let (code, out, said) = run(&db, &["assessment", "set", id, "--report-locale", "fr-BE"]);
    assert_eq!(
        (code, out.trim()),
        (Some(0), "report language: fr"),
        "{said}"
    );
    let fr = dir.path().join("fr.pdf");
    run(&db, &["report", id, "--out", fr.to_str().expect("path")]);
    assert!(pdf_text(&fr).contains("Synthèse"));
    let en = dir.path().join("en.pdf");
    run(
        &db,
        &[
            "report",
            id,
            "--out",
            en.to_str().expect("path"),
            "--locale",
            "en",
        ],
    );
    assert!(pdf_text(&en).contains("Executive summary"));
    let xlsx = dir.path().join("fr.xlsx");
    let (code, _, said) = run(&db, &["export", id, "--xlsx", xlsx.to_str().expect("path")]);
    assert_eq!(code, Some(0), "{said}");

    // An unknown language: exit 1, the languages there are, no file, no change.
    let refused = dir.path().join("xx.pdf");
    let (code, _, said) = run(
        &db,
        &[
            "report",
            id,
            "--out",
            refused.to_str().expect("path"),
            "--locale",
            "xx",
        ],
    );
    assert_eq!(code, Some(1));
    assert!(said.contains("available: en, de, fr"), "{said}");
    assert!(!refused.exists());
    let (code, _, _) = run(
        &db,
        &["assessment", "set", id, "--report-locale", "klingon"],
    );
    assert_eq!(code, Some(1));
    let (_, listed, _) = run(&db, &["assessment", "list", "--json"]);
    let listed: Value = serde_json::from_str(&listed).expect("JSON");
    assert_eq!(listed[0]["report_locale"], "fr");
    // Nothing to set is a usage error.
    let (code, _, _) = run(&db, &["assessment", "set", id]);
    assert_eq!(code, Some(2));
}

#[test]
fn cxm_shows_a_questionnaire_in_any_of_its_languages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cx.db");
    let q = builtin();
    let german = q.in_locale("de");
    let (code, out, said) = run(
        &db,
        &["questionnaire", "show", "cx-maturity", "--locale", "de-AT"],
    );
    assert_eq!(code, Some(0), "{said}");
    assert!(out.contains(&german.dimensions[0].questions[0].prompt));
    assert!(!out.contains(&q.dimensions[0].questions[0].prompt));

    let (_, json, _) = run(
        &db,
        &[
            "questionnaire",
            "show",
            "cx-maturity",
            "--json",
            "--locale",
            "fr",
        ],
    );
    let shown: Questionnaire = questionnaire::parse(&json, Path::new("shown.json")).expect("valid");
    assert_eq!(shown, q.in_locale("fr"));

    let (code, _, said) = run(
        &db,
        &["questionnaire", "show", "cx-maturity", "--locale", "es"],
    );
    assert_eq!(code, Some(1));
    assert!(said.contains("it has en, de, fr"), "{said}");

    let (_, list, _) = run(&db, &["questionnaire", "list", "--json"]);
    let list: Value = serde_json::from_str(&list).expect("JSON");
    assert_eq!(list[0]["locales"], json!(["en", "de", "fr"]));
}
