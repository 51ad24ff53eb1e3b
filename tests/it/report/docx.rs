//! The Word report read back by independent readers: python-docx (its
//! headings, tables, pictures' alternative text and every word) and
//! LibreOffice, which converts it to PDF for pdftotext to hold against our
//! own PDF's text. Both tools are installed by `scripts/install-deps.sh
//! --test`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use cx_maturity::report::ReportOptions;
use cx_maturity::report::locale::{DE, EN};
use cx_maturity::store::Store;
use cx_maturity::store::action_edits::ActionField;
use cx_maturity::{demo, roadmap, workflow};
use serde_json::Value;
use time::macros::datetime;

use crate::store::temp_store;
use crate::util::{cxm, pdftotext};

/// python-docx's reading of a document as JSON: each paragraph of the
/// body (style name, text), each table's rows of cell texts, each inline
/// picture's `descr`, and the header and footer texts.
const READ_DOCX: &str = r#"
import json, sys, docx
d = docx.Document(sys.argv[1])
out = {
  "paragraphs": [[p.style.name, p.text] for p in d.paragraphs],
  "tables": [[[c.text for c in r.cells] for r in t.rows] for t in d.tables],
  "alt": [s._inline.docPr.get("descr") or "" for s in d.inline_shapes],
  "header": [p.text for p in d.sections[0].header.paragraphs],
  "header_pictures": len(d.sections[0].header._element.xpath(".//pic:pic")),
  "footer": [p.text for p in d.sections[0].footer.paragraphs],
  "title": d.core_properties.title,
}
print(json.dumps(out))
"#;

fn read_docx(bytes: &[u8]) -> Value {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.docx");
    std::fs::write(&path, bytes).expect("write");
    let out = Command::new("python3")
        .arg("-c")
        .arg(READ_DOCX)
        .arg(&path)
        .output()
        .expect("python3 with python-docx is installed by scripts/install-deps.sh --test");
    assert!(
        out.status.success(),
        "python-docx could not read the document: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The headings in order: (level, text).
fn headings(doc: &Value) -> Vec<(u8, String)> {
    doc["paragraphs"]
        .as_array()
        .expect("paragraphs")
        .iter()
        .filter_map(|p| {
            let style = p[0].as_str()?;
            let level = style.strip_prefix("Heading ")?.parse().ok()?;
            Some((level, p[1].as_str()?.to_owned()))
        })
        .collect()
}

/// Every word python-docx reads: paragraphs and table cells.
fn all_text(doc: &Value) -> String {
    let mut text = String::new();
    for p in doc["paragraphs"].as_array().expect("paragraphs") {
        text.push_str(p[1].as_str().unwrap_or_default());
        text.push('\n');
    }
    for t in doc["tables"].as_array().expect("tables") {
        for row in t.as_array().expect("rows") {
            for c in row.as_array().expect("cells") {
                text.push_str(c.as_str().unwrap_or_default());
                text.push('\n');
            }
        }
    }
    text
}

/// The table whose header row starts with `first` and has `column`.
fn table_with<'a>(doc: &'a Value, first: &str, column: &str) -> &'a Vec<Value> {
    doc["tables"]
        .as_array()
        .expect("tables")
        .iter()
        .filter_map(Value::as_array)
        .find(|rows| {
            rows.first()
                .and_then(Value::as_array)
                .is_some_and(|h| h[0] == first && h.iter().any(|c| c == column))
        })
        .unwrap_or_else(|| panic!("no table headed {first:?} … {column:?}"))
}

fn options(locale: &str) -> ReportOptions {
    let mut o = ReportOptions::new(datetime!(2026-11-24 9:00 UTC));
    o.locale = locale.to_owned();
    o
}

fn docx_of(store: &Store, id: &str, locale: &str) -> Vec<u8> {
    workflow::render_docx(store, id, &options(locale))
        .expect("render docx")
        .docx
}

fn pdf_text_of(store: &Store, id: &str, locale: &str) -> String {
    let rendered = workflow::render_report(store, id, &options(locale)).expect("render pdf");
    pdftotext(&rendered.pdf)
}

/// LibreOffice's PDF of the document, read by pdftotext in the order it
/// was written (`-raw`: a table cell's lines stay together rather than
/// interleave with the next cell's). Its own LibreOffice profile folder,
/// so parallel tests never share one.
fn converted_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("report.docx");
    std::fs::write(&path, bytes).expect("write");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("lo").display()
    );
    let out = Command::new("soffice")
        .arg(profile)
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&path)
        .output()
        .expect(
            "soffice (libreoffice-writer-nogui) is installed by scripts/install-deps.sh --test",
        );
    assert!(out.status.success(), "LibreOffice failed: {out:?}");
    let pdf = dir.path().join("report.pdf");
    assert!(pdf.exists(), "LibreOffice wrote no PDF");
    let text = Command::new("pdftotext")
        .arg("-raw")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(text.status.success());
    String::from_utf8(text.stdout).expect("UTF-8")
}

/// Text with every run of white space one space, none after a hyphen: a
/// table or a line may break a phrase anywhere, a compound at its hyphen.
fn flat(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("- ", "-")
}

/// The scores (`2.5`, `1.5`) written in `text`.
fn scores(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|w| {
            let b = w.as_bytes();
            b.len() == 3 && b[0].is_ascii_digit() && b[1] == b'.' && b[2].is_ascii_digit()
        })
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_demo_docx_has_word_structure_and_reads_as_the_pdf_in_libreoffice() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo(&mut store).expect("demo");
    let bytes = docx_of(&store, &id, "en");
    let doc = read_docx(&bytes);

    // Headings in order, starting at 1, never skipping a level.
    let hs = headings(&doc);
    assert_eq!(hs.first().map(|h| h.0), Some(1));
    for w in hs.windows(2) {
        assert!(w[1].0 <= w[0].0 + 1, "{:?} follows {:?}", w[1], w[0]);
    }
    let ours = pdf_text_of(&store, &id, "en");
    let ours_flat = flat(&ours);
    let mut from = 0;
    for (_, h) in &hs {
        let at = ours_flat[from..]
            .find(h.as_str())
            .unwrap_or_else(|| panic!("heading {h:?} not in the PDF after byte {from}"));
        from += at;
    }
    assert!(hs.contains(&(1, EN.executive_summary.to_owned())));
    assert!(hs.contains(&(1, EN.roadmap.to_owned())));

    // The key figures: the demo's overall score is 2.5 of 5, its weakest
    // dimension "Customer data and a single customer view" at 1.5 (the
    // summary sentence says so); the radar's table lists that dimension.
    let text = all_text(&doc);
    assert!(text.contains("2.5 / 5"), "overall score");
    let profile = table_with(&doc, EN.dimension, EN.target);
    let data_row = profile
        .iter()
        .find(|r| r[0] == "Customer data and a single customer view")
        .expect("the data dimension's row");
    assert_eq!(data_row[1], "1.5");
    assert_eq!(data_row[2], EN.level_name(1));

    // Every picture says what it shows: the four charts of the results.
    let alt = doc["alt"].as_array().expect("alt");
    assert_eq!(alt.len(), 4);
    for a in alt {
        assert!(a.as_str().is_some_and(|s| s.len() > 20), "alt text {a}");
    }
    assert!(
        alt[0]
            .as_str()
            .unwrap_or_default()
            .starts_with(EN.radar_title)
    );
    // Page chrome: the organisation in the header, a page number field.
    assert!(
        doc["header"][0]
            .as_str()
            .unwrap_or_default()
            .contains("Nordlicht")
    );
    assert!(
        doc["footer"][0]
            .as_str()
            .unwrap_or_default()
            .contains(EN.confidential)
    );

    // LibreOffice converts it; what it prints holds our PDF's headings,
    // every score our PDF prints, and every roadmap action's title.
    let theirs = flat(&converted_text(&bytes));
    for (_, h) in &hs {
        assert!(theirs.contains(h.as_str()), "heading {h:?} lost");
    }
    let missing: Vec<String> = scores(&ours)
        .difference(&scores(&theirs))
        .cloned()
        .collect();
    assert_eq!(
        missing,
        Vec::<String>::new(),
        "scores of the PDF not in the DOCX"
    );
    let data = store.load(&id).expect("load");
    let sc = cx_maturity::scoring::score(&data);
    let plan = roadmap::plan(&data, &sc);
    let mut titles = 0;
    for (_, a) in plan.actions() {
        let t = flat(&a.title);
        assert!(ours_flat.contains(&t), "{t:?} not in our PDF");
        assert!(theirs.contains(&t), "{t:?} not in the converted DOCX");
        titles += 1;
    }
    assert!(titles > 20, "{titles} actions");
}

#[test]
fn the_german_docx_is_german() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo_in(&mut store, "de").expect("demo");
    let doc = read_docx(&docx_of(&store, &id, "de"));
    let hs: Vec<String> = headings(&doc).into_iter().map(|h| h.1).collect();
    assert!(hs.contains(&DE.executive_summary.to_owned()));
    assert!(hs.contains(&DE.roadmap.to_owned()));
    let heading_text = hs.join("\n");
    assert_eq!(
        super::translated_demo::english_left(&heading_text),
        Vec::<&str>::new()
    );
    let text = all_text(&doc);
    assert_eq!(
        super::translated_demo::english_left(&text),
        Vec::<&str>::new()
    );
    assert!(text.contains("24. November 2026"), "German date");
    assert!(text.contains(DE.contents));
}

#[test]
fn an_anonymous_docx_names_nobody() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo(&mut store).expect("demo");
    let people: Vec<String> = store
        .respondents(&id)
        .expect("respondents")
        .into_iter()
        .map(|r| r.name)
        .collect();
    // Named, the document names people: the search finds them.
    let named = all_text(&read_docx(&docx_of(&store, &id, "en")));
    assert!(!crate::anonymity::names_in(&named, &people).is_empty());

    store
        .set_anonymity(&id, Some(true), None)
        .expect("anonymous");
    let anonymous = all_text(&read_docx(&docx_of(&store, &id, "en")));
    assert_eq!(
        crate::anonymity::names_in(&anonymous, &people),
        Vec::<String>::new()
    );
    assert!(anonymous.contains("This assessment is anonymous"));
}

#[test]
fn a_later_rounds_docx_has_its_progress_section() {
    let (_dir, mut store) = temp_store();
    let [r1, r2, _] = super::progress::demo_chain(&mut store);
    let first = headings(&read_docx(&docx_of(&store, &r1, "en")));
    let later = headings(&read_docx(&docx_of(&store, &r2, "en")));
    let progress = |hs: &[(u8, String)]| {
        hs.iter()
            .any(|(l, t)| *l == 1 && t.starts_with("Progress since "))
    };
    assert!(!progress(&first), "a first round has no progress section");
    assert!(progress(&later), "{later:?}");
    // As the PDF: the section follows the executive summary.
    let at = |t: &str| later.iter().position(|h| h.1 == t);
    let summary = at(EN.executive_summary).expect("summary");
    assert!(
        later[summary + 1..]
            .iter()
            .any(|h| h.1.starts_with("Progress since "))
    );
    assert!(later.iter().any(|h| h.1 == EN.progress_chart_title));
}

#[test]
fn user_text_is_written_as_typed() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo(&mut store).expect("demo");
    let a = store.assessment(&id).expect("assessment");
    let title = "Q&A <draft> \"final\" 'v2' 🚀 مرحبا بالعالم";
    store
        .update_assessment(&id, &a.organisation, title, a.status)
        .expect("title");
    let note = "Budget < 5k & \"approved\" ✅ שלום";
    let action = store.action_edits(&id).expect("actions")[0]
        .action_id
        .clone();
    store
        .set_action_field(&id, &action, ActionField::Notes(Some(note.to_owned())))
        .expect("note");
    let doc = read_docx(&docx_of(&store, &id, "en"));
    let text = all_text(&doc);
    assert!(text.contains(title), "the title as typed");
    assert!(text.contains(note), "the note as typed");
}

#[test]
fn the_consultants_logo_name_and_colour_brand_the_docx() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo(&mut store).expect("demo");
    let cmyk = std::fs::read(crate::util::fixtures().join("branding/logo-cmyk.jpg")).expect("jpeg");
    for logo in [super::logo_png(), cmyk] {
        store
            .set_branding(&cx_maturity::model::Branding {
                consultant_name: Some("Hartmann & Nowak Advisory".into()),
                logo: Some(logo),
                accent_colour: Some("#0b6e4f".into()),
            })
            .expect("branding");
        let rendered = workflow::render_docx(&store, &id, &options("en")).expect("render");
        assert_eq!(rendered.warnings, Vec::<String>::new());
        let doc = read_docx(&rendered.docx);
        // The cover's logo first, described by whose it is, then the charts.
        let alt = doc["alt"].as_array().expect("alt");
        assert_eq!(alt.len(), 5);
        assert_eq!(alt[0], "Hartmann & Nowak Advisory");
        assert_eq!(doc["header_pictures"], 1, "the logo in the running header");
        assert!(
            doc["header"][0]
                .as_str()
                .unwrap_or_default()
                .ends_with("Hartmann & Nowak Advisory")
        );
        assert!(all_text(&doc).contains("Hartmann & Nowak Advisory"));
    }
}

fn cli_demo(dir: &Path) -> (std::path::PathBuf, String) {
    let db = dir.join("cx.db");
    let out = cxm(&db).arg("demo").output().expect("demo");
    assert!(out.status.success());
    (
        db,
        String::from_utf8(out.stdout).expect("id").trim().to_owned(),
    )
}

fn is_docx(path: &Path) -> bool {
    let bytes = std::fs::read(path).expect("written");
    bytes.starts_with(b"PK") && !headings(&read_docx(&bytes)).is_empty()
}

#[test]
fn cxm_report_writes_docx_by_extension_or_format_and_refuses_a_bad_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (db, id) = cli_demo(dir.path());
    let run = |out: &Path, format: Option<&str>| {
        let mut cmd = cxm(&db);
        cmd.args(["report", &id, "--out"]).arg(out);
        if let Some(f) = format {
            cmd.args(["--format", f]);
        }
        cmd.output().expect("cxm")
    };

    let by_name = dir.path().join("report.docx");
    assert!(run(&by_name, None).status.success());
    assert!(is_docx(&by_name));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&by_name)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let by_flag = dir.path().join("report-for-word");
    assert!(run(&by_flag, Some("docx")).status.success());
    assert!(is_docx(&by_flag));
    let pdf = dir.path().join("report.pdf");
    assert!(run(&pdf, None).status.success());
    assert!(std::fs::read(&pdf).expect("pdf").starts_with(b"%PDF"));

    // An unknown format and a format against the file's name: usage
    // errors (exit 2), no file.
    for (out, format, says) in [
        ("bad.docx", "odt", "invalid value 'odt'"),
        ("mismatch.pdf", "docx", "does not match the file name"),
        ("mismatch.docx", "pdf", "does not match the file name"),
    ] {
        let path = dir.path().join(out);
        let o = run(&path, Some(format));
        assert_eq!(o.status.code(), Some(2), "{out} --format {format}");
        assert!(String::from_utf8_lossy(&o.stderr).contains(says));
        assert!(!path.exists(), "{out} was written");
    }
}
