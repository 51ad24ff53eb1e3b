//! What the screens receive of the core's rules: the limits they enforce
//! while the user types, and the department-name check.

use cx_maturity::store::departments::name_problem;

use crate::convert::assessment::department_name_check;
use crate::convert::rules::rules;
use crate::wire::{DepartmentNameCheck, EvidenceMetric};

#[test]
fn the_screens_get_the_stores_limits_and_the_evidence_ranges() {
    let r = rules();
    assert_eq!(
        (
            r.text.name,
            r.text.comment,
            r.text.owner,
            r.text.notes,
            r.text.consultant
        ),
        (200, 10_000, 120, 2_000, 120)
    );
    assert_eq!(r.questionnaire_max_bytes, 5 * 1024 * 1024);
    assert_eq!(r.logo_max_bytes, 2 * 1024 * 1024);
    let ranges: Vec<_> = r
        .evidence
        .iter()
        .map(|e| (e.metric, e.min, e.max))
        .collect();
    assert_eq!(
        ranges,
        [
            (EvidenceMetric::Nps, -100.0, 100.0),
            (EvidenceMetric::Csat, 0.0, 100.0),
            (EvidenceMetric::Churn, 0.0, 100.0),
        ]
    );
    assert_eq!(
        (r.dates.min.as_str(), r.dates.max.as_str()),
        ("2000-01-01", "2099-12-31")
    );
    // scoring.md, "Rounds and progress": ±0.3, coverage below 0.6,
    // confirmed below 0.5, NPS down 5 or CSAT down 3.
    let k = &r.rounds;
    assert_eq!(
        (
            k.direction_step,
            k.low_coverage_below,
            k.mostly_carried_below,
            k.diverging_nps_drop,
            k.diverging_csat_drop
        ),
        (0.3, 0.6, 0.5, 5.0, 3.0)
    );
}

#[test]
fn a_typed_department_name_is_checked_by_the_cores_rule() {
    let check = |others: &[&str], name: &str| {
        department_name_check(name, name_problem(others.iter().copied(), name))
    };
    assert_eq!(
        check(&["Sales"], "  Customer   Care "),
        DepartmentNameCheck::Ok {
            name: "Customer Care".into()
        }
    );
    assert_eq!(
        check(&["Customer Care"], "customer care"),
        DepartmentNameCheck::Duplicate {
            of: "Customer Care".into()
        }
    );
    assert_eq!(check(&[], " "), DepartmentNameCheck::Empty);
    assert_eq!(
        check(&[], &"é".repeat(201)),
        DepartmentNameCheck::TooLong {
            chars: 201,
            max: 200
        }
    );
}
