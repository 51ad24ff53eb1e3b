//! The names of the files the app writes, and the file types its dialogs
//! offer: the default name of each export and of the filled pack, the
//! ending added to a name typed without one, the name shown for a path,
//! and the dialogs' filters.
//!
//! Two name styles, both seen by users (and asserted by the tests):
//! exports read like a title, `Acme GmbH - CX maturity report -
//! 2026-11-22.pdf` ([`readable`]); the filled pack a department head sends
//! back is one word, `Acme-GmbH-Sales-filled.cxpack.json` ([`compact`]).
//!
//! A pack is JSON. The consultant's packs end in `.cxpack`; the filled pack
//! ends in `.cxpack.json`, so the head's system opens it as text. Both
//! endings are made from [`PACK_EXTENSION`], and both are offered by the
//! one [`PACKS`] filter.

use std::path::{Path, PathBuf};

use cx_maturity::model::Department;
use cx_maturity::report::locale::Labels;
use time::OffsetDateTime;

use crate::convert::date;
use crate::picker::Filter;
use crate::wire::ExportKind;

/// The extension of a pack file.
pub(crate) const PACK_EXTENSION: &str = "cxpack";

/// The file type of a PDF report.
pub(crate) const PDF: Filter = Filter {
    name: "PDF report",
    extensions: &["pdf"],
};

/// The file type of the report as a Word document.
pub(crate) const DOCX: Filter = Filter {
    name: "Word document",
    extensions: &["docx"],
};

/// The file type of an XLSX action register.
pub(crate) const XLSX: Filter = Filter {
    name: "Excel workbook",
    extensions: &["xlsx"],
};

/// The file type of a pack, consultant's or filled: `*.cxpack` and
/// `*.json` (which `*.cxpack.json` is).
pub(crate) const PACKS: Filter = Filter {
    name: "Self-assessment pack",
    extensions: &[PACK_EXTENSION, "json"],
};

/// The file type of a copy of all data: an SQLite database.
pub(crate) const DATABASE: Filter = Filter {
    name: "Copy of all data",
    extensions: &["db"],
};

/// The default name of a copy of all data, dated today.
pub(crate) fn data_copy_name() -> String {
    let today = date(OffsetDateTime::now_utc().date());
    readable(&["CX Maturity data", &today], "db")
}

/// The default file name of an export, dated today, in the words of the
/// assessment's report language.
pub(crate) fn export_name(
    organisation: &str,
    what: &ExportKind,
    department: Option<&str>,
    words: &Labels,
) -> String {
    let today = date(OffsetDateTime::now_utc().date());
    match what {
        ExportKind::Pdf => readable(&[organisation, words.report_file, &today], "pdf"),
        ExportKind::Docx => readable(&[organisation, words.report_file, &today], "docx"),
        ExportKind::Xlsx => readable(&[organisation, words.workbook_file, &today], "xlsx"),
        ExportKind::Pack { .. } | ExportKind::AllPacks => readable(
            &[
                organisation,
                department.unwrap_or_default(),
                words.pack_file,
                &today,
            ],
            PACK_EXTENSION,
        ),
    }
}

/// The file name of each department's pack in "all packs to a folder".
/// Two departments whose names differ only in characters a file name
/// cannot hold ("R&D/IT", "R&D-IT") get distinct names, never one file.
pub(crate) fn pack_file_names(
    organisation: &str,
    departments: Vec<Department>,
    words: &Labels,
) -> Vec<(Department, String)> {
    let mut used: Vec<String> = Vec::new();
    departments
        .into_iter()
        .map(|d| {
            let mut name = export_name(organisation, &ExportKind::AllPacks, Some(&d.name), words);
            let mut n = 2;
            while used.contains(&name) {
                name = export_name(
                    organisation,
                    &ExportKind::AllPacks,
                    Some(&format!("{} ({n})", d.name)),
                    words,
                );
                n += 1;
            }
            used.push(name.clone());
            (d, name)
        })
        .collect()
}

/// `<organisation>-<department>-filled.cxpack.json`, the default name of
/// the filled pack.
pub(crate) fn filled_pack_name(organisation: &str, department: &str) -> String {
    let parts: Vec<String> = [compact(organisation), compact(department)]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    let stem = if parts.is_empty() {
        "self-assessment".to_owned()
    } else {
        cut(&parts.join("-"))
    };
    format!("{stem}-filled.{PACK_EXTENSION}.json")
}

/// A file name from `parts` joined by " - ", safe on every desktop system:
/// no path separators or reserved characters, no control characters, no
/// leading dot, at most 120 characters before the extension.
pub(crate) fn readable(parts: &[&str], extension: &str) -> String {
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
    name = cut(&name);
    if name.is_empty() {
        name = "export".to_owned();
    }
    format!("{name}.{extension}")
}

/// The longest name before the extension, in characters: both styles fit
/// every desktop file system's 255 bytes with room for a folder's suffix.
const MAX_STEM_CHARS: usize = 120;

/// `name` cut to [`MAX_STEM_CHARS`], without a space or `-` left dangling.
fn cut(name: &str) -> String {
    if name.chars().count() <= MAX_STEM_CHARS {
        return name.to_owned();
    }
    let cut: String = name.chars().take(MAX_STEM_CHARS).collect();
    cut.trim_end_matches([' ', '-']).to_owned()
}

/// `text` as one word of letters, digits, `-` and `_`: every run of other
/// characters (spaces, separators, dots that would hide a file) becomes one
/// `-`, none at either end.
pub(crate) fn compact(text: &str) -> String {
    let mut out = String::new();
    for c in text.trim().chars() {
        if c.is_alphanumeric() || c == '-' || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_matches('-').to_owned()
}

/// `path` with `extension` added when the user typed a name without it.
pub(crate) fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
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

/// The filled pack's `path` with `.cxpack.json` added when the user typed a
/// name that is neither `.json` nor `.cxpack`, so the consultant's import
/// dialog offers it.
pub(crate) fn with_filled_pack_extension(path: PathBuf) -> PathBuf {
    let ok = path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("json") || x.eq_ignore_ascii_case(PACK_EXTENSION));
    if ok {
        return path;
    }
    let mut name = path.into_os_string();
    name.push(format!(".{PACK_EXTENSION}.json"));
    PathBuf::from(name)
}

/// The last component of `path`, as the user knows it.
pub(crate) fn shown_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// The folder `path` is in, to tell the user where to find a file.
pub(crate) fn shown_folder(path: &Path) -> String {
    path.parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}
