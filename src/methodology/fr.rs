//! The methodology in French.

use super::{Figures, Section, section};

/// What each level means, index 0 = level 1 (as `en.rs`).
const MEANINGS: [&str; 5] = [
    "l’expérience client est fragmentée et gérée au cas par cas\u{202f}; elle repose sur quelques défenseurs isolés et il n’existe pas de stratégie",
    "une fonction voix du client (VoC) existe, les écarts ont été diagnostiqués et un plan est en place",
    "une vision partagée est portée par la direction\u{202f}; objectifs, pratiques et indicateurs sont définis, standardisés et encadrés par une gouvernance",
    "un indicateur d’expérience client pèse autant que la rentabilité et l’amélioration est systématique",
    "la culture pousse chacun à bien faire pour le client sans qu’on le demande, et les collaborateurs ont l’autonomie d’innover",
];

/// "niveau" after a figure below 2 ("1,5 niveau"), "niveaux" from 2 on,
/// as French counts.
fn niveaux(figure: &str) -> &'static str {
    let value: f64 = figure.replace(',', ".").parse().unwrap_or(2.0);
    if value < 2.0 { "niveau" } else { "niveaux" }
}

/// The methodology, in reading order.
pub(crate) fn sections(f: &Figures<'_>) -> Vec<Section> {
    let mut levels = vec![
        "L’évaluation situe l’organisation sur cinq niveaux de maturité de l’expérience client\u{a0}:"
            .to_owned(),
    ];
    levels.extend(f.numbered_levels(&MEANINGS));
    levels.push(format!(
        "Un score tel que {} se lit par sa partie entière\u{a0}: {} ({}). Les scores sont affichés \
         avec une décimale, tronqués et non arrondis, afin qu’un score ne laisse jamais \
         croire à un niveau non atteint\u{a0}: {} s’affiche {}. Tous les calculs portent sur \
         les valeurs exactes.",
        f.example, f.example_level_name, f.example_level, f.uncut, f.cut
    ));
    let [now, next, later] = f.phases;

    vec![
        section("Les cinq niveaux", levels),
        section(
            "Comment répondre aux questions",
            vec![
                "Chaque question décrit cinq situations, une par niveau. Chaque répondant \
                 choisit celle qui décrit le mieux l’organisation aujourd’hui, et non ce qui \
                 est prévu."
                    .to_owned(),
                "«\u{a0}Non applicable\u{a0}» retire la question pour ce répondant, comme si elle n’avait \
                 jamais été posée. «\u{a0}Je ne sais pas\u{a0}» ne donne pas de score, mais réduit la \
                 couverture et figure parmi les lacunes de connaissance\u{a0}: ce que \
                 l’organisation ignore d’elle-même est aussi un constat."
                    .to_owned(),
            ],
        ),
        section(
            "Des réponses au score de l’organisation",
            vec![
                "Chaque répondant obtient un score par dimension\u{a0}: la moyenne de ses réponses \
                 dans cette dimension (certaines questions peuvent peser plus que d’autres)."
                    .to_owned(),
                "Chaque service obtient la moyenne des scores de ses répondants, \
                 l’organisation la moyenne de ses services\u{a0}: chaque service compte une fois, \
                 quel que soit son effectif, car l’évaluation mesure l’organisation à travers \
                 toutes ses fonctions, et non son équipe la plus nombreuse."
                    .to_owned(),
                "Le score global est la moyenne des scores des dimensions (certaines \
                 dimensions peuvent peser plus que d’autres). Un chiffre que personne n’a pu \
                 donner est indiqué comme manquant, jamais comme zéro."
                    .to_owned(),
            ],
        ),
        section(
            "Le stade\u{a0}: le maillon le plus faible",
            vec![
                "La moyenne peut masquer un point faible\u{202f}; le rapport indique donc aussi le \
                 stade, c’est-à-dire le niveau de la dimension la plus faible. Une \
                 organisation n’est pas plus mature que sa capacité la plus faible\u{202f}; le \
                 rapport désigne cette dimension comme celle qui la freine. La moyenne et le \
                 stade sont toujours présentés ensemble."
                    .to_owned(),
                "Le stade n’est indiqué que si chaque dimension a un score\u{202f}; sinon, il reste \
                 en suspens, faute de données complètes."
                    .to_owned(),
            ],
        ),
        section(
            "La couverture\u{a0}: sur quoi reposent les chiffres",
            vec![format!(
                "La couverture est la part des questions auxquelles un niveau a été donné, \
                 hors questions marquées non applicables. Les réponses manquantes et les \
                 «\u{a0}Je ne sais pas\u{a0}» la réduisent. Une dimension dont la couverture est \
                 inférieure à {} est signalée\u{a0}: son score repose sur trop peu de réponses pour \
                 être fiable.",
                f.low_coverage
            )],
        ),
        section(
            "Là où les services divergent",
            vec![
                format!(
                    "Pour chaque dimension, le rapport compare les scores des services. \
                     Lorsque le plus élevé et le plus bas sont distants de {} {} ou plus, \
                     la dimension est signalée comme non alignée\u{a0}: les services ne voient pas \
                     la même organisation.",
                    f.dimension_spread,
                    niveaux(&f.dimension_spread)
                ),
                format!(
                    "Le même contrôle porte sur chaque question, à partir de la réponse \
                     moyenne de chaque service\u{202f}; les questions sur lesquelles les services \
                     sont distants de {} {} ou plus sont listées, de la plus forte \
                     divergence à la plus faible, avec le point de vue de chaque service.",
                    f.question_spread,
                    niveaux(&f.question_spread)
                ),
            ],
        ),
        section(
            "Cibles, écarts et priorités",
            vec![
                format!(
                    "Chaque dimension a un niveau cible et une importance de 1 à 5, convenus \
                     pour l’évaluation. Sauf accord contraire, la cible est d’un niveau \
                     au-dessus du niveau actuel (au plus {}) et l’importance vaut {}. Une \
                     dimension sans score n’a pas de cible tant qu’aucune n’est convenue, et \
                     donc ni écart ni priorité.",
                    f.top_level, f.default_importance
                ),
                "L’écart mesure de combien le score est inférieur à la cible (zéro s’il \
                 l’atteint ou la dépasse). La priorité multiplie l’écart par l’importance et \
                 par le poids de la dimension\u{a0}: un écart important sur une dimension \
                 importante passe en premier."
                    .to_owned(),
            ],
        ),
        section(
            "La feuille de route",
            vec![
                format!(
                    "Pour chaque dimension en deçà de sa cible, la feuille de route reprend \
                     les actions qui mènent du niveau actuel à la cible, un niveau à la fois. \
                     La première étape va dans la phase «\u{a0}{}\u{a0}» ({}), la deuxième dans \
                     «\u{a0}{}\u{a0}» ({}), la troisième et les suivantes dans «\u{a0}{}\u{a0}» ({}).",
                    now.0, now.1, next.0, next.1, later.0, later.1
                ),
                "Une action n’est jamais planifiée avant une action dont elle dépend\u{a0}: elle \
                 passe si nécessaire dans la phase suivante. Au sein d’une phase, les actions \
                 de la dimension la plus prioritaire viennent en premier. Le consultant peut \
                 désigner des responsables et des échéances, suivre l’avancement, ajouter des \
                 remarques ou abandonner une action\u{202f}; le rapport présente le plan modifié."
                    .to_owned(),
            ],
        ),
        section(
            "Le regard extérieur",
            vec![format!(
                "Les organisations ont tendance à se juger bien meilleures que ne le \
                 ressentent leurs clients. Lorsque des données clients sont saisies (la valeur \
                 la plus récente de chaque mesure fait foi), le rapport signale un écart de \
                 perception si le score global est de {} ({}) ou plus alors que le Net \
                 Promoter Score est inférieur à {} ou la satisfaction client inférieure à {}.",
                f.perception_score, f.perception_level_name, f.nps_below, f.csat_below
            )],
        ),
        section(
            "Les vagues\u{a0}: les progrès depuis la dernière évaluation",
            vec![
                "Lorsque l’organisation est évaluée de nouveau, en général un an plus tard, la \
                 nouvelle vague est comparée à la précédente, dimension par dimension et \
                 question par question. Chaque vague est notée pour elle-même, comme décrit \
                 ci-dessus\u{202f}; la comparaison ne modifie aucun de ses chiffres."
                    .to_owned(),
                format!(
                    "Une évolution est le score de la vague la plus récente moins celui de la \
                     précédente. Une évolution de {} ou plus compte comme une progression, \
                     une évolution de {} ou moins comme un recul\u{202f}; en deçà, elle est stable, \
                     dans la marge d’incertitude d’une auto-évaluation. La même règle \
                     s’applique au score global et à celui de chaque service.",
                    f.step_up, f.step_down
                ),
                format!(
                    "Une évolution est signalée, et tout de même affichée, lorsqu’elle repose \
                     sur des bases fragiles\u{a0}: couverture faible (inférieure à {} dans l’une \
                     des deux vagues), questions modifiées (les questions de la dimension \
                     diffèrent entre les questionnaires des deux vagues) ou réponses \
                     majoritairement reprises. Les réponses peuvent être reprises de la vague \
                     précédente\u{202f}; elles comptent comme toute autre réponse jusqu’à ce que le \
                     répondant les confirme ou les modifie. La part confirmée est la part des \
                     réponses de la vague récente données ou confirmées à nouveau\u{202f}; en \
                     dessous de {}, l’évolution d’une dimension est signalée comme \
                     majoritairement reprise, car elle répète largement l’avis de l’année \
                     précédente.",
                    f.low_coverage, f.mostly_carried
                ),
                "Les actions marquées comme terminées dans la feuille de route de la vague \
                 précédente comptent comme réalisées pendant la période entre les deux vagues."
                    .to_owned(),
                format!(
                    "Lorsque les deux vagues disposent de données clients, l’évolution du Net \
                     Promoter Score et de la satisfaction client est mise en regard de \
                     l’évolution du score global. La comparaison est signalée comme \
                     divergente lorsque le score global a progressé alors que le Net Promoter \
                     Score a baissé de {} points ou plus, ou la satisfaction client de {} \
                     points ou plus\u{a0}: l’organisation se dit meilleure, ses clients la disent \
                     moins bonne.",
                    f.nps_drop, f.csat_drop
                ),
            ],
        ),
    ]
}
