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

/// How far each department (in display order: Marketing, Sales, Customer
/// Service, Product, Finance, HR, IT, Operations) rates above (+) or below
/// (−) the organisation's real level, in levels.
const DEPARTMENT_LEANS: [f64; 8] = [0.6, 0.4, -0.5, 0.2, -0.1, 0.1, -0.3, -0.4];

/// Three respondents per department (their roles are in `FLAVOURS`): name
/// and a personal lean (some people are harsher judges than their
/// colleagues).
const RESPONDENTS: [[(&str, f64); 3]; 8] = [
    [
        ("Jürgen Maier", 0.2),
        ("Zoë Hartmann", 0.0),
        ("Émilie Laurent", -0.2),
    ],
    [
        ("Søren Nielsen", 0.2),
        ("Katarzyna Wójcik", 0.0),
        ("Tobias Krüger", -0.3),
    ],
    [
        ("Ayşe Demir", 0.1),
        ("Björn Lindqvist", -0.1),
        ("Inês Carvalho", -0.3),
    ],
    [
        ("François Dubois", 0.1),
        ("Mehmet Öztürk", 0.0),
        ("Annika Schäfer", -0.1),
    ],
    [
        ("Henrike Voß", 0.2),
        ("Pavel Dvořák", -0.1),
        ("Chloé Martin", 0.0),
    ],
    [
        ("Sabine Köhler", 0.1),
        ("Núria Puig", 0.0),
        ("Jonas Weiß", -0.2),
    ],
    [
        ("Łukasz Nowak", 0.2),
        ("Øystein Berg", -0.2),
        ("Małgorzata Zielińska", 0.0),
    ],
    [
        ("Renée Fischer", 0.1),
        ("Giulia Rossi", 0.0),
        ("Matthias Groß", -0.2),
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

/// The language a demo is set up in: the names of its departments and
/// its people's roles, its title and its report language. The comments,
/// notes and evidence source stay as the client's people wrote them, in
/// German and French, whatever the flavour.
struct Flavour {
    locale: &'static str,
    title: &'static str,
    departments: [&'static str; 8],
    roles: [[&'static str; 3]; 8],
}

const FLAVOURS: [Flavour; 3] = [
    Flavour {
        locale: "en",
        title: TITLE,
        departments: [
            "Marketing",
            "Sales",
            "Customer Service",
            "Product",
            "Finance",
            "HR",
            "IT",
            "Operations",
        ],
        roles: [
            ["Head of Marketing", "Brand Manager", "CRM Manager"],
            [
                "Head of Sales",
                "Key Account Manager",
                "Store Manager Hamburg",
            ],
            [
                "Head of Customer Service",
                "Team Lead Contact Centre",
                "Complaints Specialist",
            ],
            ["Head of Product", "Category Manager", "Product Owner App"],
            ["CFO", "Controller", "Pricing Analyst"],
            [
                "Head of HR",
                "Learning & Development",
                "HR Business Partner",
            ],
            ["CIO", "Data Architect", "CRM Developer"],
            [
                "Head of Operations",
                "Logistics Manager",
                "Service Technician Lead",
            ],
        ],
    },
    Flavour {
        locale: "de",
        title: TITLE,
        departments: [
            "Marketing",
            "Vertrieb",
            "Kundenservice",
            "Produkt",
            "Finanzen",
            "Personal",
            "IT",
            "Betrieb",
        ],
        roles: [
            ["Leiter Marketing", "Brand Managerin", "CRM-Managerin"],
            [
                "Vertriebsleiter",
                "Key-Account-Managerin",
                "Filialleiter Hamburg",
            ],
            [
                "Leiterin Kundenservice",
                "Teamleiter Contact Center",
                "Beschwerdemanagerin",
            ],
            ["Leiter Produkt", "Category Manager", "Product Owner App"],
            ["Finanzvorständin", "Controller", "Preisanalystin"],
            [
                "Personalleiterin",
                "Personalentwicklung",
                "HR-Business-Partner",
            ],
            ["CIO", "Datenarchitekt", "CRM-Entwicklerin"],
            [
                "Leiterin Betrieb",
                "Logistikleiterin",
                "Leiter Servicetechnik",
            ],
        ],
    },
    Flavour {
        locale: "fr",
        title: "Maturité CX 2026 – l’expérience client dans tous les services",
        departments: [
            "Marketing",
            "Ventes",
            "Service client",
            "Produit",
            "Finance",
            "RH",
            "Informatique",
            "Opérations",
        ],
        roles: [
            [
                "Directeur marketing",
                "Responsable de marque",
                "Responsable CRM",
            ],
            [
                "Directeur commercial",
                "Responsable grands comptes",
                "Directeur de magasin Hambourg",
            ],
            [
                "Directrice du service client",
                "Chef d’équipe centre de contact",
                "Chargée des réclamations",
            ],
            [
                "Directeur produit",
                "Chef de catégorie",
                "Product Owner application",
            ],
            [
                "Directrice financière",
                "Contrôleur de gestion",
                "Analyste prix",
            ],
            [
                "Directrice des RH",
                "Formation et développement",
                "RH Business Partner",
            ],
            ["DSI", "Architecte de données", "Développeuse CRM"],
            [
                "Directrice des opérations",
                "Responsable logistique",
                "Chef des techniciens de service",
            ],
        ],
    },
];

/// Creates the demo assessment with the built-in questionnaire, in
/// English; returns its id.
pub fn create_demo(store: &mut Store) -> Result<String> {
    create_demo_in(store, "en")
}

/// Creates the demo assessment in `locale` (`en`, `de`, `fr`, or a tag of
/// one of them): departments, roles and title in that language, and its
/// report written in it. Returns its id.
pub fn create_demo_in(store: &mut Store, locale: &str) -> Result<String> {
    let code = crate::locales::supported(locale)?;
    let flavour = FLAVOURS
        .iter()
        .find(|f| f.locale == code)
        .ok_or_else(|| Error::InvalidInput(format!("the demo has no {code:?} flavour")))?;
    let q = crate::questionnaire::builtin(crate::questionnaire::DEFAULT_ID).ok_or_else(|| {
        Error::NotFound {
            what: "questionnaire",
            id: crate::questionnaire::DEFAULT_ID.to_owned(),
        }
    })?;
    let id = create(store, &q, flavour)?;
    store.set_report_locale(&id, flavour.locale)?;
    Ok(id)
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
    let dept_lean = DEPARTMENT_LEANS[dept];
    let (_, own_lean) = RESPONDENTS[dept][person];
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

/// Creates the demo assessment with `questionnaire`, in English; returns
/// its id.
pub fn create_demo_with(store: &mut Store, questionnaire: &Questionnaire) -> Result<String> {
    create(store, questionnaire, &FLAVOURS[0])
}

fn create(store: &mut Store, questionnaire: &Questionnaire, flavour: &Flavour) -> Result<String> {
    let id = store.create_assessment(
        ORGANISATION,
        flavour.title,
        questionnaire,
        &flavour.departments,
    )?;
    let departments = store.departments(&id)?;
    for (d, dept) in departments.iter().enumerate() {
        for (p, (name, _)) in RESPONDENTS[d].iter().enumerate() {
            let role = flavour.roles[d][p];
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
            Some("Leitung IT"),
            Some("2026-12-15"),
            Some(ActionStatus::InProgress),
            Some("Inventur der Kundendaten läuft – Shop, Filiale und Service."),
            false,
        ),
        (
            Some("Finanzen & Datenschutz"),
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
