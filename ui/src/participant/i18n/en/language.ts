// Choosing the language the page and the questions are shown in.
export const language = {
  'participant.language.label': 'Language',
  'participant.language.failed': 'The language was not changed: {message}',
} as const;
