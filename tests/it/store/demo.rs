//! The demo tells the story it promises (checked through the scorecard).

use cx_maturity::model::AnswerValue;
use cx_maturity::scoring::score;

use super::temp_store;

#[test]
fn the_demo_tells_its_story() {
    let (_dir, mut store) = temp_store();
    let id = cx_maturity::demo::create_demo(&mut store).unwrap();
    let data = store.load(&id).unwrap();
    assert_eq!(data.departments.len(), 8);
    assert_eq!(data.respondents.len(), 24);
    let card = score(&data);

    // Marketing rates itself highest, Customer Service lowest.
    let by_score = |name: &str| card.department(name).and_then(|d| d.score).unwrap();
    for d in &data.departments {
        assert!(
            by_score("Marketing") >= by_score(&d.name),
            "{} above Marketing",
            d.name
        );
        assert!(
            by_score("Customer Service") <= by_score(&d.name),
            "{} below Service",
            d.name
        );
    }
    // Data is the weakest dimension: the weakest link of the stage.
    assert_eq!(card.overall.weakest_dimension.as_deref(), Some("data"));
    // Some questions split the departments by two levels or more, not all.
    let misaligned = card.misaligned_questions.len();
    assert!(
        (3..=20).contains(&misaligned),
        "{misaligned} misaligned questions"
    );
    assert!(
        card.misaligned_questions
            .iter()
            .all(|m| m.spread >= 2.0 - 1e-9)
    );
    // A few honest "don't know" and "not applicable".
    let count = |v: AnswerValue| data.answers.iter().filter(|a| a.value == v).count();
    assert!((3..=10).contains(&count(AnswerValue::Unknown)));
    assert!((2..=10).contains(&count(AnswerValue::NotApplicable)));
    // Comments in German and French, with umlauts and accents.
    let comments: String = data
        .answers
        .iter()
        .filter_map(|a| a.comment.clone())
        .collect();
    assert!(comments.contains('ü') && comments.contains('è') && comments.contains('ß'));
    // Evidence and roadmap edits for the later screens.
    assert_eq!(card.evidence.nps, Some(-12.0));
    assert_eq!(card.evidence.csat, Some(64.0));
    assert_eq!(data.action_edits.len(), 3);
    assert!(
        data.settings
            .iter()
            .any(|s| s.dimension_id == "data" && s.target == Some(3))
    );
}

#[test]
fn the_demo_is_the_same_every_time_apart_from_ids_and_times() {
    let (_d1, mut a) = temp_store();
    let (_d2, mut b) = temp_store();
    let ia = cx_maturity::demo::create_demo(&mut a).unwrap();
    let ib = cx_maturity::demo::create_demo(&mut b).unwrap();
    let shape = |store: &cx_maturity::store::Store, id: &str| {
        let data = store.load(id).unwrap();
        let names: std::collections::HashMap<String, String> = data
            .respondents
            .iter()
            .map(|r| (r.id.clone(), r.name.clone()))
            .collect();
        let mut answers: Vec<String> = data
            .answers
            .iter()
            .map(|x| {
                format!(
                    "{} {} {} {:?}",
                    names[&*x.respondent_id], x.question_id, x.value, x.comment
                )
            })
            .collect();
        answers.sort();
        answers
    };
    assert_eq!(shape(&a, &ia), shape(&b, &ib));
}

#[test]
fn the_german_and_french_demos_tell_the_same_story_in_their_language() {
    let (_dir, mut store) = temp_store();
    let en = cx_maturity::demo::create_demo_in(&mut store, "en").unwrap();
    let de = cx_maturity::demo::create_demo_in(&mut store, "de-DE").unwrap();
    let fr = cx_maturity::demo::create_demo_in(&mut store, "fr").unwrap();
    let overall = |id: &str| score(&store.load(id).unwrap()).overall.score;
    for (id, locale, service, role) in [
        (&en, "en", "Customer Service", "Head of Customer Service"),
        (&de, "de", "Kundenservice", "Leiterin Kundenservice"),
        (&fr, "fr", "Service client", "Directrice du service client"),
    ] {
        let data = store.load(id).unwrap();
        assert_eq!(data.assessment.report_locale, locale);
        let department = data
            .departments
            .iter()
            .find(|d| d.name == service)
            .unwrap_or_else(|| panic!("no {service} in the {locale} demo"));
        let head = data
            .respondents
            .iter()
            .find(|r| r.department_id == department.id)
            .unwrap();
        assert_eq!(
            (head.name.as_str(), head.role.as_deref()),
            ("Ayşe Demir", Some(role))
        );
        assert_eq!(overall(id), overall(&en), "{locale} scores differently");
    }
    let e = cx_maturity::demo::create_demo_in(&mut store, "es").unwrap_err();
    assert!(e.to_string().contains("available: en, de, fr"), "{e}");
    assert_eq!(
        store.list_assessments().unwrap().len(),
        3,
        "a refused demo creates nothing"
    );
}
