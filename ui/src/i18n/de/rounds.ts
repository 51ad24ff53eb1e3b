// Rounds in German: a round's place in its chain (Home), the „Nächste Runde
// starten“ dialog and what starting one did, and the Progress tab
// („Fortschritt“: vorher → jetzt).
import type { rounds as en } from '../en/rounds';

export const rounds: Record<keyof typeof en, string> = {
  'round.number': 'Runde {number}',
  'round.after': 'nach „{title}“, {date}',
  'round.followedBy': 'Es folgt Runde {number}: „{title}“',
  'round.start': 'Nächste Runde starten…',
  'round.startLabel': 'Nächste Runde von {name} starten',

  'round.dialog.title': 'Runde {number} für {organisation} starten',
  'round.dialog.lead':
    'Ein neues Assessment für {organisation}, verknüpft mit „{title}“, damit der Reiter „Fortschritt“ beide vergleichen kann. „{title}“ bleibt unverändert.',
  'round.dialog.loading': 'Runde wird gelesen…',
  'round.dialog.loadError': 'Es konnte nicht ermittelt werden, was die nächste Runde übernehmen würde.',
  'round.dialog.titleField': 'Titel der neuen Runde',
  'round.dialog.people': 'Wer erneut antwortet',
  'round.dialog.peopleHint':
    'Jede beibehaltene Person wird der neuen Runde in derselben Abteilung hinzugefügt. Neue Personen fügen Sie dort im Reiter „Befragte“ hinzu.',
  'round.dialog.keepAll': 'Alle behalten',
  'round.dialog.keepNone': 'Keine behalten',
  'round.dialog.kept': '{kept} von {total} behalten',
  'round.dialog.noPeople': 'Die Runde hat keine Befragten: Die neue Runde beginnt ohne Befragte.',
  'round.dialog.person': '{name}, {department}',
  'round.dialog.answers_one': '{count} Antwort',
  'round.dialog.answers_other': '{count} Antworten',
  'round.dialog.carry':
    'Antworten übernehmen – jede bleibt markiert, bis die befragte Person sie bestätigt oder ändert',
  'round.dialog.carryHint':
    'Übernommene Antworten zählen von Anfang an in allen Auswertungen; der Reiter „Fortschritt“ zeigt, wie viele noch unbestätigt übernommen sind.',
  'round.dialog.carryNeedsPeople': 'Behalten Sie mindestens eine befragte Person, um Antworten zu übernehmen.',
  'round.dialog.questionnaire': 'Fragebogen',
  'round.dialog.keepVersion': 'Version {version} beibehalten ({questions} Fragen), wie in der letzten Runde',
  'round.dialog.useVersion': 'Aktuelle Version {version} verwenden ({added}, {removed})',
  'round.dialog.added_one': '{count} Frage hinzugefügt',
  'round.dialog.added_other': '{count} Fragen hinzugefügt',
  'round.dialog.removed_one': '{count} entfernt',
  'round.dialog.removed_other': '{count} entfernt',
  'round.dialog.changes': 'Welche Fragen sich ändern',
  'round.dialog.addedList': 'Hinzugefügt',
  'round.dialog.removedList': 'Entfernt (ihre Antworten werden nicht übernommen)',
  'round.dialog.carriedTitle': 'Was die neue Runde übernimmt',
  'round.dialog.carriedBody':
    'Die Abteilungen, die vereinbarten Ziele und Wichtigkeiten, die Phasenkapazitäten der Roadmap und alle Änderungen an der Roadmap: Verantwortliche, Fälligkeiten, Status, Notizen und verworfene Maßnahmen. Eine erledigte Maßnahme bleibt erledigt.',
  'round.dialog.emptyTitle': 'Was leer beginnt',
  'round.dialog.emptyBody':
    'Die Kundendaten (NPS, CSAT, Abwanderung): Sie gehören zu einem Zeitraum. Erfassen Sie die Werte des neuen Zeitraums im Reiter „Ergebnisse“.',
  'round.dialog.submit': 'Runde {number} starten',
  'round.dialog.starting': 'Wird gestartet…',
  'round.dialog.failed': 'Die nächste Runde wurde nicht gestartet: {message}',
  'round.dialog.hasNext':
    'Auf diese Runde folgt bereits Runde {number} („{title}“). Eine nächste Runde lässt sich nur von der neuesten Runde aus starten.',

  'round.started.title': 'Runde {number} gestartet: „{title}“',
  'round.started.people_one': '{count} befragte Person aus der letzten Runde beibehalten.',
  'round.started.people_other': '{count} Befragte aus der letzten Runde beibehalten.',
  'round.started.noPeople':
    'Keine Befragten beibehalten: Fügen Sie unten die Personen hinzu, die in dieser Runde antworten.',
  'round.started.carried_one':
    '{count} Antwort übernommen: Sie bleibt markiert, bis die befragte Person sie bestätigt oder ändert.',
  'round.started.carried_other':
    '{count} Antworten übernommen: Jede bleibt markiert, bis die befragte Person sie bestätigt oder ändert.',
  'round.started.notCarried': 'Keine Antworten übernommen: Alle antworten neu.',
  'round.started.added': 'Im Fragebogen dieser Runde hinzugekommene Fragen:',
  'round.started.removed': 'Nicht mehr gestellte Fragen (ihre Antworten bleiben in der letzten Runde):',
  'round.started.evidence': 'Die Kundendaten beginnen für den neuen Zeitraum leer.',
  'round.started.close': 'Schließen',

  'progress.title': 'Fortschritt seit der letzten Runde',
  'progress.lead':
    'Runde {now} (gestartet am {dateNow}) im Vergleich zu Runde {then}, „{title}“ (gestartet am {dateThen}).',
  'progress.loading': 'Runden werden verglichen…',
  'progress.error': 'Die Runden konnten nicht verglichen werden.',
  'progress.overall': 'Gesamt',
  'progress.thenNow': '{then} → {now}',
  'progress.stage': 'Reifestufe',
  'progress.stageValue': 'Reifestufe {stage}: {name}',
  'progress.stageIncomplete': 'noch nicht vollständig',
  'progress.confirmed':
    '{percent} der Antworten dieser Runde haben die Befragten gegeben oder bestätigt; die übrigen sind noch aus der letzten Runde übernommen.',
  'progress.confirmedAll': 'Jede Antwort dieser Runde wurde von der befragten Person gegeben oder bestätigt.',
  'progress.confirmedLink': 'Zeigen, wer noch übernommene Antworten hat',
  'progress.direction.improved': 'verbessert',
  'progress.direction.stable': 'stabil',
  'progress.direction.declined': 'verschlechtert',
  'progress.direction.none': 'kein Vergleich',
  'progress.directionNote':
    'Eine Veränderung um {step} oder mehr gilt je nach Richtung als Verbesserung oder Verschlechterung; alles darunter als stabil.',
  'progress.diverging.title': 'Die Kunden sehen es anders',
  'progress.diverging.body':
    'Die Organisation sieht sich verbessert, ihre Kunden erleben eine Verschlechterung. Der Gesamtwert stieg um {delta}, aber {evidence}.',
  'progress.diverging.nps': 'der NPS fiel um {points} Punkte',
  'progress.diverging.csat': 'der CSAT fiel um {points} Punkte',
  'progress.charts': 'Diagramme',
  'progress.dimensions': 'Dimensionen',
  'progress.dimensions.caption':
    'Der Wert jeder Dimension in der letzten und in dieser Runde, die Veränderung und worauf beim Lesen zu achten ist.',
  'progress.col.dimension': 'Dimension',
  'progress.col.then': 'Vorher',
  'progress.col.now': 'Jetzt',
  'progress.col.change': 'Veränderung',
  'progress.col.notes': 'Mit Vorsicht lesen',
  'progress.col.spread': 'Uneinigkeit vorher → jetzt',
  'progress.col.department': 'Abteilung',
  'progress.col.respondents': 'Befragte vorher → jetzt',
  'progress.flag.lowCoverage':
    'Geringe Abdeckung: vorher {then}, jetzt {now} (unter {below} sind es zu wenige Antworten, um sich darauf zu verlassen)',
  'progress.flag.questionsChanged': 'Fragen geändert: {changes}',
  'progress.flag.mostlyCarried': 'Überwiegend übernommen: nur {percent} in dieser Runde gegeben oder bestätigt',
  'progress.flag.none': 'Keine',
  'progress.changes.added': '{count} hinzugefügt',
  'progress.changes.removed': '{count} entfernt',
  'progress.changes.which': 'Welche',
  'progress.missing': 'nicht in beiden Runden bewertet',
  'progress.notInRound': 'nicht dabei',
  'progress.departments': 'Abteilungen',
  'progress.departments.caption': 'Der Gesamtwert jeder Abteilung vorher und jetzt, zugeordnet nach Namen.',
  'progress.disagreement': 'Uneinigkeit zwischen den Abteilungen',
  'progress.disagreement.dimensions': 'Dimensionen mit Uneinigkeit: vorher {then}, jetzt {now}.',
  'progress.disagreement.questions': 'Fragen mit Uneinigkeit: vorher {then}, jetzt {now}.',
  'progress.actions': 'Im Zeitraum erledigte Roadmap-Maßnahmen',
  'progress.actions.none':
    'In der letzten Runde wurde keine Maßnahme als erledigt markiert. Markieren Sie Maßnahmen im Reiter „Roadmap“ als erledigt, sobald sie abgeschlossen sind.',
  'progress.outside': 'Außensicht im Zeitverlauf',
  'progress.outside.caption':
    'Die Selbstbewertung der Organisation neben dem, was ihre Kunden sagten – vorher und jetzt.',
  'progress.outside.measure': 'Kennzahl',
  'progress.outside.self': 'Gesamtwert der Selbstbewertung',
  'progress.outside.nps': 'NPS',
  'progress.outside.csat': 'CSAT',
  'progress.outside.emptyNow':
    'Für diese Runde sind noch keine Kundendaten erfasst: Erfassen Sie NPS und CSAT dieses Zeitraums im Reiter „Ergebnisse“.',
  'progress.outside.recordLink': 'Kundendaten erfassen',
  'progress.questions': 'Hinzugekommene und entfernte Fragen',
  'progress.questions.added': 'In dieser Runde hinzugekommen',
  'progress.questions.removed': 'In der letzten Runde gestellt, jetzt nicht mehr',
  'progress.questions.none': 'Beide Runden haben dieselben Fragen gestellt.',
  'progress.trend': 'Verlauf über alle Runden',
  'progress.trend.caption': 'Gesamtwert, Reifestufe und Kundendaten jeder Runde, die älteste zuerst.',
  'progress.trend.dimensions': 'Werte der Dimensionen je Runde',
  'progress.trend.round': 'Runde',
  'progress.trend.started': 'Gestartet',
  'progress.trend.roundLabel': 'Runde {number}: {title}',
  'progress.firstRound.title': 'Dies ist die erste Runde',
  'progress.firstRound.body':
    'Es gibt keine frühere Runde zum Vergleich. Starten Sie in der Übersicht „Assessments“ die nächste Runde dieses Assessments, um den Fortschritt zu messen.',
};
