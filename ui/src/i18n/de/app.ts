// The frame around every screen in German: the app's name and header links,
// the assessment's tabs, common words and the editors' save status.
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'CX Maturity',
  'app.skip': 'Zum Inhalt springen',
  'app.nav': 'Hauptnavigation',
  'app.home': 'Assessments',
  'app.branding': 'Berichtsgestaltung',
  'app.help': 'Hilfe',
  'app.helpLabel': 'Hilfe (F1)',
  'app.rulesError':
    'Die App konnte ihre Ansichten nicht starten. Versuchen Sie es erneut; wenn der Fehler bleibt, starten Sie die App neu.',

  'dataCopy.save': 'Kopie aller Daten speichern…',
  'dataCopy.saving': 'Kopie wird gespeichert…',
  'dataCopy.saved':
    'Als „{file}“ in {folder} gespeichert. Die Datei enthält alle Assessments und lässt sich eigenständig öffnen.',
  'dataCopy.failed': 'Die Kopie wurde nicht gespeichert: {message}',
  'app.presenter': 'Präsentationsmodus',
  'app.zoom': 'Zoom {percent}',
  'app.back': 'Zurück',

  'common.noScore': '–',
  'common.noDate': '–',
  // After a label before its text (French puts a no-break space before it).
  'common.colon': ': ',
  'common.loading': 'Wird geladen…',
  'common.retry': 'Erneut versuchen',
  'common.cancel': 'Abbrechen',
  'common.close': 'Schließen',
  'common.error': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
  'common.errorDetail': 'Meldung der App: {message}',
  'common.internal':
    'Die App konnte diesen Schritt wegen eines internen Problems nicht abschließen. Es wurde nichts geändert. Versuchen Sie es erneut und starten Sie die App neu, falls das Problem bestehen bleibt.',
  'common.required': '(Pflichtfeld)',
  'common.optional': '(optional)',
  'date.incomplete': 'Geben Sie ein vollständiges Datum ein (Tag, Monat und Jahr) oder leeren Sie das Feld.',

  'tabs.label': 'Assessment',
  'tabs.setup': 'Einrichtung',
  'tabs.respondents': 'Befragte',
  'tabs.results': 'Ergebnisse',
  'tabs.progress': 'Fortschritt',
  'tabs.targets': 'Ziele',
  'tabs.roadmap': 'Roadmap',
  'tabs.exportImport': 'Export & Import',
  'tabs.live': 'Workshop',

  'save.saving': 'Wird gespeichert…',
  'save.saved': 'Gespeichert',
  'save.failed': 'Nicht gespeichert: {message}',
  'save.retry': 'Erneut versuchen',
};
