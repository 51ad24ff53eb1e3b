//! Exports and imports through the shell, without a window: a destination is
//! used once, only files written in this run can be opened, exports land on
//! disk whole, and a previewed import commits exactly what it showed.

use std::path::{Path, PathBuf};

use super::demo;
use crate::commands_exchange::{commit_pending, preview_files, write_export};
use crate::exchange::{Exchange, Target, file_name, with_extension};
use crate::wire::{ErrorKind, ExportKind, Kept, PaperSize};

#[test]
fn open_export_refuses_a_path_the_app_did_not_write() {
    let x = Exchange::default();
    let e = x.openable("/etc/passwd").expect_err("never written");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert!(
        e.message.contains("only opens files it exported"),
        "{}",
        e.message
    );

    x.record_written(Path::new("/tmp/report.pdf"));
    assert_eq!(
        x.openable("/tmp/report.pdf").expect("written"),
        PathBuf::from("/tmp/report.pdf")
    );
    // A neighbour, or the same name elsewhere, is still refused.
    assert!(x.openable("/tmp/report.pdf.sh").is_err());
    assert!(x.openable("/home/report.pdf").is_err());
}

#[test]
fn a_chosen_destination_is_used_once() {
    let x = Exchange::default();
    let target = Target {
        assessment_id: "a".into(),
        export: ExportKind::Pdf,
        path: PathBuf::from("/tmp/r.pdf"),
    };
    let token = x.hold_target(target.clone());
    assert_eq!(x.take_target(&token).expect("first"), target);
    assert_eq!(
        x.take_target(&token).expect_err("second").kind,
        ErrorKind::InvalidInput
    );
    assert!(x.take_target("export-999").is_err());
}

#[test]
fn file_names_are_safe_and_readable() {
    assert_eq!(
        file_name(
            &["Nordlicht GmbH", "CX maturity report", "2026-11-22"],
            "pdf"
        ),
        "Nordlicht GmbH - CX maturity report - 2026-11-22.pdf"
    );
    // Separators and reserved characters become dashes; no leading dot.
    assert_eq!(
        file_name(&["..R&D/IT: \"A|B\"", "", "x"], "cxpack"),
        "R&D-IT- -A-B- - x.cxpack"
    );
    assert_eq!(file_name(&["  ", "..."], "pdf"), "export.pdf");
    let long = "é".repeat(300);
    let name = file_name(&[&long], "xlsx");
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
            write_export(s, &pdf, Some(PaperSize::Letter), false)
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
    app.with("test", |s| write_export(s, &xlsx, None, false))
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
        .with("test", |s| write_export(s, &all, None, false))
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

#[test]
fn a_previewed_import_commits_exactly_what_it_showed() {
    let (dir, app, id) = demo();
    let x = Exchange::default();
    // Export Sales, change one answer in the pack after the export.
    let file = dir.path().join("sales.cxpack");
    app.with("test", |s| {
        let sales = s.department_by_name(&id, "Sales")?;
        let mut p = s.export_pack(&id, &sales.id)?;
        let later = p.exported_at + time::Duration::hours(1);
        let a = &mut p.respondents[0].answers[0];
        a.value = if a.value == serde_json::json!(5) {
            1.into()
        } else {
            5.into()
        };
        a.updated_at = later;
        cx_maturity::pack::write_file(&p, &file)
    })
    .expect("pack");

    let preview = preview_files(&app, &x, &id, std::slice::from_ref(&file)).expect("preview");
    assert!(preview.can_commit);
    assert_eq!(preview.report.files[0].file_name, "sales.cxpack");
    assert_eq!(preview.report.files[0].department, "Sales");
    assert_eq!((preview.report.updated, preview.report.added), (1, 0));

    // The file changes on disk after the preview: the commit still takes
    // the packs that were read and shown.
    std::fs::write(&file, "garbage").expect("overwrite");
    let done = commit_pending(&app, &x, &id, &preview.token).expect("commit");
    assert_eq!(done.files, preview.report.files);
    // The token is spent.
    assert!(commit_pending(&app, &x, &id, &preview.token).is_err());
}

#[test]
fn a_corrupted_pack_beside_a_good_one_refuses_both_and_changes_nothing() {
    let (dir, app, id) = demo();
    let x = Exchange::default();
    let good = dir.path().join("good.cxpack");
    let bad = dir.path().join("bad.cxpack");
    app.with("test", |s| {
        let it = s.department_by_name(&id, "IT")?;
        let p = s.export_pack(&id, &it.id)?;
        cx_maturity::pack::write_file(&p, &good)?;
        let text = cx_maturity::pack::to_json(&p)?;
        // Cut off in the middle, as a mail client might.
        std::fs::write(&bad, &text[..text.len() / 2]).map_err(|source| cx_maturity::Error::Io {
            path: bad.clone(),
            source,
        })
    })
    .expect("packs");
    let before = app
        .with("test", |s| s.load(&id).map(|d| format!("{:?}", d.answers)))
        .expect("answers");

    let preview = preview_files(&app, &x, &id, &[good, bad]).expect("preview");
    assert!(!preview.can_commit);
    assert!(preview.token.is_empty(), "nothing to commit is held");
    let refused = &preview.report.refused;
    assert_eq!(refused.len(), 1);
    assert_eq!(refused[0].file_name, "bad.cxpack");
    assert!(
        refused[0].problems[0].line.is_some(),
        "a syntax error has its line"
    );
    // The good file is still previewed.
    assert_eq!(preview.report.files[0].file_name, "good.cxpack");
    let after = app
        .with("test", |s| s.load(&id).map(|d| format!("{:?}", d.answers)))
        .expect("answers");
    assert_eq!(before, after);
}

#[test]
fn conflicts_show_both_values_and_which_wins() {
    let (dir, app, id) = demo();
    let x = Exchange::default();
    let file = dir.path().join("mkt.cxpack");
    let (respondent, question) = app
        .with("test", |s| {
            let d = s.department_by_name(&id, "Marketing")?;
            let mut p = s.export_pack(&id, &d.id)?;
            let (rid, qid) = (
                p.respondents[0].id.clone(),
                p.respondents[0].answers[0].question.clone(),
            );
            // The consultant changes an answer in the app after the export…
            std::thread::sleep(std::time::Duration::from_millis(5));
            s.save_answer(
                &rid,
                &qid,
                cx_maturity::model::AnswerValue::NotApplicable,
                None,
            )?;
            // …and the head changes it in the pack later still.
            std::thread::sleep(std::time::Duration::from_millis(5));
            let a = &mut p.respondents[0].answers[0];
            a.value = "unknown".into();
            a.updated_at = time::OffsetDateTime::now_utc();
            cx_maturity::pack::write_file(&p, &file)?;
            Ok((rid, qid))
        })
        .expect("setup");
    let preview = preview_files(&app, &x, &id, &[file]).expect("preview");
    let c = &preview.report.files[0].conflicts;
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].question_id, question);
    assert!(
        !c[0].question.is_empty() && c[0].question != question,
        "question text"
    );
    assert_eq!(
        (c[0].database.value.0, c[0].pack.value.0, c[0].kept),
        (
            cx_maturity::model::AnswerValue::NotApplicable,
            cx_maturity::model::AnswerValue::Unknown,
            Kept::Pack
        )
    );
    let _ = respondent;
}
