//! The report's words in French: a no-break space before a colon and a
//! narrow one before a semicolon and a question mark, guillemets with
//! no-break spaces inside,
//! the typographic apostrophe, and the terms of the questionnaire's
//! glossary (`glossary.fr.md`: service, action, cible, feuille de route,
//! expérience client, …). Level ("niveau") and stage ("stade", the level
//! of the weakest dimension) are kept apart throughout.

use super::{Labels, french_count};
use crate::model::ActionStatus;
use crate::questionnaire::Effort;
use crate::roadmap::Phase;
use crate::scoring::rounds::{DeltaFlag, Direction};

/// The phases by name, as the sentences that mention them quote them.
const NOW: &str = "Maintenant";
const NEXT: &str = "Ensuite";

/// A verb after a count: singular for zero and one, as French counts.
fn agree(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n <= 1 { one } else { many }
}

/// French.
pub static FR: Labels = Labels {
    code: "fr",
    level_names: [
        "Initial",
        "En développement",
        "Défini",
        "Maîtrisé",
        "En optimisation",
    ],
    months: [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    long_date: |day, month, year| format!("{day} {month} {year}"),
    numeric_date: |day, month, year| format!("{day:02}/{month:02}/{year:04}"),
    month_year: |year, month| format!("{month:02}/{year:04}"),
    decimal_separator: ',',
    percent_sign: "\u{202f}%",
    colon: "\u{a0}: ",
    open_quote: "«\u{a0}",
    close_quote: "\u{a0}»",
    methodology_text: crate::methodology::french,

    report_title: "Évaluation de la maturité de l’expérience client",
    report_subtitle: "Résultats et feuille de route",
    report_file: "Rapport de maturité CX",
    workbook_file: "registre des actions",
    pack_file: "auto-évaluation",
    prepared_by: "Préparé par",
    date: "Date",
    questionnaire: "Questionnaire",
    respondents: "Répondants",
    respondents_by_department: "Répondants par service",
    more_departments: |n| {
        if n <= 1 {
            format!("et {n} autre service (liste en annexe)")
        } else {
            format!("et {n} autres services (liste en annexe)")
        }
    },
    participation_fact: |r, rs, d, ds| {
        format!(
            "{r} sur {rs} {} participé · {d} {} sur {ds}",
            agree(r, "a", "ont"),
            agree(d, "service", "services")
        )
    },
    took_part_of: |n, m| format!("{n} sur {m}"),
    anonymous_respondent: |n, department| format!("Répondant {n} ({department})"),
    fewer_than: |k| format!("moins de {k}\u{a0}répondants"),
    anonymous_note: |k| {
        format!(
            "Cette évaluation est anonyme\u{a0}: aucun répondant n\u{2019}est nommé, et les \
             chiffres propres à un service n\u{2019}apparaissent que là où au moins {k} de ses \
             répondants ont répondu. Les chiffres de l\u{2019}organisation reposent sur toutes \
             les réponses."
        )
    },
    did_not_take_part: "n’a pas participé",
    participation_sentence: |r, rs, d, ds| {
        format!(
            "Ont participé\u{a0}: {} sur {rs}, dans {} sur {ds}.",
            french_count(r, "répondant", "répondants"),
            french_count(d, "service", "services")
        )
    },
    missing_departments_sentence: |missing, took_part| {
        let which = if took_part <= 1 {
            "du seul service ayant participé".to_owned()
        } else {
            format!("des {took_part} services ayant participé")
        };
        let verb = agree(missing.len(), "N’a pas participé", "N’ont pas participé");
        format!(
            "{verb}\u{a0}: {}. Les chiffres de l’organisation présentés dans ce rapport sont ceux {which}.",
            missing.join(", ")
        )
    },
    summary_sentence_partial: |org, score, level| {
        format!(
            "En moyenne, sur les services ayant participé, {org} obtient un score de {score} sur 5\u{a0}: {level}."
        )
    },
    no_target: "pas de cible",
    respondents_took_part: |n| {
        format!(
            "{} {} participé",
            french_count(n, "répondant", "répondants"),
            agree(n, "a", "ont")
        )
    },
    confidential: "Confidentiel",
    page_of: |p, n| format!("Page {p} sur {n}"),
    list_and: |names| match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} et {last}", init.join(", ")),
    },

    executive_summary: "Synthèse",
    overall_score: "Score global",
    level: "Niveau",
    stage: "Stade",
    coverage: "Couverture",
    no_score: "pas de score",
    stage_incomplete: "pas encore connu",
    held_back_by: |d| format!("freiné par {d}"),
    summary_sentence: |org, score, level| {
        format!(
            "En moyenne, sur l’ensemble de ses fonctions, {org} obtient un score de {score} sur 5\u{a0}: {level}."
        )
    },
    stage_sentence: |stage, name, weakest, ws| {
        format!(
            "Son stade, fixé par sa dimension la plus faible, est {stage} ({name})\u{a0}: la dimension «\u{a0}{weakest}\u{a0}» obtient {ws} et freine les autres. Une chaîne ne vaut que ce que vaut son maillon le plus faible\u{202f}; c’est lui qu’il faut renforcer en premier."
        )
    },
    stage_incomplete_sentence: "Le stade ne peut pas encore être déterminé\u{a0}: au moins une dimension n’a aucune réponse.",
    nothing_answered: "Aucune réponse pour l’instant",
    nothing_answered_body: "Aucune question n’a encore reçu de réponse dans cette évaluation\u{a0}: il n’y a donc ni score, ni stade, ni feuille de route. Ce rapport liste les dimensions du questionnaire et les services participants\u{202f}; générez-le de nouveau une fois les réponses saisies.",
    strengths: "Principales forces",
    gaps: "Principaux écarts",
    gap_to_target: |score, target| format!("{score} pour une cible de\u{a0}{target}"),
    disagreement: "Là où les services divergent",
    disagreement_intro: "Les dimensions dont les scores par service sont les plus éloignés. Une forte dispersion signifie que les fonctions voient la même organisation différemment\u{202f}; mieux vaut clarifier ce point avant de planifier.",
    disagreement_line: |dim, spread, high, hv, low, lv| {
        format!("{dim}\u{a0}: dispersion {spread} ({high} {hv}, {low} {lv})")
    },
    no_disagreement: "Aucune dimension ne présente d’écart entre services supérieur au seuil d’alignement.",
    perception_gap_title: "Écart de perception\u{a0}: les clients voient les choses autrement",
    perception_gap_body: |score, level, evidence| {
        format!(
            "L’organisation s’attribue un score de {score} ({level} ou plus), mais les données clients indiquent le contraire\u{a0}: {evidence}. Les entreprises jugent souvent leur expérience client bien meilleure que ne la ressentent leurs clients\u{202f}; confrontez l’auto-évaluation aux données clients avant d’agir."
        )
    },
    start_now: "Trois actions à lancer dès maintenant",
    no_actions: "Aucune action n’est prévue\u{a0}: chaque dimension atteint sa cible.",

    results: "Vue d’ensemble des résultats",
    radar_title: "Profil de maturité par rapport à la cible",
    radar_caption: |lowest, highest| {
        format!(
            "Score de l’organisation par dimension (surface), cible convenue (pointillés) et chaque service (traits fins). Échelle de 1\u{a0}({lowest}) à 5\u{a0}({highest})."
        )
    },
    bars_title: "Score actuel et cible par dimension",
    progress_chart_title: "Maturité par dimension, avant et maintenant",
    round_then: |date| format!("Avant ({date})"),
    round_now: |date| format!("Actuel ({date})"),
    trend_chart_title: "Maturité au fil des vagues, globale et par dimension",
    overall: "Global",
    heat_title: "Service × dimension",
    heat_caption: "Score du service par dimension\u{202f}; plus la teinte est foncée, plus la maturité est élevée. Un tiret signifie qu’il n’y a aucune réponse.",
    coverage_title: "Couverture des réponses par dimension",
    coverage_caption: |threshold| {
        format!(
            "Part des réponses attendues effectivement données (les «\u{a0}je ne sais pas\u{a0}» et les réponses manquantes la réduisent). En dessous de {threshold}, un score repose sur peu d’éléments."
        )
    },
    minimum_note: |threshold| format!("seuil de {threshold}"),
    organisation: "Organisation",
    target: "Cible",
    current: "Actuel",
    gap: "Écart",
    departments_hidden: |n| {
        format!("{n} services\u{a0}: la carte de chaleur présente le profil de chaque service.")
    },
    low: "faible",
    contents: "Sommaire",
    chart_figures_below: "Les chiffres du graphique figurent dans le tableau qui le suit.",

    dimensions: "Dimension par dimension",
    dimension: "Dimension",
    score: "Score",
    spread: "Dispersion",
    importance: "Importance",
    priority: "Priorité",
    department: "Service",
    department_answers: "Réponses par service",
    misaligned_questions: "Questions sur lesquelles les services divergent",
    misaligned_none: "Aucune question de cette dimension ne divise les services.",
    question: "Question",
    questions: "Questions",
    notable_comments: "Commentaires marquants",
    no_comments: "Aucun commentaire n’a été formulé pour cette dimension.",
    misaligned_flag: "Services en désaccord",
    low_coverage_flag: "Couverture faible",
    default_target: "par défaut",

    roadmap: "Feuille de route",
    roadmap_intro: "Les actions du questionnaire pour chaque étape entre le niveau actuel et la cible, classées par priorité (écart × importance × poids). Une action ne passe jamais avant une action dont elle dépend.",
    phase_title: |p| match p {
        Phase::Now => "Maintenant (0–3 mois)",
        Phase::Next => "Ensuite (3–9 mois)",
        Phase::Later => "Plus tard (9–18 mois)",
    },
    phase_name: |p| match p {
        Phase::Now => NOW,
        Phase::Next => NEXT,
        Phase::Later => "Plus tard",
    },
    phase_months: |p| match p {
        Phase::Now => "0–3 mois",
        Phase::Next => "3–9 mois",
        Phase::Later => "9–18 mois",
    },
    action: "Action",
    owner: "Responsable",
    effort: "Charge",
    due: "Échéance",
    status: "Statut",
    notes: "Remarques",
    no_actions_in_phase: "Aucune action dans cette phase.",
    actions_count: |n| french_count(n, "action", "actions"),
    effort_mix: |s, m, l| format!("faible\u{a0}: {s} · moyenne\u{a0}: {m} · élevée\u{a0}: {l}"),
    dropped: "abandonnée",
    capacity_note: |now, next| {
        format!(
            "La phase «\u{a0}{NOW}\u{a0}» compte au plus {now} actions et la phase «\u{a0}{NEXT}\u{a0}» au plus {next} (les actions abandonnées ne comptent pas)\u{202f}; les actions classées après elles passent à la phase suivante."
        )
    },
    moved_full: |to, full| {
        format!(
            "Reportée en phase «\u{a0}{to}\u{a0}»\u{a0}: la phase «\u{a0}{full}\u{a0}» est complète"
        )
    },
    moved_requires: |to, required| {
        format!(
            "Reportée en phase «\u{a0}{to}\u{a0}»\u{a0}: elle dépend de l’action {required}, elle-même reportée"
        )
    },
    effort_name: |e| match e {
        Effort::S => "Faible",
        Effort::M => "Moyenne",
        Effort::L => "Élevée",
    },
    status_name: |s| match s {
        ActionStatus::Planned => "Prévue",
        ActionStatus::InProgress => "En cours",
        ActionStatus::Done => "Terminée",
        ActionStatus::Blocked => "Bloquée",
    },

    appendix: "Annexe",
    methodology: "Méthodologie",
    distribution: "Répartition des réponses par question",
    distribution_intro: "Combien de répondants ont choisi chaque niveau, et combien ont répondu «\u{a0}non applicable\u{a0}» (NA) ou «\u{a0}je ne sais pas\u{a0}» (?).",
    na: "NA",
    unknown: "?",
    all_comments: "Tous les commentaires",
    revotes: "Questions revotées pendant l’atelier",
    revotes_intro: "Pendant l’atelier en direct, les participants ont voté à l’aveugle, découvert les votes, débattu puis voté de nouveau. La dispersion est le niveau le plus élevé voté moins le plus bas, d’abord parmi les votes à l’aveugle, puis parmi les votes définitifs des mêmes personnes\u{202f}; une dispersion finale plus faible signifie que le débat a rapproché les points de vue.",
    voters: "Votants",
    first_spread: "Dispersion initiale",
    final_spread: "Dispersion finale",
    changed_votes: "Votes modifiés",
    knowledge_gaps: "Lacunes de connaissance",
    knowledge_gaps_intro: "Les questions auxquelles il a été répondu «\u{a0}je ne sais pas\u{a0}»\u{a0}: ce que l’organisation ignore d’elle-même.",
    no_knowledge_gaps: "Aucune question n’a reçu la réponse «\u{a0}je ne sais pas\u{a0}».",
    respondent: "Répondant",
    customer_evidence: "Données clients",
    metric: "Indicateur",
    value: "Valeur",
    source: "Source",
    nps: "NPS",
    csat: "CSAT",
    churn: "Attrition",

    progress_since: |date| format!("Progrès depuis le {date}"),
    progress_lead: |date, c, stage_then, stage_now| {
        let (then, now, delta) = (c.then, c.now, c.delta);
        let moved = match c.direction {
            Direction::Improved => format!("a progressé de {then} à {now} ({delta}, en progrès)"),
            Direction::Declined => format!("a reculé de {then} à {now} ({delta}, en recul)"),
            Direction::Stable => {
                format!("est resté stable\u{a0}: {then} avant, {now} aujourd’hui ({delta}, stable)")
            }
        };
        format!(
            "Depuis l’évaluation du {date}, le score global {moved}\u{202f}; stade {stage_then} → {stage_now}."
        )
    },
    progress_lead_missing: |date| {
        format!(
            "Depuis l’évaluation du {date}\u{a0}: le score global ne peut pas être comparé, l’une des deux vagues n’ayant pas de score."
        )
    },
    direction_name: |d| match d {
        Direction::Improved => "en progrès",
        Direction::Stable => "stable",
        Direction::Declined => "en recul",
    },
    not_compared: "pas de comparaison",
    then: "Avant",
    now: "Actuel",
    change: "Évolution",
    direction: "Tendance",
    actions_completed: "Actions réalisées",
    in_the_period: "sur la période",
    answers_confirmed: "Réponses confirmées",
    carried_note: "les autres reprises, pas encore confirmées",
    all_confirmed: "toutes les réponses données ou confirmées à nouveau",
    dimension_counts: |total, improved, stable, declined, missing, step| {
        let mut parts = vec![
            format!(
                "{improved} {}",
                agree(improved, "a progressé", "ont progressé")
            ),
            format!(
                "{stable} {}",
                agree(stable, "est restée stable", "sont restées stables")
            ),
            format!("{declined} {}", agree(declined, "a reculé", "ont reculé")),
        ];
        if missing > 0 {
            parts.push(format!(
                "{missing} {}",
                agree(
                    missing,
                    "n’a pas pu être comparée",
                    "n’ont pas pu être comparées"
                )
            ));
        }
        let last = parts.pop().unwrap_or_default();
        let of = if total <= 1 {
            format!("Sur {total} dimension")
        } else {
            format!("Sur les {total} dimensions")
        };
        format!(
            "{of}, {} et {last}. Une évolution de {step} ou plus, dans un sens ou dans l’autre, compte\u{202f}; en deçà, elle reste dans la marge d’incertitude d’une auto-évaluation.",
            parts.join(", ")
        )
    },
    confirmed_sentence: |confirmed| {
        format!(
            "{confirmed} des réponses de cette vague ont été données ou confirmées à nouveau par les répondants\u{202f}; les autres ont été reprises de la vague précédente sans être encore confirmées et reflètent donc l’avis de l’année dernière."
        )
    },
    what_improved: "Ce qui a progressé",
    what_declined: "Ce qui a reculé",
    none_improved: |step| format!("Aucune dimension n’a progressé de {step} ou plus."),
    none_declined: |step| format!("Aucune dimension n’a reculé de {step} ou plus."),
    low_coverage_note: |then, now| {
        format!(
            "couverture faible ({then} avant, {now} aujourd’hui)\u{a0}: l’évolution repose sur peu de réponses"
        )
    },
    questions_changed_note: |added, removed| {
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(format!("ajoutées {}", added.join(", ")));
        }
        if !removed.is_empty() {
            parts.push(format!("retirées {}", removed.join(", ")));
        }
        format!("questions modifiées\u{a0}: {}", parts.join("\u{202f}; "))
    },
    mostly_carried_note: |confirmed| {
        format!(
            "réponses majoritairement reprises\u{a0}: seulement {confirmed} confirmées dans cette vague"
        )
    },
    departments_change: "Évolution par service",
    disagreement_change: |dt, qt, dn, qn| {
        format!(
            "Les services divergeaient sur {} et {} auparavant, sur {} et {} aujourd’hui.",
            french_count(dt, "dimension", "dimensions"),
            french_count(qt, "question", "questions"),
            french_count(dn, "dimension", "dimensions"),
            french_count(qn, "question", "questions")
        )
    },
    actions_completed_title: "Actions réalisées sur la période",
    no_actions_completed: "Aucune action de la feuille de route n’a été marquée comme terminée dans le plan de la vague précédente.",
    outside_in_over_time: "Le regard des clients dans le temps",
    self_assessment: "Auto-évaluation (score global)",
    points: |change| {
        let size = change.trim_start_matches(['+', '\u{2212}']);
        let few = size == "0" || size == "1";
        format!("{change} {}", if few { "point" } else { "points" })
    },
    no_evidence_over_time: "Les données clients (NPS ou CSAT, la valeur la plus récente de chaque vague) n’ont pas été saisies dans les deux vagues\u{a0}: l’évolution de l’auto-évaluation ne peut donc pas être confrontée au regard des clients. Saisissez-les à chaque vague.",
    diverging_title: "Divergence\u{a0}: meilleure à ses propres yeux, moins bonne aux yeux de ses clients",
    diverging_body: |score_change, customers| {
        format!(
            "Le score global a progressé ({score_change}) alors que {customers}. L’organisation se dit meilleure\u{202f}; ses clients la disent moins bonne. Cherchez à comprendre ce que voient les clients avant de faire état de cette progression."
        )
    },
    fell_from_to: |measure, then, now| format!("le {measure} est passé de {then} à {now}"),
    and: " et ",
    trend_caption: "Un point par vague, avec son score\u{202f}; une interruption lorsqu’une vague n’a pas de score.",

    sheet_actions: "Registre des actions",
    sheet_scores: "Résultats",
    sheet_answers: "Réponses",
    phase: "Phase",
    transition: "Étape",
    description: "Description",
    requires: "Prérequis",
    answer: "Réponse",
    comment: "Commentaire",
    role: "Rôle",
    question_id: "ID question",
    action_id: "ID action",
    answered_at: "Date de réponse (UTC)",
    answer_na: "non applicable",
    answer_unknown: "je ne sais pas",
    sheet_progress: "Progrès",
    sheet_trend: "Tendance",
    flags: "Signalements",
    confirmed: "Confirmées",
    questions_added: "Questions ajoutées",
    questions_removed: "Questions retirées",
    respondents_then: "Répondants avant",
    respondents_now: "Répondants actuels",
    round: "Vague",
    title: "Titre",
    flag_name: |f| match f {
        DeltaFlag::LowCoverage => "couverture faible",
        DeltaFlag::QuestionsChanged => "questions modifiées",
        DeltaFlag::MostlyCarried => "majoritairement reprises",
    },
    diverging_name: "divergence",
};
