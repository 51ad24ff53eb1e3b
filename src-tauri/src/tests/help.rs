//! The Help screen's command: the methodology is the report appendix's text,
//! word for word; numbered paragraphs become a list; the data locations are
//! the files the app really uses.

use std::path::Path;

use cx_maturity::methodology::Section;
use cx_maturity::report::{self, locale};

use crate::convert::help::{help, help_section};
use crate::wire::{HelpBlock, HelpSection};

/// The wire sections back as (heading, paragraphs), list items numbered
/// again from 1 as the core writes them.
fn as_paragraphs(sections: &[HelpSection]) -> Vec<(String, Vec<String>)> {
    sections
        .iter()
        .map(|s| {
            let mut paragraphs = Vec::new();
            for b in &s.blocks {
                match b {
                    HelpBlock::Paragraph { text } => paragraphs.push(text.clone()),
                    HelpBlock::OrderedList { items } => paragraphs.extend(
                        items
                            .iter()
                            .enumerate()
                            .map(|(i, item)| format!("{}. {item}", i + 1)),
                    ),
                }
            }
            (s.heading.clone(), paragraphs)
        })
        .collect()
}

#[test]
fn help_shows_the_report_appendix_methodology_word_for_word() {
    let labels = locale::labels("en").expect("English labels");
    let appendix = report::methodology(labels);
    let h = help(Some(Path::new("/data/cx.db")), None, "en");
    assert_eq!(as_paragraphs(&h.methodology), appendix);
    // Not vacuous: the appendix states the method, levels first.
    assert!(appendix.len() >= 5, "{} sections", appendix.len());
    assert_eq!(h.methodology[0].heading, "The five levels");
    let HelpBlock::OrderedList { items } = &h.methodology[0].blocks[1] else {
        panic!("the five levels are a list: {:?}", h.methodology[0].blocks);
    };
    assert_eq!(items.len(), 5);
    assert!(items[0].starts_with("Initial: "), "{}", items[0]);
    assert!(items[4].starts_with("Optimising: "), "{}", items[4]);
}

#[test]
fn help_follows_the_apps_language_as_the_report_appendix_does() {
    for code in ["de", "fr"] {
        let labels = locale::labels(code).expect("labels");
        let h = help(Some(Path::new("/data/cx.db")), None, code);
        assert_eq!(as_paragraphs(&h.methodology), report::methodology(labels));
        let HelpBlock::OrderedList { items } = &h.methodology[0].blocks[1] else {
            panic!("the five levels are a list: {:?}", h.methodology[0].blocks);
        };
        assert!(items[1].starts_with(labels.level_name(2)), "{}", items[1]);
    }
    let german = help(None, None, "de");
    assert_ne!(
        german.methodology[0].heading,
        help(None, None, "en").methodology[0].heading
    );
}

#[test]
fn numbered_paragraphs_become_one_list_and_the_rest_stay_paragraphs() {
    let section = Section {
        heading: "Levels".into(),
        paragraphs: vec![
            "Intro.".into(),
            "1. Initial: ad hoc.".into(),
            "2. Developing: a plan.".into(),
            "Outro.".into(),
            // A year is not a list item: no ". " after the digits.
            "2026 was the baseline.".into(),
            "<script>alert(1)</script>".into(),
        ],
    };
    let p = |t: &str| HelpBlock::Paragraph { text: t.into() };
    assert_eq!(
        help_section(&section),
        HelpSection {
            heading: "Levels".into(),
            blocks: vec![
                p("Intro."),
                HelpBlock::OrderedList {
                    items: vec!["Initial: ad hoc.".into(), "Developing: a plan.".into()],
                },
                p("Outro."),
                p("2026 was the baseline."),
                // Text is passed on as it is: the UI renders it as text.
                p("<script>alert(1)</script>"),
            ],
        }
    );
}

#[test]
fn help_names_the_database_its_backups_folder_and_the_version() {
    let h = help(Some(Path::new("/data/clients/cx.db")), None, "en");
    // store::backup_dir: the file name plus ".backups", beside the file.
    assert_eq!(h.data.database_path.as_deref(), Some("/data/clients/cx.db"));
    assert_eq!(
        h.data.backup_dir.as_deref(),
        Some("/data/clients/cx.db.backups")
    );
    assert_eq!(h.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(h.app_name, "CX Maturity");
    assert_eq!(h.data.database_error, None);

    let none = help(
        None,
        Some("This system reports no home folder.".into()),
        "en",
    );
    assert_eq!(
        (none.data.database_path, none.data.backup_dir),
        (None, None)
    );
    assert_eq!(
        none.data.database_error.as_deref(),
        Some("This system reports no home folder.")
    );
}
