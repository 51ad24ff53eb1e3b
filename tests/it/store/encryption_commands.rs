//! `cxm` with encrypted databases: `--passphrase-file` on any command,
//! `cxm passphrase set/remove`, and the passphrase change killed with
//! SIGKILL at 30 moments from its start to past its end: each time either the
//! old or the new passphrase opens the file, with every answer in it.

use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Instant;

use cx_maturity::Passphrase;
use cx_maturity::model::AnswerValue;
use cx_maturity::store::Store;

use crate::util::cxm;

fn phrase(text: &str) -> Passphrase {
    Passphrase::new(text.to_owned()).unwrap()
}

/// A passphrase file holding `text` and a newline, as `echo` writes it.
fn phrase_file(dir: &Path, name: &str, text: &str) -> PathBuf {
    let file = dir.join(name);
    std::fs::write(&file, format!("{text}\n")).unwrap();
    file
}

/// `cxm --db DB --passphrase-file FILE ARGS…`, run to its end.
fn with_phrase(db: &Path, file: &Path, args: &[&str]) -> Output {
    cxm(db)
        .arg("--passphrase-file")
        .arg(file)
        .args(args)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_command_takes_the_passphrase_file_and_refuses_clearly_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cx.db");
    let right = phrase_file(dir.path(), "right.txt", "open sesame");
    let wrong = phrase_file(dir.path(), "wrong.txt", "open barley");

    // Plain first; then encrypted with `passphrase set`.
    let out = cxm(&db).args(["demo"]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    let out = cxm(&db)
        .args(["passphrase", "set", "--new-passphrase-file"])
        .arg(&right)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("now encrypted"));

    let before = std::fs::read(&db).unwrap();
    let out = cxm(&db).args(["score", &id]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is encrypted: give its passphrase"),
        "{}",
        stderr(&out)
    );
    let out = with_phrase(&db, &wrong, &["score", &id]);
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert!(text.contains("the passphrase does not open"), "{text}");
    assert!(!text.contains("barley") && !text.contains("hmac"), "{text}");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "a refused open changed the file"
    );

    let out = with_phrase(&db, &right, &["score", &id]);
    assert!(out.status.success(), "{}", stderr(&out));

    // An unreadable passphrase file: exit 1, nothing opened.
    let out = with_phrase(&db, &dir.path().join("missing.txt"), &["score", &id]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("missing.txt"), "{}", stderr(&out));

    // Remove it: plain again, and a passphrase is then refused.
    let out = with_phrase(&db, &right, &["passphrase", "remove"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = with_phrase(&db, &right, &["score", &id]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not encrypted"),
        "{}",
        stderr(&out)
    );
    let out = cxm(&db).args(["score", &id]).output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
}

/// Every answer of every assessment, sorted.
fn all_answers(store: &Store) -> Vec<(String, String, AnswerValue)> {
    let mut all = Vec::new();
    for a in store.list_assessments().unwrap() {
        for x in store.load(&a.id).unwrap().answers {
            all.push((
                x.respondent_id.to_string(),
                x.question_id.to_string(),
                x.value,
            ));
        }
    }
    all.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    all
}

/// An encrypted database with `respondents` respondents who each answered
/// every question of the built-in questionnaire.
fn many_answers(path: &Path, key: &Passphrase, respondents: usize) {
    let mut store = Store::open_with(path, Some(key)).unwrap();
    let id = super::small_assessment(&mut store);
    let dept = store.department_by_name(&id, "Sales").unwrap();
    let questions: Vec<String> = super::builtin()
        .questions()
        .map(|(_, q)| q.id.clone())
        .collect();
    for i in 0..respondents {
        let r = store
            .add_respondent(&id, &dept.id, &format!("respondent {i}"), None, false)
            .unwrap();
        let items: Vec<(&str, AnswerValue, Option<&str>)> = questions
            .iter()
            .enumerate()
            .map(|(n, q)| {
                let level = u8::try_from(1 + (i + n) % 5).unwrap();
                (q.as_str(), AnswerValue::Level(level), Some("a comment"))
            })
            .collect();
        store.save_answers(&r.id, &items).unwrap();
    }
    store.close().unwrap();
}

fn change_command(db: &Path, old: &Path, new: &Path) -> std::process::Command {
    let mut cmd = cxm(db);
    cmd.arg("--passphrase-file")
        .arg(old)
        .args(["passphrase", "set", "--new-passphrase-file"])
        .arg(new)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd
}

#[test]
fn a_passphrase_change_killed_at_any_moment_leaves_the_old_or_the_new_database_whole() {
    let dir = tempfile::tempdir().unwrap();
    let template = dir.path().join("template.db");
    let (old, new) = (phrase("the old one"), phrase("the new one"));
    let old_file = phrase_file(dir.path(), "old.txt", "the old one");
    let new_file = phrase_file(dir.path(), "new.txt", "the new one");
    many_answers(&template, &old, 60);
    let expected = all_answers(&Store::open_with(&template, Some(&old)).unwrap());
    assert!(expected.len() >= 2000, "only {} answers", expected.len());

    // How long one whole change takes, uninterrupted.
    let full = {
        let run = dir.path().join("full");
        std::fs::create_dir(&run).unwrap();
        let db = run.join("cx.db");
        std::fs::copy(&template, &db).unwrap();
        let start = Instant::now();
        assert!(
            change_command(&db, &old_file, &new_file)
                .status()
                .unwrap()
                .success()
        );
        start.elapsed()
    };

    let (mut old_kept, mut new_in_place) = (0, 0);
    for point in 0..30u32 {
        let run = dir.path().join(format!("run{point}"));
        std::fs::create_dir(&run).unwrap();
        let db = run.join("cx.db");
        std::fs::copy(&template, &db).unwrap();
        let mut child = change_command(&db, &old_file, &new_file).spawn().unwrap();
        // From the start to a little past the end of an uninterrupted run.
        std::thread::sleep(full.mul_f64(1.2 * f64::from(point) / 29.0));
        let _ = child.kill(); // SIGKILL on Unix; may have ended already
        child.wait().unwrap();

        let store = match Store::open_with(&db, Some(&old)) {
            Ok(store) => {
                old_kept += 1;
                store
            }
            Err(_) => {
                new_in_place += 1;
                Store::open_with(&db, Some(&new)).unwrap_or_else(|e| {
                    panic!("after a kill at {point}/29 of {full:?}, neither passphrase opens: {e}")
                })
            }
        };
        store.check_integrity().unwrap();
        assert_eq!(
            all_answers(&store),
            expected,
            "after a kill at {point}/29 of {full:?}, answers differ"
        );
        // No half-written copy of the data outlives the kill.
        let left: Vec<String> = std::fs::read_dir(&run)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "after a kill at {point}/29: {left:?}");
    }
    // The last points are past the end: the change happened there.
    assert!(new_in_place >= 1, "{old_kept} old, {new_in_place} new");
    eprintln!("passphrase change of {full:?}: old kept {old_kept}, new in place {new_in_place}");
}
