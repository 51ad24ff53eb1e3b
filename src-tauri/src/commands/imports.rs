//! Pack imports: the files picked in the native dialog are read as hostile
//! input (size, checksum, shape), previewed against the assessment in a
//! transaction that is rolled back, and held under a token; the commit
//! then imports exactly the packs that were shown, all or nothing, each
//! conflict going the side the consultant chose (the rule's without one).

use std::path::PathBuf;

use cx_maturity::pack::{self, ConflictChoices};
use tauri::{AppHandle, Runtime, State};

use super::Reply;
use crate::convert::error::log_error;
use crate::convert::imports::{conflict_choices, refused_files, report_view};
use crate::file_names::PACKS;
use crate::picker;
use crate::state::AppState;
use crate::tokens::{PendingImport, Tokens};
use crate::wire::{
    AssessmentArgs, CommitImportArgs, ImportPreviewView, ImportReportView, ImportTokenArgs,
};

/// Asks for pack files (several at once), reads and checks them, and
/// reports what importing them would do, committing nothing. `None` when
/// the user cancelled.
#[tauri::command(async)]
pub(crate) fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: AssessmentArgs,
) -> Reply<Option<ImportPreviewView>> {
    // Refuse a stale assessment before asking for files.
    state.with("preview_import", |s| {
        s.assessment(&args.assessment_id).map(drop)
    })?;
    let words = picker::dialog_texts(state.locale());
    let picked = picker::open_files(&app, words.import_packs, PACKS.named(words.packs), true);
    if picked.is_empty() {
        return Ok(None);
    }
    Ok(Some(preview_files(
        &state,
        &tokens,
        &args.assessment_id,
        &picked,
    )?))
}

/// Reads `picked` (every file treated as hostile: size, checksum, shape),
/// previews them against the assessment, and holds the packs for the commit
/// when none is refused.
pub(crate) fn preview_files(
    state: &AppState,
    tokens: &Tokens,
    assessment_id: &str,
    picked: &[PathBuf],
) -> Reply<ImportPreviewView> {
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for file in picked {
        match pack::read_file(file) {
            Ok(p) => packs.push((file.clone(), p)),
            Err(e) => {
                log_error("preview_import", &e);
                errors.push(e);
            }
        }
    }
    let (preview, q) = state.with("preview_import", |s| {
        Ok((
            s.preview_import(assessment_id, &packs, &ConflictChoices::new())?,
            s.questionnaire(assessment_id)?.in_locale(s.locale()),
        ))
    })?;
    errors.extend(preview.refused);
    let refused = refused_files(picked, &errors);
    let report = report_view(&preview.report, refused, &q);
    let can_commit = report.refused.is_empty();
    // Refused sets are never held: nothing could be committed from them.
    let token = if can_commit {
        tokens.hold_import(PendingImport {
            assessment_id: assessment_id.to_owned(),
            packs,
        })
    } else {
        String::new()
    };
    Ok(ImportPreviewView {
        token,
        report,
        can_commit,
    })
}

/// Commits the packs of a preview, all or nothing, with the consultant's
/// side for each conflict chosen (the rule's for the others); the merge
/// report.
#[tauri::command(async)]
pub(crate) fn commit_import(
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: CommitImportArgs,
) -> Reply<ImportReportView> {
    let choices = conflict_choices(&args.choices)?;
    commit_pending(&state, &tokens, &args.assessment_id, &args.token, &choices)
}

/// Commits the packs held under `token`; after a failure (a choice that
/// names no conflict among them, too) they stay held, so Cancel or a retry
/// still work.
pub(crate) fn commit_pending(
    state: &AppState,
    tokens: &Tokens,
    assessment_id: &str,
    token: &str,
    choices: &ConflictChoices,
) -> Reply<ImportReportView> {
    let pending = tokens.take_import(token, assessment_id)?;
    let result = state.with("commit_import", |s| {
        Ok((
            s.import_pack_values(assessment_id, &pending.packs, choices)?,
            s.questionnaire(assessment_id)?.in_locale(s.locale()),
        ))
    });
    match result {
        Ok((report, q)) => Ok(report_view(&report, Vec::new(), &q)),
        Err(e) => {
            tokens.restore_import(token.to_owned(), pending);
            Err(e)
        }
    }
}

/// Forgets the packs of a preview; nothing was or will be committed.
#[tauri::command(async)]
pub(crate) fn cancel_import(tokens: State<'_, Tokens>, args: ImportTokenArgs) -> Reply<()> {
    tokens.drop_import(&args.token);
    Ok(())
}
