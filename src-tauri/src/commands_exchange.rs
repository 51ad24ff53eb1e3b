//! Commands of exports and imports (issue 7, "exchange"): choosing where to
//! save (native dialog, in Rust), writing the PDF report, the XLSX action
//! register and self-assessment packs, opening a file written in this run,
//! and importing packs with a preview before anything is committed.
//!
//! Dialogs run outside the store's lock: autosave keeps working while the
//! user browses folders. Everything written goes through an atomic write.

// Tauri hands each command its arguments by value.
#![allow(clippy::needless_pass_by_value)]

use std::path::{Path, PathBuf};
use std::time::Instant;

use cx_maturity::files::write_atomically;
use cx_maturity::model::Department;
use cx_maturity::report::{self, ReportOptions};
use cx_maturity::store::Store;
use cx_maturity::{Error, pack};
use tauri::{AppHandle, Runtime, State};
use time::OffsetDateTime;

use crate::exchange::{self, Exchange, PendingImport, Target};
use crate::picker::{self, Filter};
use crate::state::AppState;
use crate::wire::*;

type Reply<T> = Result<T, WireError>;

const PDF: Filter = Filter {
    name: "PDF report",
    extensions: &["pdf"],
};
const XLSX: Filter = Filter {
    name: "Excel workbook",
    extensions: &["xlsx"],
};
const PACKS: Filter = Filter {
    name: "Self-assessment pack",
    extensions: &["cxpack", "json"],
};

/// The extension every pack file gets.
pub const PACK_EXTENSION: &str = "cxpack";

/// Today's date for file names (`2026-11-22`).
fn today() -> String {
    let d = OffsetDateTime::now_utc().date();
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// The default file name of an export.
pub fn default_name(organisation: &str, what: &ExportKind, department: Option<&str>) -> String {
    let date = today();
    match what {
        ExportKind::Pdf => exchange::file_name(&[organisation, "CX maturity report", &date], "pdf"),
        ExportKind::Xlsx => exchange::file_name(&[organisation, "action register", &date], "xlsx"),
        ExportKind::Pack { .. } | ExportKind::AllPacks => exchange::file_name(
            &[
                organisation,
                department.unwrap_or_default(),
                "self-assessment",
                &date,
            ],
            PACK_EXTENSION,
        ),
    }
}

/// Asks where to save an export (a file, or a folder for all packs);
/// `None` when the user cancelled.
#[tauri::command(async)]
pub fn choose_export<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    exchange: State<'_, Exchange>,
    args: ChooseExportArgs,
) -> Reply<Option<ExportTarget>> {
    let (organisation, department) = state.with("choose_export", |s| {
        let a = s.assessment(&args.assessment_id)?;
        let department = match &args.export {
            ExportKind::Pack { department_id } => {
                Some(department_name(s, &args.assessment_id, department_id)?)
            }
            _ => None,
        };
        Ok((a.organisation, department))
    })?;
    let name = default_name(&organisation, &args.export, department.as_deref());
    let picked = match &args.export {
        ExportKind::Pdf => picker::save_file(&app, "Save the PDF report", &name, PDF)
            .map(|p| exchange::with_extension(p, "pdf")),
        ExportKind::Xlsx => picker::save_file(&app, "Save the action register", &name, XLSX)
            .map(|p| exchange::with_extension(p, "xlsx")),
        ExportKind::Pack { .. } => {
            picker::save_file(&app, "Save the self-assessment pack", &name, PACKS)
                .map(|p| exchange::with_extension(p, PACK_EXTENSION))
        }
        ExportKind::AllPacks => {
            picker::pick_folder(&app, "Choose a folder for the self-assessment packs")
        }
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
    let name = exchange::shown_name(&path);
    let token = exchange.hold_target(Target {
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

/// The file name of each department's pack in "all packs to a folder".
/// Two departments whose names differ only in characters a file name
/// cannot hold ("R&D/IT", "R&D-IT") get distinct names, never one file.
fn pack_file_names(organisation: &str, departments: Vec<Department>) -> Vec<(Department, String)> {
    let mut used: Vec<String> = Vec::new();
    departments
        .into_iter()
        .map(|d| {
            let mut name = default_name(organisation, &ExportKind::AllPacks, Some(&d.name));
            let mut n = 2;
            while used.contains(&name) {
                name = default_name(
                    organisation,
                    &ExportKind::AllPacks,
                    Some(&format!("{} ({n})", d.name)),
                );
                n += 1;
            }
            used.push(name.clone());
            (d, name)
        })
        .collect()
}

/// The packs of "all packs to a folder" that already exist in `folder`.
fn existing_packs(
    s: &Store,
    assessment_id: &str,
    folder: &Path,
) -> cx_maturity::Result<Vec<String>> {
    let organisation = s.assessment(assessment_id)?.organisation;
    Ok(
        pack_file_names(&organisation, s.departments(assessment_id)?)
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
pub fn run_export(
    state: State<'_, AppState>,
    exchange: State<'_, Exchange>,
    args: RunExportArgs,
) -> Reply<ExportResult> {
    let target = exchange.take_target(&args.token)?;
    let started = Instant::now();
    let (files, warnings) = state.with("run_export", |s| {
        write_export(s, &target, args.paper, args.replace)
    })?;
    for f in &files {
        exchange.record_written(Path::new(&f.path));
    }
    Ok(ExportResult {
        files,
        warnings,
        millis: u32::try_from(started.elapsed().as_millis()).unwrap_or(u32::MAX),
    })
}

/// Renders and writes `target`; the files written and any renderer notes.
/// All packs into a folder replace files already there only with
/// `replace` (the user was asked); else nothing is written.
pub fn write_export(
    s: &mut Store,
    target: &Target,
    paper: Option<PaperSize>,
    replace: bool,
) -> cx_maturity::Result<(Vec<WrittenFile>, Vec<String>)> {
    let id = &target.assessment_id;
    match &target.export {
        ExportKind::Pdf => {
            let options = ReportOptions {
                paper: match paper {
                    Some(PaperSize::Letter) => report::Paper::Letter,
                    Some(PaperSize::A4) | None => report::Paper::A4,
                },
                locale: "en".to_owned(),
                generated: OffsetDateTime::now_utc(),
            };
            let rendered = report::render_stored(s, id, &options)?;
            write_atomically(&target.path, &rendered.pdf)?;
            Ok((vec![written(&target.path, None)?], rendered.warnings))
        }
        ExportKind::Xlsx => {
            let bytes = report::xlsx::export_stored(s, id)?;
            write_atomically(&target.path, &bytes)?;
            Ok((vec![written(&target.path, None)?], Vec::new()))
        }
        ExportKind::Pack { department_id } => {
            let p = s.export_pack(id, department_id)?;
            pack::write_file(&p, &target.path)?;
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
            let organisation = s.assessment(id)?.organisation;
            let mut files = Vec::new();
            for (d, name) in pack_file_names(&organisation, s.departments(id)?) {
                let p = s.export_pack(id, &d.id)?;
                let path = target.path.join(&name);
                pack::write_file(&p, &path)?;
                files.push(written(&path, Some(d.name))?);
            }
            Ok((files, Vec::new()))
        }
    }
}

fn written(path: &Path, department: Option<String>) -> cx_maturity::Result<WrittenFile> {
    let bytes = std::fs::metadata(path)
        .map_err(|source| Error::Io {
            path: path.to_owned(),
            source,
        })?
        .len();
    Ok(WrittenFile {
        path: path.display().to_string(),
        file_name: exchange::shown_name(path),
        folder: path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        bytes: u32::try_from(bytes).unwrap_or(u32::MAX),
        department,
    })
}

/// Opens a file this run of the app exported, with the system's default
/// program; any other path is refused.
#[tauri::command(async)]
pub fn open_export<R: Runtime>(
    app: AppHandle<R>,
    exchange: State<'_, Exchange>,
    args: OpenExportArgs,
) -> Reply<()> {
    let path = exchange.openable(&args.path)?;
    picker::open_with_default_app(&app, &path).map_err(|e| {
        eprintln!("cx-maturity: open_export failed: {e}");
        WireError::new(
            ErrorKind::Io,
            format!(
                "Could not open \u{201c}{}\u{201d}: no program to open it was found. The file is saved; open it from its folder.",
                exchange::shown_name(&path)
            ),
        )
    })
}

/// Asks for pack files (several at once), reads and checks them, and
/// reports what importing them would do, committing nothing. `None` when
/// the user cancelled.
#[tauri::command(async)]
pub fn preview_import<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    exchange: State<'_, Exchange>,
    args: AssessmentArgs,
) -> Reply<Option<ImportPreviewView>> {
    // Refuse a stale assessment before asking for files.
    state.with("preview_import", |s| {
        s.assessment(&args.assessment_id).map(drop)
    })?;
    let picked = picker::open_files(&app, "Import self-assessment packs", PACKS, true);
    if picked.is_empty() {
        return Ok(None);
    }
    Ok(Some(preview_files(
        &state,
        &exchange,
        &args.assessment_id,
        &picked,
    )?))
}

/// Reads `picked` (every file treated as hostile: size, checksum, shape),
/// previews them against the assessment, and holds the packs for the commit
/// when none is refused.
pub fn preview_files(
    state: &AppState,
    exchange: &Exchange,
    assessment_id: &str,
    picked: &[PathBuf],
) -> Reply<ImportPreviewView> {
    let mut packs = Vec::new();
    let mut errors = Vec::new();
    for file in picked {
        match pack::read_file(file) {
            Ok(p) => packs.push((file.clone(), p)),
            Err(e) => {
                crate::error::log_error("preview_import", &e);
                errors.push(e);
            }
        }
    }
    let (preview, q) = state.with("preview_import", |s| {
        Ok((
            s.preview_import(assessment_id, &packs)?,
            s.questionnaire(assessment_id)?,
        ))
    })?;
    errors.extend(preview.refused);
    let refused = exchange::refused_files(picked, &errors);
    let report = exchange::report_view(&preview.report, refused, &q);
    let can_commit = report.refused.is_empty();
    // Refused sets are never held: nothing could be committed from them.
    let token = if can_commit {
        exchange.hold_import(PendingImport {
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

/// Commits the packs of a preview, all or nothing; the merge report.
#[tauri::command(async)]
pub fn commit_import(
    state: State<'_, AppState>,
    exchange: State<'_, Exchange>,
    args: ImportTokenArgs,
) -> Reply<ImportReportView> {
    commit_pending(&state, &exchange, &args.assessment_id, &args.token)
}

pub fn commit_pending(
    state: &AppState,
    exchange: &Exchange,
    assessment_id: &str,
    token: &str,
) -> Reply<ImportReportView> {
    let pending = exchange.take_import(token, assessment_id)?;
    let result = state.with("commit_import", |s| {
        Ok((
            s.import_pack_values(assessment_id, &pending.packs)?,
            s.questionnaire(assessment_id)?,
        ))
    });
    match result {
        Ok((report, q)) => Ok(exchange::report_view(&report, Vec::new(), &q)),
        Err(e) => {
            exchange.restore_import(token.to_owned(), pending);
            Err(e)
        }
    }
}

/// Forgets the packs of a preview; nothing was or will be committed.
#[tauri::command(async)]
pub fn cancel_import(exchange: State<'_, Exchange>, args: ImportTokenArgs) -> Reply<()> {
    exchange.drop_import(&args.token);
    Ok(())
}
