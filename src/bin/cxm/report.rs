//! `cxm report` (PDF, or Word with `--format docx` or a `.docx` file),
//! `cxm export` (XLSX) and `cxm backup` (a copy of the
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

/// The report's file format.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Pdf,
    Docx,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Docx => "docx",
        }
    }
}

#[derive(Args)]
pub struct ReportArgs {
    pub assessment: String,
    #[arg(long)]
    pub out: PathBuf,
    /// pdf or docx (default: from the file name's extension, else pdf).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
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

/// The format asked for: `--format`, else the file's extension (`.pdf`,
/// `.docx`), else PDF. A `--format` that contradicts the extension is a
/// usage error: the file would not open as what its name says.
fn format_of(args: &ReportArgs) -> std::result::Result<Format, String> {
    let ext = args
        .out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let named = match ext.as_deref() {
        Some("pdf") => Some(Format::Pdf),
        Some("docx") => Some(Format::Docx),
        _ => None,
    };
    match (args.format, named) {
        (Some(asked), Some(named)) if asked != named => Err(format!(
            "--format {} does not match the file name {}: name it .{} or leave --format out",
            asked.extension(),
            args.out.display(),
            asked.extension()
        )),
        (Some(asked), _) => Ok(asked),
        (None, named) => Ok(named.unwrap_or(Format::Pdf)),
    }
}

pub fn run_report(args: &ReportArgs, db: &Database) -> Result<()> {
    let format = match format_of(args) {
        Ok(f) => f,
        Err(why) => {
            use clap::CommandFactory;
            crate::Cli::command()
                .error(clap::error::ErrorKind::ArgumentConflict, why)
                .exit()
        }
    };
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
    let (bytes, warnings) = match format {
        Format::Pdf => {
            let r = workflow::render_report(&store, &args.assessment, &options)?;
            (r.pdf, r.warnings)
        }
        Format::Docx => {
            let r = workflow::render_docx(&store, &args.assessment, &options)?;
            (r.docx, r.warnings)
        }
    };
    for w in &warnings {
        errln!("warning: {w}");
    }
    write_atomically(&args.out, &bytes)
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
