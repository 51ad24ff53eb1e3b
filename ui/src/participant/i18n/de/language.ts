// Die Sprache der Seite und der Fragen wählen (siehe ../en/language.ts).
export const language: Record<keyof typeof import('../en/language').language, string> = {
  'participant.language.label': 'Sprache',
  'participant.language.failed': 'Die Sprache wurde nicht geändert: {message}',
};
