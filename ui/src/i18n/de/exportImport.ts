// Export & import in German: the PDF report, the XLSX action list and packs
// going out (export.*), filled packs coming back with their preview
// (import.*). „Eigene“ answers are this app's, the others the pack's.
import type { exportImport as en } from '../en/exportImport';

export const exportImport: Record<keyof typeof en, string> = {
  'exportImport.title': 'Export & Import',
  'exportImport.lead':
    'Der Bericht für die Geschäftsleitung, die Maßnahmenliste zur Nachverfolgung und Selbstbewertungspakete für Abteilungsleitungen: verschicken und wieder einlesen.',
  'exportImport.loading': 'Assessment wird geladen…',
  'exportImport.error': 'Das Assessment konnte nicht geladen werden.',

  'export.title': 'Export',
  'export.pdf.title': 'PDF-Bericht',
  'export.pdf.body':
    'Für die Geschäftsleitung: Zusammenfassung, Diagramme, Heatmap, Roadmap mit Ihren Änderungen und die Methodik. Mit Ihrer Berichtsgestaltung.',
  'export.pdf.paper': 'Papierformat',
  'export.pdf.a4': 'A4',
  'export.pdf.letter': 'US Letter',
  'export.pdf.button': 'PDF exportieren…',
  'export.docx.title': 'Word-Dokument (DOCX)',
  'export.docx.body':
    'Derselbe Bericht als Word-Dokument zum Bearbeiten: Befunde ergänzen, umformulieren, Diagramme in Folien übernehmen. Im Papierformat, das für das PDF gewählt ist.',
  'export.docx.button': 'DOCX exportieren…',
  'export.xlsx.title': 'Maßnahmenliste (XLSX)',
  'export.xlsx.body':
    'Alle Roadmap-Maßnahmen mit Phase, Verantwortlichen, Fälligkeit und Status, dazu Werte und Antworten – für Ihre eigene Nachverfolgung.',
  'export.xlsx.button': 'XLSX exportieren…',
  'export.packs.title': 'Selbstbewertungspakete',
  'export.packs.body':
    'Eine Datei, die eine Abteilungsleitung in CX Maturity auf dem eigenen Laptop beantwortet und an Sie zurückschickt.',
  'export.packs.department': 'Abteilung',
  'export.packs.one': 'Paket exportieren…',
  'export.packs.all': 'Alle Abteilungen exportieren…',
  'export.packs.none': 'Legen Sie im Reiter „Einrichtung“ Abteilungen an, bevor Sie Pakete exportieren.',
  'export.packs.replaceTitle': 'Pakete in diesem Ordner ersetzen?',
  'export.packs.replaceBody_one':
    '„{folder}“ enthält bereits {count} dieser Pakete: {files}. Beim Ersetzen geht der Inhalt dieser Datei verloren, auch Antworten, die eine Abteilungsleitung womöglich schon eingetragen hat.',
  'export.packs.replaceBody_other':
    '„{folder}“ enthält bereits {count} dieser Pakete: {files}. Beim Ersetzen geht der Inhalt dieser Dateien verloren, auch Antworten, die Abteilungsleitungen womöglich schon eingetragen haben.',
  'export.packs.replace': 'Ersetzen',

  'export.status.choosing': 'Wählen Sie im Dialog den Speicherort…',
  'export.status.choosingFolder': 'Wählen Sie im Dialog einen Ordner…',
  'export.status.rendering': 'Bericht wird erstellt…',
  'export.status.writing': '{name} wird geschrieben…',
  'export.status.cancelled': 'Es wurde nichts gespeichert.',
  'export.status.saved': 'Gespeichert als {name}',
  'export.status.folder': 'in {folder}',
  'export.status.packs_one': '{count} Paket in {folder} gespeichert:',
  'export.status.packs_other': '{count} Pakete in {folder} gespeichert:',
  'export.status.packFile': '{file} ({department})',
  'export.status.failed': 'Der Export ist fehlgeschlagen: {message}',
  'export.status.warning': 'Hinweis: {warning}',
  'export.open': '{name} öffnen',
  'export.openFailed': 'Die Datei konnte nicht geöffnet werden: {message}',

  'import.title': 'Pakete importieren',
  'import.body':
    'Holen Sie die Pakete zurück, die Abteilungsleitungen ausgefüllt haben. Sie wählen eine oder mehrere Dateien und sehen, was sich ändern würde, bevor etwas gespeichert wird; dann werden alle übernommen oder keine.',
  'import.button': 'Pakete importieren…',
  'import.choosing': 'Wählen Sie im Dialog die Paketdateien…',
  'import.cancelledPick': 'Keine Dateien gewählt; es wurde nichts geändert.',
  'import.failed': 'Die Pakete konnten nicht gelesen werden: {message}',

  'import.preview.title': 'Vorschau: Noch wurde nichts importiert',
  'import.preview.checksum':
    'Die Prüfsummen aller Pakete stimmen, keines wurde unterwegs beschädigt. Eine Prüfsumme zeigt aber nicht, wer ein Paket ausgefüllt hat: Importieren Sie nur Pakete, die Sie erwarten, von Personen, denen Sie sie geschickt haben.',
  'import.preview.notExported':
    'Diese App hat keinen Export von {file} verzeichnet: Die Datei stammt womöglich aus einer anderen Installation der App. Ihre Antworten werden mit dem Exportzeitpunkt verglichen, den die Datei angibt.',
  'import.preview.summary':
    'Der Import würde {added} hinzufügen, {updated} aktualisieren und {unchanged} unverändert lassen; {conflicts}.',
  'import.preview.answers_one': '{count} Antwort',
  'import.preview.answers_other': '{count} Antworten',
  'import.preview.conflicts_one': '{count} Antwort wurde auf beiden Seiten geändert: Sie wählen unten, welche gilt',
  'import.preview.conflicts_other':
    '{count} Antworten wurden auf beiden Seiten geändert: Sie wählen unten, welche jeweils gilt',
  'import.preview.noConflicts': 'keine Antwort wurde auf beiden Seiten geändert',
  'import.preview.refused_one':
    'Nichts kann importiert werden: {count} Datei wurde abgelehnt. Pakete werden nur alle gemeinsam übernommen oder gar nicht; entfernen oder ersetzen Sie die abgelehnte Datei und importieren Sie erneut.',
  'import.preview.refused_other':
    'Nichts kann importiert werden: {count} Dateien wurden abgelehnt. Pakete werden nur alle gemeinsam übernommen oder gar nicht; entfernen oder ersetzen Sie die abgelehnten Dateien und importieren Sie erneut.',
  'import.preview.files': 'Dateien',
  'import.preview.col.file': 'Datei',
  'import.preview.col.department': 'Abteilung',
  'import.preview.col.added': 'Hinzugefügt',
  'import.preview.col.updated': 'Aktualisiert',
  'import.preview.col.unchanged': 'Unverändert',
  'import.preview.col.conflicts': 'Konflikte',
  'import.preview.newRespondents': 'Neue Befragte: {names}',
  'import.preview.conflictsTitle': 'Auf beiden Seiten geänderte Antworten',
  'import.preview.refusedTitle': 'Abgelehnte Dateien',
  'import.preview.at': 'an Stelle {place}',
  'import.preview.line': 'Zeile {line}, Spalte {column}',
  'import.preview.commit_one': '{count} Datei importieren',
  'import.preview.commit_other': '{count} Dateien importieren',
  'import.preview.committing': 'Wird importiert…',
  'import.preview.cancel': 'Abbrechen',
  'import.preview.close': 'Schließen',
  'import.preview.cancelled': 'Import abgebrochen; es wurde nichts geändert.',
  'import.preview.commitFailed': 'Es wurde nichts importiert: {message}',
  'import.done_one': '{count} Datei importiert: {added} hinzugefügt, {updated} aktualisiert, {conflicts} gelöst.',
  'import.done_other': '{count} Dateien importiert: {added} hinzugefügt, {updated} aktualisiert, {conflicts} gelöst.',
  'import.done.conflicts_one': '{count} Konflikt',
  'import.done.conflicts_other': '{count} Konflikte',
  'import.done.results': 'Ergebnisse ansehen',

  'import.conflicts.lead':
    'Jede dieser Antworten wurde seit dem Export des Pakets sowohl in dieser App als auch im Paket geändert. Wählen Sie, welche gilt; vorausgewählt ist jeweils die neuere.',
  'import.conflicts.keepAllOurs': 'Alle eigenen behalten',
  'import.conflicts.keepAllTheirs': 'Alle aus Paketen übernehmen',
  'import.conflicts.tally': 'Aktuell gewählt: {ours} aus dieser App, {theirs} aus den Paketen.',
  'import.conflicts.legend': '{respondent}: {question}',
  'import.conflicts.keepOurs': 'Eigene behalten (dieser Laptop)',
  'import.conflicts.keepTheirs': 'Aus dem Paket übernehmen',
  'import.conflicts.keepTheirsFrom': 'Aus dem Paket von {name} übernehmen',
  'import.conflicts.given': 'Beantwortet am {when}',
  'import.conflicts.newer': 'neuer',
  'import.conflicts.noComment': 'Kein Kommentar',
  'import.conflicts.future':
    'Die Antwort im Paket ist später datiert, als die Uhr dieses Computers anzeigt; daher ist die Antwort dieser App vorausgewählt.',

  'import.value.na': 'Nicht zutreffend',
  'import.value.unknown': 'Weiß nicht',
  'import.value.level': 'Stufe {level}',
};
