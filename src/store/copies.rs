//! The whole database as one file: a copy saved at any time ("Save a copy
//! of all data…", `cxm backup`), and the checkpoint on close that leaves
//! the database itself one file.
//!
//! In WAL mode the latest changes live in the `-wal` file beside the
//! database until a checkpoint moves them in, so copying the `.db` file
//! alone can miss every recent answer. A copy is therefore made with
//! SQLite's online backup API (a consistent snapshot, taken while the app
//! keeps running), switched to a rollback journal so it needs no companion
//! file, and moved into place atomically. The copy of an encrypted
//! database is encrypted under the same passphrase (written by
//! `sqlcipher_export`: SQLCipher refuses the backup API for encrypted
//! databases); it never lands on the disk in clear.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use super::Store;
use super::encryption::{ExportKey, export};
use crate::files::replace_with;
use crate::{Error, Result};

impl Store {
    /// Writes a consistent copy of the whole database to `target`, a single
    /// file that opens on its own (no `-wal` beside it), encrypted with the
    /// database's passphrase when it has one. Refuses to write over the
    /// database itself.
    pub fn save_copy(&self, target: &Path) -> Result<()> {
        if same_file(self.path(), target) {
            return Err(Error::InvalidInput(format!(
                "{} is the database itself; choose another file for the copy",
                target.display()
            )));
        }
        let fail = |context: &'static str| {
            move |e: rusqlite::Error| Error::storage(format!("{context} {}", target.display()))(e)
        };
        if self.is_encrypted() {
            return replace_with(target, |tmp| {
                export(self.conn(), tmp, ExportKey::Same)
                    .map_err(fail("could not copy the database to"))
            });
        }
        replace_with(target, |tmp| {
            self.conn()
                .backup("main", tmp, None)
                .map_err(fail("could not copy the database to"))?;
            let copy = Connection::open_with_flags(
                tmp,
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            )
            .map_err(fail("could not open the copy at"))?;
            let mode: String = copy
                .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))
                .map_err(fail("could not finish the copy at"))?;
            if !mode.eq_ignore_ascii_case("delete") {
                return Err(Error::InvalidInput(format!(
                    "the copy at {} kept journal mode {mode}",
                    target.display()
                )));
            }
            copy.close()
                .map_err(|(_, e)| fail("could not finish the copy at")(e))
        })
    }

    /// Moves every change from the `-wal` file into the database and closes
    /// it, so that after the app or `cxm` ends the database is one
    /// self-contained file (which a user may copy by hand).
    pub fn close(self) -> Result<()> {
        let path = self.path().to_owned();
        let fail = |e| Error::storage(format!("could not close {}", path.display()))(e);
        self.conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(fail)?;
        self.into_connection().close().map_err(|(_, e)| fail(e))
    }
}

/// Whether two paths name one file (the database must never be replaced by
/// a copy of itself mid-write).
fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
