//! `cxm questionnaire list|show|validate|schema`.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use cx_maturity::{Error, Result};

#[derive(Subcommand)]
pub enum Cmd {
    /// Built-in and installed questionnaires: id, version, title, locale.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Dimensions, questions (ids, text, anchors) and actions.
    Show {
        /// A questionnaire id or a file.
        questionnaire: String,
        #[arg(long)]
        json: bool,
    },
    /// Exit 0 when every file is valid; every problem on stderr otherwise.
    Validate {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// The JSON Schema of the questionnaire format.
    Schema,
}

pub fn run(cmd: Cmd, db: Option<&Path>) -> Result<()> {
    let _ = (cmd, db);
    Err(Error::InvalidInput(
        "questionnaire commands are not built yet".into(),
    ))
}
