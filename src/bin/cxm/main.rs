//! `cxm`: the command line over the core (`shared/design/cli.md`).
//!
//! This file owns the argument grammar and the exit-status contract only:
//! 0 success, 1 bad input (with messages on stderr), 2 usage errors (clap).
//! Each command group lives in its own module and is a thin call into the core.

mod assessment;
mod database;
mod live;
mod output;
mod passphrase;
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
    /// A file whose first line is the passphrase of an encrypted database.
    #[arg(long, global = true, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
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
    /// Encrypt the database with a passphrase, change it, or remove it.
    #[command(subcommand)]
    Passphrase(passphrase::PassphraseCmd),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let db = match database::Database::new(cli.db, cli.passphrase_file.as_deref()) {
        Ok(db) => db,
        Err(e) => {
            output::print_error(&e);
            return ExitCode::from(1);
        }
    };
    let db = &db;
    let result = match cli.command {
        Command::Questionnaire(cmd) => questionnaire::run(cmd, db),
        Command::Assessment(cmd) => assessment::run_assessment(cmd, db),
        Command::Respondent(cmd) => assessment::run_respondent(cmd, db),
        Command::Answer(args) => assessment::run_answer(args, db),
        Command::Target(args) => assessment::run_target(args, db),
        Command::Evidence(args) => assessment::run_evidence(args, db),
        Command::Score(args) => score::run_score(args, db),
        Command::Roadmap(args) => score::run_roadmap(args, db),
        Command::Report(args) => report::run_report(&args, db),
        Command::Export(args) => report::run_export(args, db),
        Command::Pack(cmd) => assessment::run_pack(cmd, db),
        Command::Demo(args) => assessment::run_demo(&args, db),
        Command::Backup(args) => report::run_backup(args, db),
        Command::Live(args) => live::run_live(args, db),
        Command::Round(cmd) => rounds::run_round(cmd, db),
        Command::Compare(args) => rounds::run_compare(args, db),
        Command::Trend(args) => rounds::run_trend(args, db),
        Command::Action(args) => rounds::run_action(args, db),
        Command::Passphrase(cmd) => passphrase::run_passphrase(cmd, db),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            output::print_error(&e);
            ExitCode::from(1)
        }
    }
}
