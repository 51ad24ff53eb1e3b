// Choisir la langue de la page et des questions (voir ../en/language.ts).
import type { ParticipantKey } from '..';

export const language: Record<Extract<ParticipantKey, `participant.language.${string}`>, string> = {
  'participant.language.label': 'Langue',
  'participant.language.failed': 'La langue n’a pas été changée\u00a0: {message}',
};
