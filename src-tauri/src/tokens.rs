//! What exports and imports hold between two commands, under tokens the
//! web view passes back, and the files written in this run.
//!
//! - A destination chosen in a native dialog waits under a token until
//!   `run_export` writes it: the web view holds the token, never the path.
//! - Packs read for a preview wait under a token until `commit_import`
//!   commits exactly those (the files may change on disk meanwhile).
//! - A respondent just removed waits under a token for as long as the
//!   window offers an undo; the data lives only here (the rows are gone).
//! - Packs picked in a native dialog that turned out to be encrypted wait
//!   under a token for the passphrase (opened by a head, or previewed for
//!   an import): the web view never names the files.
//! - Every file written in this run is remembered; `open_export` opens only
//!   those, so the web view cannot make the app launch an arbitrary file.
//!
//! The maps hold plain data; a lock poisoned by a panic elsewhere is still
//! usable, so it is taken over rather than turned into an error.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use cx_maturity::pack::Pack;
use cx_maturity::store::RemovedRespondent;

use crate::wire::{ExportKind, WireError};

/// A destination the user chose, waiting for `run_export`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    pub(crate) assessment_id: String,
    pub(crate) export: ExportKind,
    /// A file, or a folder for [`ExportKind::AllPacks`].
    pub(crate) path: PathBuf,
}

/// Packs read and previewed, waiting for the commit.
#[derive(Debug)]
pub(crate) struct PendingImport {
    pub(crate) assessment_id: String,
    pub(crate) packs: Vec<(PathBuf, Pack)>,
}

/// The app's managed state of exports and imports in progress.
#[derive(Default)]
pub(crate) struct Tokens {
    next: AtomicU64,
    targets: Mutex<HashMap<String, Target>>,
    imports: Mutex<HashMap<String, PendingImport>>,
    written: Mutex<HashSet<PathBuf>>,
    removed: Mutex<HashMap<String, RemovedRespondent>>,
    sealed: Mutex<HashMap<String, SealedFiles>>,
}

/// Encrypted packs picked in a dialog, waiting for their passphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SealedFiles {
    /// The assessment they are imported into; `None` for a head opening one.
    pub(crate) assessment_id: Option<String>,
    pub(crate) files: Vec<PathBuf>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Tokens {
    fn token(&self, prefix: &str) -> String {
        format!("{prefix}-{}", self.next.fetch_add(1, Ordering::Relaxed) + 1)
    }

    /// Keeps a chosen destination; returns its token.
    pub(crate) fn hold_target(&self, target: Target) -> String {
        let token = self.token("export");
        lock(&self.targets).insert(token.clone(), target);
        token
    }

    /// The destination of `token`, once.
    pub(crate) fn take_target(&self, token: &str) -> Result<Target, WireError> {
        lock(&self.targets).remove(token).ok_or_else(|| {
            WireError::invalid_input(
                "This export was already written or was never started. Choose where to save it again.",
            )
        })
    }

    /// Keeps previewed packs; returns their token.
    pub(crate) fn hold_import(&self, pending: PendingImport) -> String {
        let token = self.token("import");
        lock(&self.imports).insert(token.clone(), pending);
        token
    }

    /// The packs of `token` for `assessment_id`, removed from the waiting list.
    pub(crate) fn take_import(
        &self,
        token: &str,
        assessment_id: &str,
    ) -> Result<PendingImport, WireError> {
        let mut imports = lock(&self.imports);
        match imports.get(token) {
            Some(p) if p.assessment_id == assessment_id => {}
            _ => {
                return Err(WireError::invalid_input(
                    "These packs are no longer waiting to be imported. Choose them again.",
                ));
            }
        }
        // invariant: present, checked just above under the same lock.
        imports.remove(token).ok_or_else(|| {
            WireError::internal(
                "These packs are no longer waiting to be imported. Choose them again.",
            )
        })
    }

    /// Puts packs back after a failed commit, so Cancel or a retry still work.
    pub(crate) fn restore_import(&self, token: String, pending: PendingImport) {
        lock(&self.imports).insert(token, pending);
    }

    /// Forgets previewed packs (Cancel); unknown tokens are fine.
    pub(crate) fn drop_import(&self, token: &str) {
        lock(&self.imports).remove(token);
    }

    /// Keeps a removed respondent for the undo; returns its token. Only the
    /// latest removal can be undone: earlier ones are forgotten here.
    pub(crate) fn hold_removed(&self, removed: RemovedRespondent) -> String {
        let token = self.token("removed");
        let mut held = lock(&self.removed);
        held.clear();
        held.insert(token.clone(), removed);
        token
    }

    /// The removed respondent of `token`, once.
    pub(crate) fn take_removed(&self, token: &str) -> Result<RemovedRespondent, WireError> {
        lock(&self.removed).remove(token).ok_or_else(|| {
            WireError::invalid_input(
                "This removal can no longer be undone (another respondent was removed since, or the app was restarted).",
            )
        })
    }

    /// Keeps picked files that need a passphrase; returns their token.
    pub(crate) fn hold_sealed(&self, sealed: SealedFiles) -> String {
        let token = self.token("sealed");
        lock(&self.sealed).insert(token.clone(), sealed);
        token
    }

    /// The files of `token` picked for `assessment_id` (`None`: opening a
    /// pack), once.
    pub(crate) fn take_sealed(
        &self,
        token: &str,
        assessment_id: Option<&str>,
    ) -> Result<Vec<PathBuf>, WireError> {
        let mut held = lock(&self.sealed);
        match held.get(token) {
            Some(s) if s.assessment_id.as_deref() == assessment_id => {}
            _ => {
                return Err(WireError::invalid_input(
                    "These packs are no longer waiting for their passphrase. Choose them again.",
                ));
            }
        }
        // invariant: present, checked just above under the same lock.
        held.remove(token).map(|s| s.files).ok_or_else(|| {
            WireError::internal("These packs are no longer waiting for their passphrase.")
        })
    }

    /// Puts files back after a wrong passphrase, for another try.
    pub(crate) fn restore_sealed(&self, token: String, sealed: SealedFiles) {
        lock(&self.sealed).insert(token, sealed);
    }

    /// Remembers a file the app wrote in this run.
    pub(crate) fn record_written(&self, path: &Path) {
        lock(&self.written).insert(path.to_owned());
    }

    /// `path` when the app wrote it in this run; otherwise refused, so the
    /// web view cannot have an arbitrary file launched.
    pub(crate) fn openable(&self, path: &str) -> Result<PathBuf, WireError> {
        let path = PathBuf::from(path);
        if lock(&self.written).contains(&path) {
            Ok(path)
        } else {
            Err(WireError::invalid_input(
                "The app only opens files it exported itself in this session.",
            ))
        }
    }
}
