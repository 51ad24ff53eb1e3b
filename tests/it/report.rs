//! Tests of the report area: the PDF read back with lopdf (and qpdf,
//! pdffonts, pdftotext when installed), the layout model kept inside the
//! page, extreme inputs, and the XLSX read back with calamine; a later
//! round's progress in both (`progress`); both in German and French
//! (`locale`).

mod docx;
mod locale;
mod progress;
mod translated_demo;

use std::path::Path;
use std::process::Command;

use cx_maturity::model::{
    ActionEdit, ActionStatus, Answer, AnswerValue, Assessment, AssessmentData, AssessmentStatus,
    Branding, Department, Evidence, EvidenceMetric, Respondent,
};
use cx_maturity::report::layout::Item;
use cx_maturity::report::{self, Paper, ReportOptions, fonts::Fonts};
use cx_maturity::{questionnaire, roadmap, scoring};
use time::OffsetDateTime;
use time::macros::{date, datetime};

const WHEN: OffsetDateTime = datetime!(2026-03-05 10:00 UTC);

/// A small deterministic generator so answers look varied but are the same
/// on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

/// An assessment on the built-in questionnaire. `answer(dep, resp, q)` says
/// what each respondent answered (None: not answered).
fn data(
    org: &str,
    departments: &[String],
    per_department: usize,
    mut answer: impl FnMut(usize, usize, usize) -> Option<(AnswerValue, Option<String>)>,
) -> AssessmentData {
    let q = questionnaire::builtin("cx-maturity").unwrap();
    let deps: Vec<Department> = departments
        .iter()
        .enumerate()
        .map(|(i, n)| Department {
            id: format!("d{i}"),
            name: n.clone(),
            position: i as u32,
        })
        .collect();
    let mut respondents = Vec::new();
    let mut answers = Vec::new();
    for (di, d) in deps.iter().enumerate() {
        for r in 0..per_department {
            let id = format!("r{di}-{r}");
            respondents.push(Respondent {
                id: id.clone(),
                name: format!(
                    "{} {}",
                    [
                        "Zofia Łukasiewicz",
                        "Jürgen Weiß",
                        "Hélène Dubois",
                        "Ana Núñez"
                    ][r % 4],
                    r + 1
                ),
                department_id: d.id.clone(),
                role: Some("Head".into()),
                consensus: false,
                created_at: WHEN,
                locale: None,
            });
            for (qi, (_, question)) in q.questions().enumerate() {
                if let Some((value, comment)) = answer(di, r, qi) {
                    answers.push(Answer {
                        respondent_id: id.as_str().into(),
                        question_id: question.id.as_str().into(),
                        value,
                        comment,
                        updated_at: WHEN,
                        carried: false,
                        do_not_quote: false,
                    });
                }
            }
        }
    }
    AssessmentData {
        assessment: Assessment {
            id: "a1".into(),
            organisation: org.into(),
            title: "Baseline 2026".into(),
            status: AssessmentStatus::Open,
            created_at: WHEN,
            updated_at: WHEN,
            questionnaire_id: q.id.clone(),
            questionnaire_version: q.version.clone(),
            previous_id: None,
            report_locale: "en".into(),
            anonymity: Default::default(),
        },
        questionnaire: q,
        departments: deps,
        respondents,
        answers,
        settings: Vec::new(),
        evidence: Vec::new(),
        action_edits: Vec::new(),
        capacity: Default::default(),
        first_votes: Vec::new(),
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

const COMMENT: &str = "Die Übergabe an den Kundendienst ist schwierig; Łódź-Team sagt: trop lent, élan perdu, Straße gesperrt.";

/// Six departments, three respondents each, varied answers with comments.
fn demo_like() -> AssessmentData {
    let mut rng = Lcg(7);
    let deps = names(&[
        "Marketing",
        "Sales",
        "Customer Service",
        "Product",
        "IT",
        "Finance",
    ]);
    let mut d = data(
        "Nordwind Logistik GmbH & Łódź Sp. z o.o.",
        &deps,
        3,
        |di, _, qi| {
            let base = 1 + ((di + qi / 5) % 4) as u8;
            let v = match rng.next() % 12 {
                0 => AnswerValue::Unknown,
                1 => AnswerValue::NotApplicable,
                k => AnswerValue::Level((base + (k % 2) as u8).min(5)),
            };
            let comment = match qi % 9 {
                0 if di == 1 => Some(COMMENT.to_owned()),
                4 => Some(format!(
                    "Evidence from the {} review: dashboards exist but nobody owns them.",
                    deps_name(di)
                )),
                _ => None,
            };
            Some((v, comment))
        },
    );
    d.evidence.push(Evidence {
        metric: EvidenceMetric::Nps,
        value: -12.0,
        date: Some(date!(2026 - 01 - 31)),
        source: Some("Quarterly relationship survey".into()),
        recorded_at: WHEN,
    });
    d
}

fn deps_name(i: usize) -> &'static str {
    [
        "Marketing",
        "Sales",
        "Customer Service",
        "Product",
        "IT",
        "Finance",
    ][i % 6]
}

fn render(d: &AssessmentData, branding: &Branding, paper: Paper) -> report::Rendered {
    let sc = scoring::score(d);
    let rm = roadmap::plan(d, &sc);
    let mut opts = ReportOptions::new(WHEN);
    opts.paper = paper;
    report::render(d, &sc, &rm, None, branding, &opts).unwrap()
}

/// Every text shown on the PDF's pages, extracted with lopdf.
fn pdf_text(pdf: &[u8]) -> (lopdf::Document, String) {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).unwrap();
    (doc, text)
}

/// Names of fonts that are not embedded (no FontFile stream).
fn unembedded_fonts(doc: &lopdf::Document) -> Vec<String> {
    let mut missing = Vec::new();
    for (_, obj) in doc.objects.iter() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").ok().and_then(|t| t.as_name().ok()) != Some(b"FontDescriptor") {
            continue;
        }
        let has_file = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
            .iter()
            .any(|k| dict.get(k).is_ok());
        if !has_file {
            missing.push(format!("{:?}", dict.get(b"FontName")));
        }
    }
    missing
}

/// Leaves a rendered PDF where a reviewer can look at it, when the review
/// folder exists (it does on the development machine, not in CI).
fn keep_for_review(pdf: &[u8], name: &str) {
    let out = Path::new("/work/report-pages");
    if out.is_dir() {
        std::fs::write(out.join(name), pdf).unwrap();
    }
}

fn tool(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

fn write_tmp(bytes: &[u8], name: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    (dir, p)
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// lopdf joins the report's lines (each an absolutely placed text object)
/// without a separator, so its text is compared with all white space
/// removed; the glyph-to-Unicode mapping is what these checks are about
/// (pdftotext, when installed, checks natural spacing too).
fn has(text: &str, needle: &str) -> bool {
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    squash(text).contains(&squash(needle))
}

#[test]
fn pdf_reads_back_with_names_dimensions_phases_and_accented_comment() {
    let d = demo_like();
    let branding = Branding {
        consultant_name: Some("Małgorzata Brzęczyszczykiewicz Consulting".into()),
        logo: None,
        accent_colour: Some("#0b6e4f".into()),
    };
    let r = render(&d, &branding, Paper::A4);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let (doc, text) = pdf_text(&r.pdf);
    let pages = doc.get_pages().len();
    // Cover 1 + summary 1-2 + charts 2 + 10 dimension pages + roadmap 1-3
    // + appendix 3-8: between 18 and 30 pages.
    assert!((18..=30).contains(&pages), "{pages} pages");
    assert_eq!(pages, r.pages);
    assert!(
        unembedded_fonts(&doc).is_empty(),
        "{:?}",
        unembedded_fonts(&doc)
    );
    let flat = normalise(&text);
    assert!(
        has(&flat, "Nordwind Logistik GmbH & Łódź Sp. z o.o."),
        "organisation"
    );
    for dim in &d.questionnaire.dimensions {
        assert!(
            has(&flat, &dim.title),
            "dimension title {:?} missing",
            dim.title
        );
    }
    for phase in [
        "Now (0–3 months)",
        "Next (3–9 months)",
        "Later (9–18 months)",
    ] {
        assert!(has(&flat, phase), "{phase} missing");
    }
    assert!(
        has(
            &flat,
            "Łódź-Team sagt: trop lent, élan perdu, Straße gesperrt."
        ),
        "accented comment"
    );
    assert!(has(&flat, "Małgorzata Brzęczyszczykiewicz Consulting"));
    // The perception gap (NPS -12 with a score of 3 or more) is flagged only
    // when the scorecard says so; the report must then say it.
    let sc = scoring::score(&d);
    assert_eq!(
        has(&flat, "Perception gap"),
        sc.flags.contains(&scoring::Flag::PerceptionGap)
    );
}

#[test]
fn pdf_passes_qpdf_and_fonts_are_embedded_subsets() {
    if !tool("qpdf") || !tool("pdffonts") {
        eprintln!("qpdf/pdffonts not installed: skipped");
        return;
    }
    let r = render(&demo_like(), &Branding::default(), Paper::Letter);
    let (_dir, path) = write_tmp(&r.pdf, "r.pdf");
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&check.stdout);
    assert!(
        check.status.success(),
        "qpdf --check failed: {out}{}",
        String::from_utf8_lossy(&check.stderr)
    );
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
    let fonts = Command::new("pdffonts").arg(&path).output().unwrap();
    let listing = String::from_utf8_lossy(&fonts.stdout);
    let rows: Vec<&str> = listing.lines().skip(2).collect();
    assert!(rows.len() >= 2, "two faces expected:\n{listing}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID: emb and sub are "yes",
        // and a subset's name has the ABCDEF+ prefix.
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not embedded+subset+unicode: {row}"
        );
        assert!(
            cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+',
            "subset prefix: {row}"
        );
    }
    if tool("pdftotext") {
        let t = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        let text = normalise(&String::from_utf8_lossy(&t.stdout));
        assert!(text.contains("Straße gesperrt"), "pdftotext extracts ß");
        assert!(text.contains("Łódź-Team"), "pdftotext extracts Ł");
    }
}

#[test]
fn every_item_stays_inside_the_page_and_paragraph_lines_do_not_overlap() {
    for paper in [Paper::A4, Paper::Letter] {
        let d = demo_like();
        let sc = scoring::score(&d);
        let rm = roadmap::plan(&d, &sc);
        let mut opts = ReportOptions::new(WHEN);
        opts.paper = paper;
        let mut warnings = Vec::new();
        let laid =
            report::layout(&d, &sc, &rm, &Branding::default(), &opts, &mut warnings).unwrap();
        assert_inside_and_apart(&laid, paper);
    }
}

/// Every item of every page is inside the page, and no two unrotated
/// texts overlap (labels, cells, lines).
fn assert_inside_and_apart(laid: &report::layout::Laid, paper: Paper) {
    let fonts = Fonts::get().unwrap();
    let (w, h) = paper.size();
    for (pi, page) in laid.pages.iter().enumerate() {
        let mut boxes = Vec::new();
        for item in &page.items {
            match item {
                Item::Text {
                    x,
                    y,
                    text,
                    size,
                    weight,
                    rotate,
                    ..
                } => {
                    let tw = fonts.width(text, *weight, *size);
                    let (sin, cos) = rotate.to_radians().sin_cos();
                    let (x1, y1) = (x + tw * cos, y + tw * sin);
                    for (px, py) in [(*x, *y), (x1, y1)] {
                        assert!(
                            px >= 0.0 && px <= w && py - size * 0.3 >= 0.0 && py + size <= h,
                            "page {}: text {text:?} at ({px}, {py}) leaves the page",
                            pi + 1
                        );
                    }
                    if *rotate == 0.0 {
                        boxes.push((text.clone(), *x, y - size * 0.2, x + tw, y + size * 0.75));
                    }
                }
                Item::Rect {
                    x, y, w: rw, h: rh, ..
                } => {
                    assert!(
                        *x >= -0.01 && x + rw <= w + 0.01 && *y >= -0.01 && y + rh <= h + 0.01,
                        "page {}: rect outside",
                        pi + 1
                    );
                }
                Item::Path { points, .. } => {
                    for [px, py] in points {
                        assert!(
                            *px >= 0.0 && *px <= w && *py >= 0.0 && *py <= h,
                            "page {}: path outside",
                            pi + 1
                        );
                    }
                }
                Item::Logo { x, y, w: lw, h: lh } => {
                    assert!(
                        *x >= 0.0 && x + lw <= w && *y >= 0.0 && y + lh <= h,
                        "logo outside"
                    );
                }
            }
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                let overlap_x = a.1.max(b.1) < a.3.min(b.3) - 0.5;
                let overlap_y = a.2.max(b.2) < a.4.min(b.4) - 0.5;
                assert!(
                    !(overlap_x && overlap_y),
                    "page {} ({paper:?}): {:?} overlaps {:?}",
                    pi + 1,
                    a.0,
                    b.0
                );
            }
        }
    }
}

#[test]
fn extreme_inputs_render_without_leaving_the_page() {
    // 40 departments, a 300-character organisation name, a 5,000-character
    // comment, and a dimension nobody answered (the last one).
    let deps: Vec<String> = (1..=40)
        .map(|i| format!("Regional office {i:02} – Śląsk"))
        .collect();
    let org: String = "Très Grande Organisation Européenne de Logistique Maritime et Ferroviaire "
        .repeat(5)
        .chars()
        .take(300)
        .collect();
    assert_eq!(org.chars().count(), 300);
    let long: String = "Übergabe ohne Kontext; ".repeat(218) + "łßé";
    assert!(long.chars().count() >= 5000);
    let mut first = true;
    let d = data(&org, &deps, 1, |di, _, qi| {
        if qi >= 45 {
            return None; // the tenth dimension has no answers
        }
        let comment = if first {
            first = false;
            Some(long.clone())
        } else {
            None
        };
        Some((AnswerValue::Level(1 + ((di + qi) % 5) as u8), comment))
    });
    let sc = scoring::score(&d);
    assert!(
        sc.dimensions[9].score.is_none(),
        "the last dimension has no score"
    );
    let r = render(&d, &Branding::default(), Paper::A4);
    keep_for_review(&r.pdf, "extreme.pdf");
    let (doc, text) = pdf_text(&r.pdf);
    assert!(unembedded_fonts(&doc).is_empty());
    let flat = normalise(&text);
    assert!(
        has(&flat, "Regional office 40 – Śląsk"),
        "the 40th department is listed"
    );
    assert!(
        has(&flat, "Übergabe ohne Kontext; łßé"),
        "the long comment is there to its end"
    );
    // The organisation's name (wrapped on the cover) is there in full.
    let org_words: Vec<&str> = org.split_whitespace().collect();
    assert!(has(&flat, &org_words[..12].join(" ")));
    let mut warnings = Vec::new();
    let rm = roadmap::plan(&d, &sc);
    let laid = report::layout(
        &d,
        &sc,
        &rm,
        &Branding::default(),
        &ReportOptions::new(WHEN),
        &mut warnings,
    )
    .unwrap();
    let (w, h) = Paper::A4.size();
    for page in &laid.pages {
        for item in &page.items {
            if let Item::Text { x, y, .. } = item {
                assert!(*x >= 0.0 && *x <= w && *y >= 0.0 && *y <= h);
            }
        }
    }
}

#[test]
fn nothing_answered_gives_a_short_report_that_says_so() {
    let d = data(
        "Leere AG",
        &names(&["Vertrieb", "Service"]),
        2,
        |_, _, _| None,
    );
    let r = render(&d, &Branding::default(), Paper::A4);
    keep_for_review(&r.pdf, "empty.pdf");
    let (doc, text) = pdf_text(&r.pdf);
    let pages = doc.get_pages().len();
    // Cover, summary with the notice and the dimension list, appendix.
    assert!((3..=8).contains(&pages), "{pages} pages");
    let flat = normalise(&text);
    assert!(has(&flat, "No answers yet"));
    assert!(has(&flat, "Leere AG"));
}

#[test]
fn missing_glyphs_are_reported_not_silent() {
    let mut d = demo_like();
    d.answers[0].comment = Some("great \u{6F22} team".into());
    let r = render(&d, &Branding::default(), Paper::A4);
    assert!(
        r.warnings.iter().any(|w| w.contains("U+6F22")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn bad_accent_colour_falls_back_with_a_warning() {
    let b = Branding {
        consultant_name: None,
        logo: None,
        accent_colour: Some("teal".into()),
    };
    let r = render(&demo_like(), &b, Paper::A4);
    assert!(
        r.warnings.iter().any(|w| w.contains("\"teal\"")),
        "{:?}",
        r.warnings
    );
}

#[test]
fn creation_date_is_the_one_given() {
    let r = render(&demo_like(), &Branding::default(), Paper::A4);
    let doc = lopdf::Document::load_mem(&r.pdf).unwrap();
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .unwrap();
    let created = doc
        .get_dictionary(info)
        .unwrap()
        .get(b"CreationDate")
        .unwrap();
    let s = String::from_utf8_lossy(created.as_str().unwrap()).to_string();
    assert!(s.starts_with("D:20260305"), "{s}");
}

#[test]
fn charts_svg_shows_the_same_geometry() {
    let d = demo_like();
    let sc = scoring::score(&d);
    let l = report::locale::labels("en").unwrap();
    let fig = report::charts::radar(&sc, 480.0, &Default::default(), l).unwrap();
    let svg = fig.to_svg();
    assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
    // One <text> per text shape, one <path> per path shape.
    let texts = fig
        .shapes
        .iter()
        .filter(|s| matches!(s, report::charts::Shape::Text { .. }))
        .count();
    assert_eq!(svg.matches("<text ").count(), texts);
    for dim in &d.questionnaire.dimensions {
        let first = dim.chart_title();
        let first = first.split_whitespace().next().unwrap();
        assert!(svg.contains(first), "{first}");
    }
}

#[test]
fn xlsx_reads_back_with_every_action_score_and_answer() {
    use calamine::{DataType as _, Reader, Xlsx};
    let mut d = demo_like();
    let sc0 = scoring::score(&d);
    let rm0 = roadmap::plan(&d, &sc0);
    let first = rm0.phases[0].actions[0].id.clone();
    d.action_edits.push(ActionEdit {
        action_id: first.clone(),
        owner: Some("Jürgen Weiß".into()),
        due: Some(date!(2026 - 06 - 30)),
        status: Some(ActionStatus::InProgress),
        notes: Some("Budget bestätigt".into()),
        dropped: false,
    });
    let sc = scoring::score(&d);
    let rm = roadmap::plan(&d, &sc);
    let bytes =
        report::xlsx::export(&d, &sc, &rm, None, report::locale::labels("en").unwrap()).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        wb.sheet_names(),
        vec!["Action register", "Scores", "Answers"]
    );
    let actions = wb.worksheet_range("Action register").unwrap();
    let n_actions: usize = rm.phases.iter().map(|p| p.actions.len()).sum();
    assert_eq!(
        actions.height(),
        n_actions + 1,
        "header + one row per action"
    );
    let row = actions
        .rows()
        .find(|r| r[1].to_string() == first)
        .expect("the edited action is listed");
    assert_eq!(row[5].to_string(), "Jürgen Weiß");
    assert_eq!(row[8].to_string(), "In progress");
    assert_eq!(row[9].to_string(), "Budget bestätigt");
    let scores = wb.worksheet_range("Scores").unwrap();
    // Header + 10 dimensions; 9 fixed columns + 6 departments.
    assert_eq!(scores.height(), 11);
    assert_eq!(scores.width(), 15);
    let answers = wb.worksheet_range("Answers").unwrap();
    assert_eq!(answers.height(), d.answers.len() + 1);
    assert!(answers.rows().any(|r| r[7] == COMMENT));
    // "Answered at" is a date-time cell (a spreadsheet's days since
    // 1899-12-30), equal to a stored time in UTC to the second.
    let cell = answers.rows().nth(1).unwrap()[8].clone();
    assert!(cell.is_datetime(), "a date-time cell, not text: {cell:?}");
    let days = cell.get_datetime().unwrap().as_f64();
    let epoch = time::macros::datetime!(1899-12-30 00:00 UTC);
    assert!(
        d.answers.iter().any(|a| {
            let stored = (a.updated_at - epoch).whole_seconds() as f64 / 86_400.0;
            (stored - days).abs() < 1.0 / 86_400.0
        }),
        "{days}"
    );
}

/// A department name beyond a spreadsheet cell's limit (data that did not
/// come through the store's limits) heads its column cut, like any cell,
/// instead of failing the whole export.
#[test]
fn xlsx_header_cells_are_cut_like_body_cells() {
    use calamine::{Reader, Xlsx};
    let mut d = demo_like();
    let long = "D".repeat(40_000);
    d.departments[0].name = long;
    let sc = scoring::score(&d);
    let rm = roadmap::plan(&d, &sc);
    let bytes =
        report::xlsx::export(&d, &sc, &rm, None, report::locale::labels("en").unwrap()).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let scores = wb.worksheet_range("Scores").unwrap();
    let header: Vec<String> = scores
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let cut = header
        .iter()
        .find(|h| h.starts_with("DDDD"))
        .expect("the long name heads a column");
    assert!(cut.ends_with(" […]"), "{}", &cut[cut.len() - 10..]);
    assert!(cut.chars().count() < 32_767);
}

#[test]
fn unknown_locale_is_refused_before_anything_is_written() {
    let d = demo_like();
    let sc = scoring::score(&d);
    let rm = roadmap::plan(&d, &sc);
    let mut opts = ReportOptions::new(WHEN);
    opts.locale = "tlh".into();
    let e = report::render_pdf(&d, &sc, &rm, None, &Branding::default(), &opts).unwrap_err();
    assert!(e.to_string().contains("\"tlh\""), "{e}");
}

/// The page size follows `--paper`. (Also leaves the A4 sample where a
/// reviewer can look at it, when /work/report-pages exists.)
#[test]
fn paper_sizes_are_a4_and_letter() {
    let b = Branding {
        consultant_name: Some("Hartmann & Nowak Advisory".into()),
        logo: None,
        accent_colour: None,
    };
    for (paper, w, h) in [(Paper::A4, 595, 842), (Paper::Letter, 612, 792)] {
        let r = render(&demo_like(), &b, paper);
        let doc = lopdf::Document::load_mem(&r.pdf).unwrap();
        for (_, id) in doc.get_pages() {
            let page = doc.get_dictionary(id).unwrap();
            let mb = page.get(b"MediaBox").unwrap().as_array().unwrap();
            let num = |o: &lopdf::Object| {
                o.as_float()
                    .map(f64::from)
                    .or_else(|_| o.as_i64().map(|i| i as f64))
                    .unwrap()
            };
            // A4 is 210 × 297 mm = 595.3 × 841.9 pt; Letter 8.5 × 11 in = 612 × 792 pt.
            assert_eq!(
                (num(&mb[2]).round() as i64, num(&mb[3]).round() as i64),
                (w, h),
                "{paper:?}"
            );
        }
        if paper == Paper::A4 {
            keep_for_review(&r.pdf, "sample.pdf");
        }
    }
}

/// `cxm demo`, then `cxm report` and `cxm export` on it.
fn demo_db() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.sqlite");
    let out = crate::util::cxm(&db).arg("demo").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    (dir, db, id)
}

#[test]
fn cli_writes_the_demo_report_and_register() {
    let (dir, db, id) = demo_db();
    let pdf = dir.path().join("report.pdf");
    let out = crate::util::cxm(&db)
        .args(["report", &id, "--out"])
        .arg(&pdf)
        .args(["--paper", "letter"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&pdf).unwrap();
    let (doc, text) = pdf_text(&bytes);
    assert!(doc.get_pages().len() >= 10);
    assert!(has(&text, cx_maturity::demo::ORGANISATION));
    // No temporary file is left beside the report.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(".tmp")), "{names:?}");

    let xlsx = dir.path().join("register.xlsx");
    let out = crate::util::cxm(&db)
        .args(["export", &id, "--xlsx"])
        .arg(&xlsx)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    use calamine::Reader;
    let mut wb: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    assert_eq!(wb.sheet_names().len(), 3);
    let answers = wb.worksheet_range("Answers").unwrap();
    // The demo has 24 respondents; every answer is one row under the header.
    assert!(answers.height() > 24);
}

#[test]
fn cli_failures_leave_no_file_and_say_why() {
    let (dir, db, id) = demo_db();
    // Unknown assessment.
    let pdf = dir.path().join("x.pdf");
    let out = crate::util::cxm(&db)
        .args(["report", "nope", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"nope\""));
    assert!(!pdf.exists());
    // Unknown locale.
    let out = crate::util::cxm(&db)
        .args(["report", &id, "--locale", "xx", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("available: en"));
    assert!(!pdf.exists());
    // A folder that does not exist: an error naming the path, nothing written.
    let missing = dir.path().join("no/such/dir/r.pdf");
    let out = crate::util::cxm(&db)
        .args(["report", &id, "--out"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/dir"));
    // An existing report is not destroyed by a failed run.
    std::fs::write(&pdf, b"old").unwrap();
    let out = crate::util::cxm(&db)
        .args(["report", "nope", "--out"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&pdf).unwrap(), b"old");
}

/// A 40×20 RGBA PNG: left half the accent, right half transparent.
pub(super) fn logo_png() -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, 40, 20);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().unwrap();
        let px: Vec<u8> = (0..40 * 20)
            .flat_map(|i| {
                if i % 40 < 20 {
                    [11, 110, 79, 255]
                } else {
                    [0, 0, 0, 0]
                }
            })
            .collect();
        w.write_image_data(&px).unwrap();
    }
    out
}

/// The image XObjects the cover page (page 1) uses, by object id.
fn cover_images(doc: &lopdf::Document) -> Vec<(lopdf::ObjectId, &lopdf::Stream)> {
    let first = *doc.get_pages().get(&1).unwrap();
    let (inline, ids) = doc.get_page_resources(first).unwrap();
    let mut dicts: Vec<&lopdf::Dictionary> = inline.into_iter().collect();
    dicts.extend(ids.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
    let mut out = Vec::new();
    for res in dicts {
        let Ok(xobjects) = res.get(b"XObject") else {
            continue;
        };
        let xobjects = match xobjects {
            lopdf::Object::Reference(r) => doc.get_dictionary(*r).unwrap(),
            o => o.as_dict().unwrap(),
        };
        for (_, v) in xobjects.iter() {
            let id = v.as_reference().unwrap();
            let stream = doc.get_object(id).unwrap().as_stream().unwrap();
            if stream.dict.get(b"Subtype").unwrap().as_name().unwrap() == b"Image" {
                out.push((id, stream));
            }
        }
    }
    out
}

fn name_of<'a>(s: &'a lopdf::Stream, key: &[u8]) -> &'a [u8] {
    s.dict.get(key).unwrap().as_name().unwrap()
}

#[test]
fn png_logo_is_drawn_on_the_cover() {
    let b = Branding {
        consultant_name: Some("Hartmann & Nowak Advisory".into()),
        logo: Some(logo_png()),
        accent_colour: Some("#0b6e4f".into()),
    };
    let r = render(&demo_like(), &b, Paper::A4);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    keep_for_review(&r.pdf, "logo.pdf");
    let doc = lopdf::Document::load_mem(&r.pdf).unwrap();
    let sizes: Vec<(i64, i64)> = cover_images(&doc)
        .iter()
        .map(|(_, s)| {
            (
                s.dict.get(b"Width").unwrap().as_i64().unwrap(),
                s.dict.get(b"Height").unwrap().as_i64().unwrap(),
            )
        })
        .collect();
    // The logo (40 × 20 px) is on the cover.
    assert!(sizes.contains(&(40, 20)), "{sizes:?}");
}

#[test]
fn jpeg_logos_are_embedded_unchanged_as_dct_images_on_the_cover() {
    // (fixture, width, height, colour space, components): made with
    // ImageMagick, sizes as `identify` reports them.
    let cases: [(&str, i64, i64, &[u8]); 4] = [
        ("logo-rgb.jpg", 24, 12, b"DeviceRGB"),
        ("logo-gray.jpg", 16, 8, b"DeviceGray"),
        ("logo-cmyk.jpg", 24, 12, b"DeviceCMYK"),
        ("logo-progressive.jpg", 24, 12, b"DeviceRGB"),
    ];
    for (file, w, h, space) in cases {
        let jpeg = std::fs::read(crate::util::fixtures().join("branding").join(file)).unwrap();
        let b = Branding {
            consultant_name: Some("Hartmann & Nowak Advisory".into()),
            logo: Some(jpeg.clone()),
            accent_colour: None,
        };
        let r = render(&demo_like(), &b, Paper::A4);
        assert!(r.warnings.is_empty(), "{file}: {:?}", r.warnings);
        if file == "logo-rgb.jpg" {
            keep_for_review(&r.pdf, "logo-jpeg.pdf");
        }
        let doc = lopdf::Document::load_mem(&r.pdf).unwrap();
        let images = cover_images(&doc);
        let (_, img) = images
            .iter()
            .find(|(_, s)| {
                s.dict
                    .get(b"Filter")
                    .is_ok_and(|f| f.as_name().ok() == Some(b"DCTDecode"))
            })
            .unwrap_or_else(|| panic!("{file}: no DCTDecode image on the cover"));
        assert_eq!(
            img.dict.get(b"Width").unwrap().as_i64().unwrap(),
            w,
            "{file}"
        );
        assert_eq!(
            img.dict.get(b"Height").unwrap().as_i64().unwrap(),
            h,
            "{file}"
        );
        assert_eq!(name_of(img, b"ColorSpace"), space, "{file}");
        assert_eq!(
            img.dict.get(b"BitsPerComponent").unwrap().as_i64().unwrap(),
            8
        );
        // The JPEG's own bytes, not re-encoded.
        assert_eq!(img.content, jpeg, "{file}");
        // ImageMagick writes CMYK with an Adobe marker: inverted values.
        if space == b"DeviceCMYK" {
            let decode = img.dict.get(b"Decode").unwrap().as_array().unwrap();
            let values: Vec<i64> = decode.iter().map(|v| v.as_i64().unwrap()).collect();
            assert_eq!(values, [1, 0, 1, 0, 1, 0, 1, 0]);
        }
    }
}

#[test]
fn damaged_logo_is_left_out_with_a_warning_and_the_report_still_renders() {
    let jpeg = std::fs::read(crate::util::fixtures().join("branding/logo-rgb.jpg")).unwrap();
    let cut = Branding {
        consultant_name: Some("Hartmann & Nowak Advisory".into()),
        logo: Some(jpeg[..jpeg.len() - 30].to_vec()),
        accent_colour: None,
    };
    let r = render(&demo_like(), &cut, Paper::A4);
    assert!(
        r.warnings.iter().any(|w| w.contains("cut off")),
        "{:?}",
        r.warnings
    );
    let doc = lopdf::Document::load_mem(&r.pdf).unwrap();
    assert!(cover_images(&doc).is_empty());
    let (_, text) = pdf_text(&r.pdf);
    assert!(has(&text, "Hartmann & Nowak Advisory"));
}

#[test]
fn stored_roadmap_edits_reach_the_pdf_and_the_xlsx() {
    use calamine::{Reader, Xlsx};
    use cx_maturity::store::{Store, action_edits::ActionField};
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cx.db")).unwrap();
    let id = cx_maturity::demo::create_demo(&mut store).unwrap();
    let before = store.load(&id).unwrap();
    let plan = roadmap::plan(&before, &scoring::score(&before));
    let now = &plan.phases[0].actions;
    let (edited, dropped) = (now[0].clone(), now[1].clone());
    const OWNER: &str = "Jürgen Weiß (COO)";
    assert_ne!(edited.owner, OWNER);
    store
        .set_action_field(&id, &edited.id, ActionField::Owner(Some(OWNER.into())))
        .unwrap();
    store
        .set_action_field(&id, &dropped.id, ActionField::Dropped(true))
        .unwrap();

    let d = store.load(&id).unwrap();
    let sc = scoring::score(&d);
    let rm = roadmap::plan(&d, &sc);
    let r = report::render(
        &d,
        &sc,
        &rm,
        None,
        &store.branding().unwrap(),
        &ReportOptions::new(WHEN),
    )
    .unwrap();
    let (_, text) = pdf_text(&r.pdf);
    assert!(has(&text, OWNER), "the edited owner is in the PDF");
    assert!(
        has(&text, &format!("{} (dropped)", dropped.title)),
        "the dropped action is marked in the PDF"
    );
    // Before the edit the PDF named neither.
    let r0 = report::render(
        &before,
        &scoring::score(&before),
        &plan,
        None,
        &Branding::default(),
        &ReportOptions::new(WHEN),
    )
    .unwrap();
    let (_, text0) = pdf_text(&r0.pdf);
    assert!(!has(&text0, OWNER));
    assert!(!has(&text0, &format!("{} (dropped)", dropped.title)));

    let bytes =
        report::xlsx::export(&d, &sc, &rm, None, report::locale::labels("en").unwrap()).unwrap();
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    let actions = wb.worksheet_range("Action register").unwrap();
    let row = |id: &str| {
        actions
            .rows()
            .find(|r| r[1] == id)
            .unwrap_or_else(|| panic!("{id} is in the register"))
            .to_vec()
    };
    // Columns: phase, id, title, dimension, step, owner, effort, due, status.
    assert_eq!(row(&edited.id)[5].to_string(), OWNER);
    assert_eq!(row(&dropped.id)[8].to_string(), "dropped");
    assert_ne!(row(&edited.id)[8].to_string(), "dropped");
}

/// Two of five departments answered (two respondents each set up, one of
/// each answering department answered): the cover states 2 of 10
/// respondents and 2 of 5 departments; the executive summary says so,
/// names the three departments that did not take part, and says the
/// organisation's figures are those of the two that did.
#[test]
fn executive_summary_names_the_departments_that_did_not_take_part() {
    let deps = names(&["Marketing", "Sales", "Service", "Product", "IT"]);
    let d = data("Partial GmbH", &deps, 2, |di, r, qi| {
        (di < 2 && r == 0).then(|| (AnswerValue::Level(2 + (qi % 2) as u8), None))
    });
    let pdf = render(&d, &Branding::default(), Paper::A4).pdf;
    keep_for_review(&pdf, "partial-participation.pdf");
    let pages: Vec<String> = if tool("pdftotext") {
        let (_dir, path) = write_tmp(&pdf, "partial.pdf");
        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout)
            .unwrap()
            .split('\u{c}')
            .map(normalise)
            .collect()
    } else {
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        doc.get_pages()
            .keys()
            .map(|p| normalise(&doc.extract_text(&[*p]).unwrap()))
            .collect()
    };
    let cover = &pages[0];
    assert!(
        cover.contains("2 of 10 took part · 2 of 5 departments"),
        "{cover}"
    );
    assert!(cover.contains("did not take part"), "{cover}");
    let summary = pages
        .iter()
        .find(|p| p.contains("Executive summary"))
        .expect("an executive summary page");
    for needle in [
        "2 of 10 respondents in 2 of 5 departments took part.",
        "Did not take part: Service, Product, IT.",
        "The organisation's figures in this report are those of the 2 departments that took part.",
        "on average across the departments that took part",
        "2 respondents took part",
    ] {
        assert!(summary.contains(needle), "{needle:?} not in: {summary}");
    }
    // Nowhere does the report count the eight who did not answer.
    assert!(!pages.iter().any(|p| p.contains("10 respondents took part")));
}

/// How far down its content area each page is filled, 0 to 1: the lowest
/// item between the running header and the footer. The layout's `y` runs
/// up from the page's foot, as in PDF; A4 and Letter keep 70 pt at the
/// top and 62 pt at the foot for the header and footer.
fn page_fill(laid: &report::layout::Laid) -> Vec<f32> {
    let (top, foot) = (laid.height - 70.0, 62.0);
    laid.pages
        .iter()
        .map(|page| {
            let lowest = page
                .items
                .iter()
                .filter_map(|item| match item {
                    Item::Text { y, .. } | Item::Rect { y, .. } | Item::Logo { y, .. } => Some(*y),
                    Item::Path { points, .. } => points.iter().map(|p| p[1]).min_by(f32::total_cmp),
                })
                .filter(|y| *y > foot && *y < top)
                .min_by(f32::total_cmp)
                .unwrap_or(top);
            (top - lowest) / (top - foot)
        })
        .collect()
}

/// Apart from its last page, no page of `laid` is less than half full.
#[track_caller]
fn assert_pages_at_least_half_full(laid: &report::layout::Laid, what: &str) {
    let fill = page_fill(laid);
    let last = fill.len() - 1;
    for (i, f) in fill[..last].iter().enumerate() {
        assert!(
            *f >= 0.5,
            "{what}: page {} of {} is {:.0} % full ({:?})",
            i + 1,
            fill.len(),
            f * 100.0,
            laid.pages[i].section
        );
    }
}

/// The demo's report wastes no paper: apart from its last page, no page
/// is less than half full (a chart that fits below another is not pushed
/// to a page of its own).
#[test]
fn no_page_of_the_demo_report_is_more_than_half_empty() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = cx_maturity::store::Store::open(&dir.path().join("cx.db")).unwrap();
    let id = cx_maturity::demo::create_demo(&mut store).unwrap();
    let d = store.load(&id).unwrap();
    let sc = scoring::score(&d);
    let rm = roadmap::plan(&d, &sc);
    for paper in [Paper::A4, Paper::Letter] {
        let mut opts = ReportOptions::new(WHEN);
        opts.paper = paper;
        let laid =
            report::layout(&d, &sc, &rm, &Branding::default(), &opts, &mut Vec::new()).unwrap();
        assert_pages_at_least_half_full(&laid, &format!("{paper:?}"));
    }
}

#[test]
fn the_report_lists_the_questions_the_workshop_revoted_with_both_spreads() {
    use cx_maturity::model::FirstVote;
    let mut d = demo_like();
    let question = "vision.awareness";
    let prompt = d.questionnaire.question(question).unwrap().1.prompt.clone();
    // Three participants voted 1, 4 and 2 blind, then all said 3: first
    // spread 4 − 1 = 3, final spread 0, three changed their vote.
    let voters = ["r0-0", "r1-0", "r2-0"];
    for (who, first) in voters.iter().zip([1u8, 4, 2]) {
        d.first_votes.push(FirstVote {
            respondent_id: (*who).into(),
            question_id: question.into(),
            value: AnswerValue::Level(first),
            voted_at: WHEN,
            revoted_at: Some(WHEN),
        });
        let answer = d
            .answers
            .iter_mut()
            .find(|a| &*a.respondent_id == *who && &*a.question_id == question)
            .unwrap();
        answer.value = AnswerValue::Level(3);
    }
    let calibration = scoring::workshop::calibration(&d.questionnaire, &d.first_votes, &d.answers);
    assert_eq!(calibration.len(), 1);
    let c = &calibration[0];
    assert_eq!(
        (
            c.voters,
            c.first_spread,
            c.final_spread,
            c.changed,
            c.revoted
        ),
        (3, Some(3), Some(0), 3, 3)
    );

    let (_, text) = pdf_text(&render(&d, &Branding::default(), Paper::A4).pdf);
    assert!(has(&text, "Questions the workshop re-voted"));
    assert!(has(&text, &prompt), "{prompt}");
    assert!(has(&text, "First spreadFinal spread"));

    // A blind vote nobody re-voted is no re-vote: no section.
    for v in &mut d.first_votes {
        v.revoted_at = None;
    }
    let (_, text) = pdf_text(&render(&d, &Branding::default(), Paper::A4).pdf);
    assert!(!has(&text, "Questions the workshop re-voted"));
}
