// Targets in German: each dimension's target level and importance, gaps
// and priorities.
import type { targets as en } from '../en/targets';

export const targets: Record<keyof typeof en, string> = {
  'tgt.title': 'Ziele und Wichtigkeit',
  'tgt.lead':
    'Vereinbaren Sie mit den Anwesenden, wo jede Dimension stehen soll und wie wichtig sie ist. Lücken, Prioritäten und die Roadmap ergeben sich sofort daraus.',
  'tgt.loading': 'Ziele werden geladen…',
  'tgt.error': 'Die Ziele konnten nicht geladen werden.',
  'tgt.empty.title': 'Noch keine Werte',
  'tgt.empty.body':
    'Ziele beziehen sich auf die heutigen Werte. Sobald Antworten vorliegen, erhält jede Dimension mit einem Wert ein Vorgabeziel eine Stufe über ihrem aktuellen Stand; eine Dimension ohne Wert hat kein Ziel, bis Sie eines festlegen.',
  'tgt.col.dimension': 'Dimension',
  'tgt.col.current': 'Heute',
  'tgt.col.target': 'Zielstufe',
  'tgt.col.importance': 'Wichtigkeit',
  'tgt.col.gap': 'Lücke',
  'tgt.col.priority': 'Priorität',
  'tgt.col.roadmap': 'Roadmap',
  'tgt.current': '{score} · {name}',
  'tgt.target.default': 'Vorgabe: {level} · {name}',
  'tgt.target.option': '{level} · {name}',
  'tgt.target.noDefault': 'Kein Ziel (noch kein Wert)',
  'tgt.defaultWasNone': 'Ohne Wert kein Vorgabeziel',
  'tgt.target.label': 'Zielstufe für {dimension}',
  'tgt.importance.label': 'Wichtigkeit von {dimension}',
  'tgt.importance.default': 'Vorgabe: {level} · {name}',
  'tgt.importance.1': 'Sehr gering',
  'tgt.importance.2': 'Gering',
  'tgt.importance.3': 'Mittel',
  'tgt.importance.4': 'Hoch',
  'tgt.importance.5': 'Kritisch',
  'tgt.isDefault': 'Vorgabe',
  'tgt.isAgreed': 'vereinbart',
  'tgt.defaultWas': 'Vorgabe wäre {level}',
  'tgt.reset': 'Zurücksetzen',
  'tgt.resetLabel': 'Vorgaben für {dimension} verwenden: Ziel und Wichtigkeit nach der Methode',
  'tgt.noActions': 'keine',
  'tgt.count.now': '{count} jetzt',
  'tgt.count.next': '{count} danach',
  'tgt.count.later': '{count} später',
  'tgt.summary': 'Roadmap',
  'tgt.summaryBody': '{now} Maßnahmen jetzt (0–3 Monate), {next} danach (3–9 Monate), {later} später (9–18 Monate).',
  'tgt.openRoadmap': 'Roadmap bearbeiten',
  'tgt.method':
    'Lücke = Ziel − heutiger Wert (nie unter 0). Priorität = Lücke × Wichtigkeit × Gewicht der Dimension. Berechnet vom Kern der App, wie im Bericht.',
  'tgt.chart': 'Heute im Vergleich zum Ziel',
};
