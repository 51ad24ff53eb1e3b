//! Exports through the shell, without a window: files land on disk whole,
//! and all packs into a folder write one per department.

use std::path::Path;

use super::demo;
use crate::commands::write_export;
use crate::tokens::Target;
use crate::wire::{ExportKind, PaperSize};

#[test]
fn exports_write_whole_files_and_all_packs_one_per_department() {
    let (dir, app, id) = demo();
    let out = dir.path();

    let pdf = Target {
        assessment_id: id.clone(),
        export: ExportKind::Pdf,
        path: out.join("report.pdf"),
    };
    let (files, _) = app
        .with("test", |s| {
            write_export(s, &pdf, Some(PaperSize::Letter), false, None)
        })
        .expect("pdf");
    let bytes = std::fs::read(out.join("report.pdf")).expect("pdf on disk");
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(files[0].file_name, "report.pdf");
    assert_eq!(files[0].bytes as usize, bytes.len());
    // Letter is 612 points wide (8.5 in × 72), A4 would be 595.
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("612"), "Letter media box");

    let xlsx = Target {
        assessment_id: id.clone(),
        export: ExportKind::Xlsx,
        path: out.join("actions.xlsx"),
    };
    app.with("test", |s| write_export(s, &xlsx, None, false, None))
        .expect("xlsx");
    let xbytes = std::fs::read(out.join("actions.xlsx")).expect("xlsx on disk");
    assert!(xbytes.starts_with(b"PK"), "an XLSX is a zip");

    let folder = out.join("packs");
    std::fs::create_dir(&folder).expect("folder");
    let all = Target {
        assessment_id: id.clone(),
        export: ExportKind::AllPacks,
        path: folder.clone(),
    };
    let (files, _) = app
        .with("test", |s| write_export(s, &all, None, false, None))
        .expect("packs");
    // The demo has 8 departments: one pack each, named after it.
    assert_eq!(files.len(), 8);
    let departments = app
        .with("test", |s| s.departments(&id))
        .expect("departments");
    for (f, d) in files.iter().zip(&departments) {
        assert_eq!(f.department.as_deref(), Some(d.name.as_str()));
        assert!(f.file_name.contains(&d.name), "{}", f.file_name);
        assert!(f.file_name.ends_with(".cxpack"));
        let p = cx_maturity::pack::read_file(Path::new(&f.path)).expect("pack reads back");
        assert_eq!(p.department.id, d.id);
    }
    // No temporary files are left behind.
    let names: Vec<String> = std::fs::read_dir(&folder)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 8, "{names:?}");
}

/// The page width python-docx (installed by `scripts/install-deps.sh
/// --test`) reads from a Word document, in points.
fn word_page_width(path: &Path) -> f64 {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys, docx; print(docx.Document(sys.argv[1]).sections[0].page_width.pt)",
        ])
        .arg(path)
        .output()
        .expect("python3 with python-docx");
    assert!(
        out.status.success(),
        "python-docx could not open it: {out:?}"
    );
    String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .expect("a width")
}

#[test]
fn the_word_report_is_written_whole_on_the_chosen_paper_for_its_owner_only() {
    let (dir, app, id) = demo();
    let path = dir.path().join("report.docx");
    let target = Target {
        assessment_id: id,
        export: ExportKind::Docx,
        path: path.clone(),
    };
    let (files, _) = app
        .with("test", |s| {
            write_export(s, &target, Some(PaperSize::Letter), false, None)
        })
        .expect("docx");
    let bytes = std::fs::read(&path).expect("docx on disk");
    assert!(bytes.starts_with(b"PK"), "a DOCX is a zip");
    assert_eq!(files[0].file_name, "report.docx");
    assert_eq!(files[0].bytes as usize, bytes.len());
    // Letter is 8.5 in × 72 = 612 points wide; A4 would be 595.3.
    assert!((word_page_width(&path) - 612.0).abs() < 0.1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "written for its owner only");
    }
}
