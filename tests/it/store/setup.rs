//! Saving the set-up screen: organisation, title and the whole department
//! list in one transaction, and the department-name rule the screen asks
//! for while a name is typed.

use cx_maturity::store::departments::name_problem;
use cx_maturity::store::{DepartmentEdit, NameProblem};
use cx_maturity::{Error, Field};

use super::{small_assessment, temp_store};

fn keep(id: &str, name: &str) -> DepartmentEdit {
    DepartmentEdit {
        id: Some(id.to_owned()),
        name: name.to_owned(),
    }
}

fn new(name: &str) -> DepartmentEdit {
    DepartmentEdit {
        id: None,
        name: name.to_owned(),
    }
}

#[test]
fn renames_swaps_reorders_adds_and_removes_in_one_save() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.departments(&id).unwrap();
    let (sales, service) = (&d[0], &d[1]);
    let r = store
        .add_respondent(&id, &sales.id, "Ana", None, false)
        .unwrap();

    // Swapping two names passes the table's unique constraint, a renamed
    // department keeps its respondents, a new one comes last.
    store
        .save_setup(
            &id,
            "Acme GmbH",
            "Autumn review",
            &[
                keep(&service.id, "Sales"),
                keep(&sales.id, "Service"),
                new("  Customer   Care "),
            ],
        )
        .unwrap();
    let after = store.departments(&id).unwrap();
    let names: Vec<&str> = after.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(names, ["Sales", "Service", "Customer Care"]);
    assert_eq!(after[0].id, service.id);
    assert_eq!(after[1].id, sales.id);
    assert_eq!(store.respondent(&r.id).unwrap().department_id, sales.id);
    let a = store.assessment(&id).unwrap();
    assert_eq!(
        (a.organisation.as_str(), a.title.as_str()),
        ("Acme GmbH", "Autumn review")
    );

    // Leaving out a department without respondents removes it.
    store
        .save_setup(
            &id,
            "Acme GmbH",
            "Autumn review",
            &[keep(&sales.id, "Service")],
        )
        .unwrap();
    assert_eq!(store.departments(&id).unwrap().len(), 1);
}

#[test]
fn a_refused_save_changes_nothing_at_all() {
    let (_dir, mut store) = temp_store();
    let id = small_assessment(&mut store);
    let d = store.departments(&id).unwrap();
    store
        .add_respondent(&id, &d[1].id, "Ben", None, false)
        .unwrap();
    let before = (
        store.assessment(&id).unwrap(),
        store.departments(&id).unwrap(),
    );

    // Service has a respondent: leaving it out is refused, and the title
    // and the rename of Sales in the same save are not kept either.
    let e = store
        .save_setup(&id, "Other", "Other title", &[keep(&d[0].id, "Revenue")])
        .unwrap_err();
    assert!(matches!(
        e,
        Error::InvalidField {
            field: Field::Departments,
            ..
        }
    ));
    assert!(
        e.to_string()
            .contains("\u{201c}Service\u{201d} still has 1 respondent"),
        "{e}"
    );

    // Two names that differ only in case and spacing are one name.
    let e = store
        .save_setup(
            &id,
            "Other",
            "Other title",
            &[
                keep(&d[0].id, "Sales"),
                keep(&d[1].id, "Service"),
                new(" SALES "),
            ],
        )
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "the department \u{201c} SALES \u{201d} is listed twice (as \u{201c}Sales\u{201d}); remove one or rename it"
    );

    // An id from nowhere.
    let e = store
        .save_setup(&id, "Other", "Other title", &[keep("no-such-id", "X")])
        .unwrap_err();
    assert!(
        matches!(
            e,
            Error::NotFound {
                what: "department",
                ..
            }
        ),
        "{e}"
    );

    assert_eq!(
        (
            store.assessment(&id).unwrap(),
            store.departments(&id).unwrap()
        ),
        before
    );
}

#[test]
fn the_name_rule_the_set_up_screen_asks_for() {
    let others = ["Sales", "Customer Service"];
    assert_eq!(name_problem(others, "Marketing"), None);
    assert_eq!(name_problem(others, "   "), Some(NameProblem::Empty));
    assert_eq!(
        name_problem(others, " customer   SERVICE"),
        Some(NameProblem::Duplicate {
            of: "Customer Service".into()
        })
    );
    assert_eq!(
        name_problem(others, "Sales\nOps"),
        Some(NameProblem::NotOneLine)
    );
    assert_eq!(name_problem(others, &"x".repeat(200)), None);
    assert_eq!(
        name_problem(others, &"x".repeat(201)),
        Some(NameProblem::TooLong {
            chars: 201,
            max: 200
        })
    );
}
