//! The languages an assessment keeps: its report language and each
//! respondent's, checked against what exists and kept through rounds and
//! packs; the questionnaire snapshot keeps every language it was taken with.

use cx_maturity::model::AnswerValue;
use cx_maturity::pack;
use cx_maturity::store::rounds::{NextRound, RespondentChoice};
use cx_maturity::{Error, ErrorKind};

use super::{small_assessment, temp_store};

#[test]
fn the_snapshot_keeps_every_language_and_the_report_starts_in_english() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    assert_eq!(
        store.questionnaire(&id).unwrap().locales(),
        ["en", "de", "fr"]
    );
    assert_eq!(store.assessment(&id).unwrap().report_locale, "en");
}

#[test]
fn the_report_language_is_stored_as_its_language_and_an_unknown_one_changes_nothing() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    assert_eq!(store.set_report_locale(&id, "de-DE").unwrap(), "de");
    assert_eq!(store.assessment(&id).unwrap().report_locale, "de");

    let e = store.set_report_locale(&id, "xx").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput, "{e}");
    assert!(e.to_string().contains("\"xx\""), "{e}");
    assert_eq!(store.assessment(&id).unwrap().report_locale, "de");

    let e = store.set_report_locale("no-such-id", "fr").unwrap_err();
    assert!(matches!(e, Error::NotFound { .. }), "{e}");
}

#[test]
fn a_respondent_answers_in_one_of_the_questionnaires_languages() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let r = store
        .add_respondent(&id, &sales, "Chloé", None, false)
        .unwrap();
    assert_eq!(
        r.locale, None,
        "a new respondent follows the app's language"
    );

    assert_eq!(
        store.set_respondent_locale(&r.id, Some("fr-BE")).unwrap(),
        Some("fr".to_owned())
    );
    assert_eq!(
        store.respondent(&r.id).unwrap().locale.as_deref(),
        Some("fr")
    );

    let e = store.set_respondent_locale(&r.id, Some("es")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("en, de, fr"), "{e}");
    assert_eq!(
        store.respondent(&r.id).unwrap().locale.as_deref(),
        Some("fr")
    );

    // The language changes the texts, never the answer.
    store
        .save_answer(&r.id, "vision.statement", AnswerValue::Level(3), None)
        .unwrap();
    assert_eq!(store.set_respondent_locale(&r.id, None).unwrap(), None);
    let answers = store.answers_of(&r.id).unwrap();
    assert_eq!(answers[0].value, AnswerValue::Level(3));
}

#[test]
fn the_next_round_keeps_the_report_language_and_each_respondents() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    store.set_report_locale(&id, "fr").unwrap();
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let r = store
        .add_respondent(&id, &sales, "Jürgen", None, false)
        .unwrap();
    store.set_respondent_locale(&r.id, Some("de")).unwrap();
    let next = store
        .start_next_round(
            &id,
            &NextRound {
                title: None,
                respondents: RespondentChoice::All,
                carry_answers: false,
                questionnaire: None,
            },
        )
        .unwrap();
    assert_eq!(store.assessment(&next.id).unwrap().report_locale, "fr");
    let kept = store.respondents(&next.id).unwrap();
    assert_eq!(kept[0].locale.as_deref(), Some("de"));
}

#[test]
fn a_pack_names_its_languages_and_carries_each_respondents() {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap().id;
    let r = store
        .add_respondent(&id, &sales, "Chloé", None, false)
        .unwrap();
    store.set_respondent_locale(&r.id, Some("fr")).unwrap();
    let p = store.export_pack(&id, &sales).unwrap();
    assert_eq!(p.questionnaire.locales, ["en", "de", "fr"]);
    assert_eq!(p.respondents[0].locale.as_deref(), Some("fr"));

    // A respondent's language the pack does not offer is refused with its path.
    let mut value: serde_json::Value = serde_json::from_str(&pack::to_json(&p).unwrap()).unwrap();
    value["respondents"][0]["locale"] = "es".into();
    value["checksum"] = pack::checksum_of(&value).into();
    let file = dir.path().join("sales.cxpack.json");
    std::fs::write(&file, serde_json::to_string(&value).unwrap()).unwrap();
    match pack::read_file(&file).unwrap_err() {
        Error::InvalidPack { issue, .. } => {
            assert_eq!(issue.path, "respondents[0].locale");
            assert!(issue.message.contains("(en, de, fr)"), "{}", issue.message);
        }
        other => panic!("expected an invalid pack, got {other}"),
    }
}
