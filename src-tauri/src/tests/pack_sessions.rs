//! The department head's side of packs in the shell: a session's summary
//! as the screens see it, with progress and whether it was saved since.

use cx_maturity::model::AnswerValue;
use cx_maturity::{pack, questionnaire};

use crate::commands::pack_session_view;
use crate::state::AppState;

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
            pack_session_view(s, &id)
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
            pack_session_view(s, &id)
        })
        .expect("save");
    assert!(!saved.session.unsaved_changes);
    assert_eq!(
        saved.session.saved_file.as_deref(),
        Some("filled.cxpack.json")
    );
}
