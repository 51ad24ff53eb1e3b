//! `cxm report` (PDF) and `cxm export` (XLSX).

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use cx_maturity::{Error, Result};

#[derive(Clone, Copy, ValueEnum)]
pub enum Paper {
    A4,
    Letter,
}

#[derive(Args)]
pub struct ReportArgs {
    pub assessment: String,
    #[arg(long)]
    pub out: PathBuf,
    #[arg(long, value_enum, default_value = "a4")]
    pub paper: Paper,
    #[arg(long, default_value = "en")]
    pub locale: String,
}

#[derive(Args)]
pub struct ExportArgs {
    pub assessment: String,
    #[arg(long)]
    pub xlsx: PathBuf,
}

pub fn run_report(args: ReportArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    Err(Error::InvalidInput("report is not built yet".into()))
}

pub fn run_export(args: ExportArgs, db: Option<&Path>) -> Result<()> {
    let _ = (args, db);
    Err(Error::InvalidInput("export is not built yet".into()))
}
