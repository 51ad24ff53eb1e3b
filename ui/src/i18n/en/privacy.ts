// Privacy: an anonymous assessment (set-up, the badge beside its name, the
// figures Results withholds) and a comment not to be quoted (questionnaire).
export const privacy = {
  'privacy.section': 'Anonymity',
  'privacy.anonymous.label': 'Anonymous assessment',
  'privacy.anonymous.hint':
    'Readers see no names: in Results, the report, the workbook and packs, people appear as “Respondent 4 (Sales)”. A department’s own figures are shown only where at least the threshold of its respondents answered. The organisation’s figures still use every answer.',
  'privacy.threshold.label': 'Threshold',
  'privacy.threshold.hint':
    'A whole number from {min} to {max}. Where fewer respondents stand behind a figure, it reads “fewer than {k} respondents”.',
  'privacy.threshold.error': 'The threshold must be a whole number from {min} to {max}.',
  'privacy.off.title': 'Show names again?',
  'privacy.off.body':
    'From now on, Results, the PDF report, the Excel workbook and every pack you export will name each respondent beside their answers, and show each department’s figures however few answered. Everyone who reads them will see the names. Files already exported stay as they are.',
  'privacy.off.confirm': 'Show names',
  'privacy.badge': 'Anonymous',
  'privacy.badge.detail': 'Anonymous: no names for readers; a department’s figures need at least {k} respondents.',
  'privacy.note':
    'This assessment is anonymous: nobody is named, and a department’s own figures appear only where at least {k} of its respondents answered. The organisation’s figures use every answer.',
  'privacy.exports':
    'This assessment is anonymous: the report, the workbook and packs name nobody, and a department’s own figures appear only where at least {k} of its respondents answered. Comments marked “Do not quote” are left out.',
  'privacy.fewerThan': 'fewer than {k} respondents',
  'privacy.fewerThan.short': '<{k}',
  'privacy.fewerThan.key': '<{k}: fewer than {k} respondents',
  'privacy.doNotQuote.label': 'Do not quote',
  'privacy.doNotQuote.hint': 'You still see this comment here; the report, the workbook and packs leave it out.',
  'privacy.doNotQuote.error': 'The comment could not be marked. {message}',
} as const;
