//! `cxm assessment|respondent|answer|target|evidence|pack|demo`: writes to the store.

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};
use cx_maturity::{Error, Result};

#[derive(Subcommand)]
pub enum AssessmentCmd {
    /// Create an assessment; prints its id.
    Create {
        #[arg(long)]
        org: String,
        #[arg(long)]
        title: Option<String>,
        /// A questionnaire id or file (default: the built-in CX maturity questionnaire).
        #[arg(long)]
        questionnaire: Option<String>,
        /// A department to assess; repeat for each.
        #[arg(long = "department")]
        departments: Vec<String>,
    },
    /// List assessments.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
pub enum RespondentCmd {
    /// Add a respondent; prints its id.
    Add {
        assessment: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        department: String,
        #[arg(long)]
        role: Option<String>,
    },
}

#[derive(Args)]
pub struct AnswerArgs {
    pub assessment: String,
    pub respondent: String,
    pub question: String,
    /// 1, 2, 3, 4, 5, na or unknown.
    pub value: String,
    #[arg(long)]
    pub comment: Option<String>,
}

#[derive(Args)]
pub struct TargetArgs {
    pub assessment: String,
    pub dimension: String,
    /// Target level, 1-5.
    #[arg(long)]
    pub level: Option<u8>,
    /// Importance, 1-5.
    #[arg(long)]
    pub importance: Option<u8>,
}

#[derive(Args)]
pub struct EvidenceArgs {
    pub assessment: String,
    /// Net Promoter Score, -100..100.
    #[arg(long, allow_hyphen_values = true)]
    pub nps: Option<f64>,
    /// Customer satisfaction, 0..100 (%).
    #[arg(long)]
    pub csat: Option<f64>,
    /// Annual customer churn, 0..100 (%).
    #[arg(long)]
    pub churn: Option<f64>,
    /// YYYY-MM-DD.
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long)]
    pub source: Option<String>,
}

#[derive(Subcommand)]
pub enum PackCmd {
    /// Write a self-assessment pack for one department head.
    Export {
        assessment: String,
        #[arg(long)]
        department: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Import filled packs: all files or none.
    Import {
        assessment: String,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

fn unbuilt() -> Result<()> {
    Err(Error::InvalidInput(
        "store commands are not built yet".into(),
    ))
}

pub fn run_assessment(cmd: AssessmentCmd, db: Option<&Path>) -> Result<()> {
    let _ = (cmd, db);
    unbuilt()
}
pub fn run_respondent(cmd: RespondentCmd, db: Option<&Path>) -> Result<()> {
    let _ = (cmd, db);
    unbuilt()
}
pub fn run_answer(args: AnswerArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    unbuilt()
}
pub fn run_target(args: TargetArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    unbuilt()
}
pub fn run_evidence(args: EvidenceArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    unbuilt()
}
pub fn run_pack(cmd: PackCmd, db: Option<&Path>) -> Result<()> {
    let _ = (cmd, db);
    unbuilt()
}
pub fn run_demo(db: Option<&Path>) -> Result<()> {
    let _ = db;
    unbuilt()
}
