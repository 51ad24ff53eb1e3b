// Live in German: starting a live workshop (address, pace), the projector
// view (join code, QR code, progress, the question for the group, its
// votes, the re-vote), the discussion agenda and stopping. The room is „die
// Gruppe“ here, never „Runde“ (a round of the assessment). Help's entries
// about it are in help.ts.
import type { live as en } from '../en/live';

export const live: Record<keyof typeof en, string> = {
  'live.title': 'Live-Workshop',
  'live.lead': 'Die Teilnehmenden antworten auf dem eigenen Smartphone oder Laptop über das Netzwerk dieses Computers.',
  'live.loading': 'Live-Sitzung wird geladen…',
  'live.error': 'Die Live-Sitzung konnte nicht geladen werden.',

  'live.start.address': 'Netzwerk der Smartphones',
  'live.start.addressHint':
    'Die Smartphones müssen im selben Netzwerk sein wie dieser Computer. Wählen Sie das Netzwerk, mit dem Sie und die Teilnehmenden verbunden sind.',
  'live.start.loopback': 'nur dieser Computer (zum Proben)',
  'live.start.noNetwork':
    'Dieser Computer ist mit keinem Netzwerk verbunden, daher können ihn die Smartphones nicht erreichen. Verbinden Sie ihn mit dem WLAN vor Ort oder einem Hotspot (die Hilfe erklärt, wie) oder proben Sie nur auf diesem Computer.',
  'live.start.helpLink': 'Wie Teilnehmende beitreten und was zu tun ist, wenn Smartphones keine Verbindung bekommen',
  'live.start.pace': 'Wie die Gruppe antwortet',
  'live.start.selfPaced': 'Im eigenen Tempo',
  'live.start.selfPacedHint':
    'Alle beantworten jede Frage in ihrem eigenen Tempo; Sie sehen den Fortschritt je Abteilung.',
  'live.start.paced': 'Moderiert',
  'live.start.pacedHint':
    'Sie zeigen jeweils eine Frage: Die Gruppe stimmt verdeckt ab, Sie decken die Stimmen auf, lassen diskutieren und öffnen eine erneute Abstimmung.',
  'live.start.submit': 'Live-Sitzung starten',
  'live.start.starting': 'Wird gestartet…',
  'live.start.failed': 'Die Sitzung wurde nicht gestartet: {message}',
  'live.start.unencrypted':
    'Die Antworten werden unverschlüsselt über das lokale Netzwerk übertragen. In einem Netzwerk, dem Sie nicht vertrauen, nutzen Sie einen privaten Hotspot.',

  'live.other.title': 'Für ein anderes Assessment läuft bereits eine Live-Sitzung',
  'live.other.body':
    'Es kann immer nur eine Live-Sitzung laufen. Öffnen Sie sie oder beenden Sie sie, um hier eine zu starten.',
  'live.other.open': 'Laufende Sitzung öffnen',

  'live.join.title': 'Teilnehmen',
  'live.join.qr': 'QR-Code zum Beitreten',
  'live.join.address': 'Adresse',
  'live.join.code': 'Code',
  'live.join.codeLabel': 'Zugangscode {code}',
  'live.participants_one': '{count} Person beigetreten',
  'live.participants_other': '{count} Personen beigetreten',
  'live.mode.paced': 'Moderiert',
  'live.mode.selfPaced': 'Im eigenen Tempo',
  'live.mode.toPaced': 'Zu „Moderiert“ wechseln',
  'live.mode.toSelfPaced': 'Zu „Im eigenen Tempo“ wechseln',

  'live.progress.title': 'Fortschritt nach Abteilung',
  'live.progress.department': 'Abteilung',
  'live.progress.joined': 'Beigetreten',
  'live.progress.finished': 'Fertig',
  'live.progress.answers': 'Antworten',
  'live.progress.answersOf': '{answers} von {total}',
  'live.progress.nobody': 'Noch niemand',
  'live.progress.none':
    'Noch ist niemand beigetreten. Die Teilnehmenden scannen den QR-Code oder öffnen die Adresse und geben den Code ein.',

  'live.question.title': 'Die Frage an die Gruppe',
  'live.question.picker': 'Angezeigte Frage',
  'live.question.none': 'Keine – die Gruppe wartet',
  'live.question.prev': 'Zurück',
  'live.question.next': 'Weiter',
  'live.question.position': 'Frage {n} von {total}',
  'live.question.waiting': 'Die Gruppe wartet. Zeigen Sie die erste Frage mit „Weiter“ oder wählen Sie eine aus.',
  'live.question.keys': 'Weiter und zurück auch mit → und ← (oder mit einem Presenter).',
  'live.voted': '{voted} von {of} haben abgestimmt',
  'live.revoted': '{voted} von {of} haben erneut abgestimmt',
  'live.reveal': 'Stimmen aufdecken',
  'live.revealRevote': 'Erneute Abstimmung schließen',
  'live.openRevote': 'Erneut abstimmen lassen',
  'live.actionFailed': 'Das hat nicht geklappt: {message}',

  'live.tally.title': 'Stimmen',
  'live.tally.first': 'Erste Abstimmung',
  'live.tally.final': 'Nach erneuter Abstimmung',
  'live.tally.votes_one': '{count} Stimme',
  'live.tally.votes_other': '{count} Stimmen',
  'live.tally.na': 'Nicht zutreffend: {count}',
  'live.tally.unknown': 'Weiß nicht: {count}',
  'live.tally.spread': 'Streuung',
  'live.tally.median': 'Median',
  'live.tally.change': '{first} → {final}',
  'live.tally.byDepartment': 'Nach Abteilung',
  'live.tally.department': 'Abteilung',

  'live.agenda.title': 'Diskussionsagenda',
  'live.agenda.lead': 'Zuerst die Fragen, bei denen die Abteilungen am weitesten auseinanderliegen.',
  'live.agenda.spread': 'Streuung {spread}',
  'live.agenda.noSpread': 'Noch keine Antworten',
  'live.agenda.discuss': 'Moderiert besprechen',
  'live.agenda.discussLabel': 'Moderiert besprechen: {prompt}',
  'live.agenda.show': 'Der Gruppe zeigen',
  'live.agenda.showLabel': 'Der Gruppe zeigen: {prompt}',
  'live.agenda.more': 'Alle {count} Fragen zeigen',
  'live.agenda.less': 'Nur die ersten {count} zeigen',
  'live.agenda.empty': 'Die Agenda füllt sich, sobald Antworten eingehen.',

  'live.stop': 'Sitzung beenden',
  'live.stop.title': 'Live-Sitzung beenden?',
  'live.stop.body':
    'Alle Smartphones werden getrennt, und niemand kann antworten, bis Sie eine neue Sitzung starten. Alle bisher gegebenen Antworten sind bereits gespeichert.',
  'live.stop.confirm': 'Sitzung beenden',
};
