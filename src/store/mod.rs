//! The SQLite store: opening with durable pragmas, migrations, backups, and
//! one file of queries per table. All SQL of the project lives below here.
//!
//! Durability rules, kept in one place ([`Store::open`] and `Store::write`):
//! WAL journal, `synchronous=FULL`, `foreign_keys=ON` and a busy timeout on
//! every connection; every change is one `BEGIN IMMEDIATE` transaction, and
//! a value counts as saved only once its transaction committed. Before any
//! migration runs on an existing database, a copy is taken with SQLite's
//! online backup API. A database written by a newer app is refused before
//! anything touches it; a damaged one is reported with the latest backup,
//! never recreated.
//!
//! Each table's queries live in that table's file; a file that needs
//! another table's rows calls that file (`answers::stored`,
//! `respondents::home`). The list summaries count rows of several tables
//! in one query, and say so.
//!
//! | file | table |
//! |---|---|
//! | [`assessments`] | assessments (with their questionnaire snapshot), list summaries, soft delete |
//! | `encryption` | encryption at rest: telling a plain from an encrypted file, keying, encrypted copies, changing the passphrase atomically |
//! | `copies` | a single-file copy of the whole database; the checkpoint on close |
//! | `erasure` | deleted means gone: `secure_delete`, checkpoint and `VACUUM` after a purge, backups holding deleted rows removed |
//! | [`departments`] | departments of an assessment, ordered |
//! | [`respondents`] | respondents and their progress |
//! | [`answers`] | answers, the resume point |
//! | [`settings`] | per-dimension target and importance |
//! | [`evidence`] | customer evidence (NPS, CSAT, churn) |
//! | [`action_edits`] | the consultant's roadmap edits |
//! | [`roadmap_capacity`] | per-assessment phase capacities of the roadmap |
//! | [`branding`] | the consultant's name, logo and accent colour |
//! | [`packs`] | pack exports (`pack_exports`) and applying validated self-assessment packs ([`crate::pack`]) |
//! | [`pack_sessions`] | a department head's self-assessment opened from a pack; the filled pack |
//! | [`rounds`] | links between rounds (`previous_id`), starting the next round, confirming carried answers |
//! | [`votes`] | live-workshop votes: the answer and, beside it, the first vote (`workshop_votes`) |

pub mod action_edits;
pub mod anonymity;
pub mod answers;
pub mod assessments;
pub mod branding;
mod copies;
pub mod departments;
mod encryption;
mod erasure;
pub mod evidence;
mod languages;
pub mod pack_sessions;
pub mod packs;
pub mod respondents;
pub mod roadmap_capacity;
pub mod rounds;
pub mod settings;
pub mod votes;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, Transaction, TransactionBehavior};
use rusqlite_migration::{M, Migrations};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::passphrase::Passphrase;
use crate::questionnaire::Questionnaire;
use crate::{Error, Result};

pub use assessments::AssessmentSummary;
pub use departments::{DepartmentEdit, NameProblem};
pub use encryption::is_encrypted;
pub use pack_sessions::{OpenKind, PackOpened, PackSession};
pub use respondents::{RemovedRespondent, RespondentProgress};
pub use rounds::{NextRound, RespondentChoice, RoundStarted};

/// The schema, one entry per file of `migrations/`, in order. Append only:
/// a landed migration is never edited, because databases in the field
/// already carry it.
const MIGRATIONS: &[M<'static>] = &[
    M::up(include_str!("../../migrations/0001_init.sql")),
    M::up(include_str!("../../migrations/0002_pack_sessions.sql")),
    M::up(include_str!("../../migrations/0003_pack_exports.sql")),
    M::up(include_str!("../../migrations/0004_roadmap_capacity.sql")),
    M::up(include_str!("../../migrations/0005_workshop_votes.sql")),
    M::up(include_str!("../../migrations/0006_rounds.sql")),
    M::up(include_str!("../../migrations/0007_languages.sql")),
    M::up(include_str!("../../migrations/0008_anonymity.sql")),
    M::up(include_str!("../../migrations/0009_pack_passphrase.sql")),
];

/// This app's mark in the database header (`PRAGMA application_id`, set by
/// migration 0003): "CXM1".
pub const APPLICATION_ID: i64 = 0x4358_4D31;

/// The tables every database of this app has had since its first schema;
/// a database with a schema but without them belongs to another program.
const OWN_TABLES: &[&str] = &["assessments", "departments", "respondents", "answers"];

/// How many migration backups are kept; older ones are removed after a
/// new one is taken, so a database that fails to upgrade again and again
/// does not fill the disk.
pub const BACKUPS_KEPT: usize = 5;

/// The migrations of this build, for [`Store::open`] and for the test that
/// runs `validate()` on them.
pub fn migrations() -> Migrations<'static> {
    Migrations::from_slice(MIGRATIONS)
}

/// The schema version this build writes (`PRAGMA user_version`).
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a writer waits for another connection (the desktop app and
/// `cxm` may share the file) before giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open assessment database.
///
/// Reads take `&self`; every change takes `&mut self` and is one
/// transaction. Not `Sync`: share it behind a `Mutex`.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The passphrase of an encrypted database (kept for reopening it after
    /// a passphrase change); `None` for a plain one.
    passphrase: Option<Passphrase>,
    /// Parsed questionnaire snapshots by assessment id. Snapshots never
    /// change once written, so the cache can never be stale.
    snapshots: RefCell<HashMap<String, Arc<Questionnaire>>>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Opens (or creates, with its parent folders) the plain database at
    /// `path`, checks it, backs it up and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Store::open_with(path, None)
    }

    /// [`Store::open`] for a database that may be encrypted: with a
    /// passphrase, an existing database must be encrypted with it and a new
    /// one is created encrypted. A missing, wrong or needless passphrase is
    /// refused ([`Error::PassphraseNeeded`], [`Error::WrongPassphrase`],
    /// [`Error::NotEncrypted`]) with the file left byte for byte as it was.
    pub fn open_with(path: &Path, passphrase: Option<&Passphrase>) -> Result<Store> {
        encryption::remove_interrupted_copies(path);
        encryption::check_before_open(path, passphrase)?;
        let existed = prepare_location(path)?;
        let fail = |context: &str| {
            let context = context.to_owned();
            move |e: rusqlite::Error| classify(path, Error::storage(context)(e))
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)
            .map_err(fail("could not open the database"))?;
        encryption::apply_key(&conn, path, passphrase)?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(fail("could not configure the database"))?;

        // Read-only checks first: a foreign, newer or damaged file is left
        // untouched (even switching to WAL would rewrite its header).
        let found: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(fail("could not read the database version"))?;
        if !is_own(&conn).map_err(fail("could not read the database"))? {
            return Err(Error::ForeignDatabase {
                path: path.to_owned(),
            });
        }
        if found > SCHEMA_VERSION {
            return Err(Error::NewerDatabase {
                path: path.to_owned(),
                found,
                supported: SCHEMA_VERSION,
            });
        }
        let check: String = conn
            .pragma_query_value(None, "quick_check", |r| r.get(0))
            .map_err(fail("could not check the database"))?;
        if check != "ok" {
            return Err(corrupt(path, check));
        }

        // Only the owner may read it, and what is deleted is overwritten.
        restrict_to_owner(path);
        erasure::zero_freed_pages(&conn).map_err(fail("could not configure the database"))?;

        let has_schema: bool = conn
            .query_row("SELECT count(*) > 0 FROM sqlite_schema", [], |r| r.get(0))
            .map_err(fail("could not read the database"))?;
        if found < SCHEMA_VERSION && existed && has_schema {
            backup(&conn, path, found, passphrase.is_some())?;
        }

        // WAL before migrations, so the migration itself is journaled the
        // same way as every later write.
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
            .map_err(fail("could not switch the database to WAL"))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(Error::InvalidInput(format!(
                "{} cannot be used safely where it is (its folder does not allow the journal \
                 file the app writes beside it, as on some network drives); move it to a \
                 folder on this computer",
                path.display()
            )));
        }
        conn.pragma_update(None, "synchronous", "FULL")
            .map_err(fail("could not configure the database"))?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .map_err(fail("could not configure the database"))?;

        // Every pending migration and the user_version bump run in one
        // transaction (rusqlite_migration's `to_latest`).
        migrations().to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => {
                classify(path, Error::storage("could not upgrade the database")(err))
            }
            other => Error::Migration(other),
        })?;

        Ok(Store {
            conn,
            path: path.to_owned(),
            passphrase: passphrase.cloned(),
            snapshots: RefCell::new(HashMap::new()),
        })
    }

    /// The connection, for closing it.
    fn into_connection(self) -> Connection {
        self.conn
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs SQLite's full `integrity_check`; `Ok` when it says "ok".
    pub fn check_integrity(&self) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare("PRAGMA integrity_check")
            .map_err(self.fail("could not check the database"))?;
        let lines: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .and_then(|rows| rows.collect())
            .map_err(self.fail("could not check the database"))?;
        if lines == ["ok"] {
            Ok(())
        } else {
            Err(corrupt(&self.path, lines.join("; ")))
        }
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction and commits it; on any
    /// error nothing of it is written. `context` says what the user was
    /// doing ("could not save the answer").
    pub(crate) fn write<T>(
        &mut self,
        context: &str,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let path = self.path.clone();
        let result = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(Error::storage(context))?;
            let value = f(&tx)?;
            tx.commit().map_err(Error::storage(context))?;
            Ok(value)
        })();
        result.map_err(|e| classify(&path, e))
    }

    /// Maps a failed read to an [`Error::Storage`] (classified).
    pub(crate) fn fail(&self, context: &str) -> impl FnOnce(rusqlite::Error) -> Error + '_ {
        let context = context.to_owned();
        move |e| classify(&self.path, Error::storage(context)(e))
    }

    /// The connection, for reads.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The snapshot questionnaire of an assessment (cached).
    pub fn questionnaire(&self, assessment_id: &str) -> Result<Arc<Questionnaire>> {
        if let Some(q) = self.snapshots.borrow().get(assessment_id) {
            return Ok(Arc::clone(q));
        }
        let text = assessments::snapshot_text(&self.conn, assessment_id)
            .map_err(self.fail("could not read the assessment"))?
            .ok_or_else(|| Error::NotFound {
                what: "assessment",
                id: assessment_id.to_owned(),
            })?;
        let q = Arc::new(read_snapshot(&self.path, assessment_id, &text)?);
        self.snapshots
            .borrow_mut()
            .insert(assessment_id.to_owned(), Arc::clone(&q));
        Ok(q)
    }
}

/// Serialises a questionnaire as the snapshot stored with an assessment:
/// the file format, so it reads back through [`crate::questionnaire::parse`].
pub(crate) fn snapshot_json(q: &Questionnaire) -> Result<String> {
    let mut value = serde_json::to_value(q)
        .map_err(|e| Error::InvalidInput(format!("could not encode the questionnaire: {e}")))?;
    // The checked type may leave out the format number the file needs.
    if let Some(obj) = value.as_object_mut() {
        obj.entry("format")
            .or_insert_with(|| serde_json::Value::from(crate::questionnaire::raw::FORMAT_VERSION));
    }
    serde_json::to_string(&value)
        .map_err(|e| Error::InvalidInput(format!("could not encode the questionnaire: {e}")))
}

/// Reads a stored snapshot back. Parsing goes through the file format; a
/// snapshot that a later, stricter validator would refuse is still read as
/// it was stored, so an old assessment never becomes unreadable.
fn read_snapshot(path: &Path, assessment_id: &str, text: &str) -> Result<Questionnaire> {
    let name = Path::new("snapshot");
    crate::questionnaire::parse(text, name).or_else(|first| {
        serde_json::from_str::<Questionnaire>(text).map_err(|_| {
            corrupt(
                path,
                format!("the questionnaire snapshot of assessment {assessment_id} cannot be read: {first}"),
            )
        })
    })
}

/// Whether the database is this app's (or empty, to become this app's):
/// this app's [`APPLICATION_ID`], or no application id and either no
/// schema at all or every one of [`OWN_TABLES`] (databases made before the
/// id was set).
fn is_own(conn: &Connection) -> rusqlite::Result<bool> {
    let id: i64 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    if id == APPLICATION_ID {
        return Ok(true);
    }
    if id != 0 {
        return Ok(false);
    }
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(tables.is_empty() || OWN_TABLES.iter().all(|t| tables.iter().any(|n| n == t)))
}

/// Makes the database file and its `-wal` / `-shm` files readable by the
/// owner alone ([`crate::owner_only`]). A new file is created by SQLite
/// with the umask's mode (often `0644`, readable by every account), and
/// earlier versions of the app left it so; SQLite gives the `-wal` and
/// `-shm` files it creates the database file's mode, so restricting the
/// database first keeps them private too. Best effort: a file system
/// without Unix modes (a FAT stick) keeps its own rules, and a read-only
/// one is reported by the open itself.
fn restrict_to_owner(path: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = crate::owner_only::tighten(Path::new(&name));
    }
}

/// Creates the parent folders (the ones created readable by the owner
/// alone); says whether the file already existed.
fn prepare_location(path: &Path) -> Result<bool> {
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(Error::InvalidInput(format!(
            "{} is a folder, not a database file",
            path.display()
        ))),
        Ok(meta) => Ok(meta.len() > 0),
        Err(_) => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                crate::owner_only::create_dir_all(parent).map_err(|source| Error::Io {
                    path: parent.to_owned(),
                    source: std::io::Error::new(
                        source.kind(),
                        format!("could not create the database folder: {source}"),
                    ),
                })?;
            }
            Ok(false)
        }
    }
}

/// The folder holding the backups of the database at `path`.
pub fn backup_dir(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".backups");
    path.with_file_name(name)
}

/// The newest backup of the database at `path`, if any. Backup names start
/// with a sortable UTC timestamp, so the greatest name is the newest.
pub fn latest_backup(path: &Path) -> Option<PathBuf> {
    backups(path).pop()
}

/// The backups of the database at `path`, oldest first (none when the
/// folder is missing).
fn backups(path: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(backup_dir(path)) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "db"))
        .collect();
    found.sort();
    found
}

/// Opens a migration backup for reading: the one way any code reads one.
/// `immutable`: a backup never changes once taken, so SQLite neither
/// locks it nor writes a `-wal` / `-shm` file beside it (a backup taken
/// from a WAL database carries WAL mode in its header).
/// A backup of an encrypted database is encrypted with its passphrase.
pub(crate) fn open_backup(backup: &Path, passphrase: Option<&Passphrase>) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(
        format!("file:{}?mode=ro&immutable=1", uri_path(backup)),
        flags,
    )
    .map_err(Error::storage("could not read a backup"))?;
    encryption::apply_key(&conn, backup, passphrase)?;
    Ok(conn)
}

/// A path as the path part of an SQLite `file:` URI: `%`, `?` and `#`
/// escaped (SQLite decodes `%XX`), `/` as the separator.
fn uri_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '?' => out.push_str("%3f"),
            '#' => out.push_str("%23"),
            '\\' if cfg!(windows) => out.push('/'),
            c => out.push(c),
        }
    }
    out
}

/// Copies the database before a migration: with the online backup API, or
/// for an encrypted database as an encrypted copy under the same key
/// (SQLCipher refuses the backup API for encrypted databases).
fn backup(conn: &Connection, path: &Path, version: i64, encrypted: bool) -> Result<PathBuf> {
    let dir = backup_dir(path);
    crate::owner_only::create_dir_all(&dir).map_err(|source| Error::Io {
        path: dir.clone(),
        source,
    })?;
    let stamp = OffsetDateTime::now_utc();
    let name = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}.{:09}Z-schema{version}.db",
        stamp.year(),
        u8::from(stamp.month()),
        stamp.day(),
        stamp.hour(),
        stamp.minute(),
        stamp.second(),
        stamp.nanosecond()
    );
    let target = dir.join(name);
    let fail = |e| {
        // Best effort: an empty or partial file is no backup.
        let _ = std::fs::remove_file(&target);
        classify(
            path,
            Error::storage(format!(
                "could not back up the database to {} before upgrading it",
                target.display()
            ))(e),
        )
    };
    if encrypted {
        crate::files::replace_with(&target, |tmp| {
            encryption::export(conn, tmp, encryption::ExportKey::Same).map_err(fail)
        })?;
    } else {
        // Created empty first, readable by the owner alone; SQLite fills it.
        crate::owner_only::create_new(&target).map_err(|source| Error::Io {
            path: target.clone(),
            source,
        })?;
        conn.backup("main", &target, None).map_err(fail)?;
    }
    prune_backups(path);
    Ok(target)
}

/// Removes all but the newest [`BACKUPS_KEPT`] backups of `path` (names sort
/// by time). Best effort: a backup that cannot be removed stays.
fn prune_backups(path: &Path) {
    let backups = backups(path);
    let excess = backups.len().saturating_sub(BACKUPS_KEPT);
    for old in &backups[..excess] {
        let _ = std::fs::remove_file(old);
    }
}

fn corrupt(path: &Path, detail: impl Into<String>) -> Error {
    Error::CorruptDatabase {
        path: path.to_owned(),
        detail: detail.into(),
        backup: latest_backup(path),
    }
}

/// Turns the SQLite errors a user can act on into plain words: a damaged
/// file, a full disk, a read-only file or folder.
fn classify(path: &Path, e: Error) -> Error {
    let Error::Storage { context, source } = e else {
        return e;
    };
    let code = match &source {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    };
    let reason = match code {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => {
            return corrupt(path, source.to_string());
        }
        Some(ErrorCode::DiskFull) => format!("the disk holding {} is full", path.display()),
        Some(ErrorCode::ReadOnly) => format!("{} or its folder is read-only", path.display()),
        Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => format!(
            "{} cannot be opened (missing or read-only folder, or no permission)",
            path.display()
        ),
        Some(ErrorCode::SystemIoFailure) => {
            format!("writing {} failed (disk full or failing?)", path.display())
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => format!(
            "{} is busy in another program (the desktop app?); try again",
            path.display()
        ),
        _ => return Error::Storage { context, source },
    };
    Error::Storage {
        context: format!("{context}: {reason}"),
        source,
    }
}

/// Now, in UTC (all stored times are UTC).
pub(crate) fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc()
}

/// A time as stored: RFC 3339 in UTC with all nine fraction digits, so
/// that text order is time order (lists sort on these columns).
///
/// Refuses (never panics on, never stores) a time that would not read
/// back: one whose UTC year is outside 0000–9999, such as
/// `0000-01-01T00:00:00+00:01` (year −1 in UTC) or
/// `9999-12-31T23:59:59-23:59` (year 10000). Times from files are checked
/// against a much narrower window before they get here
/// ([`crate::pack::check_time`]); this is the last line.
pub(crate) fn fmt_time(t: OffsetDateTime) -> Result<String> {
    const STORED: &[time::format_description::BorrowedFormatItem<'static>] = time::macros::format_description!(
        "[year]-[month]-[day]T[hour]:[minute]:[second].[subsecond digits:9]Z"
    );
    let unstorable = || Error::InvalidInput(format!("the time {t} is outside the years 0000–9999"));
    let utc = t
        .checked_to_offset(time::UtcOffset::UTC)
        .ok_or_else(unstorable)?;
    if !(0..=9999).contains(&utc.year()) {
        return Err(unstorable());
    }
    utc.format(STORED).map_err(|_| unstorable())
}

/// Now, as stored ([`fmt_time`]).
pub(crate) fn now_text() -> String {
    // invariant: the clock's UTC year is within 0000–9999, so this always
    // formats; a broken clock gives an empty text that reads back as an
    // error, never a panic.
    fmt_time(now()).unwrap_or_default()
}

/// Reads a stored time back (a column written by [`fmt_time`]).
pub(crate) fn parse_time(text: &str) -> rusqlite::Result<OffsetDateTime> {
    OffsetDateTime::parse(text, &Rfc3339).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

pub(crate) use crate::dates::fmt_date;

pub(crate) fn parse_stored_date(text: &str) -> rusqlite::Result<time::Date> {
    time::Date::parse(text, crate::dates::DATE_FORMAT).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// A fresh id.
pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Trims a user's optional text; empty means none.
pub(crate) fn non_empty(text: Option<&str>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty()).map(str::to_owned)
}
