//! `cxm report` (PDF) and `cxm export` (XLSX): load the assessment, score
//! it, plan the roadmap, render, and write the file atomically (a temporary
//! file in the same folder, then a rename) so a failure never leaves half a
//! file behind or destroys an earlier report.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use cx_maturity::report::{self, ReportOptions};
use cx_maturity::{Error, Result, roadmap, scoring};
use time::OffsetDateTime;

use crate::assessment::open_store;

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

/// Writes `bytes` to `path` through a temporary file in the same folder.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Error::InvalidInput(format!("{} names no file", path.display())))?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        // Best effort: the temporary file is ours and useless now.
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    Ok(())
}

pub fn run_report(args: ReportArgs, db: Option<&Path>) -> Result<()> {
    // Refuse an unknown locale before any work.
    report::locale::labels(&args.locale)?;
    let store = open_store(db)?;
    let data = store.load(&args.assessment)?;
    let branding = store.branding()?;
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    let options = ReportOptions {
        paper: match args.paper {
            Paper::A4 => report::Paper::A4,
            Paper::Letter => report::Paper::Letter,
        },
        locale: args.locale,
        generated: OffsetDateTime::now_utc(),
    };
    let rendered = report::render(&data, &sc, &rm, &branding, &options)?;
    for w in &rendered.warnings {
        eprintln!("warning: {w}");
    }
    write_atomically(&args.out, &rendered.pdf)
}

pub fn run_export(args: ExportArgs, db: Option<&Path>) -> Result<()> {
    let ExportArgs { assessment, xlsx } = args;
    let store = open_store(db)?;
    let data = store.load(&assessment)?;
    let sc = scoring::score(&data);
    let rm = roadmap::plan(&data, &sc);
    let bytes = report::xlsx::export(&data, &sc, &rm, &report::locale::EN)?;
    write_atomically(&xlsx, &bytes)
}
