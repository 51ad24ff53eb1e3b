//! Pack imports: the files picked in the native dialog are read as hostile
//! input (size, checksum, shape), previewed against the assessment in a
//! transaction that is rolled back, and held under a token; the commit
//! then imports exactly the packs that were shown, all or nothing, each
//! conflict going the side the consultant chose (the rule's without one).
//! Encrypted packs are refused until their passphrase is typed: the picked
//! files wait under a token, and the preview is read again with it.

use std::path::PathBuf;

use cx_maturity::pack::{self, ConflictChoices};
use cx_maturity::{Error, Passphrase};
use tauri::{AppHandle, Runtime, State};

use super::Reply;
use crate::convert::error::log_error;
use crate::convert::imports::{conflict_choices, refused_files, report_view};
use crate::file_names::PACKS;
use crate::picker;
use crate::state::AppState;
use crate::tokens::{PendingImport, SealedFiles, Tokens};
use crate::wire::{
    AssessmentArgs, CommitImportArgs, ImportPreviewView, ImportReportView, ImportTokenArgs,
    SealedImportArgs,
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
        None,
    )?))
}

/// Reads the packs of a preview again with the passphrase the consultant
/// typed for the encrypted ones.
#[tauri::command(async)]
pub(crate) fn preview_sealed_import(
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: SealedImportArgs,
) -> Reply<ImportPreviewView> {
    let passphrase = super::encryption::passphrase(args.passphrase)?;
    let picked = tokens.take_sealed(&args.token, Some(&args.assessment_id))?;
    preview_files(
        &state,
        &tokens,
        &args.assessment_id,
        &picked,
        Some(&passphrase),
    )
}

/// Reads `picked` (every file treated as hostile: size, checksum, shape;
/// encrypted ones with `passphrase`), previews them against the
/// assessment, and holds the packs for the commit when none is refused, or
/// the files for another try when a passphrase was missing or wrong.
pub(crate) fn preview_files(
    state: &AppState,
    tokens: &Tokens,
    assessment_id: &str,
    picked: &[PathBuf],
    passphrase: Option<&Passphrase>,
) -> Reply<ImportPreviewView> {
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for file in picked {
        match pack::read_file_with(file, passphrase) {
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
    let wrong_passphrase = errors
        .iter()
        .any(|e| matches!(e, Error::WrongPassphrase { .. }));
    let sealed = wrong_passphrase
        || errors
            .iter()
            .any(|e| matches!(e, Error::PassphraseNeeded { .. }));
    let passphrase_token = sealed.then(|| {
        tokens.hold_sealed(SealedFiles {
            assessment_id: Some(assessment_id.to_owned()),
            files: picked.to_vec(),
        })
    });
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
        passphrase_token,
        wrong_passphrase,
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
