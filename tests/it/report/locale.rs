//! The report and the workbook in German and French: figures and dates
//! written each language's way (checked against strings written by hand),
//! the PDF's fixed words and level names in the chosen language even for
//! an English questionnaire, the layout rules held in every language,
//! every word of the German and French tables their own, the methodology
//! in each language from the same constants, and the workbook's sheets and
//! headers translated.

use calamine::{Data, Reader, Xlsx};
use cx_maturity::model::{ActionEdit, ActionStatus, Branding};
use cx_maturity::report::layout::{Item, Laid};
use cx_maturity::report::locale::{self, DE, EN, FR, Labels};
use cx_maturity::report::{self, Paper, ReportOptions};
use cx_maturity::roadmap::Phase;
use cx_maturity::scoring::rounds::Direction;
use cx_maturity::{methodology, roadmap, scoring};
use time::macros::date;

use super::progress::{demo_chain, laid_out};
use super::{
    WHEN, assert_inside_and_apart, assert_pages_at_least_half_full, demo_like, has,
    keep_for_review, pdf_text,
};

/// Labels of the three languages by code.
fn labels(code: &str) -> &'static Labels {
    locale::labels(code).unwrap()
}

#[test]
fn figures_and_dates_are_written_each_languages_way() {
    let (de, fr) = (labels("de-DE"), labels("fr-CH"));
    // A score, cut and not rounded: 2.57 shows as 2.5, 2.97 as 2.9.
    assert_eq!(de.score(2.5), "2,5");
    assert_eq!(fr.score(2.5), "2,5");
    assert_eq!(de.score(2.57), "2,5");
    assert_eq!(fr.score(2.97), "2,9");
    assert_eq!(EN.score(2.97), "2.9");
    // A share in whole percent, cut: 41.9 % shows as 41 %; German with a
    // no-break space, French with a narrow one.
    assert_eq!(de.percent(0.42), "42\u{a0}%");
    assert_eq!(fr.percent(0.42), "42\u{202f}%");
    assert_eq!(de.percent(0.419), "41\u{a0}%");
    assert_eq!(fr.percent_value(69.9), "69\u{202f}%");
    // Changes with their sign, the minus a true minus.
    assert_eq!(de.delta(0.46), "+0,4");
    assert_eq!(fr.delta(-0.35), "\u{2212}0,3");
    assert_eq!(de.delta(-0.05), "0,0");
    assert_eq!(fr.signed_whole(-12.0), "\u{2212}12");
    assert_eq!(de.signed_whole(8.0), "+8");
    assert_eq!(
        fr.change_label(Some(2.0), Some(2.46), Some(0.46)),
        "2,0 → 2,4 (+0,4)"
    );
    // Dates in words, day first; no "1er" in French.
    let d = date!(2026 - 11 - 23);
    assert_eq!(locale::format_date(de, d), "23. November 2026");
    assert_eq!(locale::format_date(fr, d), "23 novembre 2026");
    assert_eq!(locale::format_date(&EN, d), "23 November 2026");
    assert_eq!(
        locale::format_date(fr, date!(2026 - 11 - 01)),
        "1 novembre 2026"
    );
    assert_eq!(
        locale::format_date(de, date!(2027 - 03 - 01)),
        "1. März 2027"
    );
    assert_eq!(locale::format_iso_date(fr, "2027-08-15"), "15 août 2027");
}

/// A report of `d` in `locale`, with its text as lopdf reads it.
fn render_in(d: &cx_maturity::model::AssessmentData, locale: &str) -> (report::Rendered, String) {
    let sc = scoring::score(d);
    let rm = roadmap::plan(d, &sc);
    let mut opts = ReportOptions::new(WHEN);
    opts.locale = locale.to_owned();
    let r = report::render(d, &sc, &rm, None, &Branding::default(), &opts).unwrap();
    let (_, text) = pdf_text(&r.pdf);
    (r, text)
}

/// English words of the fixed labels (headings, key figures, level names,
/// phases, the footer) that must not be left in a German or French report
/// of an English questionnaire.
const ENGLISH: [&str; 30] = [
    "Executive summary",
    "Overall score",
    "Results at a glance",
    "Maturity profile against target",
    "Department × dimension",
    "Dimension by dimension",
    "What each department answered",
    "Notable comments",
    "Three actions to start now",
    "Now (0–3 months)",
    "Next (3–9 months)",
    "Later (9–18 months)",
    "Appendix",
    "Methodology",
    "The five levels",
    "Answer distribution per question",
    "Knowledge gaps",
    "Respondents by department",
    "Customer evidence",
    "Confidential",
    "Page 2 of",
    "took part",
    "Developing",
    "Optimising",
    "held back by",
    "out of 5",
    "Owner:",
    "Effort:",
    "Coverage",
    "5 March 2026",
];

#[test]
fn german_and_french_reports_speak_their_language_for_an_english_questionnaire() {
    let d = demo_like();
    assert_eq!(d.questionnaire.id, "cx-maturity");
    let sc = scoring::score(&d);
    let overall = sc.overall.score.unwrap();
    let coverage = sc.overall.coverage.unwrap();
    // The figures written by hand from scoring's display rule: the cut
    // figure with a decimal comma, the cut percentage with the language's
    // space.
    let comma = scoring::shown(overall).replace('.', ",");
    let whole = scoring::shown_percent(coverage).replace(" %", "");
    let cases: [(&str, &[&str]); 2] = [
        (
            "de",
            &[
                "Zusammenfassung",
                "Gesamtwert",
                "Reifegrad",
                "Abdeckung",
                "Ergebnisse im Überblick",
                "Reifeprofil im Vergleich zum Zielwert",
                "Die Dimensionen im Einzelnen",
                "Antworten der Abteilungen",
                "Drei Maßnahmen für den sofortigen Start",
                "Jetzt (0–3 Monate)",
                "Danach (3–9 Monate)",
                "Später (9–18 Monate)",
                "Anhang",
                "Methodik",
                "Die fünf Reifegradstufen",
                "Verteilung der Antworten je Frage",
                "Befragte nach Abteilung",
                "Kundendaten",
                "Vertraulich",
                "Seite 2 von",
                "5. März 2026",
                "Verantwortlich:",
                "Initial",
                "In Entwicklung",
                "Definiert",
                "Gesteuert",
                "Optimierend",
            ],
        ),
        (
            "fr",
            &[
                "Synthèse",
                "Score global",
                "STADE",
                "Couverture",
                "Vue d’ensemble des résultats",
                "Profil de maturité par rapport à la cible",
                "Dimension par dimension",
                "Réponses par service",
                "Trois actions à lancer dès maintenant",
                "Maintenant (0–3 mois)",
                "Ensuite (3–9 mois)",
                "Plus tard (9–18 mois)",
                "Annexe",
                "Méthodologie",
                "Les cinq niveaux",
                "Répartition des réponses par question",
                "Répondants par service",
                "Données clients",
                "Confidentiel",
                "Page 2 sur",
                "5 mars 2026",
                "Responsable :",
                "Initial",
                "En développement",
                "Défini",
                "Maîtrisé",
                "En optimisation",
            ],
        ),
    ];
    let (_, english) = render_in(&d, "en");
    for word in ENGLISH {
        assert!(has(&english, word), "the English report says {word:?}");
    }
    for (code, words) in cases {
        let (r, text) = render_in(&d, code);
        assert!(r.warnings.is_empty(), "{code}: {:?}", r.warnings);
        keep_for_review(&r.pdf, &format!("sample-{code}.pdf"));
        for word in words {
            assert!(has(&text, word), "{code}: {word:?} missing");
        }
        for word in ENGLISH {
            assert!(!has(&text, word), "{code}: English {word:?} left");
        }
        assert!(has(&text, &format!("{comma} / 5")), "{code}: {comma} / 5");
        assert!(!has(&text, &format!("{} / 5", scoring::shown(overall))));
        // The coverage key figure: the whole percent, then its sign.
        assert!(has(&text, &format!("{whole}%")), "{code}: {whole} %");
        // The questionnaire stays as written.
        assert!(has(&text, &d.questionnaire.dimensions[0].title));
    }
}

/// Every text item of a laid-out report, for the checks below.
fn texts(laid: &Laid) -> Vec<&str> {
    laid.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match i {
            Item::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect()
}

/// The layout rules every report keeps, held in each language: nothing
/// leaves the page or overlaps, no word is broken between characters and
/// no text is cut short with an ellipsis (a German heading in a narrow
/// column, a date), and no page but the last is less than half full.
#[track_caller]
fn assert_laid_out_well(laid: &Laid, paper: Paper, what: &str) {
    assert_inside_and_apart(laid, paper);
    assert!(laid.cut.is_empty(), "{what}: cut {:?}", laid.cut);
    let cut: Vec<&str> = texts(laid)
        .into_iter()
        .filter(|t| t.contains('…'))
        .collect();
    assert!(cut.is_empty(), "{what}: ellipsized {cut:?}");
    assert_pages_at_least_half_full(laid, what);
}

#[test]
fn every_language_keeps_the_layout_rules() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = cx_maturity::store::Store::open(&dir.path().join("cx.db")).unwrap();
    let id = cx_maturity::demo::create_demo(&mut store).unwrap();
    let demo = store.load(&id).unwrap();
    let like = demo_like();
    for code in ["en", "de", "fr"] {
        for paper in [Paper::A4, Paper::Letter] {
            for (name, d) in [("demo", &demo), ("six departments", &like)] {
                let sc = scoring::score(d);
                let rm = roadmap::plan(d, &sc);
                let mut opts = ReportOptions::new(WHEN);
                opts.paper = paper;
                opts.locale = code.to_owned();
                let laid =
                    report::layout(d, &sc, &rm, &Branding::default(), &opts, &mut Vec::new())
                        .unwrap();
                assert_laid_out_well(&laid, paper, &format!("{code} {paper:?} {name}"));
            }
        }
    }
}

#[test]
fn a_later_rounds_report_keeps_the_layout_rules_in_every_language() {
    let (_dir, mut store) = crate::store::temp_store();
    let [_, r2, r3] = demo_chain(&mut store);
    for code in ["de", "fr"] {
        for round in [&r2, &r3] {
            let laid = laid_out(&store, round, Paper::A4, code);
            assert_laid_out_well(&laid, Paper::A4, code);
            let since = if code == "de" {
                "Fortschritt seit dem"
            } else {
                "Progrès depuis le"
            };
            assert!(
                laid.pages
                    .iter()
                    .any(|p| p.section.as_deref().is_some_and(|s| s.starts_with(since))),
                "{code}: the progress section is titled {since:?}"
            );
        }
    }
}

/// Words that are the same in English and in German or French, and the
/// only ones a German or French label may share with the English.
const SAME_IN_BOTH: [&str; 17] = [
    "NPS",
    "CSAT",
    "?",
    "Initial",
    "Dimension",
    "Organisation",
    "Phase",
    "Roadmap",
    "Date",
    "Questionnaire",
    "Question",
    "Questions",
    "Action",
    "Description",
    "Source",
    "Importance",
    "Score",
];

#[test]
fn every_german_and_french_word_is_its_own() {
    let english = EN.texts();
    assert!(english.len() > 120, "{} plain words", english.len());
    for l in [&DE, &FR] {
        let own = l.texts();
        assert_eq!(
            own.iter().map(|(f, _)| *f).collect::<Vec<_>>(),
            english.iter().map(|(f, _)| *f).collect::<Vec<_>>()
        );
        for ((field, word), (_, en)) in own.iter().zip(&english) {
            assert!(!word.trim().is_empty(), "{}.{field} is empty", l.code);
            assert!(
                word != en || SAME_IN_BOTH.contains(word),
                "{}.{field} is the English {en:?}",
                l.code
            );
        }
        // The names of values, and the level names.
        let mut names: Vec<(&str, &str)> = Vec::new();
        for p in [Phase::Now, Phase::Next, Phase::Later] {
            names.push(((l.phase_title)(p), (EN.phase_title)(p)));
            names.push(((l.phase_name)(p), (EN.phase_name)(p)));
            names.push(((l.phase_months)(p), (EN.phase_months)(p)));
        }
        for d in [Direction::Improved, Direction::Stable, Direction::Declined] {
            names.push(((l.direction_name)(d), (EN.direction_name)(d)));
        }
        for s in ActionStatus::ALL {
            names.push(((l.status_name)(s), (EN.status_name)(s)));
        }
        for e in [
            cx_maturity::questionnaire::Effort::S,
            cx_maturity::questionnaire::Effort::M,
            cx_maturity::questionnaire::Effort::L,
        ] {
            names.push(((l.effort_name)(e), (EN.effort_name)(e)));
        }
        for k in 0..5 {
            names.push((l.level_names[k], EN.level_names[k]));
        }
        for (word, en) in names {
            // "stable" is French as well as English.
            assert!(
                word != en || SAME_IN_BOTH.contains(&word) || word == "stable",
                "{}: {word:?} is the English",
                l.code
            );
        }
        // The sentences, with the same figures.
        let sentences = |l: &Labels| {
            vec![
                (l.participation_sentence)(2, 10, 2, 5),
                (l.missing_departments_sentence)(&["IT".to_owned(), "HR".to_owned()], 3),
                (l.summary_sentence)("Org", "2,5", "X"),
                (l.summary_sentence_partial)("Org", "2,5", "X"),
                (l.stage_sentence)(1, "X", "Data", "1,5"),
                (l.respondents_took_part)(1),
                (l.respondents_took_part)(2),
                (l.capacity_note)(8, 12),
                (l.gap_to_target)("2,5", 3),
                (l.perception_gap_body)("3,1", "X", "NPS −12"),
                (l.dimension_counts)(10, 3, 5, 2, 0, "0,3"),
                (l.disagreement_change)(1, 2, 0, 3),
                (l.page_of)(2, 9),
                (l.progress_since)("1"),
                (l.low_coverage_note)("40 %", "50 %"),
                (l.radar_caption)("A", "B"),
                (l.coverage_caption)("60 %"),
                (l.effort_mix)(1, 2, 3),
            ]
        };
        for (own, en) in sentences(l).iter().zip(sentences(&EN)) {
            assert_ne!(own, &en, "{}", l.code);
        }
    }
}

/// The appendix in each language: the same sections and paragraphs as the
/// English, every threshold from the same constants (written here by
/// hand in each language's way), the level names the language's.
#[test]
fn the_methodology_is_written_in_each_language_from_the_same_constants() {
    let english = methodology::methodology(&EN);
    for (l, expected) in [
        (
            &DE,
            &[
                "1. Initial: ",
                "2. In Entwicklung: ",
                "5. Optimierend: ",
                "Ein Wert wie 2,6 zählt mit seinem ganzzahligen Teil: Stufe 2 (In Entwicklung)",
                "2,97 erscheint als 2,9",
                "unter 60\u{a0}%",
                "1,5 Stufen oder mehr",
                "2,0 Stufen oder mehr",
                "(höchstens 5) und die Bedeutung bei 3",
                "„Jetzt“ (0–3 Monate)",
                "„Später“ (9–18 Monate)",
                "3,0 (Definiert) oder mehr",
                "unter 0 oder die Kundenzufriedenheit unter 70\u{a0}%",
                "Eine Veränderung von +0,3 oder mehr",
                "eine von \u{2212}0,3",
                "liegt er unter 50\u{a0}%",
                "um 5 Punkte oder mehr oder die Kundenzufriedenheit um 3 Punkte",
            ][..],
        ),
        (
            &FR,
            &[
                "1. Initial\u{a0}: ",
                "2. En développement\u{a0}: ",
                "5. En optimisation\u{a0}: ",
                "Un score tel que 2,6 se lit par sa partie entière\u{a0}: En développement (2)",
                "2,97 s’affiche 2,9",
                "inférieure à 60\u{202f}%",
                "distants de 1,5 niveau ou plus",
                "distants de 2,0 niveaux ou plus",
                "(au plus 5) et l’importance vaut 3",
                "«\u{a0}Maintenant\u{a0}» (0–3 mois)",
                "«\u{a0}Plus tard\u{a0}» (9–18 mois)",
                "3,0 (Défini) ou plus",
                "inférieur à 0 ou la satisfaction client inférieure à 70\u{202f}%",
                "Une évolution de +0,3 ou plus",
                "une évolution de \u{2212}0,3 ou moins",
                "en dessous de 50\u{202f}%",
                "a baissé de 5 points ou plus, ou la satisfaction client de 3",
            ][..],
        ),
    ] {
        let sections = methodology::methodology(l);
        assert_eq!(sections.len(), english.len(), "{}", l.code);
        for (own, en) in sections.iter().zip(&english) {
            assert_eq!(
                own.paragraphs.len(),
                en.paragraphs.len(),
                "{}: {}",
                l.code,
                own.heading
            );
            assert_ne!(own.heading, en.heading);
        }
        let text = methodology::to_text(&sections);
        for e in expected {
            assert!(text.contains(e), "{}: {e:?} not in\n{text}", l.code);
        }
        // The report's appendix is this text.
        let appendix = report::methodology(l);
        assert_eq!(appendix[0].0, sections[0].heading);
    }
}

/// The workbook in German and French: sheet names, headers, level names,
/// statuses and the answers' words translated; figures still numbers.
#[test]
fn the_workbook_is_written_in_german_and_french() {
    let mut d = demo_like();
    let first = {
        let sc = scoring::score(&d);
        roadmap::plan(&d, &sc).phases[0].actions[0].id.clone()
    };
    d.action_edits.push(ActionEdit {
        action_id: first.clone(),
        owner: None,
        due: None,
        status: Some(ActionStatus::InProgress),
        notes: None,
        dropped: false,
    });
    let sc = scoring::score(&d);
    let rm = roadmap::plan(&d, &sc);
    for (code, sheets, head, in_progress, words) in [
        (
            "de",
            ["Maßnahmenregister", "Werte", "Antworten"],
            [
                "Dimension",
                "Organisation",
                "Stufe",
                "Zielwert",
                "Lücke",
                "Bedeutung",
                "Priorität",
                "Abdeckung",
                "Streuung",
            ],
            "In Arbeit",
            ["nicht zutreffend", "weiß nicht"],
        ),
        (
            "fr",
            ["Registre des actions", "Résultats", "Réponses"],
            [
                "Dimension",
                "Organisation",
                "Niveau",
                "Cible",
                "Écart",
                "Importance",
                "Priorité",
                "Couverture",
                "Dispersion",
            ],
            "En cours",
            ["non applicable", "je ne sais pas"],
        ),
    ] {
        let l = labels(code);
        let bytes = report::xlsx::export(&d, &sc, &rm, None, l).unwrap();
        let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
        assert_eq!(wb.sheet_names(), sheets, "{code}");
        let scores = wb.worksheet_range(sheets[1]).unwrap();
        let header: Vec<String> = scores.rows().next().unwrap()[..9]
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(header, head, "{code}");
        // Each dimension's level in the language; its score a number.
        for (row, dim) in scores.rows().skip(1).zip(&sc.dimensions) {
            let level = scoring::level(dim.score.unwrap());
            assert_eq!(row[2].to_string(), l.level_names[usize::from(level) - 1]);
            assert!(matches!(row[1], Data::Float(_)), "{code}: {:?}", row[1]);
        }
        let actions = wb.worksheet_range(sheets[0]).unwrap();
        let row = actions.rows().find(|r| r[1] == first.as_str()).unwrap();
        assert_eq!(row[8].to_string(), in_progress, "{code}");
        assert_eq!(row[0].to_string(), (l.phase_title)(Phase::Now));
        let answers = wb.worksheet_range(sheets[2]).unwrap();
        for word in words {
            assert!(
                answers.rows().any(|r| r[6] == word),
                "{code}: no answer {word:?}"
            );
        }
    }
}
