//! The tables and their rules, through the `Store` API.

use cx_maturity::dates::parse_date;
use cx_maturity::model::{
    ActionEdit, ActionStatus, AnswerValue, AssessmentStatus, Branding, DimensionSetting,
    EvidenceMetric,
};
use cx_maturity::store::Store;
use cx_maturity::{Error, ErrorKind, Field};

use super::{builtin, small_assessment, temp_store};

/// The desktop shell keeps the store in a `Mutex` shared across threads.
#[test]
fn the_store_can_move_between_threads() {
    fn is_send<T: Send>() {}
    is_send::<Store>();
    let (_dir, store) = temp_store();
    let handle = std::thread::spawn(move || store.list_assessments().map(|l| l.len()));
    assert_eq!(handle.join().unwrap().unwrap(), 0);
}

#[test]
fn migrations_are_valid() {
    cx_maturity::store::migrations()
        .validate()
        .expect("migrations validate");
}

#[test]
fn a_new_assessment_lists_with_its_completion() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "sales").unwrap();
    let r = store
        .add_respondent(&id, &sales.id, "Ann", Some("Head of Sales"), false)
        .unwrap();
    for (q, v) in [
        ("vision.statement", AnswerValue::Level(3)),
        ("vision.awareness", AnswerValue::NotApplicable),
        ("data.quality", AnswerValue::Unknown),
    ] {
        store.save_answer(&r.id, q, v, None).unwrap();
    }
    let list = store.list_assessments().unwrap();
    assert_eq!(list.len(), 1);
    let a = &list[0];
    assert_eq!(
        (a.id.as_str(), a.organisation.as_str()),
        (id.as_str(), "Acme")
    );
    assert_eq!(a.title, "Spring review");
    assert_eq!((a.departments, a.respondents), (2, 1));
    // 1 respondent × 50 questions of the built-in questionnaire (10 × 5);
    // na and unknown count as given: 3 / 50 = 0.06.
    assert_eq!((a.answers_given, a.answers_expected), (3, 50));
    assert!((a.completion.unwrap() - 0.06).abs() < 1e-12);
    assert_eq!(a.questionnaire_id, "cx-maturity");
}

#[test]
fn an_assessment_without_respondents_has_no_completion_figure() {
    let (_dir, mut store) = temp_store();
    small_assessment(&mut store);
    assert_eq!(store.list_assessments().unwrap()[0].completion, None);
}

#[test]
fn the_snapshot_does_not_follow_later_edits_of_the_questionnaire_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("q.json");
    let original = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("questionnaires/cx-maturity/cx-maturity.json"),
    )
    .unwrap();
    std::fs::write(&file, &original).unwrap();
    let q = cx_maturity::questionnaire::load_file(&file).unwrap();
    let first_prompt = q.dimensions[0].questions[0].prompt.clone();

    let mut store = Store::open(&dir.path().join("cx.db")).unwrap();
    let id = store
        .create_assessment("Acme", "T", &q, &["Sales"])
        .unwrap();
    // The consultant later rewrites the question in the file.
    std::fs::write(
        &file,
        original.replace(&first_prompt, "A rewritten prompt?"),
    )
    .unwrap();
    drop(store);

    let store = Store::open(&dir.path().join("cx.db")).unwrap();
    let data = store.load(&id).unwrap();
    assert_eq!(
        data.questionnaire.dimensions[0].questions[0].prompt,
        first_prompt
    );
    assert_eq!(data.questionnaire, q);
}

#[test]
fn save_answer_returns_what_is_stored() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.department_by_name(&id, "Service").unwrap();
    let r = store.add_respondent(&id, &d.id, "Bo", None, false).unwrap();
    let saved = store
        .save_answer(
            &r.id,
            "voc.churn",
            AnswerValue::Level(2),
            Some("exit survey only"),
        )
        .unwrap();
    let again = store
        .save_answer(&r.id, "voc.churn", AnswerValue::Level(4), None)
        .unwrap();
    assert!(again.updated_at >= saved.updated_at);
    let stored = store.answers_of(&r.id).unwrap();
    assert_eq!(stored, vec![again]);
    assert_eq!(store.load(&id).unwrap().answers, stored);
}

#[test]
fn save_answer_refuses_unknown_questions_and_levels() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.department_by_name(&id, "Sales").unwrap();
    let r = store.add_respondent(&id, &d.id, "Cy", None, false).unwrap();
    let e = store
        .save_answer(&r.id, "vision.nope", AnswerValue::Level(3), None)
        .unwrap_err();
    assert!(
        matches!(e, Error::NotFound { what: "question", ref id } if id == "vision.nope"),
        "{e}"
    );
    let e = store
        .save_answer(&r.id, "vision.statement", AnswerValue::Level(6), None)
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let e = store
        .save_answer(
            "no-such-respondent",
            "vision.statement",
            AnswerValue::Level(3),
            None,
        )
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::NotFound {
                what: "respondent",
                ..
            }
        ),
        "{e}"
    );
    assert!(store.answers_of(&r.id).unwrap().is_empty());
}

#[test]
fn resume_point_is_the_first_unanswered_question_in_order() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.department_by_name(&id, "Sales").unwrap();
    let r = store.add_respondent(&id, &d.id, "Di", None, false).unwrap();
    assert_eq!(
        store.resume_point(&r.id).unwrap().as_deref(),
        Some("vision.statement")
    );
    store
        .save_answer(&r.id, "vision.statement", AnswerValue::Level(2), None)
        .unwrap();
    // Answering a later question does not move the resume point past a gap.
    store
        .save_answer(&r.id, "vision.awareness", AnswerValue::Unknown, None)
        .unwrap();
    assert_eq!(
        store.resume_point(&r.id).unwrap().as_deref(),
        Some("vision.strategy-link")
    );
    let all: Vec<String> = builtin().questions().map(|(_, q)| q.id.clone()).collect();
    let items: Vec<(&str, AnswerValue, Option<&str>)> = all
        .iter()
        .map(|q| (q.as_str(), AnswerValue::Level(3), None))
        .collect();
    store.save_answers(&r.id, &items).unwrap();
    assert_eq!(store.resume_point(&r.id).unwrap(), None);
    let progress = store.respondent_progress(&id).unwrap();
    assert_eq!((progress[0].answered, progress[0].total), (50, 50));
}

#[test]
fn save_answers_is_all_or_nothing() {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.department_by_name(&id, "Sales").unwrap();
    let r = store.add_respondent(&id, &d.id, "Ed", None, false).unwrap();
    let before = super::dump(&super::db_path(&dir));
    let e = store
        .save_answers(
            &r.id,
            &[
                ("vision.statement", AnswerValue::Level(3), None),
                ("vision.bogus", AnswerValue::Level(3), None),
            ],
        )
        .unwrap_err();
    assert!(matches!(
        e,
        Error::NotFound {
            what: "question",
            ..
        }
    ));
    assert_eq!(super::dump(&super::db_path(&dir)), before);
}

#[test]
fn soft_delete_hides_restore_brings_back_purge_removes_everything() {
    let (dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.department_by_name(&id, "Sales").unwrap();
    let r = store
        .add_respondent(&id, &d.id, "Fay", None, false)
        .unwrap();
    store
        .save_answer(&r.id, "trust.promises", AnswerValue::Level(4), None)
        .unwrap();

    store.delete_assessment(&id).unwrap();
    assert!(store.list_assessments().unwrap().is_empty());
    assert!(matches!(store.load(&id), Err(Error::NotFound { .. })));
    // Nothing can be written into a deleted assessment.
    assert!(
        store
            .save_answer(&r.id, "trust.promises", AnswerValue::Level(1), None)
            .is_err()
    );

    store.restore_assessment(&id).unwrap();
    assert_eq!(store.load(&id).unwrap().answers.len(), 1);

    // Purge only removes what was deleted first.
    assert!(matches!(
        store.purge_assessment(&id),
        Err(Error::NotFound { .. })
    ));
    store.delete_assessment(&id).unwrap();
    store.purge_assessment(&id).unwrap();
    // foreign_keys=ON: the cascade removed departments, respondents, answers.
    let rows: Vec<String> = super::dump(&super::db_path(&dir))
        .into_iter()
        .filter(|l| !l.starts_with("user_version"))
        .collect();
    assert_eq!(rows, Vec::<String>::new());
}

#[test]
fn departments_add_rename_reorder_remove() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let it = store.add_department(&id, "IT").unwrap();
    assert_eq!(it.position, 2);
    assert!(matches!(
        store.add_department(&id, " sales "),
        Err(Error::InvalidField {
            field: Field::Departments,
            ..
        })
    ));
    store.rename_department(&id, &it.id, "IT & Data").unwrap();
    let ids: Vec<String> = store
        .departments(&id)
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect();
    let order = [ids[2].as_str(), ids[0].as_str(), ids[1].as_str()];
    store.reorder_departments(&id, &order).unwrap();
    let names: Vec<String> = store
        .departments(&id)
        .unwrap()
        .into_iter()
        .map(|d| d.name)
        .collect();
    assert_eq!(names, ["IT & Data", "Sales", "Service"]);
    assert!(store.reorder_departments(&id, &order[..2]).is_err());

    let r = store
        .add_respondent(&id, &it.id, "Gus", None, false)
        .unwrap();
    assert!(matches!(
        store.remove_department(&id, &it.id),
        Err(Error::InvalidField {
            field: Field::Departments,
            ..
        })
    ));
    store.remove_respondent(&r.id).unwrap();
    store.remove_department(&id, &it.id).unwrap();
    assert_eq!(store.departments(&id).unwrap().len(), 2);
}

#[test]
fn respondents_update_and_consensus() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap();
    let service = store.department_by_name(&id, "Service").unwrap();
    let r = store
        .add_respondent(&id, &sales.id, "Hal", Some(""), false)
        .unwrap();
    assert_eq!(r.role, None);
    let u = store
        .update_respondent(&r.id, "Hal Jordan", &service.id, Some("Lead"), true)
        .unwrap();
    assert_eq!(store.respondent(&r.id).unwrap(), u);
    assert!(u.consensus);
    assert!(matches!(
        store.update_respondent(&r.id, "Hal", "nope", None, false),
        Err(Error::NotFound {
            what: "department",
            ..
        })
    ));
    assert!(matches!(
        store.add_respondent(&id, &sales.id, "  ", None, false),
        Err(Error::InvalidField {
            field: Field::RespondentName,
            ..
        })
    ));
}

/// Two people in one department with one name is allowed but worth a
/// warning; the same name elsewhere, or the person being edited, is not.
#[test]
fn a_namesake_is_found_in_the_same_department_only() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap();
    let service = store.department_by_name(&id, "Service").unwrap();
    let anna = store
        .add_respondent(&id, &sales.id, "Anna  Berg", None, false)
        .unwrap();
    let found = store
        .namesake(&id, &sales.id, " anna berg ", None)
        .unwrap()
        .expect("same name, other case and spacing");
    assert_eq!(
        (found.id.as_str(), found.name.as_str()),
        (anna.id.as_str(), "Anna  Berg")
    );
    assert_eq!(
        store.namesake(&id, &service.id, "Anna Berg", None).unwrap(),
        None
    );
    assert_eq!(
        store
            .namesake(&id, &sales.id, "Anna Bergström", None)
            .unwrap(),
        None
    );
    // Editing Anna herself is no namesake of hers.
    assert_eq!(
        store
            .namesake(&id, &sales.id, "ANNA BERG", Some(&anna.id))
            .unwrap(),
        None
    );
    // A second Anna may still be added: the warning is the window's.
    let second = store
        .add_respondent(&id, &sales.id, "Anna Berg", None, false)
        .unwrap();
    assert_eq!(
        store
            .namesake(&id, &sales.id, "anna berg", Some(&second.id))
            .unwrap()
            .map(|r| r.id),
        Some(anna.id)
    );
    assert!(matches!(
        store.namesake("no-such-assessment", &sales.id, "Anna", None),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn targets_and_importance_are_validated() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let ok = DimensionSetting {
        dimension_id: "data".into(),
        target: Some(4),
        importance: Some(5),
    };
    store.set_dimension_setting(&id, &ok).unwrap();
    for bad in [
        DimensionSetting {
            target: Some(0),
            ..ok.clone()
        },
        DimensionSetting {
            importance: Some(6),
            ..ok.clone()
        },
    ] {
        assert!(matches!(
            store.set_dimension_setting(&id, &bad),
            Err(Error::InvalidInput(_))
        ));
    }
    let unknown = DimensionSetting {
        dimension_id: "dreams".into(),
        ..ok.clone()
    };
    assert!(matches!(
        store.set_dimension_setting(&id, &unknown),
        Err(Error::NotFound {
            what: "dimension",
            ..
        })
    ));
    assert_eq!(store.dimension_settings(&id).unwrap(), vec![ok]);
}

#[test]
fn evidence_ranges_and_dates() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let date = parse_date("2026-03-31", Field::EvidenceDate).unwrap();
    store
        .record_evidence(
            &id,
            &[(EvidenceMetric::Nps, -100.0), (EvidenceMetric::Csat, 100.0)],
            Some(date),
            Some("Q1 survey"),
        )
        .unwrap();
    for (m, v) in [
        (EvidenceMetric::Nps, -101.0),
        (EvidenceMetric::Nps, 100.5),
        (EvidenceMetric::Csat, -1.0),
        (EvidenceMetric::Churn, 101.0),
        (EvidenceMetric::Churn, f64::NAN),
    ] {
        assert!(matches!(
            store.record_evidence(&id, &[(EvidenceMetric::Csat, 50.0), (m, v)], None, None),
            Err(Error::InvalidField {
                field: Field::EvidenceValue,
                ..
            })
        ));
    }
    assert!(parse_date("31.03.2026", Field::EvidenceDate).is_err());
    assert!(parse_date("2026-02-30", Field::EvidenceDate).is_err());
    let ev = store.evidence(&id).unwrap();
    // Only the first, valid record pair was written; the failing calls wrote nothing.
    assert_eq!(ev.len(), 2);
    assert_eq!(
        (ev[0].metric, ev[0].value, ev[0].date),
        (EvidenceMetric::Nps, -100.0, Some(date))
    );
}

#[test]
fn action_edits_name_actions_of_the_snapshot() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let edit = ActionEdit {
        action_id: "data.1-2.inventory".into(),
        owner: Some("CIO".into()),
        due: Some(parse_date("2026-12-01", Field::ActionDue).unwrap()),
        status: Some(ActionStatus::InProgress),
        notes: Some("started".into()),
        dropped: false,
    };
    store.set_action_edit(&id, &edit).unwrap();
    let dropped = ActionEdit {
        dropped: true,
        status: None,
        ..edit.clone()
    };
    store.set_action_edit(&id, &dropped).unwrap();
    assert_eq!(store.action_edits(&id).unwrap(), vec![dropped]);
    let bad = ActionEdit {
        action_id: "data.9-10.moon".into(),
        ..edit
    };
    assert!(matches!(
        store.set_action_edit(&id, &bad),
        Err(Error::NotFound {
            what: "roadmap action",
            ..
        })
    ));
    store.clear_action_edit(&id, "data.1-2.inventory").unwrap();
    assert!(store.action_edits(&id).unwrap().is_empty());
}

#[test]
fn branding_checks_logo_and_accent() {
    let (_dir, mut store) = temp_store();
    assert_eq!(store.branding().unwrap(), Branding::default());
    // Whole images: the store checks a logo can be drawn (tests in `plan`).
    let mut png = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut png, 1, 1);
        enc.set_color(png::ColorType::Grayscale);
        let mut w = enc.write_header().unwrap();
        w.write_image_data(&[0]).unwrap();
    }
    let b = Branding {
        consultant_name: Some("Müller & Partner".into()),
        logo: Some(png),
        accent_colour: Some("#1a2B3c".into()),
    };
    store.set_branding(&b).unwrap();
    assert_eq!(store.branding().unwrap(), b);
    let jpeg = Branding {
        logo: Some(std::fs::read(crate::util::fixtures().join("branding/logo-rgb.jpg")).unwrap()),
        ..b.clone()
    };
    store.set_branding(&jpeg).unwrap();
    for bad in [
        Branding {
            logo: Some(b"GIF89a....".to_vec()),
            ..b.clone()
        },
        Branding {
            logo: Some([&b"\x89PNG\r\n\x1a\n"[..], &vec![0; 2 * 1024 * 1024]].concat()),
            ..b.clone()
        },
        Branding {
            accent_colour: Some("#12345".into()),
            ..b.clone()
        },
        Branding {
            accent_colour: Some("red".into()),
            ..b.clone()
        },
        Branding {
            accent_colour: Some("#12345g".into()),
            ..b.clone()
        },
    ] {
        assert!(matches!(
            store.set_branding(&bad),
            Err(Error::InvalidField { .. })
        ));
    }
    assert_eq!(store.branding().unwrap(), jpeg);
}

#[test]
fn hostile_text_is_stored_and_returned_byte_for_byte() {
    let (dir, mut store) = temp_store();
    let texts = [
        "O'Brien \"the boss\"",
        "Robert'); DROP TABLE answers;--",
        "<script>alert('x')</script> &amp; <b>bold</b>",
        "emoji 👩🏽‍💼🚀 and a flag 🇩🇪",
        "مرحبا بالعالم — עברית",
        "\u{202E}reversed\u{202C} and a zero\u{200B}width",
        "line one\nline two\r\n\ttab",
        "  leading and trailing spaces  ",
    ];
    let id = store
        .create_assessment(texts[1], texts[2], &builtin(), &[texts[3], texts[4]])
        .unwrap();
    let d = store.department_by_name(&id, texts[3]).unwrap();
    let mut ids = Vec::new();
    // Names are one line; a comment may span lines. The one-line form of
    // each text is the name, the text itself the comment.
    let one_line = |t: &str| t.replace(['\n', '\r', '\t'], " ");
    for (i, t) in texts.iter().enumerate() {
        let name = one_line(t);
        let r = store
            .add_respondent(&id, &d.id, &name, Some(&name), false)
            .unwrap();
        let q = builtin().questions().nth(i).unwrap().1.id.clone();
        store
            .save_answer(&r.id, &q, AnswerValue::Level(2), Some(t))
            .unwrap();
        ids.push((r.id, q));
    }
    drop(store);
    let store = Store::open(&super::db_path(&dir)).unwrap();
    let data = store.load(&id).unwrap();
    assert_eq!(data.assessment.organisation.as_bytes(), texts[1].as_bytes());
    assert_eq!(data.assessment.title.as_bytes(), texts[2].as_bytes());
    let names: Vec<&str> = data.departments.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, [texts[3], texts[4]]);
    for ((rid, q), t) in ids.iter().zip(texts) {
        let r = store.respondent(rid).unwrap();
        let name = one_line(t);
        assert_eq!(
            (r.name.as_str(), r.role.as_deref()),
            (name.as_str(), Some(name.as_str()))
        );
        let a = store.answers_of(rid).unwrap();
        assert_eq!(
            (&*a[0].question_id, a[0].comment.as_deref()),
            (q.as_str(), Some(t))
        );
    }
}

#[test]
fn update_assessment_and_status() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let a = store
        .update_assessment(&id, "Acme AG", "Autumn review", AssessmentStatus::Closed)
        .unwrap();
    assert_eq!(
        (a.organisation.as_str(), a.title.as_str(), a.status),
        ("Acme AG", "Autumn review", AssessmentStatus::Closed)
    );
    assert!(a.updated_at >= a.created_at);
    assert!(
        store
            .update_assessment(&id, " ", "x", AssessmentStatus::Open)
            .is_err()
    );
}

#[test]
fn a_removed_respondent_comes_back_with_every_answer_as_it_was() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let sales = store.department_by_name(&id, "Sales").unwrap();
    let r = store
        .add_respondent(&id, &sales.id, "Ana", Some("Head of sales"), false)
        .unwrap();
    let q = builtin();
    let questions: Vec<String> = q.questions().take(3).map(|(_, q)| q.id.clone()).collect();
    store
        .save_answer(
            &r.id,
            &questions[0],
            AnswerValue::Level(3),
            Some("Only in two stores"),
        )
        .unwrap();
    store
        .save_answer(&r.id, &questions[1], AnswerValue::Unknown, None)
        .unwrap();
    let before = store.answers_of(&r.id).unwrap();

    let removed = store.remove_respondent(&r.id).unwrap();
    assert_eq!(removed.answers.len(), 2);
    assert!(store.respondents(&id).unwrap().is_empty());
    assert!(store.answers_of_assessment(&id).unwrap().is_empty());

    store.restore_respondent(&removed).unwrap();
    assert_eq!(store.respondent(&r.id).unwrap(), r);
    assert_eq!(store.answers_of(&r.id).unwrap(), before);
    // Twice is refused: the id is taken again.
    assert!(store.restore_respondent(&removed).is_err());
}
