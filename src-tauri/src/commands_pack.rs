//! Self-assessment by pack, the department head's side: open a pack file
//! (native dialog) as a session, list and show the sessions, and save the
//! filled pack (native dialog). The core does the work
//! (`cx_maturity::store::pack_sessions`); paths come from the native
//! dialogs only, never from the web view.

// Tauri hands each command its arguments by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::PathBuf;

use cx_maturity::store::{self, Store};
use tauri::{AppHandle, Runtime, State};

use crate::picker::{self, Filter};
use crate::state::AppState;
use crate::views::timestamp;
use crate::wire::{
    AssessmentArgs, PackOpenKind, PackOpened, PackSessionSummary, PackSessionView, SavedPack,
    WireError,
};

type Reply<T> = Result<T, WireError>;

/// What the dialogs offer: packs are JSON (`*.cxpack.json`; older ones
/// `*.cxpack`).
const PACK_FILTER: Filter = Filter {
    name: "Self-assessment pack",
    extensions: &["json", "cxpack"],
};

/// The ending the app gives a filled pack.
pub const FILLED_SUFFIX: &str = "-filled.cxpack.json";

/// Opens a pack chosen in the native dialog as a self-assessment (or
/// resumes / refreshes the one it belongs to); `null` when cancelled.
#[tauri::command(async)]
pub fn open_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Reply<Option<PackOpened>> {
    let Some(file) = picker::open_files(&app, "Open a self-assessment pack", PACK_FILTER, false)
        .into_iter()
        .next()
    else {
        return Ok(None);
    };
    // The file and its questionnaire are checked before the database lock
    // is taken: a large or hostile file never holds up the rest of the app.
    let checked = store::pack_sessions::check_pack_file(&file)
        .map_err(|e| crate::error::report("open_pack", &e))?;
    state
        .with("open_pack", |s| s.open_checked_pack(&checked))
        .map(|o| Some(opened(&o)))
}

/// The self-assessments opened from packs, most recently changed first.
#[tauri::command(async)]
pub fn list_pack_sessions(state: State<'_, AppState>) -> Reply<Vec<PackSessionSummary>> {
    state.with("list_pack_sessions", |s| {
        Ok(s.pack_sessions()?.iter().map(session_summary).collect())
    })
}

/// One self-assessment with its respondents and questionnaire.
#[tauri::command(async)]
pub fn get_pack_session(
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<PackSessionView> {
    state.with("get_pack_session", |s| session_view(s, &args.assessment_id))
}

/// Saves the filled pack where the head chooses (native dialog); `null`
/// when cancelled.
#[tauri::command(async)]
pub fn save_filled_pack<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    args: AssessmentArgs,
) -> Reply<Option<SavedPack>> {
    let session = state.with("save_filled_pack", |s| s.pack_session(&args.assessment_id))?;
    let name = default_file_name(&session.organisation, &session.department);
    let Some(chosen) = picker::save_file(&app, "Save the filled pack", &name, PACK_FILTER) else {
        return Ok(None);
    };
    let path = with_pack_extension(chosen);
    let saved = state.with("save_filled_pack", |s| {
        s.save_filled_pack(&args.assessment_id, &path)
    })?;
    Ok(Some(SavedPack {
        session: session_summary(&saved),
        file_name: path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        folder: path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    }))
}

/// `<organisation>-<department>-filled.cxpack.json`, with characters that
/// file systems refuse (or that hide a file) replaced.
pub fn default_file_name(organisation: &str, department: &str) -> String {
    let clean = |s: &str| {
        let mut out = String::new();
        for c in s.trim().chars() {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                out.push(c);
            } else if !out.ends_with('-') {
                out.push('-');
            }
        }
        out.trim_matches('-').to_owned()
    };
    let parts: Vec<String> = [clean(organisation), clean(department)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let stem = if parts.is_empty() {
        "self-assessment".to_owned()
    } else {
        parts.join("-")
    };
    format!("{stem}{FILLED_SUFFIX}")
}

/// A name typed without an ending gets `.cxpack.json`, so the consultant's
/// import dialog offers it.
pub fn with_pack_extension(path: PathBuf) -> PathBuf {
    let ok = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json") || x.eq_ignore_ascii_case("cxpack"));
    if ok {
        return path;
    }
    let mut name = path.as_os_str().to_owned();
    name.push(".cxpack.json");
    PathBuf::from(name)
}

pub(crate) fn session_summary(s: &store::PackSession) -> PackSessionSummary {
    PackSessionSummary {
        assessment_id: s.assessment_id.clone(),
        organisation: s.organisation.clone(),
        title: s.title.clone(),
        department_id: s.department_id.clone(),
        department: s.department.clone(),
        exported_at: timestamp(s.exported_at),
        source_file: s.source_file.clone(),
        opened_at: timestamp(s.opened_at),
        updated_at: timestamp(s.updated_at),
        saved_at: s.saved_at.map(timestamp),
        saved_file: s.saved_file.clone(),
        respondents: s.respondents,
        answered: s.answered,
        expected: s.expected(),
        questions: s.questions,
        unsaved_changes: s.saved_at.is_none_or(|at| s.updated_at > at),
    }
}

pub(crate) fn opened(o: &store::PackOpened) -> PackOpened {
    PackOpened {
        session: session_summary(&o.session),
        kind: match o.kind {
            store::OpenKind::Created => PackOpenKind::Created,
            store::OpenKind::Resumed => PackOpenKind::Resumed,
            store::OpenKind::Refreshed => PackOpenKind::Refreshed,
            store::OpenKind::OlderIgnored => PackOpenKind::OlderIgnored,
        },
        restored: o.restored,
        respondents_added: o.respondents_added.clone(),
        answers_added: o.answers_added,
        answers_updated: o.answers_updated,
        kept_yours: o.kept_yours,
    }
}

pub(crate) fn session_view(s: &Store, id: &str) -> cx_maturity::Result<PackSessionView> {
    let session = s.pack_session(id)?;
    Ok(PackSessionView {
        session: session_summary(&session),
        view: crate::commands::view(s, id)?,
    })
}
