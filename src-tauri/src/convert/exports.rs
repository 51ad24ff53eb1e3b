//! Exports → `wire/exports.rs`: a file written, and the paper size from
//! the window back to the report's.

use std::path::Path;

use cx_maturity::report::Paper;

use super::count32;
use crate::file_names::{shown_folder, shown_name};
use crate::wire::{PaperSize, WrittenFile};

/// A file of `bytes` bytes written at `path`; `department` for a pack.
pub(crate) fn written_file(path: &Path, bytes: u64, department: Option<String>) -> WrittenFile {
    WrittenFile {
        path: path.display().to_string(),
        file_name: shown_name(path),
        folder: shown_folder(path),
        bytes: count32(bytes),
        department,
    }
}

/// The report's paper; A4 unless the window asks for Letter.
pub(crate) fn paper(size: Option<PaperSize>) -> Paper {
    match size {
        Some(PaperSize::Letter) => Paper::Letter,
        Some(PaperSize::A4) | None => Paper::A4,
    }
}
