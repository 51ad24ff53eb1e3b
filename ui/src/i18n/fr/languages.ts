// Langues : celle de l’application, celle du rapport d’une évaluation et
// celle dans laquelle répond chaque répondant (voir ../en/languages.ts).
import type { languages as english } from '../en/languages';

export const languages: Record<keyof typeof english, string> = {
  'lang.app.label': 'Langue',
  'lang.app.hint': 'La langue des écrans et des textes du questionnaire. Les scores n’en dépendent jamais.',
  'lang.report.label': 'Langue du rapport',
  'lang.report.hint':
    'Le rapport PDF et le registre des actions (Excel) sont rédigés dans cette langue, quelle que soit la langue de l’application.',
  'lang.respondent.label': 'Répond en',
  'lang.respondent.appLanguage': 'Langue de l’application',
  'lang.respondent.hint':
    'La langue dans laquelle cette personne lit le questionnaire. Ses réponses comptent de la même façon dans toutes les langues.',
  'lang.respondent.shown': 'Répond en {language}',
  'lang.respondent.error': 'La langue n’a pas pu être changée. {message}',
  'lang.answerIn': 'Répondre en\u00a0:',
  'lang.outline.error': 'Le questionnaire n’a pas pu être affiché en {language}. {message}',
};
