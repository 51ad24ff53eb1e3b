// Languages: the app's language picker, an assessment's report language (the
// set-up screen), a respondent's language (the respondent form and table,
// the questionnaire's "Answer in" switch, a pack's respondents). The
// languages themselves are named in their own words (i18n/index.ts).
export const languages = {
  'lang.app.label': 'Language',
  'lang.app.hint': 'The language of the app’s screens and of the questionnaire’s texts. Scores never change with it.',
  'lang.report.label': 'Report language',
  'lang.report.hint':
    'The PDF report and the Excel action register are written in this language, whatever language the app is shown in.',
  'lang.respondent.label': 'Answers in',
  'lang.respondent.appLanguage': 'App language',
  'lang.respondent.hint':
    'The language this person reads the questionnaire in. Their answers count the same in every language.',
  'lang.respondent.shown': 'Answers in {language}',
  'lang.respondent.error': 'The language could not be changed. {message}',
  'lang.answerIn': 'Answer in:',
  'lang.outline.error': 'The questionnaire could not be shown in {language}. {message}',
} as const;
