// Report branding in German: the consultant's name, logo and accent colour,
// with the cover preview.
import type { branding as en } from '../en/branding';

export const branding: Record<keyof typeof en, string> = {
  'brand.title': 'Berichtsgestaltung',
  'brand.lead':
    'Ihr Name, Ihr Logo und Ihre Akzentfarbe auf Deckblatt, Überschriften und Diagrammen jedes PDF-Berichts. Sie gelten für alle Assessments.',
  'brand.loading': 'Berichtsgestaltung wird geladen…',
  'brand.error': 'Die Berichtsgestaltung konnte nicht geladen werden.',
  'brand.name': 'Ihr Name oder Firmenname',
  'brand.name.hint': 'Erscheint auf dem Deckblatt und in der Fußzeile jeder Seite.',
  'brand.logo': 'Logo',
  'brand.logo.hint': 'Eine PNG- oder JPEG-Datei mit höchstens {max}. Einige hundert Pixel Breite genügen.',
  'brand.logo.choose': 'Logodatei wählen',
  'brand.logo.current': 'Aktuelles Logo: {kind}, {width} × {height} Pixel, {size}.',
  'brand.logo.none': 'Kein Logo. Das Deckblatt zeigt nur Ihren Namen.',
  'brand.logo.remove': 'Logo entfernen',
  'brand.logo.saved': 'Logo gespeichert.',
  'brand.logo.removed': 'Logo entfernt.',
  'brand.logo.tooBig': '{file} ist {size} groß; höchstens {max} sind zulässig. Es wurde nichts geändert.',
  'brand.accent': 'Akzentfarbe',
  'brand.accent.picker': 'Akzentfarbe wählen',
  'brand.accent.text': 'Akzentfarbe als #rrggbb',
  'brand.accent.hint': 'Für das Farbband auf dem Deckblatt, die Überschriften und die Organisation in Diagrammen.',
  'brand.accent.default': 'Standardfarbe verwenden',
  'brand.accent.isDefault': 'Die Standardfarbe des Berichts ({colour}).',
  'brand.accent.bad': 'Geben Sie die Farbe als # und sechs Hexadezimalziffern ein, zum Beispiel #0b6e4f.',
  'brand.accent.lowContrast':
    'Diese Farbe hat einen Kontrast von {ratio}:1 zu Weiß. Überschriften in dieser Farbe sind auf Papier oder mit einem Beamer womöglich schwer lesbar; empfohlen sind 4,5:1 oder mehr.',
  'brand.accent.contrast': 'Kontrast zu Weiß: {ratio}:1.',
  'brand.preview': 'Vorschau des Deckblatts',
  'brand.preview.caption': 'So sieht das Deckblatt des nächsten Berichts aus.',
  'brand.preview.title': 'Reifegradanalyse Kundenerlebnis (CX)',
  'brand.preview.org': 'Die Organisation Ihres Kunden',
  'brand.preview.by': 'Erstellt von {name}',
  'brand.preview.noName': 'Ergänzen Sie Ihren Namen, damit er hier erscheint',
  'brand.preview.logoAlt': 'Ihr Logo',
};
