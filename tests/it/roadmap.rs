//! Tests of the roadmap area: plans worked out by hand (with and without
//! the phase capacities of rule 4a), the capacities as stored, and the
//! property that no action is planned before one it requires.

use cx_maturity::model::{ActionEdit, ActionStatus, CapacitySetting};
use cx_maturity::roadmap::{Capacity, Moved, Phase, Roadmap, plan};
use cx_maturity::scoring::score;

use crate::scoring::build::{Build, add_action, date, questionnaire};

fn ids(roadmap: &Roadmap, phase: Phase) -> Vec<&str> {
    roadmap.phases[phase as usize]
        .actions
        .iter()
        .map(|a| a.id.as_str())
        .collect()
}

/// Four dimensions, one respondent:
///
/// | dim     | weight | answers   | score | target        | importance | gap | priority      | transitions   |
/// |---------|--------|-----------|-------|---------------|------------|-----|---------------|---------------|
/// | voc     | 1      | v1=2      | 2.0   | 3 (default)   | 3          | 1.0 | 1·3·1 = 3     | 2→3           |
/// | data    | 1      | d1=1 d2=2 | 1.5   | 3 (agreed)    | 4          | 1.5 | 1.5·4·1 = 6   | 1→2, 2→3      |
/// | culture | 2      | c1=4      | 4.0   | 5 (default)   | 3          | 1.0 | 1·3·2 = 6     | 4→5           |
/// | trust   | 1      | t1=1      | 1.0   | 4 (agreed)    | 1          | 3.0 | 3·1·1 = 3     | 1→2, 2→3, 3→4 |
///
/// Base phases: the first needed transition → Now, the second → Next, the
/// third → Later. Requires:
/// - voc-23-a requires data-23-a (Next): raised from Now to Next;
/// - cul-45-a requires voc-23-a (now Next): raised to Next (transitively);
/// - voc-23-b requires voc-12-a (1→2, already reached): taken as done, stays Now;
/// - trust-34-a requires data-23-a (Next): already Later, stays Later.
///
/// Order in a phase: priority (high first), then questionnaire order
/// (voc, data, culture, trust), then action order:
/// - Now:   data-12-a, data-12-b (6), voc-23-b (3), trust-12-a (3)
/// - Next:  data-23-a (6, data before culture), cul-45-a (6), voc-23-a (3), trust-23-a (3)
/// - Later: trust-34-a
#[test]
fn gaps_of_two_levels_and_requires_raise_phases() {
    let mut q = questionnaire(&[
        ("voc", 1.0, &[("v1", 1.0)]),
        ("data", 1.0, &[("d1", 1.0), ("d2", 1.0)]),
        ("culture", 2.0, &[("c1", 1.0)]),
        ("trust", 1.0, &[("t1", 1.0)]),
    ]);
    add_action(&mut q, "voc", 1, "voc-12-a", &[]);
    add_action(&mut q, "voc", 2, "voc-23-a", &["data-23-a"]);
    add_action(&mut q, "voc", 2, "voc-23-b", &["voc-12-a"]);
    add_action(&mut q, "data", 1, "data-12-a", &[]);
    add_action(&mut q, "data", 1, "data-12-b", &[]);
    add_action(&mut q, "data", 2, "data-23-a", &["data-12-a"]);
    add_action(&mut q, "data", 3, "data-34-a", &[]);
    add_action(&mut q, "culture", 3, "cul-34-a", &[]);
    add_action(&mut q, "culture", 4, "cul-45-a", &["voc-23-a"]);
    add_action(&mut q, "trust", 1, "trust-12-a", &[]);
    add_action(&mut q, "trust", 2, "trust-23-a", &[]);
    add_action(&mut q, "trust", 3, "trust-34-a", &["data-23-a"]);
    add_action(&mut q, "trust", 4, "trust-45-a", &[]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "v1=2 d1=1 d2=2 c1=4 t1=1");
    b.setting("data", Some(3), Some(4))
        .setting("trust", Some(4), Some(1));
    b.edit(ActionEdit {
        action_id: "data-12-a".into(),
        owner: Some("Chief Data Officer".into()),
        due: Some(date(2027, 3, 31)),
        status: Some(ActionStatus::InProgress),
        notes: Some("budget approved".into()),
        dropped: false,
    })
    .edit(ActionEdit {
        action_id: "data-12-b".into(),
        owner: None,
        due: None,
        status: None,
        notes: None,
        dropped: true,
    })
    .edit(ActionEdit {
        action_id: "trust-12-a".into(),
        owner: Some("   ".into()),
        due: None,
        status: None,
        notes: None,
        dropped: false,
    });
    let data = b.data();
    let card = score(&data);
    // The priorities the order rests on (see the table above).
    let priorities: Vec<Option<f64>> = card.dimensions.iter().map(|d| d.priority).collect();
    assert_eq!(priorities, [Some(3.0), Some(6.0), Some(6.0), Some(3.0)]);

    let roadmap = plan(&data, &card);
    assert_eq!(roadmap.assessment, "a-1");
    let phases: Vec<Phase> = roadmap.phases.iter().map(|p| p.phase).collect();
    assert_eq!(phases, [Phase::Now, Phase::Next, Phase::Later]);
    assert_eq!(
        ids(&roadmap, Phase::Now),
        ["data-12-a", "data-12-b", "voc-23-b", "trust-12-a"]
    );
    assert_eq!(
        ids(&roadmap, Phase::Next),
        ["data-23-a", "cul-45-a", "voc-23-a", "trust-23-a"]
    );
    assert_eq!(ids(&roadmap, Phase::Later), ["trust-34-a"]);

    // Edits: owner, due date, status, notes; dropped stays listed, marked.
    let now = &roadmap.phases[0].actions;
    assert_eq!(now[0].owner, "Chief Data Officer");
    assert_eq!(now[0].due, Some(date(2027, 3, 31)));
    assert_eq!(now[0].status, Some(ActionStatus::InProgress));
    assert_eq!(now[0].notes.as_deref(), Some("budget approved"));
    assert_eq!(now[0].transition, [1, 2]);
    assert!(!now[0].dropped);
    assert!(now[1].dropped);
    assert_eq!(now[1].owner, "Owner of data");
    // A blank edited owner keeps the questionnaire's owner function.
    assert_eq!(now[3].owner, "Owner of trust");

    // JSON as cli.md shows it.
    let json = serde_json::to_value(&roadmap).expect("serialises");
    assert_eq!(json["phases"][0]["phase"], "now");
    assert_eq!(json["phases"][2]["phase"], "later");
    let first = &json["phases"][0]["actions"][0];
    assert_eq!(first["id"], "data-12-a");
    assert_eq!(first["dimension"], "data");
    assert_eq!(first["transition"], serde_json::json!([1, 2]));
    assert_eq!(first["effort"], "M");
    assert_eq!(first["due"], "2027-03-31");
    assert_eq!(first["status"], "in_progress");
    assert_eq!(
        json["phases"][1]["actions"][2]["requires"],
        serde_json::json!(["data-23-a"])
    );
}

/// A dimension at or above its target, or without a score, plans nothing.
#[test]
fn nothing_to_plan_without_a_gap() {
    let mut q = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 1.0, &[("b1", 1.0)])]);
    add_action(&mut q, "a", 3, "a-34", &[]);
    add_action(&mut q, "b", 1, "b-12", &[]);
    let mut b = Build::new(q);
    b.department("X");
    // a = 3 with an agreed target of 3: gap 0; b has no answer: no score.
    b.respondent("X", "r", "a1=3 b1=unknown");
    b.setting("a", Some(3), None);
    let data = b.data();
    let roadmap = plan(&data, &score(&data));
    assert_eq!(roadmap.phases.len(), 3);
    assert!(roadmap.actions().next().is_none());
}

fn dropped(action_id: &str) -> ActionEdit {
    ActionEdit {
        action_id: action_id.into(),
        owner: None,
        due: None,
        status: None,
        notes: None,
        dropped: true,
    }
}

fn moved_of<'a>(roadmap: &'a Roadmap, id: &str) -> Option<&'a Moved> {
    roadmap
        .actions()
        .find(|(_, a)| a.id == id)
        .and_then(|(_, a)| a.moved.as_ref())
}

/// Rule 4a with a requirement cut off: capacity 2 in Now.
///
/// | dim | weight | answer | score | target (default) | gap | priority  |
/// |-----|--------|--------|-------|------------------|-----|-----------|
/// | a   | 1      | a1=2   | 2.0   | 3                | 1.0 | 1·3·1 = 3 |
/// | b   | 2      | b1=2   | 2.0   | 3                | 1.0 | 1·3·2 = 6 |
///
/// All actions serve 2→3, the first needed transition: base phase Now.
/// b-1 requires a-2 (both Now, so rule 3 changes nothing at first).
/// Rule 4 order in Now: b-1 (6), then a-1, a-2 (3, action order).
/// Cut at 2: b-1 and a-1 stay, a-2 moves to Next (Now is full).
/// Rule 3 again: b-1 requires a-2, now in Next, so b-1 goes to Next too.
/// Now: a-1 (one action, fewer than the capacity: the rule cuts first and
/// raises after). Next in rule 4 order: b-1 (6), a-2 (3).
#[test]
fn an_action_follows_its_requirement_when_a_full_phase_moved_it() {
    let mut q = questionnaire(&[("a", 1.0, &[("a1", 1.0)]), ("b", 2.0, &[("b1", 1.0)])]);
    add_action(&mut q, "a", 2, "a-1", &[]);
    add_action(&mut q, "a", 2, "a-2", &[]);
    add_action(&mut q, "b", 2, "b-1", &["a-2"]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=2 b1=2");
    b.data.capacity = CapacitySetting {
        now: Some(2),
        next: None,
    };
    let data = b.data();
    let card = score(&data);
    let priorities: Vec<Option<f64>> = card.dimensions.iter().map(|d| d.priority).collect();
    assert_eq!(priorities, [Some(3.0), Some(6.0)]);

    let roadmap = plan(&data, &card);
    assert_eq!(roadmap.capacity, Capacity { now: 2, next: 12 });
    assert_eq!(ids(&roadmap, Phase::Now), ["a-1"]);
    assert_eq!(ids(&roadmap, Phase::Next), ["b-1", "a-2"]);
    assert!(ids(&roadmap, Phase::Later).is_empty());
    assert_eq!(moved_of(&roadmap, "a-1"), None);
    assert_eq!(
        moved_of(&roadmap, "a-2"),
        Some(&Moved::Capacity {
            from: Phase::Now,
            full: Phase::Now
        })
    );
    assert_eq!(
        moved_of(&roadmap, "b-1"),
        Some(&Moved::Requires {
            from: Phase::Now,
            required: "a-2".into()
        })
    );

    // In the JSON of `cxm roadmap`: the capacities used, and the reason.
    let json = serde_json::to_value(&roadmap).expect("serialises");
    assert_eq!(json["capacity"], serde_json::json!({"now": 2, "next": 12}));
    assert_eq!(
        json["phases"][1]["actions"][1]["moved"],
        serde_json::json!({"reason": "capacity", "from": "now", "full": "now"})
    );
    assert_eq!(
        json["phases"][0]["actions"][0]["moved"],
        serde_json::Value::Null
    );
}

/// The default capacities (Now 8, Next 12) with dropped actions, which do
/// not count. One dimension, score 2, target 3: eleven actions a-1 … a-11
/// for 2→3, all base Now, ranked in action order. a-2 and a-5 are dropped.
/// Counting the others in order: a-1 (1), a-3 (2), a-4 (3), a-6 (4),
/// a-7 (5), a-8 (6), a-9 (7), a-10 (8) stay; a-11 is the ninth and moves
/// to Next. The dropped ones stay where they were, listed and marked.
#[test]
fn dropped_actions_do_not_count_against_the_default_capacity() {
    let mut q = questionnaire(&[("a", 1.0, &[("a1", 1.0)])]);
    let all: Vec<String> = (1..=11).map(|n| format!("a-{n}")).collect();
    for id in &all {
        add_action(&mut q, "a", 2, id, &[]);
    }
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=2");
    b.edit(dropped("a-2")).edit(dropped("a-5"));
    let data = b.data();
    let roadmap = plan(&data, &score(&data));
    assert_eq!(roadmap.capacity, Capacity { now: 8, next: 12 });
    assert_eq!(ids(&roadmap, Phase::Now), all[..10].to_vec());
    assert_eq!(ids(&roadmap, Phase::Next), ["a-11"]);
    assert_eq!(
        moved_of(&roadmap, "a-11"),
        Some(&Moved::Capacity {
            from: Phase::Now,
            full: Phase::Now
        })
    );
    assert!(
        roadmap
            .actions()
            .all(|(_, a)| a.id == "a-11" || a.moved.is_none())
    );

    // Without the drops, a-9, a-10 and a-11 would not fit: 8 stay.
    let mut undropped = data;
    undropped.action_edits.clear();
    let roadmap = plan(&undropped, &score(&undropped));
    assert_eq!(ids(&roadmap, Phase::Now), all[..8].to_vec());
    assert_eq!(ids(&roadmap, Phase::Next), all[8..].to_vec());
}

/// Both cuts, one after the other: capacity 1 in Now and 1 in Next.
/// One dimension, score 1.0 (level 1), agreed target 3: x-1, x-2 serve
/// 1→2 (Now), y-1 serves 2→3 (Next). Rule 4 order: x-1, x-2, y-1 (the
/// dimension's action order runs across its transitions).
/// Now: x-1 stays, x-2 moves to Next. Next then holds x-2 and y-1; x-2
/// ranks first and stays, y-1 moves to Later (Next is full).
#[test]
fn now_is_cut_first_then_next() {
    let mut q = questionnaire(&[("a", 1.0, &[("a1", 1.0)])]);
    add_action(&mut q, "a", 1, "x-1", &[]);
    add_action(&mut q, "a", 1, "x-2", &[]);
    add_action(&mut q, "a", 2, "y-1", &[]);
    let mut b = Build::new(q);
    b.department("X");
    b.respondent("X", "r", "a1=1");
    b.setting("a", Some(3), None);
    b.data.capacity = CapacitySetting {
        now: Some(1),
        next: Some(1),
    };
    let data = b.data();
    let roadmap = plan(&data, &score(&data));
    assert_eq!(ids(&roadmap, Phase::Now), ["x-1"]);
    assert_eq!(ids(&roadmap, Phase::Next), ["x-2"]);
    assert_eq!(ids(&roadmap, Phase::Later), ["y-1"]);
    assert_eq!(
        moved_of(&roadmap, "x-2"),
        Some(&Moved::Capacity {
            from: Phase::Now,
            full: Phase::Now
        })
    );
    assert_eq!(
        moved_of(&roadmap, "y-1"),
        Some(&Moved::Capacity {
            from: Phase::Next,
            full: Phase::Next
        })
    );
}

mod stored {
    use cx_maturity::Error;
    use cx_maturity::demo::create_demo;
    use cx_maturity::model::CapacitySetting;
    use cx_maturity::roadmap::{Capacity, Phase, plan};
    use cx_maturity::scoring::score;
    use cx_maturity::store::Store;

    use crate::store::{db_path, dump, small_assessment, temp_store};

    #[test]
    fn capacities_are_set_one_at_a_time_checked_and_reset() {
        let (dir, mut store) = temp_store();
        let id = small_assessment(&mut store);
        assert_eq!(
            store.roadmap_capacity(&id).unwrap(),
            CapacitySetting::default()
        );

        let set = store
            .set_roadmap_capacity(&id, Phase::Now, Some(3))
            .unwrap();
        assert_eq!(
            set,
            CapacitySetting {
                now: Some(3),
                next: None
            }
        );
        let set = store
            .set_roadmap_capacity(&id, Phase::Next, Some(100))
            .unwrap();
        assert_eq!(
            set,
            CapacitySetting {
                now: Some(3),
                next: Some(100)
            }
        );
        assert_eq!(store.load(&id).unwrap().capacity, set);

        // Refused with a clear message, and nothing written.
        let before = dump(&db_path(&dir));
        for (phase, value, says) in [
            (
                Phase::Now,
                Some(0),
                "the capacity of Now must be between 1 and 100 actions; 0 was given",
            ),
            (
                Phase::Next,
                Some(101),
                "the capacity of Next must be between 1 and 100 actions; 101 was given",
            ),
            (
                Phase::Later,
                Some(5),
                "the Later phase has no capacity; only Now and Next have one",
            ),
            (
                Phase::Later,
                None,
                "the Later phase has no capacity; only Now and Next have one",
            ),
        ] {
            match store.set_roadmap_capacity(&id, phase, value) {
                Err(Error::InvalidInput(m)) => assert_eq!(m, says),
                other => panic!("{phase:?} {value:?}: {other:?}"),
            }
        }
        assert!(matches!(
            store.set_roadmap_capacity("nope", Phase::Now, Some(3)),
            Err(Error::NotFound { .. })
        ));
        assert_eq!(dump(&db_path(&dir)), before);

        // One phase back to its default, then both.
        let set = store.set_roadmap_capacity(&id, Phase::Now, None).unwrap();
        assert_eq!(
            set,
            CapacitySetting {
                now: None,
                next: Some(100)
            }
        );
        store.reset_roadmap_capacity(&id).unwrap();
        assert_eq!(
            store.roadmap_capacity(&id).unwrap(),
            CapacitySetting::default()
        );
    }

    /// A database of schema 3 (before the capacities) opens, and its
    /// roadmap is cut with the defaults: the demo plans about thirty
    /// actions for Now by rules 2 and 3, so the cut moves some and Now keeps
    /// at most 8 that are not dropped (fewer when rule 3 raises one after
    /// the cut).
    #[test]
    fn a_database_of_schema_3_opens_with_the_default_capacities() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        let id = {
            let mut store = Store::open(&path).unwrap();
            create_demo(&mut store).unwrap()
        };
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch(
                "ALTER TABLE pack_sessions DROP COLUMN passphrase_check; ALTER TABLE answers DROP COLUMN do_not_quote; ALTER TABLE assessments DROP COLUMN anonymity_threshold; ALTER TABLE assessments DROP COLUMN anonymous; ALTER TABLE respondents DROP COLUMN locale; ALTER TABLE assessments DROP COLUMN report_locale; DROP INDEX assessments_next_round; ALTER TABLE answers DROP COLUMN carried; ALTER TABLE assessments DROP COLUMN previous_id; DROP TABLE workshop_votes; DROP TABLE roadmap_capacity; PRAGMA user_version = 3;",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(
            store.roadmap_capacity(&id).unwrap(),
            CapacitySetting::default()
        );
        let data = store.load(&id).unwrap();
        assert_eq!(data.capacity, CapacitySetting::default());
        let roadmap = plan(&data, &score(&data));
        assert_eq!(roadmap.capacity, Capacity { now: 8, next: 12 });
        let live = |p: Phase| {
            roadmap.phases[p as usize]
                .actions
                .iter()
                .filter(|a| !a.dropped)
                .count()
        };
        assert!((1..=8).contains(&live(Phase::Now)));
        assert!(live(Phase::Next) <= 12);
        assert!(roadmap.actions().any(|(_, a)| matches!(
            a.moved,
            Some(cx_maturity::roadmap::Moved::Capacity {
                full: Phase::Now,
                ..
            })
        )));
    }
}

mod props {
    use cx_maturity::roadmap::plan;
    use cx_maturity::scoring::{level, score};
    use proptest::prelude::*;

    use crate::scoring::build::add_action;
    use crate::scoring::props::{Case, case};

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        /// No action is planned before an action it requires, and the plan
        /// holds exactly the actions of the needed transitions. `slots`:
        /// per (dimension, transition), how many actions, and picks that name
        /// earlier actions as requirements (so the graph is acyclic).
        #[test]
        fn no_action_is_planned_before_one_it_requires(
            case in case(),
            slots in prop::collection::vec((0usize..3, prop::collection::vec(any::<u64>(), 0..3)), 16),
            targets in prop::collection::vec(prop::option::of(1u8..=5), 4),
        ) {
            let mut data = Case::data(&case);
            let dims: Vec<String> = data.questionnaire.dimensions.iter().map(|d| d.id.clone()).collect();
            let mut made = 0usize;
            for (i, (count, picks)) in slots.iter().enumerate() {
                let (d, from) = (i / 4, (i % 4) as u8 + 1);
                let Some(dim) = dims.get(d) else { break };
                for _ in 0..*count {
                    let requires: Vec<String> = if made == 0 {
                        Vec::new()
                    } else {
                        picks.iter().map(|p| format!("x{}", p % made as u64)).collect()
                    };
                    let requires: Vec<&str> = requires.iter().map(String::as_str).collect();
                    add_action(&mut data.questionnaire, dim, from, &format!("x{made}"), &requires);
                    made += 1;
                }
            }
            for (dim, target) in dims.iter().zip(&targets) {
                data.settings.push(cx_maturity::model::DimensionSetting {
                    dimension_id: dim.clone(),
                    target: *target,
                    importance: None,
                });
            }
            let card = score(&data);
            let roadmap = plan(&data, &card);
            for (phase, action) in roadmap.actions() {
                for req in &action.requires {
                    if let Some(req_phase) = roadmap.phase_of(req) {
                        prop_assert!(req_phase <= phase, "{} ({phase:?}) requires {req} ({req_phase:?})", action.id);
                    }
                }
            }
            // Exactly the actions of transitions level(score) → target.
            let mut expected = 0;
            for (dim, ds) in data.questionnaire.dimensions.iter().zip(&card.dimensions) {
                let Some(s) = ds.score else { continue };
                for t in &dim.transitions {
                    if t.from >= level(s) && ds.target.is_some_and(|target| t.to <= target) {
                        expected += t.actions.len();
                    }
                }
            }
            prop_assert_eq!(roadmap.actions().count(), expected);
        }
    }
}
