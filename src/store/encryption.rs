//! Encryption at rest: a database may be encrypted with a passphrase
//! (SQLCipher, with its default settings: PBKDF2-HMAC-SHA512 derives the
//! key from the passphrase and the salt at the start of the file; every
//! page is encrypted and authenticated). A database without a passphrase
//! is an ordinary SQLite file, opened exactly as before.
//!
//! This file owns telling the two apart before anything is opened, keying
//! a connection, copying a database into a new file under the same, another
//! or no key (`sqlcipher_export`: SQLCipher refuses the online backup API
//! for encrypted databases), and setting, changing or removing the
//! passphrase ([`Store::change_passphrase`]).
//!
//! Changing the passphrase never rewrites the database in place: the whole
//! database is exported into a new file under the new key, the connection
//! is closed (its `-wal` checkpointed away), and the new file is flushed
//! and renamed over the old one ([`crate::files::replace_with`]). Killed at
//! any moment, the folder holds either the old file (old passphrase) or
//! the new one (new passphrase), never a mix. The migration backups follow:
//! each is re-encrypted the same way, so none stays readable without the
//! passphrase.
//!
//! The passphrase is never part of an error message: a failure while
//! keying is reported in fixed words.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use zeroize::Zeroizing;

use super::{Store, backup_dir};
use crate::files::replace_with;
use crate::passphrase::Passphrase;
use crate::{Error, Result};

/// The first 16 bytes of every plain SQLite database.
const PLAIN_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// SQLite's smallest page size: an encrypted database is a whole number of
/// pages, each a multiple of this.
const MIN_PAGE: u64 = 512;

/// What a file looks like before it is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileLooks {
    /// No file, or an empty one: a new database.
    New,
    /// A plain SQLite database.
    Plain,
    /// No SQLite header and a whole number of pages: an encrypted database
    /// (its bytes are indistinguishable from random).
    Encrypted,
    /// Something else (a damaged file, a text file): left to SQLite to
    /// report.
    Other,
}

fn looks(path: &Path) -> FileLooks {
    use std::io::Read as _;
    let Ok(meta) = std::fs::metadata(path) else {
        return FileLooks::New;
    };
    if meta.len() == 0 {
        return FileLooks::New;
    }
    let mut head = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head));
    match read {
        Ok(()) if &head == PLAIN_HEADER => FileLooks::Plain,
        Ok(()) if meta.len() % MIN_PAGE == 0 => FileLooks::Encrypted,
        _ => FileLooks::Other,
    }
}

/// Whether the database at `path` is encrypted and so needs a passphrase
/// to open (the desktop app shows its unlock screen first). Reads the
/// first bytes only; a missing file is not encrypted.
pub fn is_encrypted(path: &Path) -> bool {
    looks(path) == FileLooks::Encrypted
}

/// Refuses, before anything opens the file, a passphrase for a plain
/// database and a missing one for an encrypted database: the file stays
/// byte for byte as it was.
pub(super) fn check_before_open(path: &Path, passphrase: Option<&Passphrase>) -> Result<()> {
    match (looks(path), passphrase) {
        (FileLooks::Plain, Some(_)) => Err(Error::NotEncrypted {
            path: path.to_owned(),
        }),
        (FileLooks::Encrypted, None) => Err(Error::PassphraseNeeded {
            path: path.to_owned(),
        }),
        _ => Ok(()),
    }
}

/// Keys a fresh connection (first thing, before any read) and checks the
/// key by reading the schema: a wrong passphrase cannot decrypt the first
/// page. Nothing is written either way. Without a passphrase, does nothing.
pub(super) fn apply_key(
    conn: &Connection,
    path: &Path,
    passphrase: Option<&Passphrase>,
) -> Result<()> {
    // SQLCipher writes its own lines to stderr on a failed decryption; a
    // wrong passphrase is reported once, by the caller, in plain words.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")
        .map_err(Error::storage("could not configure the database"))?;
    let Some(passphrase) = passphrase else {
        return Ok(());
    };
    // PRAGMA key takes no bound parameter; the statement text holding the
    // passphrase is wiped when dropped.
    let statement = Zeroizing::new(format!(
        "PRAGMA key = '{}';",
        passphrase.expose().replace('\'', "''")
    ));
    conn.execute_batch(&statement).map_err(|e| Error::Storage {
        context: "could not apply the passphrase".into(),
        source: without_text(&e),
    })?;
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => Ok(()),
        Err(rusqlite::Error::SqliteFailure(f, _)) if f.code == ErrorCode::NotADatabase => {
            Err(Error::WrongPassphrase {
                path: path.to_owned(),
            })
        }
        Err(e) => Err(Error::storage("could not read the database")(e)),
    }
}

/// An SQLite failure without its message text, which could quote the
/// statement that failed.
fn without_text(e: &rusqlite::Error) -> rusqlite::Error {
    match e {
        rusqlite::Error::SqliteFailure(f, _) => rusqlite::Error::SqliteFailure(*f, None),
        _ => rusqlite::Error::InvalidQuery,
    }
}

/// The key of a database exported by [`export`].
#[derive(Clone, Copy)]
pub(super) enum ExportKey<'a> {
    /// The key of the connection's own database (its derived key: no new
    /// key derivation).
    Same,
    /// Another passphrase.
    New(&'a Passphrase),
    /// No key: a plain SQLite file.
    Plain,
}

/// Copies the whole database of `conn` into the new, empty file `target`
/// under `key`, with its `user_version` and `application_id` (which
/// `sqlcipher_export` leaves out). The copy uses a rollback journal, so it
/// is one file with nothing beside it.
pub(super) fn export(conn: &Connection, target: &Path, key: ExportKey<'_>) -> rusqlite::Result<()> {
    let name = target
        .to_str()
        .ok_or_else(|| rusqlite::Error::InvalidPath(target.to_owned()))?;
    match key {
        ExportKey::Same => conn.execute("ATTACH DATABASE ?1 AS export", [name]),
        ExportKey::New(p) => conn
            .execute("ATTACH DATABASE ?1 AS export KEY ?2", [name, p.expose()])
            .map_err(|e| without_text(&e)),
        ExportKey::Plain => conn.execute("ATTACH DATABASE ?1 AS export KEY ''", [name]),
    }?;
    let copied = (|| {
        conn.pragma_update(Some("export"), "journal_mode", "DELETE")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        conn.query_row("SELECT sqlcipher_export('export')", [], |_| Ok(()))?;
        conn.pragma_update(Some("export"), "user_version", version)?;
        conn.pragma_update(Some("export"), "application_id", id)
    })();
    let detached = conn.execute("DETACH DATABASE export", []);
    copied.and(detached.map(|_| ()))
}

impl Store {
    /// Whether this database is encrypted (it was opened with a
    /// passphrase).
    pub fn is_encrypted(&self) -> bool {
        self.passphrase.is_some()
    }

    /// Sets (`Some` on a plain database), changes (`Some` on an encrypted
    /// one) or removes (`None`) the passphrase, atomically (see the module
    /// docs), then re-encrypts the migration backups the same way. The
    /// store stays open throughout for its caller: on success under the
    /// new key, on failure as it was. Refused when the database is open in
    /// another program (its `-wal` file stays behind after this
    /// connection closes).
    pub fn change_passphrase(&mut self, new: Option<&Passphrase>) -> Result<()> {
        if self.passphrase.is_none() && new.is_none() {
            return Err(Error::InvalidInput(format!(
                "{} is not encrypted; there is no passphrase to remove",
                self.path.display()
            )));
        }
        let path = self.path.clone();
        let old = self.passphrase.clone();
        let key = new.map_or(ExportKey::Plain, ExportKey::New);
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .map_err(self.fail("could not prepare the database for the new passphrase"))?;
        let mut closed = false;
        let result = replace_with(&path, |tmp| {
            export(&self.conn, tmp, key).map_err(|e| {
                Error::storage("could not write the database under the new passphrase")(e)
            })?;
            let conn = std::mem::replace(
                &mut self.conn,
                Connection::open_in_memory()
                    .map_err(Error::storage("could not close the database"))?,
            );
            closed = true;
            conn.close()
                .map_err(|(_, e)| Error::storage("could not close the database")(e))?;
            if wal_left(&path) {
                return Err(Error::InvalidInput(format!(
                    "{} is open in another program (the desktop app, cxm or a live \
                     session); close it there first. Nothing was changed",
                    path.display()
                )));
            }
            Ok(())
        });
        match result {
            Ok(()) => {
                *self = Store::open_with(&path, new)?;
                rekey_backups(&path, old.as_ref(), new);
                Ok(())
            }
            Err(e) => {
                if closed {
                    *self = Store::open_with(&path, old.as_ref())?;
                }
                Err(e)
            }
        }
    }
}

/// Whether a `-wal` file with content is beside the database: another
/// connection still has it open.
fn wal_left(path: &Path) -> bool {
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(PathBuf::from(wal)).is_ok_and(|m| m.len() > 0)
}

/// Re-encrypts every migration backup of the database at `path` from `old`
/// to `new`, each atomically. A backup the old passphrase does not open
/// (damaged, or already under the new one after an interrupted change) is
/// left alone, except when the database was plain and is now encrypted: a
/// plain backup that cannot be re-encrypted is removed, so no copy of the
/// data stays readable without the passphrase.
fn rekey_backups(path: &Path, old: Option<&Passphrase>, new: Option<&Passphrase>) {
    let Ok(entries) = std::fs::read_dir(backup_dir(path)) else {
        return;
    };
    let backups: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    for backup in backups {
        let done = rekey_file(&backup, old, new);
        if done.is_err() && old.is_none() && new.is_some() && !is_encrypted(&backup) {
            let _ = std::fs::remove_file(&backup);
        }
    }
}

/// Rewrites one closed database file from `old` to `new` atomically.
fn rekey_file(file: &Path, old: Option<&Passphrase>, new: Option<&Passphrase>) -> Result<()> {
    check_before_open(file, old)?;
    replace_with(file, |tmp| {
        let conn = Connection::open_with_flags(
            file,
            // Writable: the copy is attached to this connection.
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(Error::storage("could not open a backup"))?;
        apply_key(&conn, file, old)?;
        export(&conn, tmp, new.map_or(ExportKey::Plain, ExportKey::New))
            .map_err(Error::storage("could not re-encrypt a backup"))?;
        conn.close()
            .map_err(|(_, e)| Error::storage("could not close a backup")(e))
    })
}

/// Removes the temporary copies an interrupted passphrase change left
/// beside the database at `path` (`.<name>.<random>.tmp`) and among its
/// backups: a copy being written when the process died may hold the data
/// decrypted (while removing a passphrase), so it must not outlive that
/// run. The database and the backups themselves are never touched; a copy
/// that cannot be removed is left for the next start.
pub(super) fn remove_interrupted_copies(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let ours = format!(".{}.", name.to_string_lossy());
    remove_temporaries(dir, |file| file.starts_with(&ours));
    remove_temporaries(&backup_dir(path), |file| file.starts_with('.'));
}

fn remove_temporaries(dir: &Path, matches: impl Fn(&str) -> bool) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(std::result::Result::ok) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".tmp") && matches(&name) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
