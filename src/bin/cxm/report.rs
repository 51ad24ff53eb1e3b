//! `cxm report` (PDF), `cxm export` (XLSX) and `cxm backup` (a copy of the
//! whole database): load, score, plan, render, and write the file
//! atomically (a temporary file in the same folder, then a rename) so a
//! failure never leaves half a file behind or destroys an earlier one.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use cx_maturity::Result;
use cx_maturity::files::write_atomically;
use cx_maturity::report::{self, ReportOptions};
use time::OffsetDateTime;

use crate::assessment::open_store;
use crate::output::errln;

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
    // Refuse an unknown locale before any work.
    report::locale::labels(&args.locale)?;
    let store = open_store(db)?;
    let options = ReportOptions {
        paper: match args.paper {
            Paper::A4 => report::Paper::A4,
            Paper::Letter => report::Paper::Letter,
        },
        locale: args.locale,
        generated: OffsetDateTime::now_utc(),
    };
    let rendered = cx_maturity::workflow::render_report(&store, &args.assessment, &options)?;
    for w in &rendered.warnings {
        errln!("warning: {w}");
    }
    write_atomically(&args.out, &rendered.pdf)
}

#[derive(Args)]
pub struct BackupArgs {
    /// The copy to write: one file, complete without any `-wal` beside it.
    #[arg(long)]
    pub out: PathBuf,
}

pub fn run_backup(args: BackupArgs, db: Option<&Path>) -> Result<()> {
    let BackupArgs { out } = args;
    let store = open_store(db)?;
    store.save_copy(&out)?;
    store.close()
}

pub fn run_export(args: ExportArgs, db: Option<&Path>) -> Result<()> {
    let ExportArgs { assessment, xlsx } = args;
    let store = open_store(db)?;
    let bytes = cx_maturity::workflow::export_workbook(&store, &assessment)?;
    write_atomically(&xlsx, &bytes)
}
