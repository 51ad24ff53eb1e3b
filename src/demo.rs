//! The demo assessment (`cxm demo`): an invented home-appliance retailer
//! with 8 departments and 24 respondents whose answers tell a believable
//! story, so every screen and the report have something real to show.
//!
//! The story: Marketing rates itself high and Customer Service low; `data`
//! is the weakest dimension everywhere; a few questions split the
//! departments by two levels or more; some answers are "don't know" or
//! "not applicable"; comments carry umlauts and accents. Customer evidence
//! is poor (NPS −12, CSAT 64). Everything is a fixed table or a fixed
//! arithmetic pattern (no randomness), so the same questionnaire always
//! gives the same answers; only ids and timestamps differ between runs,
//! which is what the scorecard snapshot tests rely on.

use crate::Field;
use crate::dates::parse_date;
use crate::model::{ActionEdit, ActionStatus, AnswerValue, DimensionSetting, EvidenceMetric};
use crate::questionnaire::Questionnaire;
use crate::store::Store;
use crate::{Error, Result};

/// The invented client.
pub const ORGANISATION: &str = "Nordlicht Haushaltswaren GmbH";
/// The demo assessment's title.
pub const TITLE: &str = "CX-Reifegrad 2026 – Kundenerlebnis über alle Bereiche";

/// Departments in display order, with how far each rates above (+) or
/// below (−) the organisation's real level, in levels.
const DEPARTMENTS: [(&str, f64); 8] = [
    ("Marketing", 0.6),
    ("Sales", 0.4),
    ("Customer Service", -0.5),
    ("Product", 0.2),
    ("Finance", -0.1),
    ("HR", 0.1),
    ("IT", -0.3),
    ("Operations", -0.4),
];

/// Three respondents per department: name, role, and a personal lean
/// (some people are harsher judges than their colleagues).
const RESPONDENTS: [[(&str, &str, f64); 3]; 8] = [
    [
        ("Jürgen Maier", "Head of Marketing", 0.2),
        ("Zoë Hartmann", "Brand Manager", 0.0),
        ("Émilie Laurent", "CRM Manager", -0.2),
    ],
    [
        ("Søren Nielsen", "Head of Sales", 0.2),
        ("Katarzyna Wójcik", "Key Account Manager", 0.0),
        ("Tobias Krüger", "Store Manager Hamburg", -0.3),
    ],
    [
        ("Ayşe Demir", "Head of Customer Service", 0.1),
        ("Björn Lindqvist", "Team Lead Contact Centre", -0.1),
        ("Inês Carvalho", "Complaints Specialist", -0.3),
    ],
    [
        ("François Dubois", "Head of Product", 0.1),
        ("Mehmet Öztürk", "Category Manager", 0.0),
        ("Annika Schäfer", "Product Owner App", -0.1),
    ],
    [
        ("Henrike Voß", "CFO", 0.2),
        ("Pavel Dvořák", "Controller", -0.1),
        ("Chloé Martin", "Pricing Analyst", 0.0),
    ],
    [
        ("Sabine Köhler", "Head of HR", 0.1),
        ("Núria Puig", "Learning & Development", 0.0),
        ("Jonas Weiß", "HR Business Partner", -0.2),
    ],
    [
        ("Łukasz Nowak", "CIO", 0.2),
        ("Øystein Berg", "Data Architect", -0.2),
        ("Małgorzata Zielińska", "CRM Developer", 0.0),
    ],
    [
        ("Renée Fischer", "Head of Operations", 0.1),
        ("Giulia Rossi", "Logistics Manager", 0.0),
        ("Matthias Groß", "Service Technician Lead", -0.2),
    ],
];

/// The organisation's real level per dimension (before department lean).
/// `data` is lowest; a dimension not listed sits at 2.6.
const DIMENSION_BASE: [(&str, f64); 10] = [
    ("vision", 3.0),
    ("governance", 2.6),
    ("voc", 2.7),
    ("data", 1.5),
    ("journeys", 2.5),
    ("personalisation", 2.2),
    ("measurement", 2.6),
    ("culture", 2.9),
    ("collaboration", 2.3),
    ("trust", 3.0),
];

/// Questions where Marketing and Customer Service see a different company
/// (added to Marketing's and subtracted from Service's lean): the
/// misaligned questions of the report.
const DISAGREEMENTS: [(&str, f64); 4] = [
    ("personalisation.segmentation", 1.2),
    ("voc.close-loop", 1.2),
    ("journeys.no-repeat", 1.2),
    ("collaboration.handoffs", 1.2),
];

/// (department index, respondent index, question id, value, comment):
/// answers fixed by hand instead of computed.
const FIXED: [(usize, usize, &str, &str, &str); 14] = [
    (
        0,
        0,
        "personalisation.segmentation",
        "5",
        "Unsere Newsletter-Segmente sind preisgekrönt – 14 Zielgruppen, A/B-getestet.",
    ),
    (
        2,
        0,
        "voc.close-loop",
        "1",
        "Beschwerden landen im Postfach; niemand ruft den Kunden zurück. Très frustrant.",
    ),
    (
        2,
        2,
        "journeys.no-repeat",
        "1",
        "Kund:innen müssen ihre Bestellnummer bis zu dreimal nennen – am Telefon, im Chat, in der Filiale.",
    ),
    (
        2,
        1,
        "data.frontline-view",
        "1",
        "Im Callcenter sehen wir weder Online-Bestellungen noch Reparaturaufträge.",
    ),
    (
        6,
        1,
        "data.single-source",
        "1",
        "Drei Kundenstämme (Shop, Filiale, Service) ohne Abgleich; Dubletten geschätzt 18 %.",
    ),
    (
        6,
        0,
        "data.quality",
        "unknown",
        "Keine Kennzahl zur Datenqualität vorhanden – wäre eine Aufgabe für 2027.",
    ),
    (5, 2, "data.activation", "unknown", ""),
    (
        5,
        1,
        "personalisation.next-best-action",
        "na",
        "Betrifft HR nicht.",
    ),
    (4, 1, "personalisation.real-time-context", "unknown", ""),
    (4, 2, "personalisation.testing-learning", "na", ""),
    (
        5,
        0,
        "journeys.channels",
        "unknown",
        "Ehrlich gesagt: weiß ich nicht.",
    ),
    (
        7,
        2,
        "journeys.co-design",
        "na",
        "Techniker sind nicht an der Gestaltung beteiligt.",
    ),
    (
        1,
        2,
        "trust.cancellation",
        "2",
        "Kündigung nur schriftlich per Brief – das sorgt für Ärger an der Kasse.",
    ),
    (
        3,
        1,
        "measurement.value-chain",
        "3",
        "Rücklaufquote pro Produktlinie wird monatlich mit dem NPS verknüpft (Zoë & François).",
    ),
];

/// Creates the demo assessment with the built-in questionnaire; returns its id.
pub fn create_demo(store: &mut Store) -> Result<String> {
    let q = crate::questionnaire::builtin(crate::questionnaire::DEFAULT_ID).ok_or_else(|| {
        Error::NotFound {
            what: "questionnaire",
            id: crate::questionnaire::DEFAULT_ID.to_owned(),
        }
    })?;
    create_demo_with(store, &q)
}

/// The demo's answer of one respondent to one question, before the fixed
/// table: the dimension's real level plus department and personal lean,
/// plus a small fixed wobble, rounded and kept within 1..=5.
pub fn demo_level(
    dimension: &str,
    question: &str,
    dept: usize,
    person: usize,
    q_index: usize,
) -> u8 {
    let base = DIMENSION_BASE
        .iter()
        .find(|(d, _)| *d == dimension)
        .map_or(2.6, |(_, b)| *b);
    let (_, dept_lean) = DEPARTMENTS[dept];
    let (_, _, own_lean) = RESPONDENTS[dept][person];
    let split =
        DISAGREEMENTS
            .iter()
            .find(|(id, _)| *id == question)
            .map_or(0.0, |(_, s)| match dept {
                0 => *s,
                2 => -*s,
                _ => 0.0,
            });
    // A fixed wobble of −1, 0 or +1 (mostly 0) from the positions alone.
    let wobble = match (dept * 7 + person * 13 + q_index * 5) % 9 {
        0 => -1.0,
        4 => 1.0,
        _ => 0.0,
    };
    let raw = (base + dept_lean + own_lean + split + wobble).round();
    // invariant: clamped into 1..=5 before the cast.
    raw.clamp(1.0, 5.0) as u8
}

/// Creates the demo assessment with `questionnaire`; returns its id.
pub fn create_demo_with(store: &mut Store, questionnaire: &Questionnaire) -> Result<String> {
    let names: Vec<&str> = DEPARTMENTS.iter().map(|(n, _)| *n).collect();
    let id = store.create_assessment(ORGANISATION, TITLE, questionnaire, &names)?;
    let departments = store.departments(&id)?;
    for (d, dept) in departments.iter().enumerate() {
        for (p, (name, role, _)) in RESPONDENTS[d].iter().enumerate() {
            let r = store.add_respondent(&id, &dept.id, name, Some(role), false)?;
            let mut items: Vec<(String, AnswerValue, Option<&str>)> = Vec::new();
            for (q_index, (dim, question)) in questionnaire.questions().enumerate() {
                let fixed = FIXED
                    .iter()
                    .find(|(fd, fp, fq, _, _)| *fd == d && *fp == p && *fq == question.id);
                let (value, comment) = match fixed {
                    Some((_, _, _, v, c)) => (v.parse::<AnswerValue>()?, Some(*c)),
                    None => (
                        AnswerValue::Level(demo_level(&dim.id, &question.id, d, p, q_index)),
                        None,
                    ),
                };
                items.push((question.id.clone(), value, comment));
            }
            let borrowed: Vec<(&str, AnswerValue, Option<&str>)> =
                items.iter().map(|(q, v, c)| (q.as_str(), *v, *c)).collect();
            store.save_answers(&r.id, &borrowed)?;
        }
    }

    for (dimension, target, importance) in [("data", 3, 5), ("voc", 4, 4), ("journeys", 3, 4)] {
        if questionnaire.dimension(dimension).is_some() {
            store.set_dimension_setting(
                &id,
                &DimensionSetting {
                    dimension_id: dimension.to_owned(),
                    target: Some(target),
                    importance: Some(importance),
                },
            )?;
        }
    }

    store.record_evidence(
        &id,
        &[
            (EvidenceMetric::Nps, -12.0),
            (EvidenceMetric::Csat, 64.0),
            (EvidenceMetric::Churn, 18.0),
        ],
        Some(parse_date("2026-09-30", Field::EvidenceDate)?),
        Some("Kundenbefragung Q3 2026 (n = 1 842), Marktforschung Süd"),
    )?;

    // Roadmap edits on the first actions of the weakest dimension.
    let data_actions: Vec<&str> = questionnaire
        .dimension("data")
        .and_then(|d| d.transitions.first())
        .map(|t| t.actions.iter().map(|a| a.id.as_str()).collect())
        .unwrap_or_default();
    let edits = [
        (
            Some("Łukasz Nowak (IT)"),
            Some("2026-12-15"),
            Some(ActionStatus::InProgress),
            Some("Inventur der Kundendaten läuft – Shop, Filiale und Service."),
            false,
        ),
        (
            Some("Henrike Voß (Finanzen) & Datenschutz"),
            Some("2027-01-31"),
            Some(ActionStatus::Planned),
            Some("Einwilligungen prüfen, bevor die Kampagne „Frühjahr“ startet."),
            false,
        ),
        (
            None,
            None,
            None,
            Some("Zurückgestellt: Datenqualität wird im neuen CRM-Projekt gemessen."),
            true,
        ),
    ];
    for (action_id, (owner, due, status, notes, dropped)) in data_actions.iter().zip(edits) {
        store.set_action_edit(
            &id,
            &ActionEdit {
                action_id: (*action_id).to_owned(),
                owner: owner.map(str::to_owned),
                due: due.map(|d| parse_date(d, Field::ActionDue)).transpose()?,
                status,
                notes: notes.map(str::to_owned),
                dropped,
            },
        )?;
    }
    Ok(id)
}
