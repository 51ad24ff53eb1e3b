//! Benchmarks of the report (numbers in docs/performance.md, "Report"):
//!
//! - the demo assessment (`cxm demo`: 8 departments, 24 respondents) rendered
//!   to PDF, and the same with scoring and planning included;
//! - a large assessment: 12 departments, 60 respondents, every question
//!   answered and commented;
//! - the XLSX export of the large assessment;
//! - the third round of the demo (two more rounds, answers carried, some
//!   changed) from the store to PDF: every round loaded and scored, the
//!   progress section and the trend included;
//! - the Word report: the demo's from the store (loaded, scored, planned,
//!   charts rasterised, packed), the large assessment's from its scorecard,
//!   and the demo's four charts rasterised alone (the step that costs
//!   most);
//! - the common alternative: the same report content written as HTML (charts
//!   as the same SVG) and printed with headless Chromium, when
//!   /usr/bin/chromium is installed.
use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use cx_maturity::model::{Answer, AnswerValue, AssessmentData, Branding, Department, Respondent};
use cx_maturity::report::layout::Block;
use cx_maturity::report::{self, ReportOptions, charts, content, locale};
use cx_maturity::roadmap::{self, Roadmap};
use cx_maturity::scoring::{self, Scorecard};
use cx_maturity::store::Store;
use time::OffsetDateTime;
use time::macros::datetime;

const WHEN: OffsetDateTime = datetime!(2026-03-05 10:00 UTC);

struct Case {
    data: AssessmentData,
    sc: Scorecard,
    rm: Roadmap,
    branding: Branding,
}

fn case(data: AssessmentData, branding: Branding) -> Case {
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    Case {
        data,
        sc,
        rm,
        branding,
    }
}

/// The demo assessment, created in a throwaway database.
fn demo(dir: &Path) -> Case {
    let mut store = Store::open(&dir.join("bench.sqlite")).unwrap();
    let id = cx_maturity::demo::create_demo(&mut store).unwrap();
    let data = store.load(&id).unwrap();
    let branding = Branding {
        consultant_name: Some("Hartmann & Nowak Advisory".into()),
        logo: None,
        accent_colour: None,
    };
    case(data, branding)
}

/// The demo and two more rounds with its answers carried, data a level
/// higher for half the respondents each round: the third round's id.
fn demo_round3(store: &mut Store) -> String {
    use cx_maturity::store::rounds::{NextRound, RespondentChoice};
    let mut round = cx_maturity::demo::create_demo(store).unwrap();
    for _ in 0..2 {
        let plan = NextRound {
            title: None,
            respondents: RespondentChoice::All,
            carry_answers: true,
            questionnaire: None,
        };
        round = store.start_next_round(&round, &plan).unwrap().id;
        let q = store.questionnaire(&round).unwrap();
        for r in store.respondents(&round).unwrap().iter().step_by(2) {
            for a in store.answers_of(&r.id).unwrap() {
                let in_data = q.question(&a.question_id).unwrap().0.id == "data";
                if let (true, AnswerValue::Level(v)) = (in_data, a.value) {
                    let v = AnswerValue::Level((v + 1).min(5));
                    store.save_answer(&r.id, &a.question_id, v, None).unwrap();
                }
            }
        }
    }
    round
}

/// 12 departments × 5 respondents, all 50 questions answered, each with a
/// comment of one or two sentences.
fn large(dir: &Path) -> Case {
    let mut base = demo(dir).data;
    let q = base.questionnaire.clone();
    base.departments = (0..12)
        .map(|i| Department {
            id: format!("d{i}"),
            name: format!("Department {} – Région Île-de-France", i + 1),
            position: i,
        })
        .collect();
    base.respondents.clear();
    base.answers.clear();
    let mut seed = 11u64;
    for d in 0..12 {
        for r in 0..5 {
            let id = format!("r{d}-{r}");
            base.respondents.push(Respondent {
                id: id.clone(),
                name: format!("Respondent {r} (Łódź, Straße {d})"),
                department_id: format!("d{d}"),
                role: Some("Lead".into()),
                consensus: false,
                created_at: WHEN,
                locale: None,
            });
            for (qi, (_, question)) in q.questions().enumerate() {
                seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                let level = 1 + ((seed >> 33) % 5) as u8;
                base.answers.push(Answer {
                    respondent_id: id.as_str().into(),
                    question_id: question.id.as_str().into(),
                    value: AnswerValue::Level(level),
                    comment: Some(format!(
                        "Comment {qi} from department {d}: the hand-off works in principle, but context gets lost{}",
                        if qi % 3 == 0 { "; customers repeat themselves and the team spends time rebuilding the history." } else { "." }
                    )),
                    updated_at: WHEN,
                    carried: false,
                    do_not_quote: false,
                });
            }
        }
    }
    case(base, Branding::default())
}

fn render(c: &Case) -> Vec<u8> {
    render_in(c, "en")
}

/// The report in `locale`; the case's questionnaire is expected in it too.
fn render_in(c: &Case, locale: &str) -> Vec<u8> {
    let mut options = ReportOptions::new(WHEN);
    options.locale = locale.to_owned();
    report::render_pdf(&c.data, &c.sc, &c.rm, None, &c.branding, &options).unwrap()
}

/// The same assessment with its questionnaire's texts in `locale`.
fn translated(c: &Case, locale: &str) -> Case {
    let mut data = c.data.clone();
    data.questionnaire = data.questionnaire.in_locale(locale);
    case(data, c.branding.clone())
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The same report content (the same blocks, charts as the same SVG) as
/// one HTML document with print CSS.
fn html(c: &Case) -> String {
    let l = locale::labels("en").unwrap();
    let cx = content::Ctx {
        data: &c.data,
        sc: &c.sc,
        roadmap: &c.rm,
        branding: &c.branding,
        l,
        accent: report::style::DEFAULT_ACCENT,
        date: "5 March 2026".into(),
        width: 483.0,
        height: 710.0,
        methodology: report::methodology(l),
        logo: None,
        progress: None,
    };
    let blocks = content::build(&cx).unwrap();
    let mut h = String::from(
        "<!doctype html><html><head><meta charset=\"utf-8\"><style>\
         @page{size:A4;margin:20mm}body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#1d232b}\
         h1{color:#1f3a5f;font-size:18pt}h2{font-size:12pt}h3{font-size:10pt}h1,h2,h3{break-after:avoid}\
         table{width:100%;border-collapse:collapse;font-size:8pt}thead{display:table-header-group}\
         th{background:#1f3a5f;color:#fff;text-align:left;padding:3pt}td{padding:3pt;border-bottom:.4pt solid #c9cfd6}\
         .kf{display:flex;gap:10pt}.kf div{flex:1;background:#f2f4f6;border-left:3pt solid #1f3a5f;padding:8pt}\
         .pb{break-after:page}.callout{background:#fdf3e4;border-left:4pt solid #b45f06;padding:10pt}\
         </style></head><body>",
    );
    for b in &blocks {
        match b {
            Block::Cover(cv) => {
                let _ = write!(
                    h,
                    "<section style=\"background:#1f3a5f;color:#fff;padding:40pt\"><p>{}</p><h1 style=\"color:#fff\">{}</h1><p>{}</p></section>",
                    esc(&cv.kicker),
                    esc(&cv.organisation),
                    esc(&cv.title)
                );
                h.push_str("<table>");
                for (k, v) in &cv.facts {
                    let _ = write!(h, "<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
                }
                for (d, n) in &cv.departments {
                    let _ = write!(h, "<tr><td>{}</td><td>{n}</td></tr>", esc(d));
                }
                h.push_str("</table>");
            }
            Block::Heading { level, text } => {
                let _ = write!(h, "<h{level}>{}</h{level}>", esc(text));
            }
            Block::Paragraph { spans, .. } => {
                h.push_str("<p>");
                for (t, w) in spans {
                    match w {
                        report::fonts::Weight::Bold => {
                            let _ = write!(h, "<b>{}</b>", esc(t));
                        }
                        report::fonts::Weight::Regular => h.push_str(&esc(t)),
                    }
                }
                h.push_str("</p>");
            }
            Block::KeyFigures(figs) => {
                h.push_str("<div class=\"kf\">");
                for f in figs {
                    let _ = write!(
                        h,
                        "<div><small>{}</small><div style=\"font-size:20pt\">{}</div><small>{}</small></div>",
                        esc(&f.label),
                        esc(&f.value),
                        esc(&f.note)
                    );
                }
                h.push_str("</div>");
            }
            Block::Table(t) => {
                h.push_str("<table><thead><tr>");
                for col in &t.columns {
                    let _ = write!(h, "<th>{}</th>", esc(&col.title));
                }
                h.push_str("</tr></thead><tbody>");
                for row in &t.rows {
                    h.push_str("<tr>");
                    for cell in row {
                        let text: String = cell.spans.iter().map(|(s, _)| s.as_str()).collect();
                        let _ = write!(h, "<td>{}</td>", esc(&text));
                    }
                    h.push_str("</tr>");
                }
                h.push_str("</tbody></table>");
            }
            Block::Figure {
                figure, caption, ..
            } => {
                h.push_str(&figure.to_svg());
                if let Some(c) = caption {
                    let _ = write!(h, "<p><small>{}</small></p>", esc(c));
                }
            }
            Block::Callout { title, body, .. } => {
                let _ = write!(
                    h,
                    "<div class=\"callout\"><b>{}</b><p>{}</p></div>",
                    esc(title),
                    esc(body)
                );
            }
            Block::Spacer(_) => {}
            Block::PageBreak | Block::SectionBreak => h.push_str("<div class=\"pb\"></div>"),
        }
    }
    h.push_str("</body></html>");
    h
}

fn chromium_print(html_file: &Path, pdf: &Path) {
    let status = Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(html_file)
        .output()
        .unwrap();
    assert!(status.status.success(), "chromium failed");
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let demo = demo(dir.path());
    let large = large(dir.path());
    assert_eq!(large.data.respondents.len(), 60);

    c.bench_function("report/demo_pdf", |b| b.iter(|| black_box(render(&demo))));
    for locale in ["de", "fr"] {
        let demo = translated(&demo, locale);
        c.bench_function(&format!("report/demo_pdf_{locale}"), |b| {
            b.iter(|| black_box(render_in(&demo, locale)));
        });
    }
    c.bench_function("report/demo_pdf_with_scoring", |b| {
        b.iter(|| {
            let c = case(demo.data.clone(), demo.branding.clone());
            black_box(render(&c))
        });
    });
    let mut store = Store::open(&dir.path().join("rounds.sqlite")).unwrap();
    let round3 = demo_round3(&mut store);
    c.bench_function("report/demo_round3_pdf", |b| {
        let options = ReportOptions::new(WHEN);
        b.iter(|| {
            black_box(cx_maturity::workflow::render_report(&store, &round3, &options).unwrap())
        });
    });
    let demo_id = cx_maturity::demo::create_demo(&mut store).unwrap();
    c.bench_function("report/demo_docx", |b| {
        let options = ReportOptions::new(WHEN);
        b.iter(|| {
            black_box(cx_maturity::workflow::render_docx(&store, &demo_id, &options).unwrap())
        });
    });
    c.bench_function("report/demo_charts_png", |b| {
        let l = locale::labels("en").unwrap();
        let st = charts::ChartStyle::default();
        let width = 483.0;
        let figures = [
            charts::radar(&demo.sc, width * 0.92, &st, l).unwrap(),
            charts::heat_map(&demo.sc, width, 240.0, l).unwrap(),
            charts::bars(&demo.sc, width, &st, l).unwrap(),
            charts::coverage(&demo.sc, width, &st, l).unwrap(),
        ];
        b.iter(|| {
            for f in &figures {
                black_box(report::docx::rasterise(f).unwrap());
            }
        });
    });
    let mut g = c.benchmark_group("report/large");
    g.sample_size(20);
    g.bench_function("pdf", |b| b.iter(|| black_box(render(&large))));
    g.bench_function("docx", |b| {
        let options = ReportOptions::new(WHEN);
        b.iter(|| {
            black_box(
                report::render_docx(
                    &large.data,
                    &large.sc,
                    &large.rm,
                    None,
                    &large.branding,
                    &options,
                )
                .unwrap(),
            )
        });
    });
    g.bench_function("xlsx", |b| {
        let l = locale::labels("en").unwrap();
        b.iter(|| {
            black_box(report::xlsx::export(&large.data, &large.sc, &large.rm, None, l).unwrap())
        });
    });
    g.finish();

    if Path::new("/usr/bin/chromium").exists() {
        let mut g = c.benchmark_group("report/chromium");
        g.sample_size(10);
        g.measurement_time(Duration::from_secs(30));
        for (name, case) in [("demo", &demo), ("large", &large)] {
            let html_file = dir.path().join(format!("{name}.html"));
            std::fs::write(&html_file, html(case)).unwrap();
            let pdf = dir.path().join(format!("{name}-chromium.pdf"));
            g.bench_function(name, |b| b.iter(|| chromium_print(&html_file, &pdf)));
            let ours = render(case);
            let theirs = std::fs::metadata(&pdf).map(|m| m.len()).unwrap_or(0);
            eprintln!(
                "{name}: printpdf {} bytes, chromium {theirs} bytes",
                ours.len()
            );
        }
        g.finish();
    }
}

criterion_group!(report_benches, benches);
criterion_main!(report_benches);
