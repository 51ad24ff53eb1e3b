// Rounds and the Progress tab in French (see ../en/rounds.ts). A round is a
// « tour »; an answer carried from the last round is « reprise ».
import type { rounds as en } from '../en/rounds';

export const rounds: Record<keyof typeof en, string> = {
  'round.number': 'Tour {number}',
  'round.after': 'après « {title} » du {date}',
  'round.followedBy': 'Suivi du tour {number} : « {title} »',
  'round.start': 'Nouveau tour…',
  'round.startLabel': 'Lancer le tour suivant de {name}',

  'round.dialog.title': 'Lancer le tour {number} pour {organisation}',
  'round.dialog.lead':
    'Une nouvelle évaluation de {organisation}, liée à « {title} » pour que l’onglet Évolution puisse comparer les deux. L’évaluation « {title} » reste inchangée.',
  'round.dialog.loading': 'Lecture du tour…',
  'round.dialog.loadError': 'Impossible de lire ce que reprendrait le tour suivant.',
  'round.dialog.titleField': 'Titre du nouveau tour',
  'round.dialog.people': 'Qui répond à nouveau',
  'round.dialog.peopleHint':
    'Chaque personne conservée est ajoutée au nouveau tour, dans le même service. Ajoutez les nouvelles personnes dans son onglet Répondants.',
  'round.dialog.keepAll': 'Les conserver tous',
  'round.dialog.keepNone': 'N’en conserver aucun',
  'round.dialog.kept': 'Conservés : {kept} sur {total}',
  'round.dialog.noPeople': 'Ce tour n’a aucun répondant : le nouveau tour commence sans répondant.',
  'round.dialog.person': '{name}, {department}',
  'round.dialog.answers_one': '{count} réponse',
  'round.dialog.answers_other': '{count} réponses',
  'round.dialog.carry':
    'Reprendre les réponses — chacune reste marquée jusqu’à ce que son répondant la confirme ou la modifie',
  'round.dialog.carryHint':
    'Les réponses reprises comptent dans tous les chiffres dès le départ ; l’onglet Évolution indique combien restent seulement reprises.',
  'round.dialog.carryNeedsPeople': 'Conservez au moins un répondant pour reprendre des réponses.',
  'round.dialog.questionnaire': 'Questionnaire',
  'round.dialog.keepVersion': 'Conserver la version {version} ({questions} questions), comme au tour précédent',
  'round.dialog.useVersion': 'Utiliser la version actuelle {version} ({added}, {removed})',
  'round.dialog.added_one': '{count} question ajoutée',
  'round.dialog.added_other': '{count} questions ajoutées',
  'round.dialog.removed_one': '{count} retirée',
  'round.dialog.removed_other': '{count} retirées',
  'round.dialog.changes': 'Questions qui changent',
  'round.dialog.addedList': 'Ajoutées',
  'round.dialog.removedList': 'Retirées (leurs réponses ne sont pas reprises)',
  'round.dialog.carriedTitle': 'Ce que reprend le nouveau tour',
  'round.dialog.carriedBody':
    'Les services, les cibles et l’importance convenues, les capacités des phases et toutes les modifications de la feuille de route : responsables, échéances, statuts, notes et actions écartées. Une action terminée le reste.',
  'round.dialog.emptyTitle': 'Ce qui n’est pas repris',
  'round.dialog.emptyBody':
    'Les données clients (NPS, CSAT, attrition), qui se rapportent à une période. Saisissez les chiffres de la nouvelle période dans l’onglet Résultats.',
  'round.dialog.submit': 'Lancer le tour {number}',
  'round.dialog.starting': 'Lancement…',
  'round.dialog.failed': 'Le tour suivant n’a pas été lancé : {message}',
  'round.dialog.hasNext':
    'Le tour {number} fait déjà suite à celui-ci (« {title} »). Un tour suivant ne peut être lancé que depuis le dernier tour.',

  'round.started.title': 'Tour {number} lancé : « {title} »',
  'round.started.people_one': '{count} répondant conservé du tour précédent.',
  'round.started.people_other': '{count} répondants conservés du tour précédent.',
  'round.started.noPeople': 'Aucun répondant conservé : ajoutez ci-dessous les personnes qui répondent à ce tour.',
  'round.started.carried_one':
    '{count} réponse reprise : elle reste marquée jusqu’à ce que son répondant la confirme ou la modifie.',
  'round.started.carried_other':
    '{count} réponses reprises : chacune reste marquée jusqu’à ce que son répondant la confirme ou la modifie.',
  'round.started.notCarried': 'Aucune réponse reprise : chacun répond à nouveau.',
  'round.started.added': 'Questions ajoutées dans le questionnaire de ce tour :',
  'round.started.removed': 'Questions qui ne sont plus posées (leurs réponses restent dans le tour précédent) :',
  'round.started.evidence': 'Les données clients de la nouvelle période restent à saisir.',
  'round.started.close': 'Fermer',

  'progress.title': 'Évolution depuis le tour précédent',
  'progress.lead': 'Tour {now} (lancé le {dateNow}) comparé au tour {then}, « {title} » (lancé le {dateThen}).',
  'progress.loading': 'Comparaison des tours…',
  'progress.error': 'Les tours n’ont pas pu être comparés.',
  'progress.overall': 'Score global',
  'progress.thenNow': '{then} → {now}',
  'progress.stage': 'Stade',
  'progress.stageValue': 'Stade {stage} : {name}',
  'progress.stageIncomplete': 'incomplet',
  'progress.confirmed':
    '{percent} des réponses de ce tour ont été données ou confirmées par les répondants ; les autres sont encore reprises du tour précédent.',
  'progress.confirmedAll': 'Toutes les réponses de ce tour ont été données ou confirmées par leur répondant.',
  'progress.confirmedLink': 'Voir qui a encore des réponses reprises',
  'progress.direction.improved': 'en progrès',
  'progress.direction.stable': 'stable',
  'progress.direction.declined': 'en recul',
  'progress.direction.none': 'pas de comparaison',
  'progress.directionNote':
    'Une évolution d’au moins {step}, dans un sens ou dans l’autre, compte comme un progrès ou un recul ; en deçà, c’est stable.',
  'progress.diverging.title': 'Les clients ne voient pas les choses ainsi',
  'progress.diverging.body':
    'L’organisation se dit en progrès ; ses clients disent le contraire. Le score global a augmenté de {delta} alors que {evidence}.',
  'progress.diverging.nps': 'le NPS a baissé de {points} points',
  'progress.diverging.csat': 'le CSAT a baissé de {points} points',
  'progress.charts': 'Graphiques',
  'progress.dimensions': 'Dimensions',
  'progress.dimensions.caption':
    'Le score de chaque dimension au tour précédent et à ce tour, l’évolution, et les précautions de lecture.',
  'progress.col.dimension': 'Dimension',
  'progress.col.then': 'Avant',
  'progress.col.now': 'Aujourd’hui',
  'progress.col.change': 'Évolution',
  'progress.col.notes': 'À lire avec prudence',
  'progress.col.spread': 'Désaccord avant → aujourd’hui',
  'progress.col.department': 'Service',
  'progress.col.respondents': 'Répondants avant → aujourd’hui',
  'progress.flag.lowCoverage':
    'Couverture faible : {then} avant, {now} aujourd’hui (en dessous de {below}, trop peu de réponses pour s’y fier)',
  'progress.flag.questionsChanged': 'Questions modifiées : {changes}',
  'progress.flag.mostlyCarried':
    'Majoritairement reprises : seulement {percent} des réponses données ou confirmées à ce tour',
  'progress.flag.none': 'Aucune',
  'progress.changes.added': '{count} de plus',
  'progress.changes.removed': '{count} de moins',
  'progress.changes.which': 'Lesquelles',
  'progress.missing': 'sans score dans l’un des deux tours',
  'progress.notInRound': 'absent de ce tour',
  'progress.departments': 'Services',
  'progress.departments.caption': 'Le score global de chaque service avant et aujourd’hui, rapproché par nom.',
  'progress.disagreement': 'Désaccord entre services',
  'progress.disagreement.dimensions': 'Dimensions divergentes : {then} avant, {now} aujourd’hui.',
  'progress.disagreement.questions': 'Questions divergentes : {then} avant, {now} aujourd’hui.',
  'progress.actions': 'Actions de la feuille de route terminées sur la période',
  'progress.actions.none':
    'Aucune action n’a été marquée comme terminée au tour précédent. Marquez les actions comme terminées dans l’onglet Feuille de route au fur et à mesure.',
  'progress.outside': 'Le regard des clients dans le temps',
  'progress.outside.caption':
    'Le score que l’organisation s’attribue, à côté de ce qu’en disent ses clients, avant et aujourd’hui.',
  'progress.outside.measure': 'Mesure',
  'progress.outside.self': 'Score global auto-évalué',
  'progress.outside.nps': 'NPS',
  'progress.outside.csat': 'CSAT',
  'progress.outside.emptyNow':
    'Aucune donnée client enregistrée pour ce tour : saisissez le NPS et le CSAT de cette période dans l’onglet Résultats.',
  'progress.outside.recordLink': 'Saisir les données clients',
  'progress.questions': 'Questions ajoutées et retirées',
  'progress.questions.added': 'Ajoutées à ce tour',
  'progress.questions.removed': 'Posées au tour précédent, retirées depuis',
  'progress.questions.none': 'Les deux tours ont posé les mêmes questions.',
  'progress.trend': 'Tendance sur tous les tours',
  'progress.trend.caption':
    'Le score global, le stade et les données clients de chaque tour, du plus ancien au plus récent.',
  'progress.trend.dimensions': 'Scores des dimensions par tour',
  'progress.trend.round': 'Tour',
  'progress.trend.started': 'Lancé le',
  'progress.trend.roundLabel': 'Tour {number} : {title}',
  'progress.firstRound.title': 'Ceci est le premier tour',
  'progress.firstRound.body':
    'Il n’y a pas de tour antérieur auquel le comparer. Lancez son tour suivant depuis l’écran Évaluations pour mesurer la progression.',
};
