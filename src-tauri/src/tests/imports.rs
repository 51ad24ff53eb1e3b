//! Pack imports through the shell, without a window: a previewed import
//! commits exactly what it showed, a corrupted pack refuses the whole set,
//! a conflict shows both values and which one stands, and the window's
//! choices for conflicts are read, refused when given twice for one answer
//! or for an answer that is no conflict, and decide the commit.

use cx_maturity::pack::ConflictChoices;

use super::demo;
use crate::commands::{commit_pending, preview_files};
use crate::convert::imports::conflict_choices;
use crate::tokens::Tokens;
use crate::wire::{CommitImportArgs, DecidedBy, ErrorKind, Kept};

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

    let preview = preview_files(&app, &x, &id, std::slice::from_ref(&file), None).expect("preview");
    assert!(preview.can_commit);
    assert_eq!(preview.report.files[0].file_name, "sales.cxpack");
    assert_eq!(preview.report.files[0].department, "Sales");
    assert_eq!((preview.report.updated, preview.report.added), (1, 0));

    // The file changes on disk after the preview: the commit still takes
    // the packs that were read and shown.
    std::fs::write(&file, "garbage").expect("overwrite");
    let done =
        commit_pending(&app, &x, &id, &preview.token, &ConflictChoices::new()).expect("commit");
    assert_eq!(done.files, preview.report.files);
    // The token is spent.
    assert!(commit_pending(&app, &x, &id, &preview.token, &ConflictChoices::new()).is_err());
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
        // Cut off in the middle, as a mail client might: at a byte, which
        // may split a character of the questionnaire's translations.
        let bytes = text.as_bytes();
        std::fs::write(&bad, &bytes[..bytes.len() / 2]).map_err(|source| cx_maturity::Error::Io {
            path: bad.clone(),
            source,
        })
    })
    .expect("packs");
    let before = app
        .with("test", |s| s.load(&id).map(|d| format!("{:?}", d.answers)))
        .expect("answers");

    let preview = preview_files(&app, &x, &id, &[good, bad], None).expect("preview");
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

/// A Marketing pack whose first answer changed on both sides since the
/// export: "not applicable" in the app, then "don't know" in the pack later
/// still (so the rule keeps the pack's). The file, the respondent and the
/// question.
fn conflicting_pack(
    dir: &tempfile::TempDir,
    app: &crate::state::AppState,
    id: &str,
) -> (std::path::PathBuf, String, String) {
    let file = dir.path().join("mkt.cxpack");
    let (respondent, question) = app
        .with("test", |s| {
            let d = s.department_by_name(id, "Marketing")?;
            let mut p = s.export_pack(id, &d.id)?;
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
                Some("ours"),
            )?;
            // …and the head changes it in the pack later still.
            std::thread::sleep(std::time::Duration::from_millis(5));
            let a = &mut p.respondents[0].answers[0];
            a.value = "unknown".into();
            a.comment = Some("theirs".into());
            a.updated_at = time::OffsetDateTime::now_utc();
            cx_maturity::pack::write_file(&p, &file)?;
            Ok((rid, qid))
        })
        .expect("setup");
    (file, respondent, question)
}

/// The stored answer of one respondent to one question, as text.
fn stored(app: &crate::state::AppState, respondent: &str, question: &str) -> String {
    app.with("test", |s| {
        Ok(format!(
            "{:?}",
            s.answers_of(respondent)?
                .into_iter()
                .find(|a| &*a.question_id == question)
        ))
    })
    .expect("answers")
}

#[test]
fn conflicts_show_both_values_and_which_wins() {
    let (dir, app, id) = demo();
    let x = Tokens::default();
    let (file, respondent, question) = conflicting_pack(&dir, &app, &id);
    let preview = preview_files(&app, &x, &id, &[file], None).expect("preview");
    let c = &preview.report.files[0].conflicts;
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].respondent_id.as_str(), c[0].question_id.as_str()),
        (respondent.as_str(), question.as_str())
    );
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
    // The preview is the rule's: what the window preselects.
    assert_eq!(
        (c[0].rule_keeps, c[0].decided_by),
        (Kept::Pack, DecidedBy::Rule)
    );
}

#[test]
fn the_windows_choices_are_read_one_per_answer() {
    let args: CommitImportArgs = serde_json::from_value(serde_json::json!({
        "assessmentId": "a-1",
        "token": "import-1",
        "choices": [
            {"respondentId": "r-1", "questionId": "vision.statement", "keep": "database"},
            {"respondentId": "r-2", "questionId": "vision.statement", "keep": "pack"},
        ],
    }))
    .expect("args");
    let choices = conflict_choices(&args.choices).expect("choices");
    assert_eq!(choices.len(), 2);
    assert_eq!(
        (
            choices.get("r-1", "vision.statement"),
            choices.get("r-2", "vision.statement"),
            choices.get("r-1", "voc.churn"),
        ),
        (
            Some(cx_maturity::pack::Kept::Database),
            Some(cx_maturity::pack::Kept::Pack),
            None
        )
    );
    // No choice at all: the rule decides every conflict.
    let none: CommitImportArgs = serde_json::from_value(serde_json::json!({
        "assessmentId": "a-1", "token": "import-1", "choices": [],
    }))
    .expect("empty");
    assert!(conflict_choices(&none.choices).expect("none").is_empty());

    // A side that is neither, or no list at all, is not an argument.
    for bad in [
        serde_json::json!({"assessmentId": "a-1", "token": "t", "choices": [
            {"respondentId": "r-1", "questionId": "q", "keep": "mine"}]}),
        serde_json::json!({"assessmentId": "a-1", "token": "t"}),
    ] {
        assert!(
            serde_json::from_value::<CommitImportArgs>(bad.clone()).is_err(),
            "{bad}"
        );
    }

    // Two choices for one answer: refused, naming it.
    let twice: CommitImportArgs = serde_json::from_value(serde_json::json!({
        "assessmentId": "a-1", "token": "import-1", "choices": [
            {"respondentId": "r-1", "questionId": "vision.statement", "keep": "database"},
            {"respondentId": "r-1", "questionId": "vision.statement", "keep": "pack"},
        ],
    }))
    .expect("args");
    let e = conflict_choices(&twice.choices).expect_err("twice");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert!(
        e.message
            .contains("respondent r-1 to question vision.statement"),
        "{}",
        e.message
    );
}

#[test]
fn keeping_ours_on_a_conflict_the_pack_would_win_commits_our_answer() {
    let (dir, app, id) = demo();
    let x = Tokens::default();
    let (file, respondent, question) = conflicting_pack(&dir, &app, &id);
    let ours = stored(&app, &respondent, &question);
    let preview = preview_files(&app, &x, &id, &[file], None).expect("preview");
    assert_eq!(preview.report.files[0].conflicts[0].kept, Kept::Pack);

    let args: CommitImportArgs = serde_json::from_value(serde_json::json!({
        "assessmentId": id, "token": preview.token, "choices": [
            {"respondentId": respondent, "questionId": question, "keep": "database"}],
    }))
    .expect("args");
    let choices = conflict_choices(&args.choices).expect("choices");
    let done = commit_pending(&app, &x, &id, &args.token, &choices).expect("commit");
    let c = &done.files[0].conflicts[0];
    assert_eq!(
        (c.kept, c.rule_keeps, c.decided_by),
        (Kept::Database, Kept::Pack, DecidedBy::Choice)
    );
    assert_eq!(stored(&app, &respondent, &question), ours);
    assert!(
        ours.contains("NotApplicable") && ours.contains("\"ours\""),
        "{ours}"
    );
}

#[test]
fn a_choice_for_an_answer_that_is_no_conflict_is_refused_and_the_packs_stay_held() {
    let (dir, app, id) = demo();
    let x = Tokens::default();
    let (file, respondent, question) = conflicting_pack(&dir, &app, &id);
    let preview = preview_files(&app, &x, &id, &[file], None).expect("preview");
    let before = app
        .with("test", |s| s.load(&id).map(|d| format!("{:?}", d.answers)))
        .expect("answers");

    // A question no pack answers: no conflict to decide.
    let mut bad = ConflictChoices::new();
    bad.choose(
        respondent.as_str(),
        "no-such.question",
        cx_maturity::pack::Kept::Pack,
    );
    let e = commit_pending(&app, &x, &id, &preview.token, &bad).expect_err("refused");
    assert_eq!(e.kind, ErrorKind::InvalidInput);
    assert!(
        e.message.contains("on question no-such.question") && e.message.contains(&respondent),
        "{}",
        e.message
    );
    assert!(
        e.message.starts_with("Nothing was imported"),
        "{}",
        e.message
    );
    let after = app
        .with("test", |s| s.load(&id).map(|d| format!("{:?}", d.answers)))
        .expect("answers");
    assert_eq!(before, after);

    // The packs are still held: the commit with a good choice goes through.
    let mut good = ConflictChoices::new();
    good.choose(
        respondent.as_str(),
        question.as_str(),
        cx_maturity::pack::Kept::Pack,
    );
    let done = commit_pending(&app, &x, &id, &preview.token, &good).expect("commit");
    assert_eq!(done.files[0].conflicts[0].decided_by, DecidedBy::Choice);
}
