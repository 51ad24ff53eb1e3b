// Datenschutz: anonyme Bewertungen und nicht zu zitierende Kommentare
// (siehe ../en/privacy.ts).
import type { privacy as english } from '../en/privacy';

export const privacy: Record<keyof typeof english, string> = {
  'privacy.section': 'Anonymität',
  'privacy.anonymous.label': 'Anonyme Bewertung',
  'privacy.anonymous.hint':
    'Leser sehen keine Namen: In den Ergebnissen, im Bericht, in der Arbeitsmappe und in Paketen erscheinen Personen als „Befragte Person 4 (Vertrieb)“. Die eigenen Werte eines Bereichs werden nur gezeigt, wo mindestens so viele seiner Befragten geantwortet haben, wie die Schwelle verlangt. Die Werte der Organisation beruhen weiterhin auf allen Antworten.',
  'privacy.threshold.label': 'Schwelle',
  'privacy.threshold.hint':
    'Eine ganze Zahl von {min} bis {max}. Stehen weniger Befragte hinter einem Wert, steht dort „weniger als {k} Befragte“.',
  'privacy.threshold.error': 'Die Schwelle muss eine ganze Zahl von {min} bis {max} sein.',
  'privacy.off.title': 'Namen wieder zeigen?',
  'privacy.off.body':
    'Ab jetzt nennen die Ergebnisse, der PDF-Bericht, die Excel-Arbeitsmappe und jedes Paket, das Sie exportieren, jede befragte Person neben ihren Antworten und zeigen die Werte jedes Bereichs, wie wenige auch geantwortet haben. Alle, die sie lesen, sehen die Namen. Bereits exportierte Dateien bleiben, wie sie sind.',
  'privacy.off.confirm': 'Namen zeigen',
  'privacy.badge': 'Anonym',
  'privacy.badge.detail': 'Anonym: keine Namen für Leser; die Werte eines Bereichs brauchen mindestens {k} Befragte.',
  'privacy.note':
    'Diese Bewertung ist anonym: Niemand wird genannt, und die eigenen Werte eines Bereichs erscheinen nur, wo mindestens {k} seiner Befragten geantwortet haben. Die Werte der Organisation beruhen auf allen Antworten.',
  'privacy.exports':
    'Diese Bewertung ist anonym: Bericht, Arbeitsmappe und Pakete nennen niemanden, und die eigenen Werte eines Bereichs erscheinen nur, wo mindestens {k} seiner Befragten geantwortet haben. Mit „Nicht zitieren“ markierte Kommentare werden weggelassen.',
  'privacy.fewerThan': 'weniger als {k} Befragte',
  'privacy.fewerThan.short': '<{k}',
  'privacy.fewerThan.key': '<{k}: weniger als {k} Befragte',
  'privacy.doNotQuote.label': 'Nicht zitieren',
  'privacy.doNotQuote.hint':
    'Sie sehen diesen Kommentar hier weiterhin; Bericht, Arbeitsmappe und Pakete lassen ihn weg.',
  'privacy.doNotQuote.error': 'Der Kommentar konnte nicht markiert werden. {message}',
};
