// Targets in French (see ../en/targets.ts).
import type { targets as en } from '../en/targets';

export const targets: Record<keyof typeof en, string> = {
  'tgt.title': 'Cibles et importance',
  'tgt.lead':
    'Convenez avec les participants du niveau visé pour chaque dimension et de son importance. Écarts, priorités et feuille de route se mettent à jour aussitôt.',
  'tgt.loading': 'Chargement des cibles…',
  'tgt.error': 'Les cibles n’ont pas pu être chargées.',
  'tgt.empty.title': 'Aucun score pour l’instant',
  'tgt.empty.body':
    'Les cibles se fixent par rapport aux scores actuels. Dès que des réponses arrivent, chaque dimension qui a un score reçoit une cible proposée, un niveau au-dessus de son niveau actuel ; une dimension sans score n’a pas de cible tant que vous n’en fixez pas.',
  'tgt.col.dimension': 'Dimension',
  'tgt.col.current': 'Aujourd’hui',
  'tgt.col.target': 'Niveau cible',
  'tgt.col.importance': 'Importance',
  'tgt.col.gap': 'Écart',
  'tgt.col.priority': 'Priorité',
  'tgt.col.roadmap': 'Feuille de route',
  'tgt.current': '{score} · {name}',
  'tgt.target.default': 'Proposé : {level} · {name}',
  'tgt.target.option': '{level} · {name}',
  'tgt.target.noDefault': 'Pas de cible (pas encore de score)',
  'tgt.defaultWasNone': 'Aucune proposition sans score',
  'tgt.target.label': 'Niveau cible de {dimension}',
  'tgt.importance.label': 'Importance de {dimension}',
  'tgt.importance.default': 'Proposée : {level} · {name}',
  'tgt.importance.1': 'Très faible',
  'tgt.importance.2': 'Faible',
  'tgt.importance.3': 'Moyenne',
  'tgt.importance.4': 'Élevée',
  'tgt.importance.5': 'Critique',
  'tgt.isDefault': 'proposée',
  'tgt.isAgreed': 'convenue',
  'tgt.defaultWas': 'Proposition : {level}',
  'tgt.reset': 'Réinitialiser',
  'tgt.resetLabel': 'Réinitialiser {dimension} : cible et importance proposées par la méthode',
  'tgt.noActions': 'aucune',
  'tgt.count.now': '{count} maintenant',
  'tgt.count.next': '{count} ensuite',
  'tgt.count.later': '{count} plus tard',
  'tgt.summary': 'Feuille de route',
  'tgt.summaryBody':
    'Actions : {now} maintenant (0 à 3 mois), {next} ensuite (3 à 9 mois), {later} plus tard (9 à 18 mois).',
  'tgt.openRoadmap': 'Modifier la feuille de route',
  'tgt.method':
    'Écart = cible − score actuel (jamais inférieur à 0). Priorité = écart × importance × poids de la dimension. Calculé par le cœur de l’application, comme dans le rapport.',
  'tgt.chart': 'Niveau actuel face à la cible',
};
