//! Anonymous assessments and "do not quote" (scoring.md, "Anonymity"): the
//! threshold computed by hand, names gone from every document and pack, a
//! comment not to be quoted kept in the app and left out of every export,
//! and the settings' refusals that change nothing.

use calamine::{Data, Reader, Xlsx};
use cx_maturity::anonymity::{score_for_readers, withhold};
use cx_maturity::model::Anonymity;
use cx_maturity::report::ReportOptions;
use cx_maturity::report::locale::EN;
use cx_maturity::scoring::score;
use cx_maturity::store::Store;
use cx_maturity::{Error, demo, pack, workflow};
use time::macros::datetime;

use crate::scoring::build::{Build, questionnaire};
use crate::store::temp_store;
use crate::util::cxm;

/// Sales: three respondents, Service: two; `k` as given.
///
/// By hand (every question weight 1, both dimensions weight 1):
/// - d1 (q1, q2): s1 (4+2)/2 = 3, s2 3, s3 2 → Sales 8/3 ≈ 2.67 (3 people);
///   v1 (5+5)/2 = 5, v2 (1+5)/2 = 3 → Service 4 (2 people).
/// - d2 (q3): s1 3, s2 4, s3 "don't know" → Sales 3.5 (2 people);
///   v1 5, v2 1 → Service 3 (2 people).
/// - Organisation: d1 (8/3 + 4)/2 = 10/3, d2 (3.5 + 3)/2 = 3.25.
/// - q2: Sales (2+3+2)/3 ≈ 2.33 (3 people), Service (5+5)/2 = 5 (2 people):
///   spread 2.67, a misaligned question.
fn two_departments(anonymous: bool, k: u8) -> cx_maturity::model::AssessmentData {
    let q = questionnaire(&[
        ("d1", 1.0, &[("q1", 1.0), ("q2", 1.0)]),
        ("d2", 1.0, &[("q3", 1.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Sales")
        .department("Service")
        .respondent("Sales", "Siri", "q1=4 q2=2 q3=3")
        .respondent("Sales", "Sam", "q1=3 q2=3 q3=4")
        .respondent("Sales", "Sol", "q1=2 q2=2 q3=unknown")
        .respondent("Service", "Vera", "q1=5 q2=5 q3=5")
        .respondent("Service", "Vic", "q1=1 q2=5 q3=1");
    let mut data = b.data();
    data.assessment.anonymity = Anonymity {
        anonymous,
        threshold: k,
    };
    data
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 1e-9)
}

#[test]
fn a_department_below_the_threshold_is_withheld_in_each_figure_and_the_organisation_is_unchanged() {
    let mut data = two_departments(true, 3);
    let sc = score_for_readers(&mut data, EN.anonymous_respondent);
    let named = score(&two_departments(false, 3));
    let w = sc.anonymity.as_ref().expect("anonymous");
    assert_eq!(w.threshold, 3);

    // The organisation: every answer, exactly as without anonymity.
    assert!(close(sc.dimension("d1").and_then(|d| d.score), 10.0 / 3.0));
    assert!(close(sc.dimension("d2").and_then(|d| d.score), 3.25));
    assert_eq!(sc.overall, named.overall);
    for (a, n) in sc.dimensions.iter().zip(&named.dimensions) {
        assert_eq!((a.score, a.spread, a.gap), (n.score, n.spread, n.gap));
    }

    // Service (2 < 3): its score, both heat-map cells, its mean on q2.
    let service = sc.department("Service").expect("Service");
    assert!(service.withheld && service.score.is_none() && service.level.is_none());
    assert_eq!(
        service.respondents, 2,
        "participation is not a figure of opinion"
    );
    assert!(w.department("Service") && !w.department("Sales"));
    assert!(w.in_dimension("d1", "Service") && w.in_dimension("d2", "Service"));
    assert_eq!(
        sc.dimension("d1")
            .and_then(|d| d.departments.get("Service")),
        None
    );
    // Sales: three people in d1, only two in d2 ("don't know" is no number).
    assert!(close(
        sc.dimension("d1").and_then(|d| d.departments.get("Sales")),
        8.0 / 3.0
    ));
    assert!(w.in_dimension("d2", "Sales"));
    assert_eq!(
        sc.dimension("d2").and_then(|d| d.departments.get("Sales")),
        None
    );
    let sales = sc.department("Sales").expect("Sales");
    assert!(!sales.withheld && sales.score.is_some());

    // q2 is misaligned (spread 8/3 from every answer); Service's mean is
    // withheld there, Sales' shown.
    let q2 = &sc.misaligned_questions[0];
    assert_eq!(q2.question, "q2");
    assert!((q2.spread - 8.0 / 3.0).abs() < 1e-9);
    assert!(close(q2.departments.get("Sales"), 7.0 / 3.0));
    assert_eq!(q2.departments.get("Service"), None);
    assert!(w.in_question("q2", "Service") && !w.in_question("q2", "Sales"));

    // Nobody is named: respondents numbered in the order they were added,
    // their own scores withheld, the knowledge gap without a name.
    let names: Vec<&str> = sc.respondents.iter().map(|r| &*r.name).collect();
    assert_eq!(
        names,
        [
            "Respondent 1 (Sales)",
            "Respondent 2 (Sales)",
            "Respondent 3 (Sales)",
            "Respondent 4 (Service)",
            "Respondent 5 (Service)"
        ]
    );
    assert!(sc.respondents.iter().all(|r| r.score.is_none()));
    assert_eq!(sc.knowledge_gaps.len(), 1);
    assert_eq!(&*sc.knowledge_gaps[0].respondent, "");
    assert_eq!(&*sc.knowledge_gaps[0].department, "Sales");
}

#[test]
fn with_k_respondents_a_figure_is_shown() {
    let mut data = two_departments(true, 2);
    let sc = score_for_readers(&mut data, EN.anonymous_respondent);
    let w = sc.anonymity.as_ref().expect("anonymous");
    assert!(w.departments.is_empty());
    assert!(w.dimension_departments.is_empty() && w.question_departments.is_empty());
    assert!(close(
        sc.department("Service").and_then(|d| d.score),
        4.0 * 0.5 + 3.0 * 0.5
    ));
    assert!(close(
        sc.dimension("d2").and_then(|d| d.departments.get("Sales")),
        3.5
    ));
    assert!(close(
        sc.misaligned_questions[0].departments.get("Service"),
        5.0
    ));
    // Still nobody named.
    assert!(
        sc.respondents
            .iter()
            .all(|r| r.name.starts_with("Respondent "))
    );
}

#[test]
fn a_named_assessment_is_left_alone() {
    let mut data = two_departments(false, 3);
    let sc = score_for_readers(&mut data, EN.anonymous_respondent);
    assert_eq!(sc, score(&two_departments(false, 3)));
    assert!(sc.anonymity.is_none());
    let mut again = sc.clone();
    withhold(&mut again, &data);
    assert_eq!(again, sc);
}

/// The demo with a comment not to be quoted and one that may be: its id,
/// the respondents' names, and the two comments.
fn demo_with_comments(store: &mut Store) -> (String, Vec<String>) {
    let id = demo::create_demo(store).expect("demo");
    let people = store.respondents(&id).expect("respondents");
    let q = store.questionnaire(&id).expect("questionnaire");
    let question = q.dimensions[0].questions[0].id.clone();
    store
        .save_answer(
            &people[0].id,
            &question,
            "4".parse().expect("level"),
            Some(SECRET),
        )
        .expect("answer");
    store
        .set_do_not_quote(&people[0].id, &question, true)
        .expect("mark");
    store
        .save_answer(
            &people[1].id,
            &question,
            "3".parse().expect("level"),
            Some(QUOTABLE),
        )
        .expect("answer");
    (id, people.into_iter().map(|p| p.name).collect())
}

const SECRET: &str = "zebraquokka7731 is what my manager calls the CRM";
const QUOTABLE: &str = "okapilynx5512 shows the handover works";

fn pdf_text(store: &Store, id: &str) -> String {
    let rendered = workflow::render_report(
        store,
        id,
        &ReportOptions::new(datetime!(2026-11-24 9:00 UTC)),
    )
    .expect("render");
    crate::util::pdftotext(&rendered.pdf)
}

fn workbook_text(store: &Store, id: &str) -> String {
    let bytes = workflow::export_workbook(store, id, "en").expect("export");
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes)).expect("open workbook");
    let mut text = String::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        for cell in range.used_cells() {
            if let Data::String(s) = cell.2 {
                text.push_str(s);
                text.push('\n');
            }
        }
    }
    text
}

/// The names of `people` found in `text`: a whole name with any spacing,
/// or its last word (a table may break a name over two lines).
pub(crate) fn names_in(text: &str, people: &[String]) -> Vec<String> {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let words: Vec<&str> = flat
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    people
        .iter()
        .filter(|name| {
            let last = name.split(' ').next_back().unwrap_or(name);
            flat.contains(name.as_str()) || words.contains(&last)
        })
        .cloned()
        .collect()
}

#[test]
fn the_anonymous_demo_names_nobody_in_its_report_and_workbook() {
    let (_dir, mut store) = temp_store();
    let (id, people) = demo_with_comments(&mut store);
    // Named, the report and the workbook name people: the search works.
    assert!(!names_in(&pdf_text(&store, &id), &people).is_empty());
    assert!(!names_in(&workbook_text(&store, &id), &people).is_empty());
    let named = score(&store.load(&id).expect("load"));

    store
        .set_anonymity(&id, Some(true), None)
        .expect("anonymous");
    let pdf = pdf_text(&store, &id);
    let xlsx = workbook_text(&store, &id);
    assert_eq!(names_in(&pdf, &people), Vec::<String>::new());
    assert_eq!(names_in(&xlsx, &people), Vec::<String>::new());
    assert!(pdf.contains("This assessment is anonymous"));
    assert!(xlsx.contains("Respondent 1 ("));
    assert!(xlsx.contains("This assessment is anonymous"));

    // The organisation's figures are the named report's.
    let mut data = store.load(&id).expect("load");
    let anonymous = score_for_readers(&mut data, EN.anonymous_respondent);
    assert_eq!(anonymous.overall, named.overall);
    for (a, n) in anonymous.dimensions.iter().zip(&named.dimensions) {
        assert_eq!((&a.id, a.score, a.spread), (&n.id, n.score, n.spread));
    }
}

#[test]
fn a_comment_not_to_be_quoted_stays_in_the_app_and_leaves_no_export() {
    let (dir, mut store) = temp_store();
    let (id, _) = demo_with_comments(&mut store);
    // The consultant still sees it.
    let data = store.load(&id).expect("load");
    let kept = data
        .answers
        .iter()
        .find(|a| a.comment.as_deref() == Some(SECRET))
        .expect("the comment is stored");
    assert!(kept.do_not_quote);
    // No export carries it; the quotable one is there.
    let pdf = pdf_text(&store, &id);
    let xlsx = workbook_text(&store, &id);
    assert!(pdf.contains("okapilynx5512") && xlsx.contains("okapilynx5512"));
    assert!(!pdf.contains("zebraquokka7731") && !xlsx.contains("zebraquokka7731"));
    let department = store.departments(&id).expect("departments")[0].id.clone();
    let p = store.export_pack(&id, &department).expect("pack");
    let file = dir.path().join("sales.cxpack");
    pack::write_file(&p, &file).expect("write pack");
    let bytes = std::fs::read(&file).expect("read pack");
    assert!(!String::from_utf8_lossy(&bytes).contains("zebraquokka7731"));

    // The pack coming back without it does not erase it.
    store.import_packs(&id, &[file]).expect("import");
    let again = store.load(&id).expect("load");
    assert!(
        again
            .answers
            .iter()
            .any(|a| a.comment.as_deref() == Some(SECRET) && a.do_not_quote)
    );

    // Quotable again, it is in the report.
    let respondent = kept.respondent_id.to_string();
    let question = kept.question_id.to_string();
    store
        .set_do_not_quote(&respondent, &question, false)
        .expect("unmark");
    assert!(pdf_text(&store, &id).contains("zebraquokka7731"));
}

#[test]
fn an_anonymous_assessments_pack_names_nobody() {
    let (dir, mut store) = temp_store();
    let (id, people) = demo_with_comments(&mut store);
    store
        .set_anonymity(&id, Some(true), None)
        .expect("anonymous");
    let department = store.departments(&id).expect("departments")[0].clone();
    let p = store.export_pack(&id, &department.id).expect("pack");
    let file = dir.path().join("pack.cxpack");
    pack::write_file(&p, &file).expect("write pack");
    let text = String::from_utf8(std::fs::read(&file).expect("read")).expect("UTF-8");
    assert_eq!(names_in(&text, &people), Vec::<String>::new());
    assert!(text.contains(&format!("Respondent 1 ({})", department.name)));
    // The pack comes back: the consultant's names stay.
    store.import_packs(&id, &[file]).expect("import");
    let names: Vec<String> = store
        .respondents(&id)
        .expect("respondents")
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names, people);
}

#[test]
fn the_settings_are_checked_and_a_refusal_changes_nothing() {
    let (_dir, mut store) = temp_store();
    let id = demo::create_demo(&mut store).expect("demo");
    assert_eq!(
        store.assessment(&id).expect("a").anonymity,
        Anonymity::default()
    );
    let set = store.set_anonymity(&id, Some(true), Some(4)).expect("set");
    assert_eq!((set.anonymous, set.threshold), (true, 4));
    // Only the threshold: anonymity stays on.
    let set = store.set_anonymity(&id, None, Some(5)).expect("set");
    assert_eq!((set.anonymous, set.threshold), (true, 5));
    for k in [0, 1, 51, 255] {
        let e = store.set_anonymity(&id, Some(false), Some(k)).unwrap_err();
        assert!(matches!(e, Error::InvalidInput(_)), "{e}");
        assert!(e.to_string().contains("between 2 and 50"), "{e}");
    }
    assert_eq!(store.assessment(&id).expect("a").anonymity.threshold, 5);
    assert!(store.assessment(&id).expect("a").anonymity.anonymous);
    let e = store
        .set_anonymity("no-such-id", Some(true), None)
        .unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
    let e = store
        .set_do_not_quote("no-such-respondent", "q", true)
        .unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
    let someone = store.respondents(&id).expect("r")[0].id.clone();
    let e = store
        .set_do_not_quote(&someone, "no.such.question", true)
        .unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
    // Listed as anonymous.
    assert!(store.list_assessments().expect("list")[0].anonymous);
}

#[test]
fn cxm_sets_anonymity_and_scores_as_a_reader_sees_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("cx.db");
    let run = |args: &[&str]| cxm(&db).args(args).output().expect("cxm runs");
    let out = run(&["demo"]);
    let id = String::from_utf8(out.stdout)
        .expect("UTF-8")
        .trim()
        .to_owned();

    let o = run(&[
        "assessment",
        "set",
        &id,
        "--anonymous",
        "on",
        "--threshold",
        "4",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        "anonymous: on (threshold 4)"
    );
    let o = run(&["score", &id, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert_eq!(json["anonymity"]["threshold"], 4);
    // Three respondents per department: every department is below 4.
    let withheld = json["anonymity"]["departments"].as_array().expect("list");
    assert_eq!(
        withheld.len(),
        json["departments"].as_array().expect("d").len()
    );
    assert!(json["departments"][0]["score"].is_null());
    assert_eq!(json["departments"][0]["withheld"], true);
    assert!(json["overall"]["score"].is_number());

    // A bad threshold: exit 1, nothing changed — not even the report
    // language given with it.
    let before = run(&["assessment", "list", "--json"]).stdout;
    let o = run(&[
        "assessment",
        "set",
        &id,
        "--threshold",
        "1",
        "--report-locale",
        "de",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("between 2 and 50"));
    assert_eq!(run(&["assessment", "list", "--json"]).stdout, before);
    // Not "maybe": a usage error.
    let o = run(&["assessment", "set", &id, "--anonymous", "maybe"]);
    assert_eq!(o.status.code(), Some(2));
    // Off again.
    let o = run(&["assessment", "set", &id, "--anonymous", "off"]);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        "anonymous: off (threshold 4)"
    );
    let o = run(&["score", &id, "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON");
    assert!(json.get("anonymity").is_none());
    assert!(json["departments"][0]["score"].is_number());
}

#[test]
fn a_next_round_stays_anonymous_and_keeps_what_is_not_to_be_quoted() {
    use cx_maturity::store::{NextRound, RespondentChoice};
    let (_dir, mut store) = temp_store();
    let (id, _) = demo_with_comments(&mut store);
    store
        .set_anonymity(&id, Some(true), Some(4))
        .expect("anonymous");
    let next = store
        .start_next_round(
            &id,
            &NextRound {
                title: None,
                respondents: RespondentChoice::All,
                carry_answers: true,
                questionnaire: None,
            },
        )
        .expect("next round");
    let a = store.assessment(&next.id).expect("next").anonymity;
    assert_eq!((a.anonymous, a.threshold), (true, 4));
    let data = store.load(&next.id).expect("load");
    let carried = data
        .answers
        .iter()
        .find(|x| x.comment.as_deref() == Some(SECRET))
        .expect("carried with its comment");
    assert!(carried.do_not_quote && carried.carried);
    assert!(!pdf_text(&store, &next.id).contains("zebraquokka7731"));
}
