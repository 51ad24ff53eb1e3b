//! Rounds through the `Store` API: what the next round takes from the
//! previous one, carried answers and their confirmation, a chain that never
//! forks, a changed questionnaire, and a failure midway that leaves nothing.

use cx_maturity::model::{ActionEdit, ActionStatus, AnswerValue, DimensionSetting, EvidenceMetric};
use cx_maturity::roadmap::Phase;
use cx_maturity::store::{NextRound, RespondentChoice, Store};
use cx_maturity::{Error, ErrorKind};

use super::{builtin, db_path, dump, small_assessment, temp_store};

const Q1: &str = "vision.statement";
const Q2: &str = "vision.strategy-link";

fn plan(carry: bool, respondents: RespondentChoice) -> NextRound {
    NextRound {
        title: None,
        respondents,
        carry_answers: carry,
        questionnaire: None,
    }
}

/// A first round: two respondents with answers and comments, a target,
/// a capacity, roadmap edits and customer evidence.
fn first_round(store: &mut Store) -> (String, String, String) {
    let id = small_assessment(store);
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let service = store.department_by_name(&id, "Service").unwrap().id;
    let ann = store
        .add_respondent(&id, &sales, "Ann", Some("Head of sales"), false)
        .unwrap()
        .id;
    let bob = store
        .add_respondent(&id, &service, "Bob", None, false)
        .unwrap()
        .id;
    store
        .save_answer(&ann, Q1, AnswerValue::Level(2), Some("Only a slide"))
        .unwrap();
    store
        .save_answer(&ann, Q2, AnswerValue::Unknown, None)
        .unwrap();
    store
        .save_answer(&bob, Q1, AnswerValue::Level(3), None)
        .unwrap();
    store
        .set_dimension_setting(
            &id,
            &DimensionSetting {
                dimension_id: "vision".into(),
                target: Some(4),
                importance: Some(5),
            },
        )
        .unwrap();
    store
        .set_roadmap_capacity(&id, Phase::Now, Some(5))
        .unwrap();
    let action = builtin().actions().next().unwrap().2.id.clone();
    store
        .set_action_edit(
            &id,
            &ActionEdit {
                action_id: action,
                owner: Some("Dana".into()),
                due: None,
                status: Some(ActionStatus::Done),
                notes: Some("Signed off in March".into()),
                dropped: false,
            },
        )
        .unwrap();
    store
        .record_evidence(&id, &[(EvidenceMetric::Nps, -12.0)], None, Some("Survey"))
        .unwrap();
    (id, ann, bob)
}

#[test]
fn the_next_round_takes_people_targets_and_plan_but_not_the_evidence() {
    let (_dir, mut store) = temp_store();
    let (id, _, _) = first_round(&mut store);
    let started = store
        .start_next_round(&id, &plan(false, RespondentChoice::All))
        .unwrap();
    assert_eq!(started.title, "Spring review (round 2)");
    assert_eq!(started.respondents, 2);
    assert_eq!(started.carried_answers, 0);
    assert!(started.questions_added.is_empty() && started.questions_removed.is_empty());

    let next = store.load(&started.id).unwrap();
    assert_eq!(next.assessment.previous_id.as_deref(), Some(id.as_str()));
    assert_eq!(next.assessment.organisation, "Acme");
    let names: Vec<&str> = next.departments.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Sales", "Service"]);
    let ann = next.respondents.iter().find(|r| r.name == "Ann").unwrap();
    assert_eq!(ann.role.as_deref(), Some("Head of sales"));
    assert_eq!(
        next.departments
            .iter()
            .find(|d| d.id == ann.department_id)
            .unwrap()
            .name,
        "Sales"
    );
    assert!(next.answers.is_empty());
    assert!(
        next.evidence.is_empty(),
        "customer evidence belongs to a period"
    );
    assert_eq!(next.settings[0].target, Some(4));
    assert_eq!(next.settings[0].importance, Some(5));
    assert_eq!(next.capacity.now, Some(5));
    assert_eq!(next.action_edits.len(), 1);
    assert_eq!(next.action_edits[0].status, Some(ActionStatus::Done));
    assert_eq!(
        next.action_edits[0].notes.as_deref(),
        Some("Signed off in March")
    );

    // The list numbers the rounds and says which one has a next round.
    let list = store.list_assessments().unwrap();
    let first = list.iter().find(|a| a.id == id).unwrap();
    let second = list.iter().find(|a| a.id == started.id).unwrap();
    assert_eq!((first.round, first.has_next_round), (1, true));
    assert_eq!((second.round, second.has_next_round), (2, false));
    assert_eq!(store.rounds(&id).unwrap().len(), 2);

    // Keeping only Bob.
    let (_dir2, mut other) = temp_store();
    let (id2, _, bob) = first_round(&mut other);
    let only = other
        .start_next_round(&id2, &plan(true, RespondentChoice::Only(vec![bob])))
        .unwrap();
    let data = other.load(&only.id).unwrap();
    assert_eq!(data.respondents.len(), 1);
    assert_eq!(data.respondents[0].name, "Bob");
    assert_eq!(only.carried_answers, 1);
}

#[test]
fn carried_answers_survive_a_restart_and_one_action_confirms_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cx.db");
    let next_id = {
        let mut store = Store::open(&path).unwrap();
        let (id, _, _) = first_round(&mut store);
        let started = store
            .start_next_round(&id, &plan(true, RespondentChoice::All))
            .unwrap();
        assert_eq!(started.carried_answers, 3);
        started.id
    };
    let mut store = Store::open(&path).unwrap();
    let data = store.load(&next_id).unwrap();
    assert_eq!(data.answers.len(), 3);
    assert!(data.answers.iter().all(|a| a.carried));
    let ann = data
        .respondents
        .iter()
        .find(|r| r.name == "Ann")
        .unwrap()
        .id
        .clone();
    let bob = data
        .respondents
        .iter()
        .find(|r| r.name == "Bob")
        .unwrap()
        .id
        .clone();
    let carried = data
        .answers
        .iter()
        .find(|a| *a.respondent_id == *ann && &*a.question_id == Q1)
        .unwrap();
    assert_eq!(carried.value, AnswerValue::Level(2));
    assert_eq!(carried.comment.as_deref(), Some("Only a slide"));

    // Ann confirms hers as it is: same value and comment, no longer carried.
    let confirmed = store.confirm_answer(&ann, Q1).unwrap();
    assert!(!confirmed.carried);
    assert_eq!(confirmed.value, AnswerValue::Level(2));
    assert_eq!(confirmed.comment.as_deref(), Some("Only a slide"));
    // Bob changes his: a changed answer is his own too.
    store
        .save_answer(&bob, Q1, AnswerValue::Level(4), None)
        .unwrap();

    drop(store);
    let store = Store::open(&path).unwrap();
    let data = store.load(&next_id).unwrap();
    let carried: Vec<(&str, &str)> = data
        .answers
        .iter()
        .filter(|a| a.carried)
        .map(|a| (&*a.respondent_id, &*a.question_id))
        .collect();
    assert_eq!(carried, [(ann.as_str(), Q2)]);
    // The previous round's answers are untouched.
    let first = store
        .load(data.assessment.previous_id.as_deref().unwrap())
        .unwrap();
    assert!(first.answers.iter().all(|a| !a.carried));
    assert_eq!(first.answers.len(), 3);
}

#[test]
fn a_round_with_a_next_round_cannot_start_another_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let mut store = Store::open(&path).unwrap();
    let (id, _, _) = first_round(&mut store);
    store
        .start_next_round(&id, &plan(true, RespondentChoice::All))
        .unwrap();
    let before = dump(&path);
    let err = store
        .start_next_round(&id, &plan(false, RespondentChoice::All))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    let message = err.to_string();
    assert!(message.contains("already has a next round"), "{message}");
    assert!(message.contains("Spring review (round 2)"), "{message}");
    assert!(message.contains("latest round"), "{message}");
    assert_eq!(dump(&path), before);
}

#[test]
fn bad_choices_are_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let mut store = Store::open(&path).unwrap();
    let (id, _, _) = first_round(&mut store);
    let before = dump(&path);
    let err = store
        .start_next_round(&id, &plan(true, RespondentChoice::None))
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("carried forward with the respondents"),
        "{err}"
    );
    let err = store
        .start_next_round(
            &id,
            &plan(false, RespondentChoice::Only(vec!["nobody".into()])),
        )
        .unwrap_err();
    assert!(
        matches!(err, Error::NotFound { ref id, .. } if id == "nobody"),
        "{err}"
    );
    let err = store
        .start_next_round("no-such-id", &plan(false, RespondentChoice::All))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
    let mut other = builtin();
    other.id = "another".into();
    let err = store
        .start_next_round(
            &id,
            &NextRound {
                questionnaire: Some(other),
                ..plan(false, RespondentChoice::All)
            },
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("must be taken with the questionnaire"),
        "{err}"
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_failure_midway_leaves_nothing_of_the_new_round() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let mut store = Store::open(&path).unwrap();
    let (id, _, _) = first_round(&mut store);
    // The last step of the copy (the roadmap edits, after the assessment,
    // departments, respondents, answers and targets) fails, as a full
    // disk would.
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER fail_edits BEFORE INSERT ON action_edits \
             BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;",
        )
        .unwrap();
    let before = dump(&path);
    let err = store
        .start_next_round(&id, &plan(true, RespondentChoice::All))
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Storage);
    assert!(
        err.to_string()
            .contains("could not carry the roadmap forward"),
        "{err}"
    );
    assert_eq!(dump(&path), before);
    assert_eq!(store.list_assessments().unwrap().len(), 1);
}

#[test]
fn a_newer_questionnaire_carries_answers_by_question_id_and_names_the_changes() {
    let (_dir, mut store) = temp_store();
    let (id, _, _) = first_round(&mut store);
    // Version 1.1: Q2 is gone, a new question joins the vision dimension.
    let mut newer = builtin();
    newer.version = "1.1.0".into();
    let vision = newer
        .dimensions
        .iter_mut()
        .find(|d| d.id == "vision")
        .unwrap();
    let mut added = vision.questions[0].clone();
    added.id = "vision.new-question".into();
    vision.questions.retain(|q| q.id != Q2);
    vision.questions.push(added);
    let started = store
        .start_next_round(
            &id,
            &NextRound {
                questionnaire: Some(newer),
                ..plan(true, RespondentChoice::All)
            },
        )
        .unwrap();
    assert_eq!(started.questions_added, ["vision.new-question"]);
    assert_eq!(started.questions_removed, [Q2]);
    // Ann's "don't know" on Q2 has no question to go to: two of three.
    assert_eq!(started.carried_answers, 2);
    let data = store.load(&started.id).unwrap();
    assert_eq!(data.assessment.questionnaire_version, "1.1.0");
    assert!(data.questionnaire.question("vision.new-question").is_some());
    assert!(data.answers.iter().all(|a| &*a.question_id == Q1));
}

#[test]
fn a_pack_of_a_round_shows_the_head_the_carried_answers_and_brings_back_the_confirmations() {
    let (_dir, mut consultant) = temp_store();
    let (id, _, _) = first_round(&mut consultant);
    let next = consultant
        .start_next_round(&id, &plan(true, RespondentChoice::All))
        .unwrap()
        .id;
    let sales = consultant.department_by_name(&next, "Sales").unwrap().id;
    let files = tempfile::tempdir().unwrap();
    let sent = files.path().join("sales.cxpack.json");
    let p = consultant.export_pack(&next, &sales).unwrap();
    // Ann's two answers travel marked as carried.
    let ann_pack = &p
        .respondents
        .iter()
        .find(|r| r.name == "Ann")
        .unwrap()
        .answers;
    assert_eq!(ann_pack.len(), 2);
    assert!(ann_pack.iter().all(|a| a.carried));
    cx_maturity::pack::write_file(&p, &sent).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));

    // The head sees them carried, confirms one and changes the other.
    let (_h, mut head) = temp_store();
    head.open_pack_session(&sent).unwrap();
    let ann = head
        .respondents(&next)
        .unwrap()
        .into_iter()
        .find(|r| r.name == "Ann")
        .unwrap()
        .id;
    assert!(head.answers_of(&ann).unwrap().iter().all(|a| a.carried));
    head.confirm_answer(&ann, Q1).unwrap();
    head.save_answer(&ann, Q2, AnswerValue::Level(3), None)
        .unwrap();
    let back = files.path().join("sales-filled.cxpack.json");
    head.save_filled_pack(&next, &back).unwrap();
    assert!(
        cx_maturity::pack::read_file(&back).unwrap().respondents[0]
            .answers
            .iter()
            .all(|a| !a.carried)
    );

    // Back at the consultant's, both are Ann's own answers now.
    let report = consultant.import_packs(&next, &[back]).unwrap();
    assert_eq!(report.totals().1, 2, "two answers updated");
    let answers = consultant.answers_of(&ann).unwrap();
    assert!(answers.iter().all(|a| !a.carried), "{answers:?}");
    assert_eq!(
        answers.iter().map(|a| a.value).collect::<Vec<_>>(),
        [AnswerValue::Level(2), AnswerValue::Level(3)]
    );
}

#[test]
fn a_deleted_round_frees_its_place_and_cannot_come_back_over_a_newer_one() {
    let dir = tempfile::tempdir().unwrap();
    let path = db_path(&dir);
    let mut store = Store::open(&path).unwrap();
    let (id, _, _) = first_round(&mut store);
    let second = store
        .start_next_round(&id, &plan(false, RespondentChoice::All))
        .unwrap()
        .id;
    store.delete_assessment(&second).unwrap();
    // While deleted (its undo still possible), it is out of the chain.
    assert_eq!(store.rounds(&id).unwrap().len(), 1);
    let summary = store.list_assessments().unwrap();
    assert!(!summary[0].has_next_round);
    // Undo works while nothing took its place…
    store.restore_assessment(&second).unwrap();
    assert_eq!(store.rounds(&id).unwrap().len(), 2);
    // …but not over a next round started in the meantime.
    store.delete_assessment(&second).unwrap();
    let other = store
        .start_next_round(&id, &plan(false, RespondentChoice::All))
        .unwrap();
    let before = dump(&path);
    let err = store.restore_assessment(&second).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert!(err.to_string().contains(&other.title), "{err}");
    assert!(err.to_string().contains("cannot be restored"), "{err}");
    assert_eq!(dump(&path), before);
    // With the first round deleted, its next round is the first of what
    // remains.
    store.delete_assessment(&id).unwrap();
    let list = store.list_assessments().unwrap();
    assert_eq!((list.len(), list[0].round), (1, 1));
    assert_eq!(store.rounds(&other.id).unwrap().len(), 1);
}
