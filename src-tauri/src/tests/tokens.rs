//! The token state of exports and imports: a destination is used once,
//! and only files written in this run can be opened.

use std::path::{Path, PathBuf};

use crate::tokens::{Target, Tokens};
use crate::wire::{ErrorKind, ExportKind};

#[test]
fn open_export_refuses_a_path_the_app_did_not_write() {
    let x = Tokens::default();
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
    let x = Tokens::default();
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
