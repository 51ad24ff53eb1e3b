//! `cxm score` and `cxm roadmap`: JSON views of the scorecard and the plan.

use std::path::Path;

use clap::Args;
use cx_maturity::{Error, Result};

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

pub fn run_score(args: ScoreArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    Err(Error::InvalidInput("score is not built yet".into()))
}

pub fn run_roadmap(args: RoadmapArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    Err(Error::InvalidInput("roadmap is not built yet".into()))
}
