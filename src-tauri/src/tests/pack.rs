//! The department head's side of packs in the shell: which database the app
//! opens (`--database` beats `CXM_DB` beats the default), the filled pack's
//! default name and ending, and a session's summary as the screens see it.

use std::ffi::OsString;
use std::path::PathBuf;

use cx_maturity::model::AnswerValue;
use cx_maturity::{pack, questionnaire};

use crate::commands_pack::{default_file_name, session_view, with_pack_extension};
use crate::state::{AppState, choose_database, database_arg};

fn args(list: &[&str]) -> Vec<OsString> {
    list.iter().map(OsString::from).collect()
}

#[test]
fn the_database_argument_is_read_in_both_spellings_and_the_last_wins() {
    assert_eq!(
        database_arg(args(&["--database", "/tmp/head.db"])),
        Some(PathBuf::from("/tmp/head.db"))
    );
    assert_eq!(
        database_arg(args(&["--database=/tmp/b.db"])),
        Some(PathBuf::from("/tmp/b.db"))
    );
    assert_eq!(
        database_arg(args(&[
            "--database",
            "/a.db",
            "--other",
            "--database=/b.db"
        ])),
        Some(PathBuf::from("/b.db"))
    );
    // No value, an empty value, or no argument: not given.
    assert_eq!(database_arg(args(&["--database"])), None);
    assert_eq!(database_arg(args(&["--database="])), None);
    assert_eq!(database_arg(args(&["--verbose"])), None);
}

#[test]
fn the_argument_beats_the_environment_which_beats_the_default() {
    let arg = Some(PathBuf::from("/arg.db"));
    let env = Some(OsString::from("/env.db"));
    let default = Some(PathBuf::from("/default.db"));
    assert_eq!(
        choose_database(arg.clone(), env.clone(), default.clone()),
        arg
    );
    assert_eq!(
        choose_database(None, env, default.clone()),
        Some(PathBuf::from("/env.db"))
    );
    assert_eq!(
        choose_database(None, Some(OsString::new()), default.clone()),
        default
    );
    assert_eq!(choose_database(None, None, None), None);
}

#[test]
fn the_filled_pack_is_named_after_organisation_and_department() {
    assert_eq!(
        default_file_name("Nordlicht Haushaltswaren GmbH", "Customer Service"),
        "Nordlicht-Haushaltswaren-GmbH-Customer-Service-filled.cxpack.json"
    );
    // Separators and dots that would make a folder or a hidden file go.
    assert_eq!(
        default_file_name("../A/B", ".Sales & Marketing"),
        "A-B-Sales-Marketing-filled.cxpack.json"
    );
    assert_eq!(
        default_file_name("", "  "),
        "self-assessment-filled.cxpack.json"
    );
    assert_eq!(
        with_pack_extension(PathBuf::from("/x/mine")),
        PathBuf::from("/x/mine.cxpack.json")
    );
    assert_eq!(
        with_pack_extension(PathBuf::from("/x/mine.JSON")),
        PathBuf::from("/x/mine.JSON")
    );
}

#[test]
fn a_session_is_shown_with_progress_and_whether_it_was_saved_since() {
    let dir = tempfile::tempdir().expect("temp dir");
    let consultant = AppState::open(dir.path().join("consultant.db"));
    let head = AppState::open(dir.path().join("head.db"));
    let q = questionnaire::builtin(questionnaire::DEFAULT_ID).expect("built-in");
    let file = dir.path().join("acme-sales.cxpack.json");
    let id = consultant
        .with("test", |s| {
            let id = s.create_assessment("Acme", "Spring", &q, &["Sales", "IT"])?;
            let sales = s.department_by_name(&id, "Sales")?;
            let p = s.export_pack(&id, &sales.id)?;
            pack::write_file(&p, &file)?;
            Ok(id)
        })
        .expect("export");
    let view = head
        .with("test", |s| {
            let opened = s.open_pack_session(&file)?;
            let me = s.add_respondent(&id, &opened.session.department_id, "Ines", None, false)?;
            s.save_answer(
                &me.id,
                &q.dimensions[0].questions[0].id,
                AnswerValue::Level(3),
                None,
            )?;
            session_view(s, &id)
        })
        .expect("open and answer");
    let s = &view.session;
    assert_eq!(
        (s.department.as_str(), s.source_file.as_str()),
        ("Sales", "acme-sales.cxpack.json")
    );
    // 1 respondent × 50 questions, 1 answered; never saved.
    assert_eq!((s.answered, s.expected, s.unsaved_changes), (1, 50, true));
    // The session holds only its own department.
    let names: Vec<&str> = view
        .view
        .departments
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    assert_eq!(names, ["Sales"]);
    let saved = head
        .with("test", |s| {
            s.save_filled_pack(&id, &dir.path().join("filled.cxpack.json"))?;
            session_view(s, &id)
        })
        .expect("save");
    assert!(!saved.session.unsaved_changes);
    assert_eq!(
        saved.session.saved_file.as_deref(),
        Some("filled.cxpack.json")
    );
}
