//! `cxm score` and `cxm roadmap`: the scorecard and the plan, as JSON
//! (`--json`, the contract of cli.md) or as a readable summary. Thin: every
//! figure comes from `cx_maturity::scoring` / `roadmap`; this file only
//! formats.

use std::fmt::Write as _;

use clap::Args;
use cx_maturity::Result;
use cx_maturity::anonymity::score_for_readers;
use cx_maturity::model::{ActionStatus, AssessmentData};
use cx_maturity::roadmap::{Moved, Roadmap, plan};
use cx_maturity::scoring::{Flag, Scorecard, score, shown, shown_percent, shown_percent_value};

use crate::assessment::open_store;
use crate::database::Database;
use crate::output::{out, print_json};

#[derive(Args)]
pub struct ScoreArgs {
    pub assessment: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct RoadmapArgs {
    pub assessment: String,
    #[arg(long)]
    pub json: bool,
}

pub fn run_score(args: ScoreArgs, db: &Database) -> Result<()> {
    let ScoreArgs { assessment, json } = args;
    let mut data = open_store(db)?.load(&assessment)?;
    // An anonymous assessment's figures as any reader sees them.
    let card = score_for_readers(
        &mut data,
        cx_maturity::report::locale::EN.anonymous_respondent,
    );
    if json {
        print_json(&card)
    } else {
        out!("{}", render_score(&data, &card));
        Ok(())
    }
}

pub fn run_roadmap(args: RoadmapArgs, db: &Database) -> Result<()> {
    let RoadmapArgs { assessment, json } = args;
    let data = open_store(db)?.load(&assessment)?;
    let roadmap = plan(&data, &score(&data));
    if json {
        print_json(&roadmap)
    } else {
        out!("{}", render_roadmap(&data, &roadmap));
        Ok(())
    }
}

/// One decimal, or an en dash for an absent figure.
fn one(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), shown)
}

fn percent(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), shown_percent)
}

fn title<'a>(data: &'a AssessmentData, dimension: &'a str) -> &'a str {
    data.questionnaire
        .dimension(dimension)
        .map_or(dimension, |d| d.title.as_str())
}

/// The scorecard as a reader would say it: headline, dimensions,
/// departments, disagreements, customer evidence.
pub fn render_score(data: &AssessmentData, card: &Scorecard) -> String {
    let mut out = String::new();
    let a = &data.assessment;
    let _ = writeln!(out, "{} — {}", a.organisation, a.title);
    let _ = writeln!(
        out,
        "Questionnaire {} {}\n",
        card.questionnaire.id, card.questionnaire.version
    );

    let o = &card.overall;
    let headline = match (o.score, &o.level_name) {
        (Some(s), Some(name)) => format!("average {} ({name})", shown(s)),
        _ => "no score yet".to_owned(),
    };
    let stage = match (o.stage, &o.weakest_dimension) {
        (Some(stage), Some(weakest)) => {
            format!("stage {stage}, held back by {}", title(data, weakest))
        }
        _ => "stage withheld: not every dimension has a score".to_owned(),
    };
    let _ = writeln!(out, "Overall: {headline}; {stage}");
    let p = &card.participation;
    let _ = writeln!(
        out,
        "Took part: {} of {} respondents, {} of {} departments",
        p.respondents, p.respondents_set_up, p.departments, p.departments_set_up
    );
    if p.is_partial() {
        let _ = writeln!(
            out,
            "Did not take part: {}; the organisation's figures are those of the departments \
             that took part",
            p.missing_departments.join(", ")
        );
    }
    if let Some(w) = &card.anonymity {
        let _ = writeln!(
            out,
            "{}",
            (cx_maturity::report::locale::EN.anonymous_note)(w.threshold)
        );
    }
    let _ = writeln!(out, "Coverage: {}\n", percent(o.coverage));

    let width = card
        .dimensions
        .iter()
        .map(|d| d.title.chars().count())
        .max()
        .unwrap_or(9)
        .max(9);
    let _ = writeln!(
        out,
        "{:<width$}  score  level       target  gap  priority  coverage  spread",
        "Dimension"
    );
    for d in &card.dimensions {
        let level = d.level.map_or("–".to_owned(), |l| {
            data.questionnaire.level_name(l).to_owned()
        });
        let mut notes = Vec::new();
        if d.misaligned {
            notes.push("misaligned");
        }
        if d.low_coverage {
            notes.push("low coverage");
        }
        let _ = writeln!(
            out,
            "{:<width$}  {:>5}  {:<10}  {:>6}  {:>3}  {:>8}  {:>8}  {:>6}  {}",
            d.title,
            one(d.score),
            level,
            d.target.map_or_else(|| "–".to_owned(), |t| t.to_string()),
            one(d.gap),
            one(d.priority),
            percent(d.coverage),
            shown(d.spread),
            notes.join(", ")
        );
    }

    let _ = writeln!(out, "\nDepartments");
    for d in &card.departments {
        if d.took_part {
            let _ = writeln!(
                out,
                "  {} ({} of {} respondent{} took part): {}",
                d.name,
                d.respondents,
                d.respondents_set_up,
                if d.respondents_set_up == 1 { "" } else { "s" },
                one(d.score)
            );
        } else {
            let _ = writeln!(out, "  {}: did not take part", d.name);
        }
    }

    if !card.misaligned_questions.is_empty() {
        let _ = writeln!(out, "\nQuestions the departments disagree on");
        for m in &card.misaligned_questions {
            let views: Vec<String> = m
                .departments
                .0
                .iter()
                .filter_map(|(name, v)| v.map(|v| format!("{name} {}", shown(v))))
                .collect();
            let _ = writeln!(
                out,
                "  {} (spread {}): {}",
                m.question,
                shown(m.spread),
                views.join(", ")
            );
        }
    }
    if !card.knowledge_gaps.is_empty() {
        let _ = writeln!(
            out,
            "\n\"Don't know\" answers: {}",
            card.knowledge_gaps.len()
        );
    }

    let e = &card.evidence;
    if e.nps.is_some() || e.csat.is_some() || e.churn.is_some() {
        let mut parts = Vec::new();
        if let Some(n) = e.nps {
            parts.push(format!("NPS {n}"));
        }
        if let Some(c) = e.csat {
            parts.push(format!("CSAT {}", shown_percent_value(c)));
        }
        if let Some(c) = e.churn {
            parts.push(format!("churn {}", shown_percent_value(c)));
        }
        let _ = writeln!(out, "\nCustomer evidence: {}", parts.join(", "));
    }
    if card.flags.contains(&Flag::PerceptionGap) {
        let _ = writeln!(
            out,
            "Perception gap: the organisation rates itself Defined or above while its customers \
             say otherwise."
        );
    }
    out
}

/// The roadmap phase by phase; dropped actions are marked, not hidden.
pub fn render_roadmap(data: &AssessmentData, roadmap: &Roadmap) -> String {
    let mut out = String::new();
    let a = &data.assessment;
    let _ = writeln!(out, "{} — roadmap", a.organisation);
    let _ = writeln!(
        out,
        "Now holds at most {} actions, Next at most {}.",
        roadmap.capacity.now, roadmap.capacity.next
    );
    for phase in &roadmap.phases {
        let name = match phase.phase {
            cx_maturity::roadmap::Phase::Now => "Now",
            cx_maturity::roadmap::Phase::Next => "Next",
            cx_maturity::roadmap::Phase::Later => "Later",
        };
        let _ = writeln!(out, "\n{name} ({})", phase.phase.months());
        if phase.actions.is_empty() {
            let _ = writeln!(out, "  (nothing planned)");
        }
        for (i, action) in phase.actions.iter().enumerate() {
            let mut details = vec![
                format!("owner {}", action.owner),
                format!("effort {:?}", action.effort),
            ];
            if let Some(due) = action.due {
                details.push(format!("due {due}"));
            }
            if let Some(status) = action.status {
                details.push(
                    match status {
                        ActionStatus::Planned => "planned",
                        ActionStatus::InProgress => "in progress",
                        ActionStatus::Done => "done",
                        ActionStatus::Blocked => "blocked",
                    }
                    .to_owned(),
                );
            }
            let _ = writeln!(
                out,
                "  {}. {}{} [{} {}→{}]",
                i + 1,
                if action.dropped { "(dropped) " } else { "" },
                action.title,
                title(data, &action.dimension),
                action.transition[0],
                action.transition[1]
            );
            match &action.moved {
                Some(Moved::Capacity { full, .. }) => {
                    details.push(format!("moved here: {} is full", full.name()));
                }
                Some(Moved::Requires { required, .. }) => {
                    details.push(format!("moved here: requires {required}, which moved"));
                }
                None => {}
            }
            let _ = writeln!(out, "     {}", details.join(", "));
        }
    }
    out
}
