//! The app's managed state: the one open store behind a mutex, and the
//! language the app shows questionnaire texts in (the UI sets it at
//! start-up and on every switch; figures never depend on it).
//!
//! The database is opened at start, and every assessment deleted in an
//! earlier run (whose undo is gone with that run) is purged then and when
//! the app ends (`Store::purge_deleted`). When opening fails (busy in `cxm`, a
//! damaged file, a newer schema, an unwritable folder) the app still starts
//! and every command answers with the plain-words error, so the user sees
//! why instead of a window that never appears; and every command first
//! tries to open it again, so a database that was only busy at start works
//! from the next action on, without a restart. Commands never `unwrap()`
//! the lock: a poisoned
//! lock becomes an `internal` error, and a panic inside the core is caught and
//! reported the same way (SQLite rolls back the open transaction).
//!
//! An encrypted database stays locked until the unlock screen gives its
//! passphrase ([`AppState::unlock`]): until then every command answers
//! with a `locked` error. The passphrase is then kept in memory only (for
//! reopening, and for the live session's own connection), wiped when
//! replaced or when the app ends.

use std::ops::{Deref, DerefMut};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Mutex, RwLock};

use crate::convert::error::{log_error, report};
use crate::wire::WireError;
use cx_maturity::Passphrase;
use cx_maturity::store::Store;

/// Environment variable naming the database file (absolute path); tests and
/// E2E runs point it at a throwaway file. Same meaning as for `cxm`.
pub(crate) const DB_ENV: &str = "CXM_DB";

/// The app argument naming the database file: `--database PATH` (or
/// `--database=PATH`). Beats [`DB_ENV`], which beats the default; a second
/// app profile (a department head's, an E2E test's) is one argument away.
pub(crate) const DB_ARG: &str = "--database";

/// The path given with [`DB_ARG`] among the app's arguments (without the
/// program name); the last one wins, an empty or missing value is ignored.
pub(crate) fn database_arg<I>(args: I) -> Option<PathBuf>
where
    I: IntoIterator,
    I::Item: Into<std::ffi::OsString>,
{
    let mut found = None;
    let mut args = args.into_iter().map(Into::into);
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str() else { continue };
        if text == DB_ARG {
            found = args
                .next()
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
                .or(found);
        } else if let Some(value) = text.strip_prefix("--database=")
            && !value.is_empty()
        {
            found = Some(PathBuf::from(value));
        }
    }
    found
}

/// Which database the app opens: the `--database` argument, else `CXM_DB`
/// (when not empty), else the default.
pub(crate) fn choose_database(
    arg: Option<PathBuf>,
    env: Option<std::ffi::OsString>,
    default: Option<PathBuf>,
) -> Option<PathBuf> {
    arg.or_else(|| env.filter(|p| !p.is_empty()).map(PathBuf::from))
        .or(default)
}

/// The database this run of the app opens: `--database`, else `CXM_DB`,
/// else the app's own (`cx_maturity::paths::default_database`, the same
/// file as `cxm`).
pub(crate) fn chosen_database() -> Option<PathBuf> {
    choose_database(
        database_arg(std::env::args_os().skip(1)),
        std::env::var_os(DB_ENV),
        cx_maturity::paths::default_database(),
    )
}

/// The languages the app can be shown in: the build's.
pub(crate) const APP_LOCALES: [&str; 3] = cx_maturity::locales::LOCALES;

/// The app language that serves `tag` (`de` for `de-CH`), as the core maps
/// it, or a plain-words error naming the ones there are.
pub(crate) fn app_locale(tag: &str) -> Result<&'static str, WireError> {
    cx_maturity::locales::supported(tag).map_err(|_| {
        WireError::invalid_input(format!(
            "The app is not available in \"{}\" (available: {}).",
            tag.trim(),
            APP_LOCALES.join(", ")
        ))
    })
}

pub(crate) struct AppState {
    /// The open store, or why it could not be opened (retried by [`AppState::with`]).
    store: Mutex<Result<Store, WireError>>,
    path: Option<PathBuf>,
    /// The passphrase that unlocked an encrypted database; `None` for a
    /// plain one or before unlocking.
    passphrase: Mutex<Option<Passphrase>>,
    /// One of [`APP_LOCALES`]; English until the UI says otherwise.
    locale: RwLock<&'static str>,
}

/// The open store as a command sees it, with the app's language: commands
/// load questionnaire texts in [`OpenStore::locale`]. Derefs to the store.
pub(crate) struct OpenStore<'a> {
    store: &'a mut Store,
    locale: &'static str,
}

impl OpenStore<'_> {
    /// The app's language when the command started.
    pub(crate) fn locale(&self) -> &'static str {
        self.locale
    }
}

impl Deref for OpenStore<'_> {
    type Target = Store;
    fn deref(&self) -> &Store {
        self.store
    }
}

impl DerefMut for OpenStore<'_> {
    fn deref_mut(&mut self) -> &mut Store {
        self.store
    }
}

impl AppState {
    /// Opens `path` ([`chosen_database`]); without one, every command
    /// says the app found no home folder for its data.
    pub(crate) fn open_chosen(path: Option<PathBuf>) -> AppState {
        match path {
            Some(path) => AppState::open(path),
            None => AppState {
                store: Mutex::new(Err(no_home())),
                path: None,
                passphrase: Mutex::new(None),
                locale: RwLock::new(APP_LOCALES[0]),
            },
        }
    }

    pub(crate) fn open(path: PathBuf) -> AppState {
        AppState {
            store: Mutex::new(open_store(&path, None)),
            path: Some(path),
            passphrase: Mutex::new(None),
            locale: RwLock::new(APP_LOCALES[0]),
        }
    }

    /// The app's language, one of [`APP_LOCALES`].
    pub(crate) fn locale(&self) -> &'static str {
        // A poisoned lock still holds a valid code: nothing panics while
        // writing one.
        *self
            .locale
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Sets the app's language to the one that serves `tag`; returns it.
    /// An unknown tag is refused and the language stays as it was.
    pub(crate) fn set_locale(&self, tag: &str) -> Result<&'static str, WireError> {
        let code = app_locale(tag)?;
        *self
            .locale
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = code;
        Ok(code)
    }

    /// The database file, for the Help screen.
    pub(crate) fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Why the database is unavailable, if it is (after one more try to
    /// open it).
    pub(crate) fn open_error(&self) -> Option<WireError> {
        let mut slot = self.store.lock().ok()?;
        self.reopen(&mut slot);
        slot.as_ref().err().cloned()
    }

    /// Tries again to open a database that could not be opened.
    fn reopen(&self, slot: &mut Result<Store, WireError>) {
        if slot.is_err()
            && let Some(path) = &self.path
        {
            *slot = open_store(path, self.passphrase().as_ref());
        }
    }

    /// The passphrase that unlocked the database, if it is encrypted.
    pub(crate) fn passphrase(&self) -> Option<Passphrase> {
        self.passphrase
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn remember(&self, passphrase: Option<Passphrase>) {
        *self
            .passphrase
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = passphrase;
    }

    /// Whether the database is encrypted, and whether it still waits for
    /// its passphrase.
    pub(crate) fn lock_state(&self) -> (bool, bool) {
        let Ok(slot) = self.store.lock() else {
            return (false, false);
        };
        match &*slot {
            Ok(store) => (store.is_encrypted(), false),
            Err(e) => {
                let encrypted = self
                    .path
                    .as_deref()
                    .is_some_and(cx_maturity::store::is_encrypted);
                (
                    encrypted,
                    encrypted && e.kind == crate::wire::ErrorKind::Locked,
                )
            }
        }
    }

    /// Opens the encrypted database with `passphrase`. A wrong one is
    /// refused (kind `passphrase`) and nothing changes; an already open
    /// database stays as it is.
    pub(crate) fn unlock(&self, passphrase: Passphrase) -> Result<(), WireError> {
        let mut slot = self.store.lock().map_err(|_| {
            WireError::internal("The app hit an internal problem; please restart it.")
        })?;
        if slot.is_ok() {
            return Ok(());
        }
        let Some(path) = &self.path else {
            return Err(no_home());
        };
        let store = open_store(path, Some(&passphrase))?;
        *slot = Ok(store);
        self.remember(Some(passphrase));
        Ok(())
    }

    /// Sets, changes (`new` is `Some`) or removes (`None`) the database's
    /// passphrase. An encrypted database needs its `current` passphrase
    /// again, so that someone at an unlocked laptop cannot change it.
    pub(crate) fn change_passphrase(
        &self,
        current: Option<&Passphrase>,
        new: Option<Passphrase>,
    ) -> Result<(), WireError> {
        let held = self.passphrase();
        if held.is_some() && current != held.as_ref() {
            return Err(WireError::new(
                crate::wire::ErrorKind::Passphrase,
                "The current passphrase is not right. Nothing was changed.",
            ));
        }
        self.with("change_passphrase", |s| s.change_passphrase(new.as_ref()))?;
        self.remember(new);
        Ok(())
    }

    /// Closes the database when the app ends (see `Store::close`). A command
    /// that still arrives finds it closed and opens it again.
    pub(crate) fn close(&self) {
        let Ok(mut slot) = self.store.lock() else {
            return;
        };
        let closed = WireError::internal("The database was closed because the app is ending.");
        if let Ok(mut store) = std::mem::replace(&mut *slot, Err(closed)) {
            purge_deleted(&mut store);
            if let Err(e) = store.close() {
                log_error("close the database", &e);
            }
        }
    }

    /// Runs `f` on the store for command `command`: locks, catches panics,
    /// logs and converts errors.
    pub(crate) fn with<T>(
        &self,
        command: &str,
        f: impl FnOnce(&mut OpenStore<'_>) -> cx_maturity::Result<T>,
    ) -> Result<T, WireError> {
        let locale = self.locale();
        let mut slot = self.store.lock().map_err(|e| {
            log_error(command, &Poisoned(e.to_string()));
            WireError::internal(
                "The app hit an internal problem earlier and stopped using the database to \
                 protect it. Please restart the app; everything saved so far is kept.",
            )
        })?;
        self.reopen(&mut slot);
        let store = slot.as_mut().map_err(|e| e.clone())?;
        let mut open = OpenStore { store, locale };
        match catch_unwind(AssertUnwindSafe(|| f(&mut open))) {
            Ok(result) => result.map_err(|e| report(command, &e)),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| (*s).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                log_error(command, &Poisoned(format!("panic: {what}")));
                Err(WireError::internal(
                    "The app hit an internal problem and did not finish this step. Nothing \
                     else was changed.",
                ))
            }
        }
    }
}

/// Opens the database for the window. Some open errors are worded with the
/// file's full path (for `cxm`); the window says "the database file"
/// instead (Help shows the path).
fn open_store(path: &std::path::Path, passphrase: Option<&Passphrase>) -> Result<Store, WireError> {
    let opened = Store::open_with(path, passphrase).map(|mut store| {
        purge_deleted(&mut store);
        store
    });
    opened.map_err(|e| {
        let mut wire = report("open the database", &e);
        let shown = path.display().to_string();
        if wire.message.contains(&shown) {
            wire.message = wire.message.replace(&shown, "the database file");
            wire.message = crate::convert::error::sentence(&wire.message);
        }
        wire
    })
}

/// Deletes for good every assessment deleted and not undone: Home's undo
/// lasts as long as its notice, never past the run of the app that
/// offered it, so at start and at the end nothing deleted is kept. A
/// failure is logged; the app works on (the next start tries again).
fn purge_deleted(store: &mut Store) {
    if let Err(e) = store.purge_deleted() {
        log_error("delete the deleted assessments for good", &e);
    }
}

fn no_home() -> WireError {
    WireError::new(
        crate::wire::ErrorKind::Io,
        "This system reports no home folder, so the app has nowhere to keep its data.",
    )
}

#[derive(Debug)]
struct Poisoned(String);

impl std::fmt::Display for Poisoned {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Poisoned {}
