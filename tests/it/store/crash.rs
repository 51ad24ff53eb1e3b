//! kill -9 in the middle of writing: a child process saves answers as fast
//! as it can and reports each one after `save_answer` returned; it is
//! killed with SIGKILL at a random moment, 20 times over the same file.
//! After each kill every reported answer must be there and
//! `PRAGMA integrity_check` must say ok.
//!
//! The child is this test binary itself, running [`writer_loop`] with
//! [`CHILD_ENV`] set to the database path.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use cx_maturity::model::AnswerValue;
use cx_maturity::store::Store;

const CHILD_ENV: &str = "CXM_CRASH_WRITER_DB";

/// Saves answers into the database at `db` until `limit` are saved, printing
/// `SAVED <respondent> <question> <value>` after each commit; returns them.
fn write_answers(db: &Path, limit: usize) -> Vec<(String, String, AnswerValue)> {
    let mut store = Store::open(db).expect("child opens the store");
    let id = match store.list_assessments().expect("list").first() {
        Some(a) => a.id.clone(),
        None => super::small_assessment(&mut store),
    };
    let dept = store.department_by_name(&id, "Sales").expect("department");
    let questions: Vec<String> = super::builtin()
        .questions()
        .map(|(_, q)| q.id.clone())
        .collect();
    let mut saved = Vec::new();
    let mut respondent = String::new();
    for i in 0..limit {
        // A new respondent for every round of questions, so no answer is
        // ever overwritten and each reported one must still read back.
        if i % questions.len() == 0 {
            respondent = store
                .add_respondent(&id, &dept.id, &format!("writer {i}"), None, false)
                .expect("add respondent")
                .id;
        }
        let q = &questions[i % questions.len()];
        let value = AnswerValue::Level(u8::try_from(1 + i % 5).expect("small"));
        store
            .save_answer(&respondent, q, value, Some("ünïcødé ✓"))
            .expect("save");
        println!("SAVED {respondent} {q} {value}");
        saved.push((respondent.clone(), q.clone(), value));
    }
    saved
}

/// In a child (see [`CHILD_ENV`]): writes until killed. Otherwise: a short
/// bounded run whose every reported answer must read back.
#[test]
fn writer_loop() {
    if let Some(db) = std::env::var_os(CHILD_ENV) {
        write_answers(Path::new(&db), usize::MAX);
        return;
    }
    let (dir, store) = super::temp_store();
    drop(store);
    let saved = write_answers(&super::db_path(&dir), 120);
    let store = Store::open(&super::db_path(&dir)).unwrap();
    let stored = stored_answers(&store);
    assert_eq!(stored.len(), 120);
    for (r, q, v) in saved {
        assert_eq!(stored.get(&(r, q)), Some(&v));
    }
}

fn stored_answers(store: &Store) -> HashMap<(String, String), AnswerValue> {
    let mut all = HashMap::new();
    for a in store.list_assessments().unwrap() {
        for x in store.load(&a.id).unwrap().answers {
            all.insert(
                (x.respondent_id.to_string(), x.question_id.to_string()),
                x.value,
            );
        }
    }
    all
}

/// A small xorshift: the kill moments differ from run to run (seeded by
/// the clock) and the seed is printed so a failure can be replayed.
fn next(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn sigkill_while_writing_loses_no_saved_answer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0x9E37_79B9_7F4A_7C15, |d| d.as_nanos() as u64)
        | 1;
    let first_seed = seed;
    let mut reported: Vec<(String, String, AnswerValue)> = Vec::new();
    for round in 0..20 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "store::crash::writer_loop",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &db)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| {
                    let mut parts = line.strip_prefix("SAVED ")?.split(' ');
                    let r = parts.next()?.to_owned();
                    let q = parts.next()?.to_owned();
                    let v: AnswerValue = parts.next()?.parse().ok()?;
                    Some((r, q, v))
                })
                .collect::<Vec<_>>()
        });
        let wait = 40 + next(&mut seed) % 260;
        std::thread::sleep(Duration::from_millis(wait));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let saved = reader.join().unwrap();
        reported.extend(saved);

        let store = Store::open(&db)
            .unwrap_or_else(|e| panic!("round {round} (seed {first_seed}): reopen failed: {e}"));
        store
            .check_integrity()
            .unwrap_or_else(|e| panic!("round {round} (seed {first_seed}): {e}"));
        let stored = stored_answers(&store);
        for (r, q, v) in &reported {
            assert_eq!(
                stored.get(&(r.clone(), q.clone())),
                Some(v),
                "round {round} (seed {first_seed}): reported answer {r}/{q} lost"
            );
        }
    }
    assert!(!reported.is_empty(), "the child never got to save anything");
}
