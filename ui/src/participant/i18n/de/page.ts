// The participant page's frame in German: its title, who is answering,
// connection notices and the words every screen shares.
export const page: Record<keyof typeof import('../en/page').page, string> = {
  'participant.page.title': 'CX-Maturity-Workshop',
  'participant.page.as': '{name} · {department}',
  'participant.page.loading': 'Wird geladen…',
  'participant.page.reconnecting': 'Verbindung unterbrochen – wird wiederhergestellt…',
  'participant.page.offline':
    'Der Workshop-Server ist nicht erreichbar. Prüfen Sie, ob dieses Gerät im selben WLAN ist wie der Computer der Moderation; neuer Versuch läuft…',
  'participant.page.retryNow': 'Jetzt erneut versuchen',
  'participant.problem.network':
    'Der Workshop-Server hat nicht geantwortet. Prüfen Sie, ob dieses Gerät im selben WLAN ist wie der Computer der Moderation, und versuchen Sie es dann erneut.',
  'participant.problem.generic': 'Etwas ist schiefgelaufen. Bitte versuchen Sie es erneut.',
};
