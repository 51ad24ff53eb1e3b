//! The demo's report and workbook in German and French, as a board reads
//! them: every fixed word, level name, questionnaire text, date and decimal
//! in that language — no English left (pdftotext, calamine) — while the
//! respondents' comments stay as they wrote them and every figure is the
//! English report's.

use calamine::{Data, Reader, Xlsx};
use cx_maturity::report::ReportOptions;
use cx_maturity::store::Store;
use cx_maturity::{demo, workflow};
use time::macros::datetime;

use crate::store::temp_store;

/// Words of the English report and questionnaire that a German or French
/// reader must never meet: headings, level names and the small words of
/// every English sentence.
pub(super) const ENGLISH: &[&str] = &[
    "the",
    "and",
    "with",
    "which",
    "from",
    "this",
    "Developing",
    "Defined",
    "Managed",
    "Optimising",
    "Executive summary",
    "Overall score",
    "Appendix",
    "Methodology",
    "Respondents",
    "Strengths",
    "Customer evidence",
    "Prepared by",
];

/// The whole-word (or whole-phrase) matches of `needle` in `text`. A
/// hyphenated compound is one word: German writes "Test-and-Learn".
fn contains_words(text: &str, needle: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let wanted: Vec<&str> = needle.split(' ').collect();
    words.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

pub(super) fn english_left(text: &str) -> Vec<&'static str> {
    ENGLISH
        .iter()
        .copied()
        .filter(|w| contains_words(text, w))
        .collect()
}

/// The demo in `locale` and the text pdftotext reads from its report,
/// generated on 23 November 2026.
fn report_text(store: &Store, id: &str, locale: &str) -> String {
    let mut options = ReportOptions::new(datetime!(2026-11-23 10:00 UTC));
    options.locale = locale.to_owned();
    let rendered = workflow::render_report(store, id, &options).expect("render");
    crate::util::pdftotext(&rendered.pdf)
}

/// Every text cell of the workbook, sheet names first.
fn workbook_text(store: &Store, id: &str, locale: &str) -> (Vec<String>, String) {
    let bytes = workflow::export_workbook(store, id, locale).expect("export");
    let mut wb: Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("workbook");
    let names = wb.sheet_names();
    let mut text = String::new();
    for name in &names {
        let range = wb.worksheet_range(name).expect("sheet");
        for cell in range.used_cells() {
            if let Data::String(s) = cell.2 {
                text.push_str(s);
                text.push('\n');
            }
        }
    }
    (names, text)
}

#[test]
fn the_german_report_is_german_throughout() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo_in(&mut store, "de").expect("demo");
    let text = report_text(&store, &id, "de");
    assert_eq!(english_left(&text), Vec::<&str>::new());
    for level in [
        "Initial",
        "In Entwicklung",
        "Definiert",
        "Gesteuert",
        "Optimierend",
    ] {
        assert!(text.contains(level), "no level {level:?}");
    }
    assert!(text.contains("23. November 2026"), "German date");
    // Scores with a decimal comma ("2,5 / 5"), never a point.
    let comma = regex_like(&text, ',');
    let point = regex_like(&text, '.');
    assert!(comma > 20, "{comma} decimal commas");
    assert_eq!(
        point, 0,
        "a score with a decimal point in the German report"
    );
    // The respondents' comments as written, the dimension titles translated.
    assert!(text.contains("niemand ruft den Kunden zurück"));
    assert!(!text.contains("CX vision and strategy"));
}

#[test]
fn the_french_report_is_french_throughout() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo_in(&mut store, "fr").expect("demo");
    let text = report_text(&store, &id, "fr");
    assert_eq!(english_left(&text), Vec::<&str>::new());
    for level in ["En développement", "Défini", "Maîtrisé", "En optimisation"] {
        assert!(text.contains(level), "no level {level:?}");
    }
    assert!(text.contains("23 novembre 2026"), "French date");
    assert!(regex_like(&text, ',') > 20);
    assert_eq!(regex_like(&text, '.'), 0);
    assert!(text.contains("Très frustrant"), "comments stay as written");
}

#[test]
fn the_workbook_follows_the_report_language_and_keeps_every_figure() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo_in(&mut store, "en").expect("demo");
    let (en_names, _) = workbook_text(&store, &id, "en");
    for locale in ["de", "fr"] {
        let (names, text) = workbook_text(&store, &id, locale);
        assert_eq!(names.len(), en_names.len());
        assert!(
            names.iter().all(|n| !en_names.contains(n)),
            "{locale}: English sheet names {names:?}"
        );
        assert_eq!(english_left(&text), Vec::<&str>::new(), "{locale}");
    }
    // The same assessment scores the same in every report language.
    let card = |locale: &str| {
        let data = workflow::load_in(&store, &id, locale).expect("load");
        cx_maturity::scoring::score(&data).overall.score
    };
    assert_eq!(card("de"), card("en"));
    assert_eq!(card("fr"), card("en"));
}

/// How many figures like "2,5" (`sep` = ',') or "2.5" (`sep` = '.') the
/// text holds: one digit after the separator, and no digit or separator
/// around the figure (so "1.0.0" and "1 842" are not figures).
fn regex_like(text: &str, sep: char) -> usize {
    let chars: Vec<char> = std::iter::once(' ')
        .chain(text.chars())
        .chain(std::iter::once(' '))
        .collect();
    let apart = |c: char| !c.is_ascii_digit() && c != '.' && c != ',';
    chars
        .windows(5)
        .filter(|w| {
            apart(w[0])
                && w[1].is_ascii_digit()
                && w[2] == sep
                && w[3].is_ascii_digit()
                && apart(w[4])
        })
        .count()
}
