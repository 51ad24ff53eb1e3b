// Help in German: where the data lives, packs coming back, live workshops,
// rounds, the keyboard shortcuts (their descriptions too) and the
// methodology. Written as German help text, not word for word; the names it
// quotes („Kopie aller Daten speichern…“, „Pakete importieren…“, the tab
// names, the progress flags) are the German catalog's own.
import type { help as en } from '../en/help';

export const help: Record<keyof typeof en, string> = {
  'help.title': 'Hilfe',
  'help.lead': 'Wie das Assessment funktioniert, welche Tastenkürzel es gibt und wo Ihre Daten gespeichert sind.',
  'help.loading': 'Hilfe wird geladen…',
  'help.error': 'Die Hilfe konnte nicht geladen werden.',

  'help.data.title': 'Wo Ihre Daten liegen',
  'help.data.body':
    'Alle Daten bleiben auf diesem Computer, in einer einzigen Datenbankdatei. Das Kommandozeilenprogramm cxm verwendet standardmäßig dieselbe Datei.',
  'help.data.copy':
    'Für eine Sicherung oder einen Umzug auf einen anderen Computer nutzen Sie „Kopie aller Daten speichern…“: Damit schreiben Sie alle Assessments in eine einzige Datei – jederzeit, auch während Sie arbeiten. Die Datenbankdatei selbst von Hand zu kopieren ist nur bei geschlossener App sicher, denn erst beim Schließen überträgt die App ihre letzten Änderungen in diese Datei. Um eine Kopie zu verwenden, starten Sie die App damit (cx-maturity --database DATEI) oder ersetzen Sie bei geschlossener App die Datenbankdatei durch die Kopie.',
  'help.data.database': 'Datenbankdatei',
  'help.data.backups': 'Automatische Sicherungen (vor jeder Aktualisierung der Datenbank)',
  'help.data.appData': 'Datenordner der App',
  'help.data.version': 'Version',
  'help.data.unknown': 'Auf diesem System nicht verfügbar',
  'help.data.error': 'Die Datenbank konnte nicht geöffnet werden: {message}',
  'help.copy': 'Pfad kopieren',
  'help.copyLabel': 'Pfad kopieren: {what}',
  'help.copied': 'Pfad kopiert: {what}.',
  'help.copyFailed': 'Der Pfad konnte nicht kopiert werden. Markieren Sie ihn und drücken Sie Strg+C.',

  'help.privacy.title': 'Was wo gespeichert ist und wann Gelöschtes weg ist',
  'help.privacy.folders':
    'Die Datenbankdatei liegt im oben angezeigten Datenordner der App: unter Windows in %APPDATA%\\io.cxmaturity.desktop, unter macOS in ~/Library/Application Support/io.cxmaturity.desktop, unter Linux in ~/.local/share/io.cxmaturity.desktop (sofern die App nicht mit einer anderen Datei gestartet wurde). Unter Windows und macOS liegt dieser Ordner in Ihrem eigenen Benutzerprofil, das andere Benutzer des Computers nicht öffnen können; unter Linux und macOS macht die App zudem den Ordner, die Datenbank und ihre Sicherungen nur für Ihr Benutzerkonto lesbar.',
  'help.privacy.journal':
    'Solange die App läuft, stehen ihre letzten Änderungen auch in einem Journal neben der Datenbank: einer Datei gleichen Namens mit der Endung -wal und einer -shm-Datei daneben. Beim Beenden der App wandern die Änderungen in die Datenbankdatei, und das Journal wird geleert.',
  'help.privacy.backups':
    'Bevor eine neue Version der App die Datenbank aktualisiert, legt sie eine Kopie davon im oben angezeigten Sicherungsordner ab; die neuesten {count} bleiben erhalten. Eine Sicherung, die ein endgültig gelöschtes Assessment oder eine entfernte befragte Person noch enthält, wird mit gelöscht.',
  'help.privacy.delete':
    'Wenn Sie ein Assessment (oder eine aus einem Paket geöffnete Selbstbewertung) löschen, verschwindet es sofort aus der Liste, und {seconds} Sekunden lang wird „Rückgängig“ angeboten. Sobald „Rückgängig“ nicht mehr angeboten wird – die Zeit ist abgelaufen, Sie haben den Hinweis geschlossen, ein weiteres gelöscht oder die Liste verlassen –, ist das Assessment endgültig gelöscht: Es wird aus der Datenbank entfernt, der frei gewordene Platz wird überschrieben, das Journal geleert, und Sicherungen, die es enthalten, werden gelöscht. Ein Assessment, das kurz vor dem Beenden der App gelöscht wurde, wird beim Beenden endgültig gelöscht, spätestens beim nächsten Start.',
  'help.privacy.respondents':
    'Wenn Sie eine befragte Person entfernen, verschwinden ihr Name, ihre Antworten und Kommentare sofort aus den Datenbankdateien. Das anschließende „Rückgängig“ hält sie nur im Arbeitsspeicher der App, nie auf der Festplatte.',
  'help.privacy.yourFiles':
    'Dateien, die Sie selbst speichern – „Kopie aller Daten speichern…“, PDF-Berichte, Arbeitsmappen und Pakete sowie die Pakete, die Ihnen Abteilungsleitungen schicken –, gehören Ihnen: Die App löscht sie nie; ein hier gelöschtes Assessment bleibt darin also erhalten. Löschen Sie die Dateien, die Sie nicht mehr brauchen. Eine neue Datei ist nur für Ihr Benutzerkonto lesbar (unter Linux und macOS); eine Datei, die eine vorhandene ersetzt, behält deren Berechtigungen.',

  'help.anonymity.title': 'Anonyme Bewertungen',
  'help.anonymity.names':
    'Eine auf dem Einrichtungsbildschirm anonym gemachte Bewertung nennt ihren Lesern niemanden: In den Ergebnissen, im PDF-Bericht, in der Excel-Arbeitsmappe und in exportierten Paketen erscheint jede Person als „Befragte Person 4 (Vertrieb)“, nummeriert in der Reihenfolge, in der sie angelegt wurde, ohne ihre Rolle. Ihre eigenen Bildschirme – Befragte und der Fragebogen – behalten die Namen, damit Sie die Bewertung weiter durchführen können.',
  'help.anonymity.threshold':
    'Die eigenen Werte eines Bereichs – sein Wert, seine Zellen in der Heatmap, sein Mittelwert bei einer uneinigen Frage, seine „Weiß nicht“-Antworten – erscheinen nur, wo mindestens so viele seiner Befragten eine Stufe angegeben haben, wie die Schwelle verlangt; sonst steht dort „weniger als 3 Befragte“ (bei einer Schwelle von 3). Die Werte der Organisation beruhen weiterhin auf allen Antworten und sind daher dieselben wie ohne Anonymität. Üblich ist eine Schwelle von drei; ein Betriebsrat kann fünf verlangen.',
  'help.anonymity.quote':
    'Jeder Kommentar lässt sich im Fragebogen mit „Nicht zitieren“ markieren: Sie sehen ihn weiterhin, Bericht, Arbeitsmappe und Pakete lassen ihn weg. Verantwortliche und Notizen im Fahrplan sind Ihre eigenen Worte: Die Anonymität ändert sie nicht.',
  'help.anonymity.off':
    'Sie können eine Bewertung jederzeit anonym machen. Beim Ausschalten fragt die App nach: Ab dann nennt alles, was Sie exportieren, wieder Namen. Dateien, die während der Anonymität exportiert wurden, bleiben, wie sie sind.',
  'help.packs.title': 'Pakete von Abteilungsleitungen',
  'help.packs.import':
    'Ausgefüllte Pakete holen Sie im Reiter „Export & Import“ mit „Pakete importieren…“ zurück. Bevor etwas gespeichert wird, sehen Sie, was sich ändern würde – und übernommen werden entweder alle Dateien oder keine.',
  'help.packs.conflicts':
    'Wurde eine Antwort seit dem Export sowohl hier als auch im Paket geändert, entscheiden Sie für jede einzeln, ob die eigene (dieser Laptop) oder die aus dem Paket gilt. Vorausgewählt ist jeweils die neuere Antwort.',

  'help.live.title': 'Live-Workshops',
  'help.live.join':
    'Die Teilnehmenden machen mit dem eigenen Smartphone oder Laptop mit: Sie scannen den QR-Code auf der Leinwand oder öffnen die angezeigte Adresse (etwa http://192.168.1.20:51234) in einem beliebigen Browser und geben den sechsstelligen Code ein. Installiert wird nichts, und Internet ist nicht nötig; die Teilnehmenden wählen ihre Abteilung und geben ihren Namen ein.',
  'help.live.isolation':
    'Manche WLANs an Veranstaltungsorten schirmen die Geräte voneinander ab (Gastnetze tun das oft): Dann erreichen die Smartphones diesen Computer nicht, obwohl beide online sind. Nutzen Sie in diesem Fall den Hotspot eines Smartphones oder schalten Sie den Hotspot dieses Computers ein, verbinden Sie diesen Computer und alle Teilnehmenden damit und starten Sie die Sitzung mit der Adresse dieses Netzwerks.',
  'help.live.privacy':
    'Die Antworten werden unverschlüsselt über das lokale Netzwerk übertragen, wie bei einer Webseite ohne https. Wer im selben Netzwerk ist, könnte sie mitlesen. Wenn das eine Rolle spielt, führen Sie die Sitzung über einen privaten Hotspot mit eigenem Passwort durch und geben Sie dieses nur den Teilnehmenden.',
  'help.live.rehearse':
    'Zum Proben ohne Teilnehmende starten Sie die Sitzung mit „nur dieser Computer“ und öffnen die Adresse in einem Browser auf diesem Computer.',
  'help.rounds.title': 'Runden: dieselbe Organisation ein Jahr später',
  'help.rounds.start':
    'In der Übersicht „Assessments“ startet „Nächste Runde starten…“ bei der neuesten Runde einer Organisation ein neues Assessment, das mit ihr verknüpft ist. Die letzte Runde bleibt genau so, wie sie war; die Liste zeigt für jede Runde ihre Nummer und auf welche sie folgt.',
  'help.rounds.carried':
    'Die neue Runde übernimmt die Abteilungen, die beibehaltenen Befragten, die vereinbarten Ziele und Wichtigkeiten, die Phasenkapazitäten der Roadmap und alle Änderungen an der Roadmap: Verantwortliche, Fälligkeiten, Status, Notizen und verworfene Maßnahmen. Eine erledigte Maßnahme bleibt erledigt. Ist eine neuere Version des Fragebogens integriert oder installiert, wählen Sie, mit welcher Version die Runde arbeitet; der Dialog zeigt, welche Fragen hinzukommen und welche wegfallen.',
  'help.rounds.empty':
    'Die Kundendaten (NPS, CSAT, Abwanderung) beginnen leer, denn sie gehören zu einem Zeitraum: Erfassen Sie die Werte des neuen Zeitraums im Reiter „Ergebnisse“. Antworten auf Fragen, die die neue Version nicht mehr stellt, bleiben in der letzten Runde.',
  'help.rounds.confirm':
    'Mit „Antworten übernehmen“ beginnt jede beibehaltene befragte Person mit ihren Antworten aus der letzten Runde. Jede dieser Antworten trägt den Hinweis „Aus der letzten Runde übernommen – bestätigen oder ändern“, bis die Person entschieden hat: Drücken Sie die Taste C (oder klicken Sie auf „Bestätigen“ oder wählen Sie dieselbe Antwort noch einmal), um die Antwort unverändert zu behalten, oder wählen Sie eine andere Antwort, um sie zu ändern. Übernommene Antworten zählen von Anfang an in allen Auswertungen; der Fragebogen und der Reiter „Befragte“ zeigen, wie viele noch offen sind.',
  'help.rounds.progress':
    'Ab der zweiten Runde gibt es den Reiter „Fortschritt“: Gesamtwert, Reifestufe, jede Dimension und jede Abteilung vorher und jetzt, die Veränderung mit ihrer Richtung (▲ verbessert bzw. ▼ verschlechtert ab {step} in die jeweilige Richtung, ▶ stabil dazwischen), die im Zeitraum erledigten Roadmap-Maßnahmen, die Sicht der Kunden im Zeitverlauf und ab drei Runden der Trend.',
  'help.rounds.flags':
    'Manche Veränderungen sind mit Vorsicht zu lesen. „Geringe Abdeckung“: In einer der beiden Runden wurden weniger als {coverage} der möglichen Antworten der Dimension gegeben. „Fragen geändert“: Die Dimension hat in den beiden Runden unterschiedliche Fragen gestellt. „Überwiegend übernommen“: Weniger als {carried} der Antworten dieser Runde in der Dimension haben die Befragten selbst gegeben oder bestätigt – die Veränderung gibt dann womöglich nur die Sicht des Vorjahres wieder.',
  'help.rounds.diverging':
    'Ist der Gesamtwert gestiegen, während der NPS um {nps} Punkte oder mehr oder der CSAT um {csat} Punkte oder mehr gefallen ist, warnt der Reiter: Die Organisation sieht sich verbessert, ihre Kunden erleben das Gegenteil.',
  'help.keys.live': 'In einer moderierten Live-Sitzung',
  'help.keys.title': 'Tastenkürzel',
  'help.keys.questionnaire': 'Im Fragebogen',
  'help.keys.everywhere': 'Überall',
  'help.keys.key': 'Taste',
  'help.keys.does': 'Funktion',
  'help.shortcut.help': 'diese Hilfe öffnen',
  'help.shortcut.tab': 'zum nächsten Element springen (mit Umschalt: zum vorherigen)',
  'help.shortcut.escape':
    'Kommentarfeld verlassen, zurück zur Frage; Dialog schließen; Hilfe und Berichtsgestaltung verlassen',
  'help.shortcut.liveMove':
    'nächste oder vorherige Frage zeigen (ein Presenter sendet Page Down und Page Up, auf deutschen Tastaturen Bild ↓ und Bild ↑)',
  'help.shortcut.zoomIn': 'vergrößern (bis 200 %)',
  'help.shortcut.zoomOut': 'verkleinern (bis 80 %)',
  'help.shortcut.zoomReset': 'zurück auf 100 %',
  'help.shortcut.presenter':
    'Präsentationsmodus ein oder aus: große Schrift, keine Namen, Antworten verborgen bis zum Aufdecken',
  'help.zoomNow': 'Aktueller Zoom: {percent}. Zoom und Präsentationsmodus bleiben beim nächsten Start erhalten.',

  'help.method.title': 'So funktioniert das Assessment',
  'help.method.body': 'Dieselbe Methodik steht im Anhang jedes PDF-Berichts.',
};
