//! `cxm passphrase`: encrypting the database, changing its passphrase,
//! removing it. The current passphrase comes with the global
//! `--passphrase-file`; the new one from its own file, so neither is ever
//! on the command line (where other users of the machine could read it).

use std::path::PathBuf;

use clap::Subcommand;
use cx_maturity::{Passphrase, Result};

use crate::database::Database;
use crate::output::outln;

#[derive(Subcommand)]
pub enum PassphraseCmd {
    /// Encrypt the database with a passphrase, or change its passphrase
    /// (the current one with --passphrase-file). Its backups follow.
    Set {
        /// A file whose first line is the new passphrase.
        #[arg(long, value_name = "FILE")]
        new_passphrase_file: PathBuf,
    },
    /// Decrypt the database (its passphrase with --passphrase-file). Its
    /// backups follow.
    Remove,
}

pub fn run_passphrase(cmd: PassphraseCmd, db: &Database) -> Result<()> {
    match cmd {
        PassphraseCmd::Set {
            new_passphrase_file,
        } => {
            let new = Passphrase::from_file(&new_passphrase_file)?;
            let mut store = db.open()?;
            let was = store.is_encrypted();
            store.change_passphrase(Some(&new))?;
            store.close()?;
            if was {
                outln!("the passphrase was changed");
            } else {
                outln!("the database is now encrypted; without its passphrase it cannot be opened");
            }
        }
        PassphraseCmd::Remove => {
            let mut store = db.open()?;
            store.change_passphrase(None)?;
            store.close()?;
            outln!("the database is no longer encrypted");
        }
    }
    Ok(())
}
