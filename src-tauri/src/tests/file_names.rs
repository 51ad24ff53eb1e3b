//! The names of the files the app writes: exports read like a title and
//! are safe on every desktop system; the filled pack is one word named
//! after organisation and department, with the pack's ending.

use std::path::PathBuf;

use crate::file_names::{
    PACK_EXTENSION, PACKS, export_name, filled_pack_name, readable, with_extension,
    with_filled_pack_extension,
};
use crate::wire::ExportKind;
use cx_maturity::report::locale::labels;

#[test]
fn an_export_is_named_in_its_report_language() {
    let name = |code: &str, what: &ExportKind| {
        export_name("Nordlicht GmbH", what, None, labels(code).expect("labels"))
    };
    assert!(name("en", &ExportKind::Pdf).starts_with("Nordlicht GmbH - CX maturity report - "));
    assert!(name("de", &ExportKind::Pdf).starts_with("Nordlicht GmbH - CX-Reifegradbericht - "));
    assert!(name("fr", &ExportKind::Xlsx).starts_with("Nordlicht GmbH - registre des actions - "));
    assert!(name("de", &ExportKind::Xlsx).ends_with(".xlsx"));
    // The Word report is named as the PDF is, with its own ending.
    let word = name("fr", &ExportKind::Docx);
    assert_eq!(
        word.trim_end_matches(".docx"),
        name("fr", &ExportKind::Pdf).trim_end_matches(".pdf")
    );
    assert!(word.ends_with(".docx"));
}

#[test]
fn file_names_are_safe_and_readable() {
    assert_eq!(
        readable(
            &["Nordlicht GmbH", "CX maturity report", "2026-11-22"],
            "pdf"
        ),
        "Nordlicht GmbH - CX maturity report - 2026-11-22.pdf"
    );
    // Separators and reserved characters become dashes; no leading dot.
    assert_eq!(
        readable(&["..R&D/IT: \"A|B\"", "", "x"], "cxpack"),
        "R&D-IT- -A-B- - x.cxpack"
    );
    assert_eq!(readable(&["  ", "..."], "pdf"), "export.pdf");
    let long = "é".repeat(300);
    let name = readable(&[&long], "xlsx");
    assert_eq!(name.chars().count(), 120 + ".xlsx".len());
    assert_eq!(
        with_extension(PathBuf::from("/tmp/report"), "pdf"),
        PathBuf::from("/tmp/report.pdf")
    );
    assert_eq!(
        with_extension(PathBuf::from("/tmp/report.PDF"), "pdf"),
        PathBuf::from("/tmp/report.PDF")
    );
}

#[test]
fn the_filled_pack_is_named_after_organisation_and_department() {
    assert_eq!(
        filled_pack_name("Nordlicht Haushaltswaren GmbH", "Customer Service"),
        "Nordlicht-Haushaltswaren-GmbH-Customer-Service-filled.cxpack.json"
    );
    // Separators and dots that would make a folder or a hidden file go.
    assert_eq!(
        filled_pack_name("../A/B", ".Sales & Marketing"),
        "A-B-Sales-Marketing-filled.cxpack.json"
    );
    assert_eq!(
        filled_pack_name("", "  "),
        "self-assessment-filled.cxpack.json"
    );
    // A 200-character department name: the name stays a name, not 300 bytes.
    let long = filled_pack_name("Acme", &"Kundendienst ".repeat(16));
    assert_eq!(long.chars().count(), 120 + "-filled.cxpack.json".len());
    assert!(
        long.starts_with("Acme-Kundendienst-Kundendienst-"),
        "{long}"
    );
    assert_eq!(
        with_filled_pack_extension(PathBuf::from("/x/mine")),
        PathBuf::from("/x/mine.cxpack.json")
    );
    assert_eq!(
        with_filled_pack_extension(PathBuf::from("/x/mine.JSON")),
        PathBuf::from("/x/mine.JSON")
    );
}

#[test]
fn both_pack_endings_are_offered_by_the_one_pack_filter() {
    let english = labels("en").expect("labels");
    let sent = export_name("Acme", &ExportKind::AllPacks, Some("Sales"), english);
    let filled = filled_pack_name("Acme", "Sales");
    assert!(sent.ends_with(".cxpack"), "{sent}");
    assert!(filled.ends_with(".cxpack.json"), "{filled}");
    assert_eq!(PACKS.extensions, [PACK_EXTENSION, "json"]);
    for name in [sent, filled] {
        assert!(
            PACKS
                .extensions
                .iter()
                .any(|e| name.ends_with(&format!(".{e}"))),
            "{name} is offered by the pack filter"
        );
    }
}
