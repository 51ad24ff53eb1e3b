//! A later round's report and workbook (scoring.md, "Rounds and
//! progress"): the progress section and the summary's lead sentence in the
//! PDF, the Progress and Trend sheets in the XLSX, none of it for a first
//! round, and the layout rules held for a second and third round of the
//! demo.
//!
//! The hand-made chain: the built-in questionnaire (ten dimensions of
//! five questions, every weight 1), Sales and Service with one respondent
//! each, who answer alike unless said otherwise.
//!
//! Round 1: trust 1, culture 3, every other dimension 2. Overall
//! (8 × 2 + 1 + 3) / 10 = 2.0; stage 1 (trust). NPS +10, CSAT 75 %. The
//! action `data.1-2.inventory` is marked done.
//!
//! Round 2, started with the answers carried: data 4 and journeys 4 and
//! trust 2 (both respondents, every question), culture 2 (both); Sales
//! answers three of the five voice-of-the-customer questions 4.
//! Voice of the customer: Sales (3 × 4 + 2 × 2) / 5 = 3.2, Service 2,
//! organisation 2.6 (+0.6, improved), confirmed 3 of 10 = 30 % < 50 %:
//! mostly carried. Overall (2 + 2 + 2.6 + 4 + 4 + 2 + 2 + 2 + 2 + 2) / 10
//! = 2.46, shown 2.4; change +0.46, shown +0.4, improved; stage 2.
//! Improved, largest first: data +2.0, journeys +2.0, trust +1.0, voice
//! of the customer +0.6; declined: culture −1.0; five stable. Confirmed:
//! 10 + 10 + 10 + 10 + 3 = 43 of 100 answers = 43 %. Sales: 25.2 / 10 =
//! 2.52 → 2.5 (+0.5); Service 24 / 10 = 2.4 (+0.4). NPS +2 (−8 points),
//! CSAT 70 % (−5 points): the overall score improved while NPS fell by 5
//! or more, so the comparison is `diverging`. `data.1-2.consent-audit` is
//! marked done.
//!
//! Round 3, answers carried: trust 3 (both). Overall (25.6) / 10 = 2.56,
//! shown 2.5; stage 2. Completed in its period: `data.1-2.consent-audit`
//! only (the inventory was done before round 2 began).

use std::process::Command;

use calamine::{Data, DataType as _, Reader, Xlsx};
use cx_maturity::model::{ActionStatus, AnswerValue, EvidenceMetric};
use cx_maturity::report::layout::{Block, Laid};
use cx_maturity::report::{self, Paper, ReportOptions, charts, content, locale};
use cx_maturity::store::Store;
use cx_maturity::store::action_edits::ActionField;
use cx_maturity::store::rounds::{NextRound, RespondentChoice};
use cx_maturity::{demo, questionnaire, roadmap, scoring, workflow};

use super::{
    WHEN, assert_inside_and_apart, assert_pages_at_least_half_full, has, keep_for_review,
    normalise, pdf_text,
};

const INVENTORY: &str = "data.1-2.inventory";
const CONSENT_AUDIT: &str = "data.1-2.consent-audit";

/// Every answer of a respondent: `level(dimension, question index)`.
fn answer(store: &mut Store, respondent: &str, level: impl Fn(&str, usize) -> Option<u8>) {
    let q = questionnaire::builtin("cx-maturity").unwrap();
    let items: Vec<(String, u8)> = q
        .dimensions
        .iter()
        .flat_map(|d| {
            d.questions
                .iter()
                .enumerate()
                .filter_map(|(k, x)| level(&d.id, k).map(|v| (x.id.clone(), v)))
                .collect::<Vec<_>>()
        })
        .collect();
    let items: Vec<(&str, AnswerValue, Option<&str>)> = items
        .iter()
        .map(|(id, v)| (id.as_str(), AnswerValue::Level(*v), None))
        .collect();
    store.save_answers(respondent, &items).unwrap();
}

fn next_round(store: &mut Store, previous: &str) -> String {
    store
        .start_next_round(
            previous,
            &NextRound {
                title: None,
                respondents: RespondentChoice::All,
                carry_answers: true,
                questionnaire: None,
            },
        )
        .unwrap()
        .id
}

/// The respondents of a round: (Sales', Service's) ids.
fn people(store: &Store, round: &str) -> (String, String) {
    let deps = store.departments(round).unwrap();
    let of = |name: &str| {
        let dep = deps.iter().find(|d| d.name == name).unwrap();
        store
            .respondents(round)
            .unwrap()
            .into_iter()
            .find(|r| r.department_id == dep.id)
            .unwrap()
            .id
    };
    (of("Sales"), of("Service"))
}

fn done(store: &mut Store, round: &str, action: &str) {
    store
        .set_action_field(round, action, ActionField::Status(Some(ActionStatus::Done)))
        .unwrap();
}

/// The chain of the module's header: the store and the three rounds' ids.
fn hand_chain() -> (tempfile::TempDir, Store, [String; 3]) {
    let (dir, mut store) = crate::store::temp_store();
    let q = questionnaire::builtin("cx-maturity").unwrap();
    let r1 = store
        .create_assessment("Acme Haushalt", "CX 2025", &q, &["Sales", "Service"])
        .unwrap();
    for dep in store.departments(&r1).unwrap() {
        let who = format!("Head of {}", dep.name);
        store
            .add_respondent(&r1, &dep.id, &who, None, false)
            .unwrap();
    }
    let (sales, service) = people(&store, &r1);
    for r in [&sales, &service] {
        answer(&mut store, r, |d, _| {
            Some(match d {
                "trust" => 1,
                "culture" => 3,
                _ => 2,
            })
        });
    }
    store
        .record_evidence(
            &r1,
            &[(EvidenceMetric::Nps, 10.0), (EvidenceMetric::Csat, 75.0)],
            None,
            None,
        )
        .unwrap();
    done(&mut store, &r1, INVENTORY);

    let r2 = next_round(&mut store, &r1);
    let (sales, service) = people(&store, &r2);
    for r in [&sales, &service] {
        answer(&mut store, r, |d, _| match d {
            "data" | "journeys" => Some(4),
            "trust" | "culture" => Some(2),
            _ => None,
        });
    }
    answer(&mut store, &sales, |d, k| {
        (d == "voc" && k < 3).then_some(4)
    });
    store
        .record_evidence(
            &r2,
            &[(EvidenceMetric::Nps, 2.0), (EvidenceMetric::Csat, 70.0)],
            None,
            None,
        )
        .unwrap();
    done(&mut store, &r2, CONSENT_AUDIT);

    let r3 = next_round(&mut store, &r2);
    let (sales, service) = people(&store, &r3);
    for r in [&sales, &service] {
        answer(&mut store, r, |d, _| (d == "trust").then_some(3));
    }
    (dir, store, [r1, r2, r3])
}

/// The date a round was started, in words ("3 November 2025").
fn started(store: &Store, round: &str) -> String {
    let d = store.assessment(round).unwrap().created_at.date();
    format!("{} {} {}", d.day(), d.month(), d.year())
}

fn title_of_dimension(id: &str) -> String {
    let q = questionnaire::builtin("cx-maturity").unwrap();
    q.dimension(id).unwrap().title.clone()
}

fn title_of_action(id: &str) -> String {
    let q = questionnaire::builtin("cx-maturity").unwrap();
    q.actions()
        .find(|(_, _, a)| a.id == id)
        .unwrap()
        .2
        .title
        .clone()
}

/// The report's text as pdftotext reads it (natural spacing, white space
/// collapsed).
fn pdftotext(pdf: &[u8]) -> String {
    let (_dir, path) = super::write_tmp(pdf, "round.pdf");
    let out = Command::new("pdftotext")
        .arg("-layout")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success(), "pdftotext failed");
    tight(&normalise(&String::from_utf8_lossy(&out.stdout)))
}

/// pdftotext reads "1 → 2" in large type as "1→2": texts are compared
/// with the spaces around arrows left out.
fn tight(s: &str) -> String {
    s.replace(" → ", "→")
}

fn report_of(store: &Store, round: &str) -> report::Rendered {
    workflow::render_report(store, round, &ReportOptions::new(WHEN)).unwrap()
}

#[test]
fn a_second_rounds_report_shows_its_progress_and_its_summary_leads_with_it() {
    let (_dir, store, [r1, r2, _]) = hand_chain();
    let rendered = report_of(&store, &r2);
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    let text = pdftotext(&rendered.pdf);
    let since = started(&store, &r1);

    // The executive summary leads with the change, before the current
    // figures.
    let lead = format!(
        "Since the assessment of {since} the overall score rose from 2.0 to 2.4 (+0.4, \
         improved); stage 1 → 2."
    );
    let lead = tight(&lead);
    let at_lead = text.find(&lead).unwrap_or_else(|| panic!("{lead}\n{text}"));
    let summary = text.find("Executive summary").unwrap();
    let current = text.find("OVERALL SCORE").unwrap();
    assert!(summary < at_lead && at_lead < current, "lead in its place");

    // The section follows the summary, before the results.
    let heading = format!("Progress since {since}");
    let at_section = text.find(&heading).expect("the section's heading");
    assert!(at_section < text.find("Results at a glance").unwrap());
    let section = &text[at_section..text.find("Results at a glance").unwrap()];
    for expected in [
        // Headline: overall, stage, actions completed, answers confirmed.
        "2.0 → 2.4",
        "+0.4 · improved",
        "1 → 2",
        "43 %",
        "Initial → Developing",
        "Of the 10 dimensions, 4 improved, 5 held steady and 1 declined.",
        "43 % of this round's answers were given or confirmed anew",
        // The chart and the figures beside it.
        "Maturity by dimension, then and now",
        // The outside-in check over time and its warning.
        "+10",
        "−8 points",
        "75 %",
        "70 %",
        "−5 points",
        "Diverging: better in its own eyes, worse in its customers'",
        "The overall score improved (+0.4) while NPS fell from +10 to +2 and CSAT fell from \
         75 % to 70 %.",
    ] {
        assert!(
            section.contains(&tight(expected)),
            "{expected:?} missing:\n{section}"
        );
    }
    // What improved, largest change first, with the flag in words; what
    // declined.
    let data = title_of_dimension("data");
    let journeys = title_of_dimension("journeys");
    let trust = title_of_dimension("trust");
    let voc = title_of_dimension("voc");
    let culture = title_of_dimension("culture");
    let lines = [
        format!("{data} 2.0 → 4.0 (+2.0)"),
        format!("{journeys} 2.0 → 4.0 (+2.0)"),
        format!("{trust} 1.0 → 2.0 (+1.0)"),
        format!(
            "{voc} 2.0 → 2.6 (+0.6) — mostly carried forward: only 30 % of its answers \
             confirmed this round"
        ),
        "What declined".to_owned(),
        format!("{culture} 3.0 → 2.0 (−1.0)"),
    ];
    let mut from = section.find("What improved").expect("what improved");
    for line in &lines {
        let line = tight(line);
        let at = section[from..]
            .find(line.as_str())
            .unwrap_or_else(|| panic!("{line:?} missing or out of order:\n{section}"));
        from += at + line.len();
    }
    // Each department's change, and the completed action by its title.
    assert!(
        section.contains(&tight("Sales 2.0 2.5 +0.5 improved 1 → 1")),
        "{section}"
    );
    assert!(
        section.contains(&tight("Service 2.0 2.4 +0.4 improved 1 → 1")),
        "{section}"
    );
    // Voice of the customer's first three questions: Sales 4, Service 2, a
    // spread of 2.0, as wide as misaligned questions begin.
    assert!(section.contains(
        "The departments disagreed on 0 dimensions and 0 questions then, on 0 dimensions \
         and 3 questions now."
    ));
    assert!(section.contains(&title_of_action(INVENTORY)));
    assert!(!section.contains(&title_of_action(CONSENT_AUDIT)));
    // Two rounds: no trend.
    assert!(!text.contains("Maturity over the rounds"));
    // The appendix explains the rule.
    assert!(text.contains("Rounds: progress since the last assessment"));
}

#[test]
fn a_first_rounds_report_and_workbook_say_nothing_of_progress() {
    let (_dir, store, [r1, ..]) = hand_chain();
    let rendered = report_of(&store, &r1);
    let (_, text) = pdf_text(&rendered.pdf);
    assert!(!has(&text, "Progress since"));
    assert!(!has(&text, "Since the assessment of"));
    assert!(!has(&text, "Maturity by dimension, then and now"));
    let mut wb = workbook(&store, &r1);
    assert_eq!(wb.sheet_names(), ["Action register", "Scores", "Answers"]);
    assert!(wb.worksheet_range("Progress").is_err());
}

#[test]
fn a_third_rounds_report_draws_the_trend_and_counts_each_action_once() {
    let (_dir, store, [_, r2, r3]) = hand_chain();
    let text = pdftotext(&report_of(&store, &r3).pdf);
    let since = started(&store, &r2);
    assert!(text.contains(&tight(&format!(
        "Since the assessment of {since} the overall score held steady: 2.4 then, 2.5 now \
         (+0.1, stable); stage 2 → 2."
    ))));
    let at = text.find("Progress since").unwrap();
    let section = &text[at..text.find("Results at a glance").unwrap()];
    assert!(section.contains("Maturity over the rounds, overall and by dimension"));
    // Done in round 2's plan: completed in this period; the inventory was
    // done before round 2 began.
    assert!(section.contains(&title_of_action(CONSENT_AUDIT)));
    assert!(!section.contains(&title_of_action(INVENTORY)));
    // No evidence in round 3: nothing to set the change beside.
    assert!(section.contains("was not recorded in both rounds"));
    assert!(!section.contains("Diverging"));
}

fn workbook(store: &Store, round: &str) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    let bytes = workflow::export_workbook(store, round, "en").unwrap();
    calamine::open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap()
}

/// A row of a sheet by the text of its first cell, from row `from` on.
fn row_of<'a>(range: &'a calamine::Range<Data>, first: &str, from: usize) -> &'a [Data] {
    range
        .rows()
        .skip(from)
        .find(|r| r[0] == first)
        .unwrap_or_else(|| panic!("no row {first:?}"))
}

fn number(c: &Data) -> f64 {
    match c {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("a number expected, got {other:?}"),
    }
}

#[track_caller]
fn figures(row: &[Data], expected: &[Option<f64>]) {
    for (k, e) in expected.iter().enumerate() {
        match e {
            Some(v) => assert!(
                (number(&row[k + 1]) - v).abs() < 1e-12,
                "column {}: {:?} is not {v}",
                k + 1,
                row[k + 1]
            ),
            None => assert_eq!(row[k + 1], Data::Empty, "column {}", k + 1),
        }
    }
}

#[test]
fn a_second_rounds_workbook_has_the_progress_sheet_with_the_cut_figures() {
    let (_dir, store, [_, r2, _]) = hand_chain();
    let mut wb = workbook(&store, &r2);
    assert_eq!(
        wb.sheet_names(),
        ["Action register", "Scores", "Answers", "Progress"]
    );
    let p = wb.worksheet_range("Progress").unwrap();
    let head: Vec<String> = p
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        head,
        [
            "Dimension",
            "Then",
            "Now",
            "Change",
            "Direction",
            "Flags",
            "Confirmed",
            "Questions added",
            "Questions removed"
        ]
    );
    // Overall 2.0 → 2.46 (cut 2.4), change +0.46 (cut +0.4), 43 % confirmed.
    let overall = row_of(&p, "Overall", 1);
    figures(overall, &[Some(2.0), Some(2.4), Some(0.4)]);
    assert_eq!(overall[4], "improved");
    assert!((number(&overall[6]) - 0.43).abs() < 1e-12);
    let data = row_of(&p, &title_of_dimension("data"), 1);
    figures(data, &[Some(2.0), Some(4.0), Some(2.0)]);
    assert_eq!(
        (data[4].to_string(), &data[5]),
        ("improved".into(), &Data::Empty)
    );
    assert!((number(&data[6]) - 1.0).abs() < 1e-12);
    let voc = row_of(&p, &title_of_dimension("voc"), 1);
    figures(voc, &[Some(2.0), Some(2.6), Some(0.6)]);
    assert_eq!(
        (voc[4].to_string(), voc[5].to_string()),
        ("improved".into(), "mostly carried".into())
    );
    assert!((number(&voc[6]) - 0.3).abs() < 1e-12);
    let culture = row_of(&p, &title_of_dimension("culture"), 1);
    figures(culture, &[Some(3.0), Some(2.0), Some(-1.0)]);
    assert_eq!(culture[4], "declined");
    // A stable dimension, all its answers carried: 0 % confirmed.
    let vision = row_of(&p, &title_of_dimension("vision"), 1);
    figures(vision, &[Some(2.0), Some(2.0), Some(0.0)]);
    assert_eq!(
        (vision[4].to_string(), vision[5].to_string()),
        ("stable".into(), "mostly carried".into())
    );
    assert_eq!(number(&vision[6]), 0.0);

    // Departments: Sales 2.52 → 2.5 (+0.5), Service 2.4 (+0.4), one
    // respondent then and now.
    let departments = p.rows().position(|r| r[0] == "Department").unwrap();
    let sales = row_of(&p, "Sales", departments);
    figures(sales, &[Some(2.0), Some(2.5), Some(0.5)]);
    assert_eq!(sales[4], "improved");
    assert_eq!((number(&sales[5]), number(&sales[6])), (1.0, 1.0));
    figures(
        row_of(&p, "Service", departments),
        &[Some(2.0), Some(2.4), Some(0.4)],
    );

    // The action completed, by title and id.
    let actions = p.rows().position(|r| r[0] == "Actions completed").unwrap();
    let done = &p.rows().nth(actions + 1).unwrap();
    assert_eq!(
        (done[0].to_string(), done[1].to_string()),
        (title_of_action(INVENTORY), INVENTORY.to_owned())
    );
    assert_eq!(
        p.rows().nth(actions + 2).unwrap()[0],
        Data::Empty,
        "one action"
    );

    // Overall, stage and evidence then, now and change; the flag.
    let evidence = p.rows().position(|r| r[0] == "Metric").unwrap();
    figures(
        row_of(&p, "Self-assessment (overall score)", evidence),
        &[Some(2.0), Some(2.4), Some(0.4)],
    );
    figures(row_of(&p, "Stage", evidence), &[Some(1.0), Some(2.0), None]);
    figures(
        row_of(&p, "NPS", evidence),
        &[Some(10.0), Some(2.0), Some(-8.0)],
    );
    figures(
        row_of(&p, "CSAT", evidence),
        &[Some(0.75), Some(0.70), Some(-5.0)],
    );
    let flags = p.rows().position(|r| r[0] == "Flags").unwrap();
    assert_eq!(p.rows().nth(flags + 1).unwrap()[0], "diverging");
}

#[test]
fn a_third_rounds_workbook_also_has_the_trend_sheet() {
    let (_dir, store, [r1, r2, r3]) = hand_chain();
    let mut wb = workbook(&store, &r3);
    assert_eq!(
        wb.sheet_names(),
        ["Action register", "Scores", "Answers", "Progress", "Trend"]
    );
    let t = wb.worksheet_range("Trend").unwrap();
    let head: Vec<String> = t
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    let q = questionnaire::builtin("cx-maturity").unwrap();
    let mut expected = vec!["Round", "Date", "Title", "Overall", "Stage"];
    expected.extend(q.dimensions.iter().map(|d| d.title.as_str()));
    expected.extend(["NPS", "CSAT"]);
    assert_eq!(head, expected);
    assert_eq!(t.height(), 4, "a row per round");
    // Round, title, overall, stage; trust (the last dimension); NPS, CSAT.
    let rows: Vec<&[Data]> = t.rows().skip(1).collect();
    let titles = [&r1, &r2, &r3].map(|id| store.assessment(id).unwrap().title);
    for (k, (overall, stage, trust, nps, csat)) in [
        (2.0, 1.0, 1.0, Some(10.0), Some(0.75)),
        (2.4, 2.0, 2.0, Some(2.0), Some(0.70)),
        (2.5, 2.0, 3.0, None, None),
    ]
    .into_iter()
    .enumerate()
    {
        let row = rows[k];
        assert_eq!(number(&row[0]), (k + 1) as f64);
        assert!(row[1].is_datetime(), "a date cell: {:?}", row[1]);
        assert_eq!(row[2].to_string(), titles[k]);
        assert_eq!((number(&row[3]), number(&row[4])), (overall, stage));
        assert_eq!(number(&row[14]), trust);
        let opt = |c: &Data| (*c != Data::Empty).then(|| number(c));
        assert_eq!(
            (opt(&row[15]), opt(&row[16])),
            (nps, csat),
            "round {}",
            k + 1
        );
    }
    // A second round has no trend sheet.
    assert!(workbook(&store, &r2).worksheet_range("Trend").is_err());
}

/// The demo, then two more rounds with carried answers, some changed,
/// actions done and new customer evidence: the three rounds' ids.
pub(super) fn demo_chain(store: &mut Store) -> [String; 3] {
    let r1 = demo::create_demo(store).unwrap();
    let actions: Vec<String> = store
        .action_edits(&r1)
        .unwrap()
        .into_iter()
        .filter(|e| !e.dropped)
        .map(|e| e.action_id)
        .collect();
    done(store, &r1, &actions[0]);
    let r2 = next_round(store, &r1);
    // Five departments now see data and journeys a level higher; four see
    // culture a level lower.
    let raise = |store: &mut Store, round: &str, deps: &[&str], dims: &[&str], by: i8| {
        let departments = store.departments(round).unwrap();
        let q = store.questionnaire(round).unwrap();
        for r in store.respondents(round).unwrap() {
            let dep = departments
                .iter()
                .find(|d| d.id == r.department_id)
                .unwrap();
            if !deps.contains(&dep.name.as_str()) {
                continue;
            }
            for a in store.answers_of(&r.id).unwrap() {
                let (d, _) = q.question(&a.question_id).unwrap();
                if let (true, AnswerValue::Level(v)) = (dims.contains(&d.id.as_str()), a.value) {
                    let v = (v as i8 + by).clamp(1, 5) as u8;
                    store
                        .save_answer(&r.id, &a.question_id, AnswerValue::Level(v), None)
                        .unwrap();
                }
            }
        }
    };
    raise(
        store,
        &r2,
        &["Customer Service", "IT", "Operations", "Finance", "HR"],
        &["data", "journeys"],
        1,
    );
    raise(
        store,
        &r2,
        &["Marketing", "Sales", "Product", "HR"],
        &["culture"],
        -1,
    );
    store
        .record_evidence(
            &r2,
            &[(EvidenceMetric::Nps, -20.0), (EvidenceMetric::Csat, 61.0)],
            None,
            Some("Kundenbefragung Q3 2027"),
        )
        .unwrap();
    done(store, &r2, &actions[1]);
    let r3 = next_round(store, &r2);
    raise(
        store,
        &r3,
        &["Operations", "Finance", "Sales", "Product"],
        &["data", "trust"],
        1,
    );
    store
        .record_evidence(&r3, &[(EvidenceMetric::Nps, -4.0)], None, None)
        .unwrap();
    [r1, r2, r3]
}

/// A round's report laid out on `paper` in the language `locale`.
pub(super) fn laid_out(store: &Store, round: &str, paper: Paper, locale: &str) -> Laid {
    let data = store.load(round).unwrap();
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    let progress = workflow::progress(store, &data, &sc).unwrap();
    let mut opts = ReportOptions::new(WHEN);
    opts.paper = paper;
    opts.locale = locale.to_owned();
    let mut warnings = Vec::new();
    let laid = report::layout_with_progress(
        &data,
        &sc,
        &rm,
        progress.as_ref(),
        &store.branding().unwrap(),
        &opts,
        &mut warnings,
    )
    .unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    laid
}

/// The layout rules of every report hold for a later round's: nothing
/// leaves the page or overlaps, no page but the last is more than half
/// empty, and the progress section takes at most two pages.
#[test]
fn later_rounds_of_the_demo_keep_the_layout_rules() {
    let (_dir, mut store) = crate::store::temp_store();
    let [_, r2, r3] = demo_chain(&mut store);
    for round in [&r2, &r3] {
        for paper in [Paper::A4, Paper::Letter] {
            let laid = laid_out(&store, round, paper, "en");
            assert_inside_and_apart(&laid, paper);
            assert_pages_at_least_half_full(&laid, &format!("{paper:?}"));
            let progress_pages = laid
                .pages
                .iter()
                .filter(|p| {
                    p.section
                        .as_deref()
                        .is_some_and(|s| s.starts_with("Progress since"))
                })
                .count();
            assert!(
                (1..=2).contains(&progress_pages),
                "{paper:?}: the progress section takes {progress_pages} pages"
            );
        }
    }
    // The third round's report, for a reviewer to look at.
    let r = report_of(&store, &r3);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    keep_for_review(&r.pdf, "round-3.pdf");
}

/// The dumbbell chart's figures are the lines' figures: every dimension's
/// label reads as the "what improved / declined" line of the same
/// dimension.
#[test]
fn the_progress_charts_labels_are_the_sections_figures() {
    let (_dir, mut store) = crate::store::temp_store();
    let [_, r2, _] = demo_chain(&mut store);
    let data = store.load(&r2).unwrap();
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    let progress = workflow::progress(&store, &data, &sc).unwrap().unwrap();
    let l = locale::labels("en").unwrap();
    let branding = Default::default();
    let cx = content::Ctx {
        data: &data,
        sc: &sc,
        roadmap: &rm,
        branding: &branding,
        l,
        accent: charts::ChartStyle::default().accent,
        date: "1 January 2027".into(),
        width: 483.0,
        height: 700.0,
        methodology: report::methodology(l),
        logo: None,
        progress: Some(&progress),
    };
    let blocks = content::build(&cx).unwrap();
    let chart = blocks
        .iter()
        .find_map(|b| match b {
            Block::Figure { figure, .. } if figure.title == l.progress_chart_title => Some(figure),
            _ => None,
        })
        .expect("the dumbbell chart");
    let labels: Vec<String> = chart
        .shapes
        .iter()
        .filter_map(|s| match s {
            charts::Shape::Text {
                x, text, anchor, ..
            } if *anchor == charts::Anchor::End && (*x - chart.width).abs() < 0.01 => {
                Some(text.clone())
            }
            _ => None,
        })
        .collect();
    let c = &progress.comparison;
    assert_eq!(labels.len(), c.dimensions.len());
    let section = |b: &Block| match b {
        Block::Heading { level: 1, text } => Some(text.starts_with("Progress since")),
        _ => None,
    };
    let start = blocks
        .iter()
        .position(|b| section(b) == Some(true))
        .unwrap();
    let end = start
        + 1
        + blocks[start + 1..]
            .iter()
            .position(|b| section(b).is_some())
            .unwrap();
    let mut lines = 0;
    for b in &blocks[start..end] {
        let Block::Paragraph {
            spans,
            marker: Some(m),
            ..
        } = b
        else {
            continue;
        };
        if m != "•" {
            continue;
        }
        let Some(k) = c.dimensions.iter().position(|d| d.title == spans[0].0) else {
            continue;
        };
        assert_eq!(spans[1].0.trim(), labels[k], "{}", c.dimensions[k].title);
        lines += 1;
    }
    let moved = c
        .dimensions
        .iter()
        .filter(|d| d.change.direction != Some(scoring::rounds::Direction::Stable))
        .count();
    assert!(lines > 0 && lines == moved, "{lines} lines, {moved} moved");
}

/// The appendix states the rounds' rule from scoring's constants (written
/// here by hand: ±0.3, 60 %, 50 %, 5 and 3 points).
#[test]
fn the_methodology_explains_rounds() {
    let text =
        cx_maturity::methodology::to_text(&cx_maturity::methodology::methodology(&locale::EN));
    for expected in [
        "A change of +0.3 or more counts as improved and of −0.3 or less as declined",
        "low coverage (below 60 % in either round)",
        "below 50 % a dimension's change is flagged as mostly carried",
        "fell by 5 points or more or customer satisfaction by 3 points or more",
    ] {
        assert!(text.contains(expected), "{expected:?}:\n{text}");
    }
}
