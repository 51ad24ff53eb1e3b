//! `cxm report` (PDF), `cxm export` (XLSX) and `cxm backup` (a copy of the
//! whole database): load, score, plan, render, and write the file
//! atomically (a temporary file in the same folder, then a rename) so a
//! failure never leaves half a file behind or destroys an earlier one.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use cx_maturity::Result;
use cx_maturity::files::write_atomically;
use cx_maturity::report::{self, ReportOptions};
use cx_maturity::workflow;
use time::OffsetDateTime;

use crate::assessment::open_store;
use crate::database::Database;
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
    /// en, de or fr (default: the assessment's report language).
    #[arg(long)]
    pub locale: Option<String>,
}

#[derive(Args)]
pub struct ExportArgs {
    pub assessment: String,
    #[arg(long)]
    pub xlsx: PathBuf,
    /// en, de or fr (default: the assessment's report language).
    #[arg(long)]
    pub locale: Option<String>,
}

pub fn run_report(args: &ReportArgs, db: &Database) -> Result<()> {
    // Refuse an unknown locale before any work.
    if let Some(tag) = &args.locale {
        report::locale::labels(tag)?;
    }
    let store = open_store(db)?;
    let locale = workflow::document_locale(&store, &args.assessment, args.locale.as_deref())?;
    let options = ReportOptions {
        paper: match args.paper {
            Paper::A4 => report::Paper::A4,
            Paper::Letter => report::Paper::Letter,
        },
        locale,
        generated: OffsetDateTime::now_utc(),
    };
    let rendered = workflow::render_report(&store, &args.assessment, &options)?;
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

pub fn run_backup(args: BackupArgs, db: &Database) -> Result<()> {
    let BackupArgs { out } = args;
    let store = open_store(db)?;
    store.save_copy(&out)?;
    store.close()
}

pub fn run_export(args: ExportArgs, db: &Database) -> Result<()> {
    let ExportArgs {
        assessment,
        xlsx,
        locale,
    } = args;
    if let Some(tag) = &locale {
        report::locale::labels(tag)?;
    }
    let store = open_store(db)?;
    let locale = workflow::document_locale(&store, &assessment, locale.as_deref())?;
    let bytes = workflow::export_workbook(&store, &assessment, &locale)?;
    write_atomically(&xlsx, &bytes)
}
