//! Deleted means gone: what happens to the bytes once rows are deleted
//! for good (a purged assessment, a removed respondent).
//!
//! A `DELETE` alone leaves the old text readable in the file: in the freed
//! pages, in the `-wal` file (which holds the pages as they were written
//! until a checkpoint), and in the migration backups beside the database.
//! So:
//!
//! - every connection runs with `secure_delete` on ([`zero_freed_pages`]):
//!   SQLite overwrites deleted content and freed pages with zeros;
//! - after a purge the `-wal` file is checkpointed and truncated, the file
//!   rebuilt without free pages (`VACUUM`, which also clears what an older
//!   version of the app freed before `secure_delete` was on), and truncated
//!   again; after a respondent's removal a checkpoint suffices, since the
//!   zeroed pages replace the old ones in the file;
//! - every migration backup that still holds the purged assessment or the
//!   removed respondent is deleted (backups are read through
//!   [`super::open_backup`], the one way in).
//!
//! What the file system does with the blocks it frees (an SSD's spare
//! area, a snapshot) is beyond the app; the database file's own bytes
//! hold nothing of the deleted data. The cost of `VACUUM` is measured in
//! `docs/performance.md`.

use crate::passphrase::Passphrase;
use std::path::Path;

use rusqlite::Connection;

use super::Store;
use crate::{Error, Result};

/// Turns on `secure_delete` for `conn` (a per-connection setting, so every
/// open sets it).
pub(super) fn zero_freed_pages(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "secure_delete", "ON")
}

/// Which rows a backup is searched for.
#[derive(Debug, Clone, Copy)]
pub(super) enum Held {
    Assessment,
    Respondent,
}

impl Held {
    fn query(self) -> &'static str {
        match self {
            Held::Assessment => "SELECT count(*) > 0 FROM assessments WHERE id = ?1",
            Held::Respondent => "SELECT count(*) > 0 FROM respondents WHERE id = ?1",
        }
    }
}

impl Store {
    /// After assessments were deleted for good: moves the `-wal` file's
    /// pages into the database and empties it, rebuilds the file without
    /// free pages, empties the `-wal` file again, and deletes the
    /// migration backups that hold any of `ids`.
    pub(super) fn erase_assessments(&mut self, ids: &[String]) -> Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        self.checkpoint()?;
        self.conn()
            .execute_batch("VACUUM")
            .map_err(self.fail("could not reclaim the space of the deleted assessment"))?;
        self.checkpoint()?;
        self.forget_in_backups(Held::Assessment, ids)
    }

    /// After a respondent was removed: their zeroed pages replace the old
    /// ones in the database file and the `-wal` file is emptied; backups
    /// that hold them are deleted.
    pub(super) fn erase_respondent(&mut self, id: &str) -> Result<()> {
        self.checkpoint()?;
        self.forget_in_backups(Held::Respondent, &[id.to_owned()])
    }

    /// A `TRUNCATE` checkpoint. When another connection (a live session's)
    /// is reading, SQLite may not finish it; the next one (at the latest
    /// when the app ends, [`Store::close`]) does.
    fn checkpoint(&self) -> Result<()> {
        self.conn()
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(self.fail("could not write the deletion into the database file"))
    }

    /// Deletes every migration backup of this database that holds a row of
    /// `held` with one of `ids`. A backup that cannot be read (damaged)
    /// is left alone: nothing can be said about what it holds.
    fn forget_in_backups(&self, held: Held, ids: &[String]) -> Result<()> {
        for backup in super::backups(self.path()) {
            if holds_any(&backup, self.passphrase.as_ref(), held, ids) {
                std::fs::remove_file(&backup).map_err(|source| Error::Io {
                    path: backup.clone(),
                    source: std::io::Error::new(
                        source.kind(),
                        format!("could not delete a backup that holds deleted data: {source}"),
                    ),
                })?;
            }
        }
        Ok(())
    }
}

/// Whether the backup at `path` (encrypted with the database's passphrase,
/// if it has one) holds a row of `held` with one of `ids`; `false` when it
/// cannot be read.
fn holds_any(path: &Path, passphrase: Option<&Passphrase>, held: Held, ids: &[String]) -> bool {
    let Ok(conn) = super::open_backup(path, passphrase) else {
        return false;
    };
    let Ok(mut stmt) = conn.prepare(held.query()) else {
        return false;
    };
    ids.iter().any(|id| {
        stmt.query_row([id], |r| r.get::<_, bool>(0))
            .unwrap_or(false)
    })
}
