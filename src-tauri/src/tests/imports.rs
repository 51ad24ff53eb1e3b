//! Pack imports through the shell, without a window: a previewed import
//! commits exactly what it showed, a corrupted pack refuses the whole set,
//! and a conflict shows both values and which one stands.

use super::demo;
use crate::commands::{commit_pending, preview_files};
use crate::tokens::Tokens;
use crate::wire::Kept;

#[test]
fn a_previewed_import_commits_exactly_what_it_showed() {
    let (dir, app, id) = demo();
    let x = Tokens::default();
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
    let x = Tokens::default();
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
    let x = Tokens::default();
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
