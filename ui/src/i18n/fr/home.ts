// Home in French (see ../en/home.ts).
import type { home as en } from '../en/home';

export const home: Record<keyof typeof en, string> = {
  'home.title': 'Évaluations',
  'home.lead':
    'Chaque évaluation donne la parole à tous les services, montre où leurs avis divergent et confronte les réponses aux données clients.',
  'home.new': 'Nouvelle évaluation',
  'home.demo': 'Ouvrir la démo',
  'home.demoBusy': 'Préparation de la démo…',
  'home.loading': 'Chargement des évaluations…',
  'home.error': 'Les évaluations n’ont pas pu être chargées.',
  'home.empty.title': 'Aucune évaluation pour l’instant',
  'home.empty.body':
    'Créez une évaluation pour une organisation, ou ouvrez la démo pour découvrir une évaluation terminée avec huit services.',
  'home.col.organisation': 'Organisation',
  'home.col.created': 'Créée le',
  'home.col.respondents': 'Répondants',
  'home.col.completion': 'Avancement',
  'home.col.level': 'Niveau global',
  'home.col.actions': 'Actions',
  'home.open': 'Ouvrir',
  'home.openLabel': 'Ouvrir {name}',
  'home.delete': 'Supprimer',
  'home.deleteLabel': 'Supprimer {name}',
  'home.level': '{name}, {score}',
  'home.notScored': 'Pas encore de score',
  'home.noRespondents': 'Aucun répondant pour l’instant',
  'home.completion': '{percent} renseigné',
  'home.confirm.title': 'Supprimer cette évaluation ?',
  'home.confirm.body':
    'L’évaluation « {name} » sera supprimée, avec tous ses répondants et toutes leurs réponses. Vous pourrez annuler pendant quelques secondes.',
  'home.confirm.ok': 'Supprimer l’évaluation',
  'home.deleted': 'Évaluation « {name} » supprimée.',
  'home.undo': 'Annuler',
  'home.restoreFailed': 'L’évaluation n’a pas pu être restaurée : {message}',
  'home.deleteFailed': 'L’évaluation n’a pas pu être supprimée : {message}',
  'home.purgeFailed':
    'L’évaluation supprimée n’a pas encore pu être effacée définitivement ; l’application le fera à sa fermeture : {message}',
  'home.list': 'Vos évaluations',
};
