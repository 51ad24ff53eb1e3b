//! `cxm`: the command line over the core (`shared/design/cli.md`).
//!
//! This file owns the argument grammar and the exit-status contract only:
//! 0 success, 1 bad input (with messages on stderr), 2 usage errors (clap).
//! Each command group lives in its own module and is a thin call into the core.

mod assessment;
mod live;
mod output;
mod questionnaire;
mod report;
mod rounds;
mod score;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "cxm",
    version,
    about = "CX maturity assessments from the command line"
)]
struct Cli {
    /// The database file (default: the desktop app's database in the app-data folder).
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Built-in and custom questionnaires.
    #[command(subcommand)]
    Questionnaire(questionnaire::Cmd),
    /// Create and list assessments.
    #[command(subcommand)]
    Assessment(assessment::AssessmentCmd),
    /// Add respondents.
    #[command(subcommand)]
    Respondent(assessment::RespondentCmd),
    /// Record one answer.
    Answer(assessment::AnswerArgs),
    /// Set a dimension's target level and importance.
    Target(assessment::TargetArgs),
    /// Record customer evidence (NPS, CSAT, churn).
    Evidence(assessment::EvidenceArgs),
    /// Print the scorecard.
    Score(score::ScoreArgs),
    /// Print the roadmap.
    Roadmap(score::RoadmapArgs),
    /// Write the report: PDF, or a Word document to edit (`.docx`).
    Report(report::ReportArgs),
    /// Write the XLSX action register, answers and scores.
    Export(report::ExportArgs),
    /// Self-assessment packs for department heads.
    #[command(subcommand)]
    Pack(assessment::PackCmd),
    /// Create a realistic demo assessment; prints its id.
    Demo(assessment::DemoArgs),
    /// Save a consistent single-file copy of the whole database.
    Backup(report::BackupArgs),
    /// Run a live workshop: participants join and vote from their phones; Ctrl-C ends it.
    Live(live::LiveArgs),
    /// Rounds: start the next round of an assessment a year later.
    #[command(subcommand)]
    Round(rounds::RoundCmd),
    /// Compare a round with its previous one.
    Compare(rounds::CompareArgs),
    /// Every round of an assessment's chain, oldest first.
    Trend(rounds::TrendArgs),
    /// Edit a roadmap action: status, owner, due date, notes, dropped.
    Action(rounds::ActionArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let db = cli.db;
    let result = match cli.command {
        Command::Questionnaire(cmd) => questionnaire::run(cmd, db.as_deref()),
        Command::Assessment(cmd) => assessment::run_assessment(cmd, db.as_deref()),
        Command::Respondent(cmd) => assessment::run_respondent(cmd, db.as_deref()),
        Command::Answer(args) => assessment::run_answer(args, db.as_deref()),
        Command::Target(args) => assessment::run_target(args, db.as_deref()),
        Command::Evidence(args) => assessment::run_evidence(args, db.as_deref()),
        Command::Score(args) => score::run_score(args, db.as_deref()),
        Command::Roadmap(args) => score::run_roadmap(args, db.as_deref()),
        Command::Report(args) => report::run_report(&args, db.as_deref()),
        Command::Export(args) => report::run_export(args, db.as_deref()),
        Command::Pack(cmd) => assessment::run_pack(cmd, db.as_deref()),
        Command::Demo(args) => assessment::run_demo(&args, db.as_deref()),
        Command::Backup(args) => report::run_backup(args, db.as_deref()),
        Command::Live(args) => live::run_live(args, db.as_deref()),
        Command::Round(cmd) => rounds::run_round(cmd, db.as_deref()),
        Command::Compare(args) => rounds::run_compare(args, db.as_deref()),
        Command::Trend(args) => rounds::run_trend(args, db.as_deref()),
        Command::Action(args) => rounds::run_action(args, db.as_deref()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            output::print_error(&e);
            ExitCode::from(1)
        }
    }
}
