// Sprachen: die Sprache der App, die Berichtssprache eines Assessments und
// die Sprache, in der eine befragte Person antwortet (siehe ../en/languages.ts).
import type { languages as english } from '../en/languages';

export const languages: Record<keyof typeof english, string> = {
  'lang.app.label': 'Sprache',
  'lang.app.hint': 'Die Sprache der Bildschirme und der Fragebogentexte. Die Werte ändern sich dadurch nie.',
  'lang.report.label': 'Berichtssprache',
  'lang.report.hint':
    'Der PDF-Bericht und das Maßnahmenregister (Excel) werden in dieser Sprache geschrieben, gleich in welcher Sprache die App angezeigt wird.',
  'lang.respondent.label': 'Antwortet auf',
  'lang.respondent.appLanguage': 'Sprache der App',
  'lang.respondent.hint':
    'Die Sprache, in der diese Person den Fragebogen liest. Ihre Antworten zählen in jeder Sprache gleich.',
  'lang.respondent.shown': 'Antwortet auf {language}',
  'lang.respondent.error': 'Die Sprache konnte nicht geändert werden. {message}',
  'lang.answerIn': 'Antworten auf:',
  'lang.outline.error': 'Der Fragebogen konnte nicht auf {language} angezeigt werden. {message}',
};
