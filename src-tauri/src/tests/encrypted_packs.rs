//! Encrypted packs through the shell, without a window: the consultant's
//! export with a passphrase, an import that waits for the passphrase (and
//! takes another try after a wrong one), and a head opening an encrypted
//! pack the same way.

use cx_maturity::pack::ConflictChoices;
use cx_maturity::{Passphrase, pack, pack_crypt};

use super::demo;
use crate::commands::{commit_pending, open_waiting_pack, preview_files, write_export};
use crate::state::AppState;
use crate::tokens::{SealedFiles, Target, Tokens};
use crate::wire::{ErrorKind, ExportKind, SealedPackArgs};

fn phrase(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned()).expect("passphrase")
}

#[test]
fn packs_exported_with_a_passphrase_import_only_once_it_is_typed() {
    let (dir, app, id) = demo();
    let folder = dir.path().join("packs");
    std::fs::create_dir(&folder).expect("folder");
    let all = Target {
        assessment_id: id.clone(),
        export: ExportKind::AllPacks,
        path: folder,
    };
    let key = phrase("correct horse 7");
    let (files, _) = app
        .with("test", |s| write_export(s, &all, None, false, Some(&key)))
        .expect("packs");
    assert_eq!(files.len(), 8, "one per demo department");
    let picked: Vec<_> = files.iter().map(|f| f.path.clone().into()).collect();
    for f in &picked {
        let bytes = std::fs::read(f).expect("pack");
        assert!(pack_crypt::is_encrypted(&bytes), "{f:?} is encrypted");
        assert!(!String::from_utf8_lossy(&bytes).contains("Nordlicht"));
    }

    let x = Tokens::default();
    // Without the passphrase: every file refused, nothing to commit, the
    // files wait under a token.
    let first = preview_files(&app, &x, &id, &picked, None).expect("preview");
    assert!(!first.can_commit);
    assert_eq!(first.report.refused.len(), 8);
    let problem = &first.report.refused[0].problems[0].message;
    assert!(problem.contains("is encrypted"), "{problem}");
    assert!(!first.wrong_passphrase);
    let token = first
        .passphrase_token
        .expect("the files wait for a passphrase");

    // A wrong passphrase: refused in words, and the files wait again.
    let files_again = x.take_sealed(&token, Some(&id)).expect("held");
    let wrong =
        preview_files(&app, &x, &id, &files_again, Some(&phrase("wrong horse"))).expect("preview");
    assert!(!wrong.can_commit);
    assert!(wrong.wrong_passphrase);
    let problem = &wrong.report.refused[0].problems[0].message;
    assert!(problem.contains("passphrase does not open"), "{problem}");
    let token = wrong.passphrase_token.expect("another try");
    // The token is for this assessment only.
    assert!(x.take_sealed(&token, Some("another")).is_err());

    let files_again = x.take_sealed(&token, Some(&id)).expect("held");
    let right = preview_files(&app, &x, &id, &files_again, Some(&key)).expect("preview");
    assert!(right.can_commit, "{:?}", right.report.refused);
    assert_eq!(right.passphrase_token, None);
    assert_eq!(right.report.files.len(), 8);
    // The demo's own packs bring nothing new: the import changes nothing
    // but is accepted whole.
    commit_pending(&app, &x, &id, &right.token, &ConflictChoices::new()).expect("commit");
}

#[test]
fn a_head_opens_an_encrypted_pack_with_its_passphrase_after_a_wrong_try() {
    let (dir, consultant, id) = demo();
    let file = dir.path().join("sales.cxpack");
    let key = phrase("correct horse 7");
    consultant
        .with("test", |s| {
            let sales = s.department_by_name(&id, "Sales")?;
            pack::write_file_with(&s.export_pack(&id, &sales.id)?, &file, Some(&key))
        })
        .expect("pack");
    let head = AppState::open(dir.path().join("head.db"));
    let x = Tokens::default();
    let waiting = || SealedFiles {
        assessment_id: None,
        files: vec![file.clone()],
    };
    let token = x.hold_sealed(waiting());
    let args = |token: &str, passphrase: &str| SealedPackArgs {
        token: token.to_owned(),
        passphrase: passphrase.to_owned(),
    };

    let e = open_waiting_pack(&head, &x, args(&token, "wrong horse")).expect_err("wrong");
    assert_eq!(e.kind, ErrorKind::Passphrase);
    assert!(e.message.contains("sales.cxpack"), "{}", e.message);
    let e = open_waiting_pack(&head, &x, args(&token, "")).expect_err("empty");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert!(
        head.with("test", |s| s.pack_sessions())
            .expect("sessions")
            .is_empty(),
        "nothing opened"
    );

    // The token survived the wrong try.
    let opened = open_waiting_pack(&head, &x, args(&token, "correct horse 7")).expect("opened");
    assert_eq!(opened.session.department, "Sales");
    assert!(opened.session.encrypted);
    // Used once.
    assert!(open_waiting_pack(&head, &x, args(&token, "correct horse 7")).is_err());
    // The filled pack goes back only under the same passphrase.
    let e = head
        .with("test", |s| s.check_pack_passphrase(&id, None))
        .expect_err("needs it");
    assert_eq!(e.kind, ErrorKind::Locked);
    head.with("test", |s| s.check_pack_passphrase(&id, Some(&key)))
        .expect("the same passphrase");
}
