// Confidentialité : évaluations anonymes et commentaires à ne pas citer
// (voir ../en/privacy.ts).
import type { privacy as english } from '../en/privacy';

export const privacy: Record<keyof typeof english, string> = {
  'privacy.section': 'Anonymat',
  'privacy.anonymous.label': 'Évaluation anonyme',
  'privacy.anonymous.hint':
    'Les lecteurs ne voient aucun nom\u00a0: dans les résultats, le rapport, le classeur et les paquets, les personnes apparaissent comme «\u00a0Répondant 4 (Ventes)\u00a0». Les chiffres propres à un service ne s’affichent que là où au moins autant de ses répondants que le seuil ont répondu. Les chiffres de l’organisation reposent toujours sur toutes les réponses.',
  'privacy.threshold.label': 'Seuil',
  'privacy.threshold.hint':
    'Un nombre entier de {min} à {max}. Là où moins de répondants se trouvent derrière un chiffre, on lit «\u00a0moins de {k} répondants\u00a0».',
  'privacy.threshold.error': 'Le seuil doit être un nombre entier de {min} à {max}.',
  'privacy.off.title': 'Afficher de nouveau les noms\u00a0?',
  'privacy.off.body':
    'Désormais, les résultats, le rapport PDF, le classeur Excel et chaque paquet que vous exportez nommeront chaque répondant à côté de ses réponses et montreront les chiffres de chaque service, si peu nombreux que soient ses répondants. Tous ceux qui les lisent verront les noms. Les fichiers déjà exportés restent tels quels.',
  'privacy.off.confirm': 'Afficher les noms',
  'privacy.badge': 'Anonyme',
  'privacy.badge.detail':
    'Anonyme\u00a0: aucun nom pour les lecteurs\u00a0; les chiffres d’un service demandent au moins {k} répondants.',
  'privacy.note':
    'Cette évaluation est anonyme\u00a0: personne n’est nommé, et les chiffres propres à un service n’apparaissent que là où au moins {k} de ses répondants ont répondu. Les chiffres de l’organisation reposent sur toutes les réponses.',
  'privacy.exports':
    'Cette évaluation est anonyme\u00a0: le rapport, le classeur et les paquets ne nomment personne, et les chiffres propres à un service n’apparaissent que là où au moins {k} de ses répondants ont répondu. Les commentaires marqués «\u00a0Ne pas citer\u00a0» sont omis.',
  'privacy.fewerThan': 'moins de {k} répondants',
  'privacy.fewerThan.short': '<{k}',
  'privacy.fewerThan.key': '<{k}\u00a0: moins de {k} répondants',
  'privacy.doNotQuote.label': 'Ne pas citer',
  'privacy.doNotQuote.hint':
    'Vous voyez toujours ce commentaire ici\u00a0; le rapport, le classeur et les paquets l’omettent.',
  'privacy.doNotQuote.error': 'Le commentaire n’a pas pu être marqué. {message}',
};
