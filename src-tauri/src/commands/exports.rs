//! Exports: choosing where to save (native dialog, in Rust; the web view
//! gets a token), writing the report (PDF, or Word to edit), the XLSX
//! action register and
//! self-assessment packs (one, or one per department into a folder, which
//! asks before replacing files), and opening a file written in this run
//! with the system's default program. Everything written goes through an
//! atomic write. Packs may be encrypted with a passphrase the consultant
//! types (the age format, `cx_maturity::pack_crypt`).

use std::path::Path;
use std::time::Instant;

use cx_maturity::files::write_atomically;
use cx_maturity::report::{self, ReportOptions};
use cx_maturity::store::Store;
use cx_maturity::{Error, Passphrase, pack};
use tauri::{AppHandle, Runtime, State};
use time::OffsetDateTime;

use super::Reply;
use crate::convert::count32;
use crate::convert::exports::{paper, written_file};
use crate::file_names::{
    DOCX, PACK_EXTENSION, PACKS, PDF, XLSX, export_name, pack_file_names, shown_name,
    with_extension,
};
use crate::picker;
use crate::state::AppState;
use crate::tokens::{Target, Tokens};
use crate::wire::{
    ChooseExportArgs, ErrorKind, ExportKind, ExportResult, ExportTarget, OpenExportArgs, PaperSize,
    RunExportArgs, WireError, WrittenFile,
};

/// Asks where to save an export (a file, or a folder for all packs);
/// `None` when the user cancelled.
#[tauri::command(async)]
pub(crate) fn choose_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: ChooseExportArgs,
) -> Reply<Option<ExportTarget>> {
    let (organisation, department, words) = state.with("choose_export", |s| {
        let a = s.assessment(&args.assessment_id)?;
        let words = report::locale::labels(&a.report_locale)?;
        let department = match &args.export {
            ExportKind::Pack { department_id } => {
                Some(department_name(s, &args.assessment_id, department_id)?)
            }
            _ => None,
        };
        Ok((a.organisation, department, words))
    })?;
    let name = export_name(&organisation, &args.export, department.as_deref(), words);
    let words = picker::dialog_texts(state.locale());
    let picked = match &args.export {
        ExportKind::Pdf => picker::save_file(&app, words.save_report, &name, PDF.named(words.pdf))
            .map(|p| with_extension(p, "pdf")),
        ExportKind::Docx => {
            picker::save_file(&app, words.save_word_report, &name, DOCX.named(words.docx))
                .map(|p| with_extension(p, "docx"))
        }
        ExportKind::Xlsx => {
            picker::save_file(&app, words.save_register, &name, XLSX.named(words.xlsx))
                .map(|p| with_extension(p, "xlsx"))
        }
        ExportKind::Pack { .. } => {
            picker::save_file(&app, words.save_pack, &name, PACKS.named(words.packs))
                .map(|p| with_extension(p, PACK_EXTENSION))
        }
        ExportKind::AllPacks => picker::pick_folder(&app, words.pack_folder),
    };
    let Some(path) = picked else {
        return Ok(None);
    };
    let replaces = match &args.export {
        ExportKind::AllPacks => state.with("choose_export", |s| {
            existing_packs(s, &args.assessment_id, &path)
        })?,
        _ => Vec::new(),
    };
    let name = shown_name(&path);
    let token = tokens.hold_target(Target {
        assessment_id: args.assessment_id.clone(),
        export: args.export,
        path,
    });
    Ok(Some(ExportTarget {
        token,
        name,
        replaces,
    }))
}

/// The packs of "all packs to a folder" that already exist in `folder`.
fn existing_packs(
    s: &Store,
    assessment_id: &str,
    folder: &Path,
) -> cx_maturity::Result<Vec<String>> {
    let a = s.assessment(assessment_id)?;
    let words = report::locale::labels(&a.report_locale)?;
    Ok(
        pack_file_names(&a.organisation, s.departments(assessment_id)?, words)
            .into_iter()
            .map(|(_, name)| name)
            .filter(|name| folder.join(name).exists())
            .collect(),
    )
}

fn department_name(
    s: &Store,
    assessment_id: &str,
    department_id: &str,
) -> cx_maturity::Result<String> {
    s.departments(assessment_id)?
        .into_iter()
        .find(|d| d.id == department_id)
        .map(|d| d.name)
        .ok_or_else(|| Error::NotFound {
            what: "department",
            id: department_id.to_owned(),
        })
}

/// Writes the export of a chosen destination.
#[tauri::command(async)]
pub(crate) fn run_export(
    state: State<'_, AppState>,
    tokens: State<'_, Tokens>,
    args: RunExportArgs,
) -> Reply<ExportResult> {
    let passphrase = args
        .pack_passphrase
        .map(super::encryption::passphrase)
        .transpose()?;
    let target = tokens.take_target(&args.token)?;
    if passphrase.is_some()
        && !matches!(
            target.export,
            ExportKind::Pack { .. } | ExportKind::AllPacks
        )
    {
        return Err(WireError::invalid_input(
            "Only packs can be encrypted with a passphrase; nothing was written.",
        ));
    }
    let started = Instant::now();
    let (files, warnings) = state.with("run_export", |s| {
        write_export(s, &target, args.paper, args.replace, passphrase.as_ref())
    })?;
    for f in &files {
        tokens.record_written(Path::new(&f.path));
    }
    Ok(ExportResult {
        files,
        warnings,
        millis: count32(started.elapsed().as_millis()),
    })
}

/// Renders and writes `target`; the files written and any renderer notes.
/// All packs into a folder replace files already there only with
/// `replace` (the user was asked); else nothing is written. Packs are
/// encrypted with `passphrase` when there is one.
pub(crate) fn write_export(
    s: &mut Store,
    target: &Target,
    size: Option<PaperSize>,
    replace: bool,
    passphrase: Option<&Passphrase>,
) -> cx_maturity::Result<(Vec<WrittenFile>, Vec<String>)> {
    let id = &target.assessment_id;
    match &target.export {
        ExportKind::Pdf => {
            let options = report_options(s, id, size)?;
            let rendered = cx_maturity::workflow::render_report(s, id, &options)?;
            write_atomically(&target.path, &rendered.pdf)?;
            Ok((vec![written(&target.path, None)?], rendered.warnings))
        }
        ExportKind::Docx => {
            let options = report_options(s, id, size)?;
            let rendered = cx_maturity::workflow::render_docx(s, id, &options)?;
            write_atomically(&target.path, &rendered.docx)?;
            Ok((vec![written(&target.path, None)?], rendered.warnings))
        }
        ExportKind::Xlsx => {
            let locale = cx_maturity::workflow::document_locale(s, id, None)?;
            let bytes = cx_maturity::workflow::export_workbook(s, id, &locale)?;
            write_atomically(&target.path, &bytes)?;
            Ok((vec![written(&target.path, None)?], Vec::new()))
        }
        ExportKind::Pack { department_id } => {
            let p = s.export_pack(id, department_id)?;
            pack::write_file_with(&p, &target.path, passphrase)?;
            Ok((
                vec![written(&target.path, Some(p.department.name))?],
                Vec::new(),
            ))
        }
        ExportKind::AllPacks => {
            let existing = existing_packs(s, id, &target.path)?;
            if !replace && !existing.is_empty() {
                return Err(Error::InvalidInput(format!(
                    "the folder already holds {} of these packs ({}); nothing was written — choose another folder or agree to replace them",
                    existing.len(),
                    existing.join(", ")
                )));
            }
            let a = s.assessment(id)?;
            let words = report::locale::labels(&a.report_locale)?;
            let mut files = Vec::new();
            for (d, name) in pack_file_names(&a.organisation, s.departments(id)?, words) {
                let p = s.export_pack(id, &d.id)?;
                let path = target.path.join(&name);
                pack::write_file_with(&p, &path, passphrase)?;
                files.push(written(&path, Some(d.name))?);
            }
            Ok((files, Vec::new()))
        }
    }
}

/// How the report (PDF or Word) is rendered: on the chosen paper, in the
/// assessment's report language (not the app's), dated now.
fn report_options(
    s: &Store,
    id: &str,
    size: Option<PaperSize>,
) -> cx_maturity::Result<ReportOptions> {
    Ok(ReportOptions {
        paper: paper(size),
        locale: cx_maturity::workflow::document_locale(s, id, None)?,
        generated: OffsetDateTime::now_utc(),
    })
}

/// The file just written at `path`, with its size on disk.
fn written(path: &Path, department: Option<String>) -> cx_maturity::Result<WrittenFile> {
    let bytes = std::fs::metadata(path)
        .map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?
        .len();
    Ok(written_file(path, bytes, department))
}

/// Opens a file this run of the app exported, with the system's default
/// program; any other path is refused.
#[tauri::command(async)]
pub(crate) fn open_export<R: Runtime>(
    app: AppHandle<R>,
    tokens: State<'_, Tokens>,
    args: OpenExportArgs,
) -> Reply<()> {
    let path = tokens.openable(&args.path)?;
    picker::open_with_default_app(&app, &path).map_err(|e| {
        eprintln!("cx-maturity: open_export failed: {e}");
        WireError::new(
            ErrorKind::Io,
            format!(
                "Could not open \u{201c}{}\u{201d}: no program to open it was found. The file is saved; open it from its folder.",
                shown_name(&path)
            ),
        )
    })
}
