//! One figure everywhere: every score label of the charts (the current-vs-
//! target bars, the heat map) reads exactly as the report's tables show the
//! same dimension or department — on the demo, on hand-made cases and on
//! generated assessments.

use cx_maturity::model::AssessmentData;
use cx_maturity::report::charts::{self, Anchor, ChartStyle, Figure, Shape};
use cx_maturity::report::layout::{Block, Cell};
use cx_maturity::report::{self, content, locale};
use cx_maturity::scoring::{self, Scorecard};
use cx_maturity::store::Store;
use cx_maturity::{demo, roadmap};
use proptest::prelude::*;

use crate::scoring::build::{Build, questionnaire};
use crate::scoring::props::case;

const WIDTH: f32 = 515.0;

fn cell_text(c: &Cell) -> String {
    c.spans.iter().map(|(s, _)| s.as_str()).collect()
}

/// The report's tables, as built for the PDF: per dimension, the score on
/// its page (key figure "Score") and each department's score in its table.
struct Tables {
    scores: Vec<String>,
    /// Per dimension, per department in order.
    departments: Vec<Vec<String>>,
}

fn tables(data: &AssessmentData, sc: &Scorecard) -> Tables {
    let l = locale::labels("en").unwrap();
    let rm = roadmap::plan(data, sc);
    let branding = Default::default();
    let cx = content::Ctx {
        data,
        sc,
        roadmap: &rm,
        branding: &branding,
        l,
        accent: ChartStyle::default().accent,
        date: "1 January 2026".into(),
        width: WIDTH,
        height: 700.0,
        methodology: report::methodology(l),
        logo: None,
    };
    let blocks = content::build(&cx).unwrap();
    let mut scores = Vec::new();
    let mut departments = Vec::new();
    for b in &blocks {
        match b {
            Block::KeyFigures(k) if k.first().is_some_and(|f| f.label == l.score) => {
                scores.push(k[0].value.clone());
            }
            Block::Table(t)
                if t.columns.len() == 4
                    && t.columns[0].title == l.department
                    && t.columns[1].title == l.score =>
            {
                departments.push(t.rows.iter().map(|r| cell_text(&r[1])).collect());
            }
            _ => {}
        }
    }
    Tables {
        scores,
        departments,
    }
}

/// The bars' value labels ("2.1 → 3"), top to bottom: the texts anchored
/// at the figure's right edge.
fn bar_labels(f: &Figure) -> Vec<String> {
    f.shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text {
                x, text, anchor, ..
            } if *anchor == Anchor::End && (*x - f.width).abs() < 0.01 => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// The heat map's cells, row by row (departments, then the organisation):
/// each row label (anchored at its end) is followed by one centred text per
/// dimension.
fn heat_cells(f: &Figure, rows: usize, cols: usize) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    for s in &f.shapes {
        let Shape::Text {
            text,
            anchor,
            rotate,
            ..
        } = s
        else {
            continue;
        };
        if *rotate != 0.0 {
            continue;
        }
        match anchor {
            Anchor::End if out.len() < rows => out.push(Vec::new()),
            Anchor::Middle => {
                if let Some(row) = out.last_mut().filter(|r| r.len() < cols) {
                    row.push(text.clone());
                }
            }
            _ => {}
        }
    }
    out
}

/// Every chart label against the tables; `Err` names the first difference.
fn check(data: &AssessmentData) -> Result<(), String> {
    let sc = scoring::score(data);
    let l = locale::labels("en").unwrap();
    let t = tables(data, &sc);
    let nothing = sc.overall.score.is_none();
    let bars = charts::bars(&sc, WIDTH, &ChartStyle::default(), l).unwrap();
    let labels = bar_labels(&bars);
    if labels.len() != sc.dimensions.len() {
        return Err(format!("bar labels {labels:?}"));
    }
    let heat = charts::heat_map(&sc, WIDTH, 900.0, l).unwrap();
    let cells = heat_cells(&heat, sc.departments.len() + 1, sc.dimensions.len());
    for (i, d) in sc.dimensions.iter().enumerate() {
        let score_in_chart = labels[i].split(" → ").next().unwrap_or_default();
        let target_in_chart = labels[i].split(" → ").nth(1);
        if target_in_chart.map(str::to_owned) != d.target.map(|t| t.to_string()) {
            return Err(format!(
                "{}: label {:?}, target {:?}",
                d.id, labels[i], d.target
            ));
        }
        let org_cell = &cells[sc.departments.len()][i];
        if org_cell != score_in_chart {
            return Err(format!(
                "{}: heat {org_cell:?}, bar {score_in_chart:?}",
                d.id
            ));
        }
        // A report without any answer has no dimension pages.
        if nothing {
            if score_in_chart != "–" {
                return Err(format!("{}: {score_in_chart:?} without answers", d.id));
            }
            continue;
        }
        if t.scores[i] != score_in_chart {
            return Err(format!(
                "{}: table {:?}, chart {score_in_chart:?}",
                d.id, t.scores[i]
            ));
        }
        for (k, dep) in sc.departments.iter().enumerate() {
            if t.departments[i][k] != cells[k][i] {
                return Err(format!(
                    "{} / {}: table {:?}, heat map {:?}",
                    d.id, dep.name, t.departments[i][k], cells[k][i]
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn demo_chart_labels_read_as_the_tables() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("cx.sqlite")).unwrap();
    let id = demo::create_demo(&mut store).unwrap();
    let data = store.load(&id).unwrap();
    check(&data).unwrap();
}

/// Figures that an f32 on the way to the label cut wrongly: 2.1, 3.1, 3.6.
#[test]
fn chart_labels_are_not_cut_twice() {
    // Two departments of one respondent each; question weights make the
    // department figures x.0, x.2, x.4, x.6 and their means x.1, x.3, x.5.
    let q = questionnaire(&[
        ("a", 1.0, &[("a1", 1.0), ("a2", 4.0)]),
        ("b", 1.0, &[("b1", 1.0), ("b2", 4.0)]),
        ("c", 1.0, &[("c1", 2.0), ("c2", 3.0)]),
    ]);
    let mut b = Build::new(q);
    b.department("Sales").department("Service");
    // a, Sales: (2·1 + 2·4)/5 = 2.0; Service: (1·1 + 3·4)/5 = 2.6 → mean 2.3.
    // b, Sales: (3·1 + 3·4)/5 = 3.0; Service: (4·1 + 3·4)/5 = 3.2 → 3.1.
    // c, Sales: (4·2 + 3·3)/5 = 3.4; Service: (3·2 + 4·3)/5 = 3.6 → 3.5.
    b.respondent("Sales", "s", "a1=2 a2=2 b1=3 b2=3 c1=4 c2=3")
        .respondent("Service", "v", "a1=1 a2=3 b1=4 b2=3 c1=3 c2=4");
    let data = b.data();
    check(&data).unwrap();
    let sc = scoring::score(&data);
    let l = locale::labels("en").unwrap();
    let bars = charts::bars(&sc, WIDTH, &ChartStyle::default(), l).unwrap();
    // Targets: level(2.3) + 1 = 3, level(3.1) + 1 = 4, level(3.5) + 1 = 4.
    assert_eq!(bar_labels(&bars), ["2.3 → 3", "3.1 → 4", "3.5 → 4"]);
    let heat = charts::heat_map(&sc, WIDTH, 900.0, l).unwrap();
    assert_eq!(
        heat_cells(&heat, 3, 3),
        [
            ["2.0", "3.0", "3.4"],
            ["2.6", "3.2", "3.6"],
            ["2.3", "3.1", "3.5"]
        ]
    );
}

/// A dimension without a score: no target unless one is agreed, a dash.
#[test]
fn an_unscored_dimension_shows_a_dash_and_only_an_agreed_target() {
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 1.0, &[("b1", 1.0)])]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=2 b1=unknown");
    let sc = scoring::score(&b.data());
    let l = locale::labels("en").unwrap();
    let bars = charts::bars(&sc, WIDTH, &ChartStyle::default(), l).unwrap();
    assert_eq!(bar_labels(&bars), ["2.0 → 3", "–"]);
    b.setting("b", Some(4), None);
    let data = b.data();
    check(&data).unwrap();
    let sc = scoring::score(&data);
    let bars = charts::bars(&sc, WIDTH, &ChartStyle::default(), l).unwrap();
    assert_eq!(bar_labels(&bars), ["2.0 → 3", "– → 4"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn generated_chart_labels_read_as_the_tables(case in case()) {
        let data = case.data();
        if let Err(e) = check(&data) {
            return Err(TestCaseError::fail(e));
        }
    }
}

/// The texts of a figure drawn with `anchor`, top to bottom.
fn texts_anchored(f: &Figure, anchor: Anchor) -> Vec<String> {
    f.shapes
        .iter()
        .filter_map(|s| match s {
            Shape::Text {
                text, anchor: a, ..
            } if *a == anchor => Some(text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn progress_and_trend_charts_label_each_figure_as_the_comparison_says() {
    use cx_maturity::scoring::rounds::{Round, compare, trend};
    let q = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 1.0, &[("b1", 1.0)])]);
    // a: 2 → 2.97 (+0.97, shown "2.0 → 2.9 (+0.9)": each figure cut);
    // b: 4 → 3 (−1.0).
    let then = Build::new(q.clone())
        .department("Sales")
        .respondent("Sales", "ann", "a1=2 b1=4")
        .data();
    let mut now = Build::new(q);
    now.department("Sales").department("Service");
    for k in 0..100 {
        // a: (97 · 3 + 3 · 2) / 100 = 2.97.
        let a = if k < 97 { 3 } else { 2 };
        now.respondent("Sales", &format!("p{k}"), &format!("a1={a} b1=3"));
    }
    let now = now.data();
    let (ct, cn) = (scoring::score(&then), scoring::score(&now));
    let c = compare(
        Round {
            data: &then,
            card: &ct,
        },
        Round {
            data: &now,
            card: &cn,
        },
        &[],
    );
    let l = locale::labels("en").unwrap();
    let st = ChartStyle::default();
    let f = charts::progress(&c, WIDTH, &st, l).unwrap();
    assert_eq!(
        texts_anchored(&f, Anchor::End)
            .into_iter()
            .filter(|t| t.contains('→'))
            .collect::<Vec<_>>(),
        ["2.0 → 2.9 (+0.9)", "4.0 → 3.0 (−1.0)"]
    );
    let t = trend(&[
        Round {
            data: &then,
            card: &ct,
        },
        Round {
            data: &now,
            card: &cn,
        },
    ]);
    let f = charts::trend(&t, WIDTH, &st, l).unwrap();
    let labels = texts_anchored(&f, Anchor::Middle);
    // Overall (2 + 4) / 2 = 3.0 → (2.97 + 3) / 2 = 2.985 → "2.9"; a, b as above.
    for expected in ["3.0", "2.9", "2.0", "4.0"] {
        assert!(
            labels.iter().any(|x| x == expected),
            "{expected} in {labels:?}"
        );
    }
}
