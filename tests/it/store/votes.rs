//! Live-workshop votes through the `Store` API: a vote is the answer, the
//! first vote is kept beside it, bad votes change nothing, the undo of a
//! removal keeps the votes, an older database upgrades.

use cx_maturity::ErrorKind;
use cx_maturity::model::{AnswerValue, VoteRound};
use cx_maturity::store::Store;

use super::{answer_of, db_path, dump, small_assessment, temp_store};

const Q: &str = "vision.statement";

fn participant(store: &mut Store, id: &str, name: &str) -> String {
    let sales = store.department_by_name(id, "Sales").unwrap().id;
    store
        .add_respondent(id, &sales, name, None, false)
        .unwrap()
        .id
}

#[test]
fn a_blind_vote_is_the_answer_and_the_first_vote_a_revote_only_the_answer() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let ann = participant(&mut store, &id, "Ann");

    // Ann changes her mind before the reveal: the vote standing then is
    // her first vote.
    store
        .save_vote(&ann, Q, AnswerValue::Level(2), VoteRound::Blind)
        .unwrap();
    store
        .save_vote(&ann, Q, AnswerValue::Level(3), VoteRound::Blind)
        .unwrap();
    let votes = store.first_votes(&id).unwrap();
    assert_eq!(votes.len(), 1);
    assert_eq!(
        (votes[0].value, votes[0].revoted_at),
        (AnswerValue::Level(3), None)
    );
    assert_eq!(answer_of(&store, &ann, Q), Some(AnswerValue::Level(3)));

    // After the discussion she re-votes 4: the answer moves, the first
    // vote stays, the re-vote is stamped.
    let saved = store
        .save_vote(&ann, Q, AnswerValue::Level(4), VoteRound::Revote)
        .unwrap();
    assert_eq!(saved.value, AnswerValue::Level(4));
    assert_eq!(answer_of(&store, &ann, Q), Some(AnswerValue::Level(4)));
    let votes = store.first_votes(&id).unwrap();
    assert_eq!(votes[0].value, AnswerValue::Level(3));
    assert_eq!(votes[0].revoted_at, Some(saved.updated_at));

    // The scorecard reads her final vote like any answer.
    let data = store.load(&id).unwrap();
    assert_eq!(data.answers.len(), 1);
    assert_eq!(data.answers[0].value, AnswerValue::Level(4));
}

#[test]
fn a_vote_only_after_the_reveal_has_no_first_vote() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let late = participant(&mut store, &id, "Late");
    store
        .save_vote(&late, Q, AnswerValue::Level(5), VoteRound::Revote)
        .unwrap();
    assert_eq!(answer_of(&store, &late, Q), Some(AnswerValue::Level(5)));
    assert!(store.first_votes(&id).unwrap().is_empty());
}

#[test]
fn a_vote_keeps_the_comment_of_the_answer() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let ann = participant(&mut store, &id, "Ann");
    store
        .save_answer(&ann, Q, AnswerValue::Level(1), Some("from the kick-off"))
        .unwrap();
    let saved = store
        .save_vote(&ann, Q, AnswerValue::Level(2), VoteRound::Blind)
        .unwrap();
    assert_eq!(saved.comment.as_deref(), Some("from the kick-off"));
    let stored = store.answers_of(&ann).unwrap();
    assert_eq!(stored[0].comment.as_deref(), Some("from the kick-off"));
}

#[test]
fn bad_votes_are_refused_and_change_nothing() {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let ann = participant(&mut store, &id, "Ann");
    store
        .save_vote(&ann, Q, AnswerValue::Level(2), VoteRound::Blind)
        .unwrap();
    store
        .save_vote(&ann, Q, AnswerValue::Level(3), VoteRound::Revote)
        .unwrap();
    let before = dump(&db_path(&dir));

    let cases = [
        // The same checks as an answer: the question, the level, the respondent.
        (
            store.save_vote(&ann, "no.such", AnswerValue::Level(3), VoteRound::Blind),
            ErrorKind::NotFound,
            "no.such",
        ),
        (
            store.save_vote(&ann, Q, AnswerValue::Level(6), VoteRound::Blind),
            ErrorKind::InvalidInput,
            "between 1 and 5",
        ),
        (
            store.save_vote(&ann, Q, AnswerValue::Level(0), VoteRound::Revote),
            ErrorKind::InvalidInput,
            "between 1 and 5",
        ),
        (
            store.save_vote("nobody", Q, AnswerValue::Level(3), VoteRound::Blind),
            ErrorKind::NotFound,
            "nobody",
        ),
        // A blind vote once the participant re-voted would rewrite history.
        (
            store.save_vote(&ann, Q, AnswerValue::Level(1), VoteRound::Blind),
            ErrorKind::InvalidInput,
            "re-vote",
        ),
    ];
    for (result, kind, says) in cases {
        let e = result.unwrap_err();
        assert_eq!(e.kind(), kind, "{e}");
        assert!(e.to_string().contains(says), "{e}");
    }
    assert_eq!(dump(&db_path(&dir)), before);
}

#[test]
fn removing_a_participant_and_undoing_it_keeps_their_first_votes() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let ann = participant(&mut store, &id, "Ann");
    store
        .save_vote(&ann, Q, AnswerValue::Level(2), VoteRound::Blind)
        .unwrap();
    store
        .save_vote(&ann, Q, AnswerValue::Level(4), VoteRound::Revote)
        .unwrap();
    let votes = store.first_votes(&id).unwrap();

    let removed = store.remove_respondent(&ann).unwrap();
    assert_eq!(removed.first_votes, votes);
    assert!(store.first_votes(&id).unwrap().is_empty());
    store.restore_respondent(&removed).unwrap();
    assert_eq!(store.first_votes(&id).unwrap(), votes);
    assert_eq!(answer_of(&store, &ann, Q), Some(AnswerValue::Level(4)));
}

#[test]
fn first_votes_are_those_of_the_assessment_only() {
    let (_dir, mut store) = temp_store();
    let one = small_assessment(&mut store);
    let two = small_assessment(&mut store);
    let ann = participant(&mut store, &one, "Ann");
    let bob = participant(&mut store, &two, "Bob");
    for r in [&ann, &bob] {
        store
            .save_vote(r, Q, AnswerValue::Level(3), VoteRound::Blind)
            .unwrap();
    }
    let of_one = store.first_votes(&one).unwrap();
    assert_eq!(of_one.len(), 1);
    assert_eq!(of_one[0].respondent_id, ann);
    assert_eq!(
        store.first_votes("nope").unwrap_err().kind(),
        ErrorKind::NotFound
    );
}

#[test]
fn a_database_of_schema_4_upgrades_with_its_answers_and_no_votes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let (id, ann) = {
        let mut store = Store::open(&path).unwrap();
        let id = small_assessment(&mut store);
        let ann = participant(&mut store, &id, "Ann");
        store
            .save_answer(&ann, Q, AnswerValue::Level(4), None)
            .unwrap();
        (id, ann)
    };
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("ALTER TABLE pack_sessions DROP COLUMN passphrase_check; ALTER TABLE answers DROP COLUMN do_not_quote; ALTER TABLE assessments DROP COLUMN anonymity_threshold; ALTER TABLE assessments DROP COLUMN anonymous; ALTER TABLE respondents DROP COLUMN locale; ALTER TABLE assessments DROP COLUMN report_locale; DROP INDEX assessments_next_round; ALTER TABLE answers DROP COLUMN carried; ALTER TABLE assessments DROP COLUMN previous_id; DROP TABLE workshop_votes; PRAGMA user_version = 4;")
            .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    assert!(store.first_votes(&id).unwrap().is_empty());
    assert_eq!(answer_of(&store, &ann, Q), Some(AnswerValue::Level(4)));
    store
        .save_vote(&ann, Q, AnswerValue::Level(2), VoteRound::Blind)
        .unwrap();
    assert_eq!(store.first_votes(&id).unwrap().len(), 1);
}
