//! What exports and imports remember between two commands, and the names
//! and views they need.
//!
//! - A destination chosen in a native dialog waits under a token until
//!   `run_export` writes it: the web view holds the token, never the path.
//! - Packs read for a preview wait under a token until `commit_import`
//!   commits exactly those (the files may change on disk meanwhile).
//! - Every file written in this run is remembered; `open_export` opens only
//!   those, so the web view cannot make the app launch an arbitrary file.
//!
//! The maps hold plain data; a lock poisoned by a panic elsewhere is still
//! usable, so it is taken over rather than turned into an error.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};

use cx_maturity::pack::{ImportReport, Pack};
use cx_maturity::questionnaire::Questionnaire;

use crate::wire::{
    ConflictSideView, ConflictView, ExportKind, ImportReportView, Kept, PackFileReport,
    RefusedFile, WireError,
};

/// A destination the user chose, waiting for `run_export`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub assessment_id: String,
    pub export: ExportKind,
    /// A file, or a folder for [`ExportKind::AllPacks`].
    pub path: PathBuf,
}

/// Packs read and previewed, waiting for the commit.
#[derive(Debug)]
pub struct PendingImport {
    pub assessment_id: String,
    pub packs: Vec<(PathBuf, Pack)>,
}

#[derive(Default)]
pub struct Exchange {
    next: AtomicU64,
    targets: Mutex<HashMap<String, Target>>,
    imports: Mutex<HashMap<String, PendingImport>>,
    written: Mutex<HashSet<PathBuf>>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Exchange {
    fn token(&self, prefix: &str) -> String {
        format!("{prefix}-{}", self.next.fetch_add(1, Ordering::Relaxed) + 1)
    }

    /// Keeps a chosen destination; returns its token.
    pub fn hold_target(&self, target: Target) -> String {
        let token = self.token("export");
        lock(&self.targets).insert(token.clone(), target);
        token
    }

    /// The destination of `token`, once.
    pub fn take_target(&self, token: &str) -> Result<Target, WireError> {
        lock(&self.targets).remove(token).ok_or_else(|| {
            WireError::invalid_input(
                "This export was already written or was never started. Choose where to save it again.",
            )
        })
    }

    /// Keeps previewed packs; returns their token.
    pub fn hold_import(&self, pending: PendingImport) -> String {
        let token = self.token("import");
        lock(&self.imports).insert(token.clone(), pending);
        token
    }

    /// The packs of `token` for `assessment_id`, removed from the waiting list.
    pub fn take_import(
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
        imports
            .remove(token)
            .ok_or_else(|| WireError::internal("the import disappeared"))
    }

    /// Puts packs back after a failed commit, so Cancel or a retry still work.
    pub fn restore_import(&self, token: String, pending: PendingImport) {
        lock(&self.imports).insert(token, pending);
    }

    /// Forgets previewed packs (Cancel); unknown tokens are fine.
    pub fn drop_import(&self, token: &str) {
        lock(&self.imports).remove(token);
    }

    /// Remembers a file the app wrote in this run.
    pub fn record_written(&self, path: &Path) {
        lock(&self.written).insert(path.to_owned());
    }

    /// `path` when the app wrote it in this run; otherwise refused, so the
    /// web view cannot have an arbitrary file launched.
    pub fn openable(&self, path: &str) -> Result<PathBuf, WireError> {
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

/// A file name from `parts` joined by " - ", safe on every desktop system:
/// no path separators or reserved characters, no control characters, no
/// leading dot, at most 120 characters before the extension.
pub fn file_name(parts: &[&str], extension: &str) -> String {
    let joined = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" - ");
    let mut name: String = joined
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '-'
            } else {
                c
            }
        })
        .collect();
    name = name
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' '])
        .to_owned();
    if name.chars().count() > 120 {
        name = name
            .chars()
            .take(120)
            .collect::<String>()
            .trim_end()
            .to_owned();
    }
    if name.is_empty() {
        name = "export".to_owned();
    }
    format!("{name}.{extension}")
}

/// `path` with `extension` added when the user typed a name without it.
pub fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    let has = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension));
    if has {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(".");
        s.push(extension);
        PathBuf::from(s)
    }
}

/// The last component of `path`, as the user knows it.
pub fn shown_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// One error per refused file's problem → the files, in the order picked,
/// each with its problems in place.
pub fn refused_files(picked: &[PathBuf], errors: &[cx_maturity::Error]) -> Vec<RefusedFile> {
    use cx_maturity::Error;
    let mut out: Vec<RefusedFile> = Vec::new();
    let mut add = |file: &Path, issue: crate::wire::FileIssue| {
        let name = shown_name(file);
        match out.iter_mut().find(|r| r.file_name == name) {
            Some(r) => r.problems.push(issue),
            None => out.push(RefusedFile {
                file_name: name,
                problems: vec![issue],
            }),
        }
    };
    for file in picked {
        for e in errors {
            match e {
                Error::InvalidPack { file: f, .. } | Error::Io { path: f, .. } if f == file => {
                    let wire = crate::error::to_wire(e);
                    let issue = wire
                        .issues
                        .into_iter()
                        .next()
                        .unwrap_or(crate::wire::FileIssue {
                            path: "$".to_owned(),
                            line: None,
                            column: None,
                            message: wire.message,
                        });
                    add(file, issue);
                }
                _ => {}
            }
        }
    }
    out
}

/// The core's merge report → the wire's, with question texts and totals.
pub fn report_view(
    report: &ImportReport,
    refused: Vec<RefusedFile>,
    q: &Questionnaire,
) -> ImportReportView {
    let side = |s: &cx_maturity::pack::ConflictSide| ConflictSideView {
        value: crate::wire::AnswerChoice(s.value),
        comment: s.comment.clone(),
        updated_at: crate::views::timestamp(s.updated_at),
    };
    let files: Vec<PackFileReport> = report
        .files
        .iter()
        .map(|f| PackFileReport {
            file_name: shown_name(&f.file),
            department: f.department.clone(),
            export_recorded: f.export_recorded,
            respondents_added: f.respondents_added.clone(),
            added: f.added,
            updated: f.updated,
            unchanged: f.unchanged,
            conflicts: f
                .conflicts
                .iter()
                .map(|c| ConflictView {
                    respondent: c.respondent.clone(),
                    question_id: c.question.clone(),
                    question: q
                        .question(&c.question)
                        .map_or_else(|| c.question.clone(), |(_, x)| x.prompt.clone()),
                    database: side(&c.database),
                    pack: side(&c.pack),
                    kept: match c.kept {
                        cx_maturity::pack::Kept::Pack => Kept::Pack,
                        cx_maturity::pack::Kept::Database => Kept::Database,
                    },
                })
                .collect(),
        })
        .collect();
    let (added, updated, unchanged, conflicts) = report.totals();
    ImportReportView {
        files,
        refused,
        added,
        updated,
        unchanged,
        conflicts: u32::try_from(conflicts).unwrap_or(u32::MAX),
    }
}
