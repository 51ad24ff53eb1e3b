//! Which database a command opens and with which passphrase: `--db` (else
//! the desktop app's database) and `--passphrase-file` (for an encrypted
//! one).

use std::path::{Path, PathBuf};

use cx_maturity::store::Store;
use cx_maturity::{Error, Passphrase, Result, paths};

/// The database named on the command line, with its passphrase if given.
pub struct Database {
    path: Option<PathBuf>,
    passphrase: Option<Passphrase>,
}

impl Database {
    /// `--db` and `--passphrase-file`; the passphrase file is read now, so
    /// an unreadable one fails before anything else happens.
    pub fn new(path: Option<PathBuf>, passphrase_file: Option<&Path>) -> Result<Database> {
        let passphrase = passphrase_file.map(Passphrase::from_file).transpose()?;
        Ok(Database { path, passphrase })
    }

    /// The database file: `--db`, else the desktop app's.
    pub fn path(&self) -> Result<PathBuf> {
        match &self.path {
            Some(path) => Ok(path.clone()),
            None => paths::default_database().ok_or_else(|| {
                Error::InvalidInput(
                    "this system reports no home folder for the app's data; pass --db FILE".into(),
                )
            }),
        }
    }

    /// The passphrase given with `--passphrase-file`.
    pub fn passphrase(&self) -> Option<&Passphrase> {
        self.passphrase.as_ref()
    }

    /// Opens the database (with the passphrase, if one was given).
    pub fn open(&self) -> Result<Store> {
        Store::open_with(&self.path()?, self.passphrase())
    }
}
