// Following a paced room, in French (see ../en/room.ts). A re-vote is a
// « nouveau vote ».
// Typed by key prefix against the page's keys (from the page's catalog module,
// which the page's source scan allows), so a missing or extra key fails the
// type check.
import type { ParticipantKey } from '..';

export const room: Record<
  Extract<ParticipantKey, `participant.room.${string}` | `participant.ended.${string}`>,
  string
> = {
  'participant.room.waiting': 'En attente de l’animateur',
  'participant.room.waitingHint': 'La prochaine question apparaîtra ici dès que l’animateur l’affichera.',
  'participant.room.vote': 'Vote',
  'participant.room.blind': 'Votre vote reste secret jusqu’à ce que l’animateur révèle les votes de la salle.',
  'participant.room.revote': 'Nouveau vote',
  'participant.room.revoteHint': 'Après la discussion : choisissez à nouveau, ou laissez votre réponse telle quelle.',
  'participant.room.current': 'Votre réponse actuelle : {answer}',
  'participant.room.revealed': 'Les votes sont à l’écran — discutez-en',
  'participant.room.revealedHint': 'L’animateur va ouvrir un nouveau vote.',
  'participant.room.yourVote': 'Votre vote',
  'participant.room.noVote': 'Vous n’avez pas voté sur cette question.',
  'participant.room.unknownQuestion': 'L’animateur affiche une question que cette page ne connaît pas.',
  'participant.ended.heading': 'La session est terminée, merci',
  'participant.ended.answered_one': 'Vous avez répondu à {count} question.',
  'participant.ended.answered_other': 'Vous avez répondu à {count} questions.',
  'participant.ended.again': 'Rejoindre une autre session',
};
