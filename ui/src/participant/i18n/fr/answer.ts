// Answering on the participant page, in French (see ../en/answer.ts).
// French takes the "one" form for 0 and 1: "0 réponse", "1 réponse".
// Typed by key prefix against the page's keys (from the page's catalog module,
// which the page's source scan allows), so a missing or extra key fails the
// type check.
import type { ParticipantKey } from '..';

export const answer: Record<
  Extract<ParticipantKey, `participant.answer.${string}` | `participant.done.${string}`>,
  string
> = {
  'participant.answer.position': 'Question {index} sur {total}',
  'participant.answer.progress_one': '{count} réponse sur {total}',
  'participant.answer.progress_other': '{count} réponses sur {total}',
  'participant.answer.help': 'Ce que signifie cette question',
  'participant.answer.choices': 'Choisissez ce qui correspond le mieux à votre organisation aujourd’hui',
  'participant.answer.level': 'Niveau {level} : {name}',
  'participant.answer.na': 'Non applicable',
  'participant.answer.unknown': 'Je ne sais pas',
  'participant.answer.saving': 'Enregistrement…',
  'participant.answer.saved': 'Enregistré',
  'participant.answer.notSavedShort': 'Non enregistré',
  'participant.answer.notSaved': 'Non enregistré : {message}',
  'participant.answer.retry': 'Enregistrer à nouveau',
  'participant.answer.notAnswered': 'Pas encore de réponse',
  'participant.answer.steps': 'Navigation entre les questions',
  'participant.answer.previous': 'Précédente',
  'participant.answer.next': 'Suivante',
  'participant.answer.finish': 'Terminer',
  'participant.answer.firstOpen': 'Aller à la première question sans réponse',
  'participant.answer.empty': 'Ce questionnaire ne contient aucune question.',
  'participant.done.heading': 'Merci',
  'participant.done.count_one': 'Vous avez répondu à {count} question sur {total}.',
  'participant.done.count_other': 'Vous avez répondu à {count} questions sur {total}.',
  'participant.done.open_one': '{count} question reste sans réponse.',
  'participant.done.open_other': '{count} questions restent sans réponse.',
  'participant.done.change': 'Modifier mes réponses',
  'participant.done.answerOpen': 'Répondre aux questions restantes',
};
