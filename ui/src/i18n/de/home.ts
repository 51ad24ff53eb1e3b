// Home in German: the list of assessments, create, open, delete with undo,
// the demo.
import type { home as en } from '../en/home';

export const home: Record<keyof typeof en, string> = {
  'home.title': 'Assessments',
  'home.lead':
    'Jedes Assessment bezieht alle Abteilungen ein, zeigt, wo sie sich uneinig sind, und stellt die Antworten den Kundendaten gegenüber.',
  'home.new': 'Neues Assessment',
  'home.demo': 'Demo öffnen',
  'home.demoBusy': 'Demo wird vorbereitet…',
  'home.loading': 'Assessments werden geladen…',
  'home.error': 'Die Assessments konnten nicht geladen werden.',
  'home.empty.title': 'Noch keine Assessments',
  'home.empty.body':
    'Legen Sie ein Assessment für eine Organisation an oder öffnen Sie die Demo: ein abgeschlossenes Assessment mit acht Abteilungen.',
  'home.col.organisation': 'Organisation',
  'home.col.created': 'Angelegt',
  'home.col.respondents': 'Befragte',
  'home.col.completion': 'Vollständigkeit',
  'home.col.level': 'Reifegrad',
  'home.col.actions': 'Aktionen',
  'home.open': 'Öffnen',
  'home.openLabel': '{name} öffnen',
  'home.delete': 'Löschen',
  'home.deleteLabel': '{name} löschen',
  'home.level': '{name}, {score}',
  'home.notScored': 'Noch nicht bewertet',
  'home.noRespondents': 'Noch keine Befragten',
  'home.completion': '{percent} beantwortet',
  'home.confirm.title': 'Dieses Assessment löschen?',
  'home.confirm.body':
    '„{name}“ wird mit allen Befragten und Antworten gelöscht. Sie können das einige Sekunden lang rückgängig machen.',
  'home.confirm.ok': 'Assessment löschen',
  'home.deleted': '„{name}“ gelöscht.',
  'home.undo': 'Rückgängig',
  'home.restoreFailed': 'Das Assessment konnte nicht wiederhergestellt werden: {message}',
  'home.deleteFailed': 'Das Assessment konnte nicht gelöscht werden: {message}',
  'home.purgeFailed':
    'Das gelöschte Assessment konnte noch nicht endgültig entfernt werden; die App holt das beim Beenden nach: {message}',
  'home.list': 'Ihre Assessments',
};
