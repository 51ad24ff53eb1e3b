//! The report's words in German: formal register („Sie“), German quotation
//! marks, the terms of the questionnaire's glossary
//! (`glossary.de.md`: Abteilung, Maßnahme, Zielwert, Kundenerlebnis, …).
//! Level ("Stufe") and stage ("Reifegrad", the level of the weakest
//! dimension) are kept apart throughout.

use super::{Labels, one_or_many};
use crate::model::ActionStatus;
use crate::questionnaire::Effort;
use crate::roadmap::Phase;
use crate::scoring::rounds::{DeltaFlag, Direction};

/// The phases by name, as the sentences that mention them quote them.
const NOW: &str = "Jetzt";
const NEXT: &str = "Danach";

/// "1 hat" / "3 haben": the verb after a count.
fn has(n: usize) -> &'static str {
    if n == 1 { "hat" } else { "haben" }
}

/// "1 ist" / "3 sind".
fn is(n: usize) -> &'static str {
    if n == 1 { "ist" } else { "sind" }
}

/// German.
pub static DE: Labels = Labels {
    code: "de",
    level_names: [
        "Initial",
        "In Entwicklung",
        "Definiert",
        "Gesteuert",
        "Optimierend",
    ],
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    long_date: |day, month, year| format!("{day}. {month} {year}"),
    numeric_date: |day, month, year| format!("{day:02}.{month:02}.{year:04}"),
    month_year: |year, month| format!("{month:02}/{year:04}"),
    decimal_separator: ',',
    percent_sign: "\u{a0}%",
    colon: ": ",
    open_quote: "\u{201e}",
    close_quote: "\u{201c}",
    methodology_text: crate::methodology::german,

    report_title: "Reifegradanalyse Kundenerlebnis",
    report_subtitle: "Ergebnisse und Roadmap",
    report_file: "CX-Reifegradbericht",
    workbook_file: "Maßnahmenregister",
    pack_file: "Selbstbewertung",
    prepared_by: "Erstellt von",
    date: "Datum",
    questionnaire: "Fragebogen",
    respondents: "Befragte",
    respondents_by_department: "Befragte nach Abteilung",
    more_departments: |n| {
        if n == 1 {
            "und 1 weitere Abteilung (im Anhang aufgeführt)".to_owned()
        } else {
            format!("und {n} weitere Abteilungen (im Anhang aufgeführt)")
        }
    },
    participation_fact: |r, rs, d, ds| {
        format!(
            "{r} von {rs} {} teilgenommen · {d} von {ds} {}",
            has(r),
            if ds == 1 { "Abteilung" } else { "Abteilungen" }
        )
    },
    took_part_of: |n, m| format!("{n} von {m}"),
    anonymous_respondent: |n, department| format!("Befragte Person {n} ({department})"),
    fewer_than: |k| format!("weniger als {k} Befragte"),
    anonymous_note: |k| {
        format!(
            "Diese Bewertung ist anonym: Keine befragte Person wird genannt, und die eigenen \
             Werte eines Bereichs erscheinen nur, wo mindestens {k} seiner Befragten geantwortet \
             haben. Die Werte der Organisation beruhen auf allen Antworten."
        )
    },
    did_not_take_part: "nicht teilgenommen",
    participation_sentence: |r, rs, d, ds| {
        format!(
            "Teilgenommen {} {r} von {rs} Befragten in {d} von {ds} {}.",
            has(r),
            if ds == 1 { "Abteilung" } else { "Abteilungen" }
        )
    },
    missing_departments_sentence: |missing, took_part| {
        let which = if took_part == 1 {
            "der einen Abteilung, die teilgenommen hat".to_owned()
        } else {
            format!("den {took_part} Abteilungen, die teilgenommen haben")
        };
        format!(
            "Nicht teilgenommen: {}. Die Werte der Organisation in diesem Bericht beruhen auf {which}.",
            missing.join(", ")
        )
    },
    summary_sentence_partial: |org, score, level| {
        format!(
            "{org} erreicht im Durchschnitt der teilnehmenden Abteilungen {score} von 5 Punkten: {level}."
        )
    },
    no_target: "kein Zielwert",
    respondents_took_part: |n| {
        if n == 1 {
            "1 befragte Person hat teilgenommen".to_owned()
        } else {
            format!("{n} Befragte haben teilgenommen")
        }
    },
    confidential: "Vertraulich",
    page_of: |p, n| format!("Seite {p} von {n}"),
    list_and: |names| match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} und {last}", init.join(", ")),
    },

    executive_summary: "Zusammenfassung",
    overall_score: "Gesamtwert",
    level: "Stufe",
    stage: "Reifegrad",
    coverage: "Abdeckung",
    no_score: "kein Wert",
    stage_incomplete: "noch offen",
    held_back_by: |d| format!("begrenzt durch {d}"),
    summary_sentence: |org, score, level| {
        format!(
            "{org} erreicht im Durchschnitt aller Funktionsbereiche {score} von 5 Punkten: {level}."
        )
    },
    stage_sentence: |stage, name, weakest, ws| {
        format!(
            "Der Reifegrad der Organisation, bestimmt durch ihre schwächste Dimension, ist {stage} ({name}): Die Dimension \u{201e}{weakest}\u{201c} erreicht {ws} und bremst die übrigen. Eine Kette ist nur so stark wie ihr schwächstes Glied; dieses zu stärken hat Vorrang."
        )
    },
    stage_incomplete_sentence: "Der Reifegrad lässt sich noch nicht bestimmen: Mindestens eine Dimension hat keine Antworten.",
    nothing_answered: "Noch keine Antworten",
    nothing_answered_body: "In dieser Analyse wurde noch keine Frage beantwortet. Daher gibt es weder Werte noch einen Reifegrad noch eine Roadmap. Dieser Bericht führt die Dimensionen des Fragebogens und die teilnehmenden Abteilungen auf; erstellen Sie ihn erneut, sobald Antworten vorliegen.",
    strengths: "Größte Stärken",
    gaps: "Größte Lücken",
    gap_to_target: |score, target| format!("{score} bei Zielwert\u{a0}{target}"),
    disagreement: "Wo die Abteilungen uneins sind",
    disagreement_intro: "Die Dimensionen, deren Werte je Abteilung am weitesten auseinanderliegen. Eine große Streuung bedeutet, dass die Funktionsbereiche dieselbe Organisation unterschiedlich sehen; klären Sie das vor der Planung.",
    disagreement_line: |dim, spread, high, hv, low, lv| {
        format!("{dim}: Streuung {spread} ({high} {hv}, {low} {lv})")
    },
    no_disagreement: "Bei keiner Dimension liegen die Werte der Abteilungen weiter auseinander, als die Schwelle für Uneinigkeit zulässt.",
    perception_gap_title: "Wahrnehmungslücke: Die Kunden sehen es anders",
    perception_gap_body: |score, level, evidence| {
        format!(
            "Die Organisation bewertet sich mit {score} ({level} oder höher), doch die Kundendaten weisen in die andere Richtung: {evidence}. Unternehmen schätzen ihr Kundenerlebnis regelmäßig weit besser ein, als ihre Kunden es erleben; prüfen Sie die Selbsteinschätzung anhand von Kundendaten, bevor Sie darauf aufbauen."
        )
    },
    start_now: "Drei Maßnahmen für den sofortigen Start",
    no_actions: "Es sind keine Maßnahmen geplant: Jede Dimension erreicht ihren Zielwert.",

    results: "Ergebnisse im Überblick",
    radar_title: "Reifeprofil im Vergleich zum Zielwert",
    radar_caption: |lowest, highest| {
        format!(
            "Wert der Organisation je Dimension (Fläche), vereinbarter Zielwert (gestrichelt) und jede Abteilung (dünne Linien). Skala von 1\u{a0}({lowest}) bis 5\u{a0}({highest})."
        )
    },
    bars_title: "Aktueller Wert und Zielwert je Dimension",
    progress_chart_title: "Reife je Dimension, vorher und aktuell",
    round_then: |date| format!("Vorher ({date})"),
    round_now: |date| format!("Aktuell ({date})"),
    trend_chart_title: "Entwicklung über die Runden, gesamt und je Dimension",
    overall: "Gesamt",
    heat_title: "Abteilung × Dimension",
    heat_caption: "Wert der Abteilung je Dimension; je dunkler, desto reifer. Ein Strich bedeutet: keine Antworten.",
    coverage_title: "Antwortabdeckung je Dimension",
    coverage_caption: |threshold| {
        format!(
            "Anteil der erwarteten Antworten, die gegeben wurden (\u{201e}weiß nicht\u{201c} und fehlende Antworten senken ihn). Unter {threshold} beruht ein Wert auf einer dünnen Grundlage."
        )
    },
    minimum_note: |threshold| format!("mindestens {threshold}"),
    organisation: "Organisation",
    target: "Zielwert",
    current: "Aktuell",
    gap: "Lücke",
    departments_hidden: |n| {
        format!("{n} Abteilungen: Das Profil jeder Abteilung zeigt die Heatmap.")
    },
    low: "gering",
    contents: "Inhalt",
    chart_figures_below: "Die Zahlen hinter der Grafik stehen in der Tabelle darunter.",

    dimensions: "Die Dimensionen im Einzelnen",
    dimension: "Dimension",
    score: "Wert",
    spread: "Streuung",
    importance: "Bedeutung",
    priority: "Priorität",
    department: "Abteilung",
    department_answers: "Antworten der Abteilungen",
    misaligned_questions: "Fragen, bei denen die Abteilungen uneins sind",
    misaligned_none: "Keine Frage dieser Dimension spaltet die Abteilungen.",
    question: "Frage",
    questions: "Fragen",
    notable_comments: "Bemerkenswerte Kommentare",
    no_comments: "Zu dieser Dimension wurden keine Kommentare abgegeben.",
    misaligned_flag: "Abteilungen uneins",
    low_coverage_flag: "Geringe Abdeckung",
    default_target: "Standard",

    roadmap: "Roadmap",
    roadmap_intro: "Maßnahmen aus dem Fragebogen für jeden Schritt von der heutigen Stufe bis zum Zielwert, geordnet nach Priorität (Lücke × Bedeutung × Gewichtung). Eine Maßnahme steht nie vor einer Maßnahme, die sie voraussetzt.",
    phase_title: |p| match p {
        Phase::Now => "Jetzt (0–3 Monate)",
        Phase::Next => "Danach (3–9 Monate)",
        Phase::Later => "Später (9–18 Monate)",
    },
    phase_name: |p| match p {
        Phase::Now => NOW,
        Phase::Next => NEXT,
        Phase::Later => "Später",
    },
    phase_months: |p| match p {
        Phase::Now => "0–3 Monate",
        Phase::Next => "3–9 Monate",
        Phase::Later => "9–18 Monate",
    },
    action: "Maßnahme",
    owner: "Verantwortlich",
    effort: "Aufwand",
    due: "Termin",
    status: "Stand",
    notes: "Notizen",
    no_actions_in_phase: "Keine Maßnahmen in dieser Phase.",
    actions_count: |n| one_or_many(n, "Maßnahme", "Maßnahmen"),
    effort_mix: |s, m, l| format!("gering: {s} · mittel: {m} · hoch: {l}"),
    dropped: "gestrichen",
    capacity_note: |now, next| {
        format!(
            "Die Phase \u{201e}{NOW}\u{201c} umfasst höchstens {now} Maßnahmen, \u{201e}{NEXT}\u{201c} höchstens {next} (gestrichene Maßnahmen zählen nicht mit); nachrangige Maßnahmen rücken in die jeweils folgende Phase."
        )
    },
    moved_full: |to, full| {
        format!("Verschoben nach \u{201e}{to}\u{201c}, da \u{201e}{full}\u{201c} voll ist")
    },
    moved_requires: |to, required| {
        format!(
            "Verschoben nach \u{201e}{to}\u{201c}, da die vorausgesetzte Maßnahme {required} ebenfalls verschoben wurde"
        )
    },
    effort_name: |e| match e {
        Effort::S => "Gering",
        Effort::M => "Mittel",
        Effort::L => "Hoch",
    },
    status_name: |s| match s {
        ActionStatus::Planned => "Geplant",
        ActionStatus::InProgress => "In Arbeit",
        ActionStatus::Done => "Erledigt",
        ActionStatus::Blocked => "Blockiert",
    },

    appendix: "Anhang",
    methodology: "Methodik",
    distribution: "Verteilung der Antworten je Frage",
    distribution_intro: "Wie viele Befragte welche Stufe gewählt haben und wie viele mit \u{201e}nicht zutreffend\u{201c} (n.\u{a0}z.) oder \u{201e}weiß nicht\u{201c} (?) geantwortet haben.",
    na: "n.\u{a0}z.",
    unknown: "?",
    all_comments: "Alle Kommentare",
    revotes: "Fragen, über die der Workshop erneut abgestimmt hat",
    revotes_intro: "Im Live-Workshop hat die Gruppe zunächst verdeckt abgestimmt, dann die Stimmen gesehen, diskutiert und erneut abgestimmt. Die Streuung ist die höchste gewählte Stufe minus die niedrigste, zuerst bei den verdeckten Stimmen, dann bei den endgültigen Stimmen derselben Personen; eine kleinere endgültige Streuung bedeutet, dass die Diskussion die Gruppe näher zusammengebracht hat.",
    voters: "Abstimmende",
    first_spread: "Erste Streuung",
    final_spread: "Endgültige Streuung",
    changed_votes: "Geändert",
    knowledge_gaps: "Wissenslücken",
    knowledge_gaps_intro: "Mit \u{201e}weiß nicht\u{201c} beantwortete Fragen: was die Organisation über sich selbst nicht weiß.",
    no_knowledge_gaps: "Keine Frage wurde mit \u{201e}weiß nicht\u{201c} beantwortet.",
    respondent: "Befragte Person",
    customer_evidence: "Kundendaten",
    metric: "Kennzahl",
    value: "Wert",
    source: "Quelle",
    nps: "NPS",
    csat: "CSAT",
    churn: "Abwanderung",

    progress_since: |date| format!("Fortschritt seit dem {date}"),
    progress_lead: |date, c, stage_then, stage_now| {
        let (then, now, delta) = (c.then, c.now, c.delta);
        let moved = match c.direction {
            Direction::Improved => {
                format!("von {then} auf {now} gestiegen ({delta}, verbessert)")
            }
            Direction::Declined => {
                format!("von {then} auf {now} gesunken ({delta}, verschlechtert)")
            }
            Direction::Stable => {
                format!("stabil geblieben: vorher {then}, aktuell {now} ({delta}, stabil)")
            }
        };
        format!(
            "Seit der Analyse vom {date} ist der Gesamtwert {moved}; Reifegrad {stage_then} → {stage_now}."
        )
    },
    progress_lead_missing: |date| {
        format!(
            "Seit der Analyse vom {date}: Der Gesamtwert lässt sich nicht vergleichen, da eine der beiden Runden keinen Wert hat."
        )
    },
    direction_name: |d| match d {
        Direction::Improved => "verbessert",
        Direction::Stable => "stabil",
        Direction::Declined => "verschlechtert",
    },
    not_compared: "kein Vergleich",
    then: "Vorher",
    now: "Aktuell",
    change: "Veränderung",
    direction: "Richtung",
    actions_completed: "Erledigte Maßnahmen",
    in_the_period: "im Zeitraum",
    answers_confirmed: "Bestätigte Antworten",
    carried_note: "die übrigen übernommen, noch nicht bestätigt",
    all_confirmed: "alle Antworten neu gegeben oder bestätigt",
    dimension_counts: |total, improved, stable, declined, missing, step| {
        let of = if total == 1 {
            "Von der einen Dimension".to_owned()
        } else {
            format!("Von den {total} Dimensionen")
        };
        // The count follows the verb in the first clause (verb second).
        let mut parts = vec![
            format!("{of} {} sich {improved} verbessert", has(improved)),
            format!("{stable} {} stabil geblieben", is(stable)),
            format!("{declined} {} sich verschlechtert", has(declined)),
        ];
        if missing > 0 {
            let could = if missing == 1 { "ließ" } else { "ließen" };
            parts.push(format!("{missing} {could} sich nicht vergleichen"));
        }
        let last = parts.pop().unwrap_or_default();
        format!(
            "{} und {last}. Eine Veränderung um {step} oder mehr in die eine oder andere Richtung zählt; eine kleinere liegt im Rahmen der Unschärfe einer Selbsteinschätzung.",
            parts.join(", ")
        )
    },
    confirmed_sentence: |confirmed| {
        format!(
            "{confirmed} der Antworten dieser Runde wurden von den Befragten neu gegeben oder bestätigt; die übrigen wurden aus der vorherigen Runde übernommen und noch nicht bestätigt, sie geben also die Sicht des Vorjahres wieder."
        )
    },
    what_improved: "Was sich verbessert hat",
    what_declined: "Was sich verschlechtert hat",
    none_improved: |step| format!("Keine Dimension hat sich um {step} oder mehr verbessert."),
    none_declined: |step| format!("Keine Dimension hat sich um {step} oder mehr verschlechtert."),
    low_coverage_note: |then, now| {
        format!(
            "geringe Abdeckung (vorher {then}, aktuell {now}): Die Veränderung beruht auf wenigen Antworten"
        )
    },
    questions_changed_note: |added, removed| {
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(format!("hinzugefügt {}", added.join(", ")));
        }
        if !removed.is_empty() {
            parts.push(format!("entfernt {}", removed.join(", ")));
        }
        format!("Fragen geändert: {}", parts.join("; "))
    },
    mostly_carried_note: |confirmed| {
        format!("überwiegend übernommen: nur {confirmed} der Antworten in dieser Runde bestätigt")
    },
    departments_change: "Veränderung je Abteilung",
    disagreement_change: |dt, qt, dn, qn| {
        format!(
            "Die Abteilungen waren vorher bei {} und {} uneins, aktuell bei {} und {}.",
            one_or_many(dt, "Dimension", "Dimensionen"),
            one_or_many(qt, "Frage", "Fragen"),
            one_or_many(dn, "Dimension", "Dimensionen"),
            one_or_many(qn, "Frage", "Fragen")
        )
    },
    actions_completed_title: "Im Zeitraum erledigte Maßnahmen",
    no_actions_completed: "Im Plan der vorherigen Runde wurde keine Maßnahme als erledigt markiert.",
    outside_in_over_time: "Die Sicht der Kunden im Zeitverlauf",
    self_assessment: "Selbsteinschätzung (Gesamtwert)",
    points: |change| {
        let one = change.trim_start_matches(['+', '\u{2212}']) == "1";
        format!("{change} {}", if one { "Punkt" } else { "Punkte" })
    },
    no_evidence_over_time: "Kundendaten (NPS oder CSAT, jeweils der neueste Wert einer Runde) wurden nicht in beiden Runden erfasst. Daher lässt sich die Veränderung der Selbsteinschätzung nicht an der Sicht der Kunden prüfen. Erfassen Sie sie in jeder Runde.",
    diverging_title: "Gegenläufig: besser in den eigenen Augen, schlechter in denen der Kunden",
    diverging_body: |score_change, customers| {
        format!(
            "Der Gesamtwert hat sich verbessert ({score_change}), während {customers}. Die Organisation sagt, sie sei besser geworden; ihre Kunden sagen, sie sei schlechter geworden. Finden Sie heraus, was die Kunden sehen, bevor Sie die Verbesserung berichten."
        )
    },
    fell_from_to: |measure, then, now| {
        format!("der {measure}-Wert von {then} auf {now} gesunken ist")
    },
    and: " und ",
    trend_caption: "Ein Punkt je Runde, beschriftet mit ihrem Wert; eine Lücke, wo eine Runde keinen Wert hat.",

    sheet_actions: "Maßnahmenregister",
    sheet_scores: "Werte",
    sheet_answers: "Antworten",
    phase: "Phase",
    transition: "Übergang",
    description: "Beschreibung",
    requires: "Setzt voraus",
    answer: "Antwort",
    comment: "Kommentar",
    role: "Rolle",
    question_id: "Frage-ID",
    action_id: "Maßnahmen-ID",
    answered_at: "Beantwortet am (UTC)",
    answer_na: "nicht zutreffend",
    answer_unknown: "weiß nicht",
    sheet_progress: "Fortschritt",
    sheet_trend: "Verlauf",
    flags: "Hinweise",
    confirmed: "Bestätigt",
    questions_added: "Hinzugefügte Fragen",
    questions_removed: "Entfernte Fragen",
    respondents_then: "Befragte vorher",
    respondents_now: "Befragte aktuell",
    round: "Runde",
    title: "Titel",
    flag_name: |f| match f {
        DeltaFlag::LowCoverage => "geringe Abdeckung",
        DeltaFlag::QuestionsChanged => "Fragen geändert",
        DeltaFlag::MostlyCarried => "überwiegend übernommen",
    },
    diverging_name: "gegenläufig",
};
