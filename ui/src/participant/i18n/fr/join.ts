// Joining a live workshop, in French (see ../en/join.ts).
// Typed by key prefix against the page's keys (from the page's catalog module,
// which the page's source scan allows), so a missing or extra key fails the
// type check.
import type { ParticipantKey } from '..';

export const join: Record<Extract<ParticipantKey, `participant.join.${string}`>, string> = {
  'participant.join.heading': 'Rejoindre l’atelier',
  'participant.join.intro': 'Saisissez le code à six chiffres projeté à l’écran.',
  'participant.join.code': 'Code d’accès',
  'participant.join.codeHint': 'Six chiffres, par exemple 123456.',
  'participant.join.codeFormat': 'Le code d’accès comporte six chiffres.',
  'participant.join.continue': 'Continuer',
  'participant.join.checking': 'Vérification…',
  'participant.join.department': 'Votre service',
  'participant.join.departmentMissing': 'Choisissez votre service.',
  'participant.join.name': 'Votre nom',
  'participant.join.nameHint': 'Celui sous lequel l’animateur et les participants vous connaissent.',
  'participant.join.nameMissing': 'Saisissez votre nom.',
  'participant.join.submit': 'Rejoindre',
  'participant.join.joining': 'Connexion…',
  'participant.join.otherCode': 'Utiliser un autre code',
  'participant.join.selfPaced': 'Vous répondez à votre rythme, une question à la fois.',
  'participant.join.paced': 'L’animateur guide la salle, question par question.',
  'participant.join.resumeLost':
    'Cette session est terminée, ou vous n’en faites plus partie ; rejoignez-la à nouveau.',
  'participant.join.do.wrongCode': 'Vérifiez les six chiffres projetés à l’écran et saisissez-les à nouveau.',
  'participant.join.do.rateLimited': 'Patientez une minute, puis réessayez.',
  'participant.join.do.sessionFull': 'Demandez à l’animateur de libérer une place pour vous.',
  'participant.join.do.sessionEnded': 'Demandez à l’animateur le code de la session en cours.',
  'participant.join.do.other': 'Réessayez ; si le problème persiste, adressez-vous à l’animateur.',
};
