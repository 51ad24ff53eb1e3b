// The frame and the shared words in French (see ../en/app.ts). Typed against
// the English file, so a missing or extra key fails the type check.
import type { app as en } from '../en/app';

export const app: Record<keyof typeof en, string> = {
  'app.name': 'CX Maturity',
  'app.skip': 'Aller au contenu',
  'app.nav': 'Menu principal',
  'app.home': 'Évaluations',
  'app.branding': 'Habillage du rapport',
  'app.help': 'Aide',
  'app.helpLabel': 'Aide (F1)',
  'app.rulesError':
    'L’application n’a pas pu afficher ses écrans. Réessayez ; si le problème persiste, redémarrez l’application.',

  'dataCopy.save': 'Enregistrer une copie de toutes les données…',
  'dataCopy.saving': 'Enregistrement de la copie…',
  'dataCopy.saved':
    'Copie enregistrée sous « {file} » dans {folder}. Elle contient toutes les évaluations et se suffit à elle-même.',
  'dataCopy.failed': 'La copie n’a pas été enregistrée : {message}',
  'app.presenter': 'Mode présentation',
  'app.zoom': 'Zoom : {percent}',
  'app.back': 'Retour',

  'common.noScore': '–',
  'common.noDate': '–',
  // After a label before its text (French puts a no-break space before it).
  'common.colon': ' : ',
  'common.loading': 'Chargement…',
  'common.retry': 'Réessayer',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.error': 'Une erreur s’est produite. Réessayez.',
  'common.errorDetail': 'Message de l’application : {message}',
  'common.internal':
    'L’application n’a pas pu terminer cette étape en raison d’un problème interne. Rien n’a été modifié ; réessayez, et redémarrez l’application si le problème se reproduit.',
  'common.required': '(obligatoire)',
  'common.optional': '(facultatif)',
  'date.incomplete': 'Saisissez une date complète (jour, mois et année), ou videz le champ.',

  'tabs.label': 'Évaluation',
  'tabs.setup': 'Cadrage',
  'tabs.respondents': 'Répondants',
  'tabs.results': 'Résultats',
  'tabs.progress': 'Évolution',
  'tabs.targets': 'Cibles',
  'tabs.roadmap': 'Feuille de route',
  'tabs.exportImport': 'Import-export',
  'tabs.live': 'Atelier',

  'save.saving': 'Enregistrement…',
  'save.saved': 'Enregistré',
  'save.failed': 'Non enregistré : {message}',
  'save.retry': 'Réessayer',
};
