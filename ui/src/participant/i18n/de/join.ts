// Joining a live workshop in German: the code, then department and name;
// what to do after each refusal. The facilitator is „die Moderation“.
export const join: Record<keyof typeof import('../en/join').join, string> = {
  'participant.join.heading': 'Am Workshop teilnehmen',
  'participant.join.intro': 'Geben Sie den sechsstelligen Code ein, der auf der Leinwand angezeigt wird.',
  'participant.join.code': 'Zugangscode',
  'participant.join.codeHint': 'Sechs Ziffern, zum Beispiel 123456.',
  'participant.join.codeFormat': 'Der Zugangscode besteht aus sechs Ziffern.',
  'participant.join.continue': 'Weiter',
  'participant.join.checking': 'Wird geprüft…',
  'participant.join.department': 'Ihre Abteilung',
  'participant.join.departmentMissing': 'Wählen Sie Ihre Abteilung.',
  'participant.join.name': 'Ihr Name',
  'participant.join.nameHint': 'So, wie die Moderation und die Gruppe Sie kennen.',
  'participant.join.nameMissing': 'Geben Sie Ihren Namen ein.',
  'participant.join.submit': 'Teilnehmen',
  'participant.join.joining': 'Wird verbunden…',
  'participant.join.otherCode': 'Anderen Code verwenden',
  'participant.join.selfPaced': 'Sie antworten in Ihrem eigenen Tempo, eine Frage nach der anderen.',
  'participant.join.paced': 'Die Moderation führt die Gruppe Frage für Frage.',
  'participant.join.resumeLost':
    'Diese Sitzung ist beendet, oder Sie wurden daraus entfernt. Bitte treten Sie erneut bei.',
  'participant.join.do.wrongCode': 'Prüfen Sie die sechs Ziffern auf der Leinwand und geben Sie sie erneut ein.',
  'participant.join.do.rateLimited': 'Warten Sie eine Minute und versuchen Sie es dann erneut.',
  'participant.join.do.sessionFull': 'Bitten Sie die Moderation, Platz für Sie zu schaffen.',
  'participant.join.do.sessionEnded': 'Bitten Sie die Moderation um den Code der aktuellen Sitzung.',
  'participant.join.do.other':
    'Versuchen Sie es erneut; wenn es weiterhin nicht klappt, wenden Sie sich an die Moderation.',
};
