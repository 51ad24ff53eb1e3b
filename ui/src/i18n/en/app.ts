// The frame around every screen and what several screens share: the app's
// name and header links, the assessment's tabs, common words, and the
// save status of the editors.
export const app = {
  'app.name': 'CX Maturity',
  'app.skip': 'Skip to content',
  'app.nav': 'Main',
  'app.home': 'Assessments',
  'app.branding': 'Report branding',
  'app.help': 'Help',
  'app.helpLabel': 'Help (F1)',
  'app.rulesError': 'The app could not start its screens. Try again; if it keeps failing, restart the app.',

  'dataCopy.save': 'Save a copy of all data…',
  'dataCopy.saving': 'Saving a copy…',
  'dataCopy.saved': 'Saved as “{file}” in {folder}. It holds every assessment and opens on its own.',
  'dataCopy.failed': 'The copy was not saved: {message}',
  'app.presenter': 'Presenter mode',
  'app.zoom': 'Zoom {percent}',
  'app.back': 'Back',

  'common.noScore': '–',
  'common.noDate': '–',
  // After a label before its text (French puts a no-break space before it).
  'common.colon': ': ',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.error': 'Something went wrong. Try again.',
  'common.errorDetail': 'The app said: {message}',
  'common.internal':
    'The app could not complete this step because of an internal problem. Nothing was changed; try again, and restart the app if it keeps happening.',
  'common.required': '(required)',
  'common.optional': '(optional)',
  'date.incomplete': 'Enter a whole date (day, month and year), or clear the field.',

  'tabs.label': 'Assessment',
  'tabs.setup': 'Set-up',
  'tabs.respondents': 'Respondents',
  'tabs.results': 'Results',
  'tabs.progress': 'Progress',
  'tabs.targets': 'Targets',
  'tabs.roadmap': 'Roadmap',
  'tabs.exportImport': 'Export & import',
  'tabs.live': 'Run live',

  'save.saving': 'Saving…',
  'save.saved': 'Saved',
  'save.failed': 'Not saved: {message}',
  'save.retry': 'Try again',
} as const;
