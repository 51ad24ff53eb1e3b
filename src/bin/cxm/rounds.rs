//! `cxm round next`, `cxm compare`, `cxm trend` (scoring.md, "Rounds and
//! progress") and `cxm action`, the roadmap edits a later round reports as
//! completed. Thin: the store starts the round, the core computes every
//! figure; this file parses and formats.

use std::fmt::Write as _;

use clap::{Args, Subcommand, ValueEnum};
use cx_maturity::model::{ActionEdit, ActionStatus};
use cx_maturity::report::charts::fmt_delta;
use cx_maturity::scoring::rounds::{Change, Comparison, Direction, Trend};
use cx_maturity::scoring::shown;
use cx_maturity::store::{NextRound, RespondentChoice};
use cx_maturity::{Field, Result, dates, questionnaire, workflow};

use crate::assessment::open_store;
use crate::database::Database;
use crate::output::{errln, out, outln, print_json};

#[derive(Subcommand)]
pub enum RoundCmd {
    /// Start the next round of an assessment (the latest of its chain); prints the new id.
    Next(NextArgs),
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Respondents {
    /// Keep every respondent of the previous round.
    All,
    /// Start without respondents.
    None,
}

#[derive(Args)]
pub struct NextArgs {
    pub assessment: String,
    /// Carry each kept respondent's answers forward, marked carried until confirmed or changed.
    #[arg(long)]
    pub carry_answers: bool,
    #[arg(long, value_enum, default_value = "all")]
    pub respondents: Respondents,
    /// Title of the new round (default: the previous title with "(round N)").
    #[arg(long)]
    pub title: Option<String>,
    /// Take the new round with this questionnaire (built-in or installed id, or a file) instead of
    /// the previous round's; it must be the same questionnaire, typically a newer version.
    #[arg(long, value_name = "ID|FILE")]
    pub questionnaire: Option<String>,
}

#[derive(Args)]
pub struct CompareArgs {
    pub assessment: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args)]
pub struct TrendArgs {
    pub assessment: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum YesNo {
    Yes,
    No,
}

#[derive(Args)]
pub struct ActionArgs {
    pub assessment: String,
    pub action: String,
    /// planned, in_progress, done or blocked.
    #[arg(long)]
    pub status: Option<String>,
    /// Who owns the action ("" for the questionnaire's owner).
    #[arg(long)]
    pub owner: Option<String>,
    /// Due date, YYYY-MM-DD ("" for none).
    #[arg(long)]
    pub due: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
    /// Leave the action out of the plan.
    #[arg(long, value_enum)]
    pub dropped: Option<YesNo>,
}

pub fn run_round(cmd: RoundCmd, db: &Database) -> Result<()> {
    let RoundCmd::Next(args) = cmd;
    let mut store = open_store(db)?;
    let plan = NextRound {
        title: args.title,
        respondents: match args.respondents {
            Respondents::All => RespondentChoice::All,
            Respondents::None => RespondentChoice::None,
        },
        carry_answers: args.carry_answers,
        questionnaire: args
            .questionnaire
            .as_deref()
            .map(questionnaire::resolve)
            .transpose()?,
    };
    let started = store.start_next_round(&args.assessment, &plan)?;
    outln!("{}", started.id);
    for (what, ids) in [
        ("added", &started.questions_added),
        ("removed", &started.questions_removed),
    ] {
        if !ids.is_empty() {
            errln!("questions {what}: {}", ids.join(", "));
        }
    }
    Ok(())
}

pub fn run_compare(args: CompareArgs, db: &Database) -> Result<()> {
    let CompareArgs { assessment, json } = args;
    let comparison = workflow::compare_rounds(&open_store(db)?, &assessment)?;
    if json {
        print_json(&comparison)
    } else {
        out!("{}", render_comparison(&comparison));
        Ok(())
    }
}

pub fn run_trend(args: TrendArgs, db: &Database) -> Result<()> {
    let TrendArgs { assessment, json } = args;
    let trend = workflow::trend(&open_store(db)?, &assessment)?;
    if json {
        print_json(&trend)
    } else {
        out!("{}", render_trend(&trend));
        Ok(())
    }
}

pub fn run_action(args: ActionArgs, db: &Database) -> Result<()> {
    let mut store = open_store(db)?;
    let mut edit = store
        .action_edits(&args.assessment)?
        .into_iter()
        .find(|e| e.action_id == args.action)
        .unwrap_or_else(|| ActionEdit {
            action_id: args.action.clone(),
            owner: None,
            due: None,
            status: None,
            notes: None,
            dropped: false,
        });
    let text = |t: String| (!t.trim().is_empty()).then(|| t.trim().to_owned());
    if let Some(status) = args.status {
        edit.status = Some(status.parse::<ActionStatus>()?);
    }
    if let Some(owner) = args.owner {
        edit.owner = text(owner);
    }
    if let Some(due) = args.due {
        edit.due = text(due)
            .map(|d| dates::parse_date(&d, Field::ActionDue))
            .transpose()?;
    }
    if let Some(notes) = args.notes {
        edit.notes = text(notes);
    }
    if let Some(dropped) = args.dropped {
        edit.dropped = matches!(dropped, YesNo::Yes);
    }
    if edit.is_empty() {
        store.clear_action_edit(&args.assessment, &args.action)
    } else {
        store.set_action_edit(&args.assessment, &edit)
    }
}

fn figure(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), shown)
}

fn signed(x: Option<f64>) -> String {
    x.map_or_else(|| "–".to_owned(), fmt_delta)
}

fn direction(c: &Change) -> &'static str {
    match c.direction {
        Some(Direction::Improved) => "improved",
        Some(Direction::Declined) => "declined",
        Some(Direction::Stable) => "stable",
        None => "no comparison",
    }
}

/// A comparison as a reader would say it.
fn render_comparison(c: &Comparison) -> String {
    let mut s = String::new();
    let o = &c.overall;
    let stage = |x: Option<u8>| x.map_or_else(|| "–".to_owned(), |s| s.to_string());
    let _ = writeln!(
        s,
        "Since {}: overall {} → {} ({}, {}); stage {} → {}",
        c.date_then,
        figure(o.change.then),
        figure(o.change.now),
        signed(o.change.delta),
        direction(&o.change),
        stage(o.stage_then),
        stage(o.stage_now)
    );
    let _ = writeln!(s, "\nDimensions:");
    for d in &c.dimensions {
        let flags: Vec<&str> = d.flags.iter().map(|f| f.as_str()).collect();
        let _ = writeln!(
            s,
            "  {:<24} {} → {} ({}, {}){}",
            d.short_title,
            figure(d.change.then),
            figure(d.change.now),
            signed(d.change.delta),
            direction(&d.change),
            if flags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", flags.join(", "))
            }
        );
    }
    let _ = writeln!(s, "\nDepartments:");
    for d in &c.departments {
        let _ = writeln!(
            s,
            "  {:<24} {} → {} ({}, {})",
            d.name,
            figure(d.change.then),
            figure(d.change.now),
            signed(d.change.delta),
            direction(&d.change)
        );
    }
    let _ = writeln!(
        s,
        "\nActions completed in the period: {}",
        c.actions_completed.len()
    );
    for id in &c.actions_completed {
        let _ = writeln!(s, "  {id}");
    }
    let e = &c.evidence;
    if e.nps_change.is_some() || e.csat_change.is_some() {
        let _ = writeln!(
            s,
            "\nCustomers: NPS {} → {}, CSAT {} → {}",
            e.nps_then.map_or("–".into(), |v| format!("{v}")),
            e.nps_now.map_or("–".into(), |v| format!("{v}")),
            e.csat_then.map_or("–".into(), |v| format!("{v} %")),
            e.csat_now.map_or("–".into(), |v| format!("{v} %")),
        );
    }
    if !c.flags.is_empty() {
        let _ = writeln!(
            s,
            "\nDiverging: the organisation says it improved; its customers say it got worse."
        );
    }
    s
}

/// A trend as a table: one line per round.
fn render_trend(t: &Trend) -> String {
    let mut s = String::new();
    for r in &t.rounds {
        let _ = writeln!(
            s,
            "{}  {:<40} overall {}  stage {}",
            r.date,
            r.title,
            figure(r.score),
            r.stage.map_or_else(|| "–".to_owned(), |x| x.to_string())
        );
    }
    s
}
