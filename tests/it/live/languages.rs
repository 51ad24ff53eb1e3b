//! Each participant in their own language: the session says which
//! languages there are, a participant picks one at join or later, it is
//! stored as the respondent's, the questions come back in it under the
//! same ids, and a vote scores the same in every language. An unknown
//! language is refused and changes nothing.

use cx_maturity::live::LiveOptions;
use cx_maturity::scoring;
use reqwest::StatusCode;
use serde_json::{Value, json};

use super::{QUESTION, Room, client, get, post, problem};

/// The built-in questionnaire's French prompt of [`QUESTION`]
/// (`questionnaires/cx-maturity/cx-maturity.json`, `translations.fr`).
const FRENCH_PROMPT: &str =
    "Comment la vision de l’expérience client de l’organisation est-elle formulée ?";
const GERMAN_PROMPT: &str = "Wie ist die CX-Vision der Organisation formuliert?";

/// Joins Sales as `name` with `locale` in the request; the response.
fn join(room: &Room, name: &str, locale: Option<&str>) -> reqwest::blocking::Response {
    let mut body = json!({"code": room.server.join_code(), "department": room.sales, "name": name});
    if let Some(locale) = locale {
        body["locale"] = json!(locale);
    }
    post(&client(), &room.url("/api/join"), &body, None)
}

fn joined(room: &Room, name: &str, locale: Option<&str>) -> (String, Value) {
    let response = join(room, name, locale);
    assert_eq!(response.status(), StatusCode::CREATED);
    let body: Value = response.json().unwrap();
    (body["token"].as_str().unwrap().to_owned(), body)
}

fn questionnaire(room: &Room, token: &str) -> Value {
    let response = get(&client(), &room.url("/api/questionnaire"), Some(token));
    assert_eq!(response.status(), StatusCode::OK);
    response.json().unwrap()
}

fn first_question(view: &Value) -> &Value {
    &view["dimensions"][0]["questions"][0]
}

/// The stored language of the respondent named `name`.
fn stored_locale(room: &Room, name: &str) -> Option<String> {
    room.store()
        .respondents(&room.assessment)
        .unwrap()
        .into_iter()
        .find(|r| r.name == name)
        .expect("the respondent")
        .locale
}

#[test]
fn the_session_offers_the_questionnaires_languages_its_own_first() {
    let room = Room::new(LiveOptions::default());
    let session: Value = post(
        &client(),
        &room.url("/api/session"),
        &json!({"code": room.server.join_code()}),
        None,
    )
    .json()
    .unwrap();
    assert_eq!(session["locales"], json!(["en", "de", "fr"]));
}

#[test]
fn a_participant_who_joins_in_french_reads_french_under_the_same_ids() {
    let room = Room::new(LiveOptions::default());
    let (token, body) = joined(&room, "Amélie", Some("fr"));
    assert_eq!(body["participant"]["locale"], "fr");
    assert_eq!(stored_locale(&room, "Amélie").as_deref(), Some("fr"));

    let view = questionnaire(&room, &token);
    assert_eq!(view["locale"], "fr");
    assert_eq!(view["locales"], json!(["en", "de", "fr"]));
    let first = first_question(&view);
    assert_eq!(first["id"], QUESTION);
    assert_eq!(first["prompt"], FRENCH_PROMPT);
    assert!(
        first["anchors"][0]
            .as_str()
            .unwrap()
            .starts_with("Il n’existe aucune vision CX écrite"),
        "{}",
        first["anchors"][0]
    );
    assert!(
        first["help"]
            .as_str()
            .unwrap()
            .starts_with("Recherchez une déclaration de vision écrite"),
        "{}",
        first["help"]
    );
    assert_eq!(view["dimensions"][0]["title"], "Vision et stratégie CX");
    assert_eq!(
        view["levels"],
        json!([
            "Initial",
            "En développement",
            "Défini",
            "Maîtrisé",
            "En optimisation"
        ])
    );

    // The same questions, in the same order, as an English participant's.
    let (english, _) = joined(&room, "Ben", None);
    let ids = |v: &Value| -> Vec<String> {
        v["dimensions"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|d| d["questions"].as_array().unwrap().iter())
            .map(|q| q["id"].as_str().unwrap().to_owned())
            .collect()
    };
    let in_english = questionnaire(&room, &english);
    assert_eq!(in_english["locale"], "en");
    assert_ne!(first_question(&in_english)["prompt"], FRENCH_PROMPT);
    assert_eq!(ids(&view), ids(&in_english));
    assert_eq!(ids(&view).len(), 50);
    assert_eq!(stored_locale(&room, "Ben"), None);
}

#[test]
fn a_regional_tag_is_served_by_its_language_and_stored_as_it() {
    let room = Room::new(LiveOptions::default());
    let (token, body) = joined(&room, "Chloé", Some("fr-CH"));
    assert_eq!(body["participant"]["locale"], "fr");
    assert_eq!(stored_locale(&room, "Chloé").as_deref(), Some("fr"));
    assert_eq!(
        first_question(&questionnaire(&room, &token))["prompt"],
        FRENCH_PROMPT
    );
}

#[test]
fn an_unknown_language_at_join_is_refused_and_changes_nothing() {
    let room = Room::new(LiveOptions::default());
    let before = room.dump();
    for tag in ["es", "klingon", ""] {
        let (status, kind, message) = problem(join(&room, "Mallory", Some(tag)));
        assert_eq!(status, StatusCode::BAD_REQUEST, "{tag:?}");
        assert_eq!(kind, "invalidInput", "{tag:?}");
        assert!(message.contains("en, de, fr"), "{tag:?}: {message}");
    }
    assert_eq!(room.dump(), before);
    assert_eq!(room.server.participants(), 0);
}

#[test]
fn a_participant_changes_language_and_keeps_their_answers() {
    let room = Room::new(LiveOptions::default());
    let (token, _) = joined(&room, "Dana", Some("fr"));
    let vote = post(
        &client(),
        &room.url("/api/votes"),
        &json!({"question": QUESTION, "value": 4}),
        Some(&token),
    );
    assert_eq!(vote.status(), StatusCode::OK);

    let response = post(
        &client(),
        &room.url("/api/me/locale"),
        &json!({"locale": "de"}),
        Some(&token),
    );
    assert_eq!(response.status(), StatusCode::OK);
    let me: Value = response.json().unwrap();
    assert_eq!(
        (me["locale"].as_str(), me["answered"].as_u64()),
        (Some("de"), Some(1))
    );
    assert_eq!(stored_locale(&room, "Dana").as_deref(), Some("de"));
    let me: Value = get(&client(), &room.url("/api/me"), Some(&token))
        .json()
        .unwrap();
    assert_eq!(me["locale"], "de");

    let view = questionnaire(&room, &token);
    assert_eq!(view["locale"], "de");
    assert_eq!(first_question(&view)["prompt"], GERMAN_PROMPT);
    assert_eq!(view["answers"], json!([{"question": QUESTION, "value": 4}]));

    // Unknown: refused, the language and everything else as they were.
    let before = room.dump();
    let (status, kind, message) = problem(post(
        &client(),
        &room.url("/api/me/locale"),
        &json!({"locale": "it"}),
        Some(&token),
    ));
    assert_eq!(
        (status, kind.as_str()),
        (StatusCode::BAD_REQUEST, "invalidInput")
    );
    assert!(message.contains("\"it\""), "{message}");
    assert_eq!(room.dump(), before);
    assert_eq!(stored_locale(&room, "Dana").as_deref(), Some("de"));

    // Without a token: nobody's language changes.
    let (status, _, _) = problem(post(
        &client(),
        &room.url("/api/me/locale"),
        &json!({"locale": "en"}),
        None,
    ));
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(room.dump(), before);
}

#[test]
fn a_vote_given_in_french_scores_exactly_like_one_in_english() {
    let room = Room::new(LiveOptions::default());
    let (french, _) = joined(&room, "Élise", Some("fr"));
    let (english, _) = joined(&room, "Ed", Some("en"));
    for token in [&french, &english] {
        for (question, value) in [(QUESTION, json!(4)), ("vision.strategy-link", json!(2))] {
            let saved = post(
                &client(),
                &room.url("/api/votes"),
                &json!({"question": question, "value": value}),
                Some(token),
            );
            assert_eq!(saved.status(), StatusCode::OK);
        }
    }

    let store = room.store();
    let respondents = store.respondents(&room.assessment).unwrap();
    let answers: Vec<Vec<(String, String)>> = respondents
        .iter()
        .map(|r| {
            store
                .answers_of(&r.id)
                .unwrap()
                .into_iter()
                .map(|a| (a.question_id.to_string(), a.value.to_string()))
                .collect()
        })
        .collect();
    assert_eq!(answers[0], answers[1]);

    let card = scoring::score(&store.load(&room.assessment).unwrap());
    let vision = card
        .dimensions
        .iter()
        .position(|d| d.id == "vision")
        .expect("the vision dimension");
    let scores: Vec<(&str, Option<f64>)> = card
        .respondents
        .iter()
        .map(|r| (&*r.name, r.dimensions[vision]))
        .collect();
    // Weighted mean of 4 and 2, both of weight 1: 3.
    assert_eq!(scores, [("Élise", Some(3.0)), ("Ed", Some(3.0))]);
}
