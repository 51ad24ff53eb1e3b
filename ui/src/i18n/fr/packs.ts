// Self-assessment by pack in French, the department head's side (see
// ../en/packs.ts). A pack is a « paquet de réponses », « paquet » for short.
import type { packs as en } from '../en/packs';

export const packs: Record<keyof typeof en, string> = {
  'pack.open': 'Ouvrir un paquet de réponses…',
  'pack.opening': 'Ouverture du paquet…',
  'pack.openFailed': 'Le paquet n’a pas pu être ouvert : {message}',
  'pack.list': 'Vos auto-évaluations',
  'pack.list.lead':
    'Les paquets de réponses qu’un consultant vous a envoyés. Vos réponses sont conservées sur cet ordinateur ; ouvrez un paquet pour continuer.',
  'pack.list.item': 'Auto-évaluation pour {department} ({organisation})',
  'pack.list.from': 'fichier : {file}',
  'pack.list.progress': 'Réponses : {answered} sur {expected}',
  'pack.list.unsaved': 'Pas encore renvoyé',
  'pack.list.saved': 'Paquet rempli enregistré le {date}',
  'pack.list.openLabel': 'Continuer l’auto-évaluation pour {department} ({organisation})',
  'pack.list.continue': 'Continuer',
  'pack.list.deleteLabel': 'Supprimer l’auto-évaluation pour {department} ({organisation})',
  'pack.confirm.title': 'Supprimer cette auto-évaluation ?',
  'pack.confirm.body':
    'L’auto-évaluation « {name} » et les réponses qui y ont été données seront supprimées de cet ordinateur. Les réponses déjà enregistrées dans un paquet rempli restent dans ce fichier. Vous pourrez annuler pendant quelques secondes.',
  'pack.confirm.ok': 'Supprimer l’auto-évaluation',

  'pack.badge': 'Auto-évaluation',
  'pack.loading': 'Chargement de votre auto-évaluation…',
  'pack.error': 'L’auto-évaluation n’a pas pu être chargée.',
  'pack.title': 'Auto-évaluation pour {department}',
  'pack.lead': '{organisation} — {title}. Paquet « {file} », préparé par le consultant le {date}.',
  'pack.how.title': 'Mode d’emploi',
  'pack.how.1': 'Vérifiez que votre nom figure sous « Qui répond » ; sinon, ajoutez-vous.',
  'pack.how.2':
    'Répondez à chaque question en choisissant la description qui correspond le mieux à votre service aujourd’hui. « Je ne sais pas » et « Non applicable » sont aussi des réponses honnêtes.',
  'pack.how.3':
    'Chaque réponse est enregistrée sur cet ordinateur dès que vous la donnez. Vous pouvez vous arrêter à tout moment : rouvrez l’application, et cette auto-évaluation vous attend sur le premier écran.',
  'pack.how.4':
    'Quand vous avez terminé, enregistrez le paquet rempli et renvoyez ce fichier au consultant (par e-mail, par exemple).',
  'pack.progress': 'Réponses : {answered} sur {expected}',
  'pack.people': 'Qui répond',
  'pack.noPeople.title': 'Personne ne répond encore',
  'pack.noPeople.body':
    'Ajoutez-vous pour commencer à répondre. Vous pouvez ajouter de la même façon des collègues de votre service.',
  'pack.addMe': 'M’ajouter',
  'pack.addAnother': 'Ajouter une autre personne',
  'pack.form.title': 'Qui répond ?',
  'pack.form.name': 'Votre nom',
  'pack.form.role': 'Votre fonction',
  'pack.form.roleHint': 'Par exemple « Responsable du service client ».',
  'pack.form.nameMissing': 'Saisissez un nom.',
  'pack.form.add': 'Ajouter',
  'pack.form.adding': 'Ajout…',
  'pack.form.failed': 'La personne n’a pas pu être ajoutée : {message}',
  'pack.save.title': 'Renvoyer vos réponses',
  'pack.save.body':
    'L’enregistrement crée un fichier contenant vos réponses. Envoyez ce fichier au consultant ; il l’intégrera à son évaluation.',
  'pack.save.button': 'Enregistrer le paquet rempli…',
  'pack.save.busy': 'Enregistrement du paquet rempli…',
  'pack.save.done': 'Enregistré sous « {file} » dans {folder}. Renvoyez ce fichier au consultant.',
  'pack.save.cancelled': 'Non enregistré : aucun fichier n’a été choisi.',
  'pack.save.failed': 'Le paquet rempli n’a pas pu être enregistré : {message}',
  'pack.save.never': 'Pas encore enregistré.',
  'pack.save.last': 'Dernier enregistrement le {date}, sous « {file} ».',
  'pack.save.changed': 'Vous avez modifié des réponses depuis : enregistrez à nouveau avant d’envoyer le fichier.',
  'pack.save.empty':
    'Il n’y a encore aucune réponse ; vous pouvez tout de même enregistrer, mais le consultant recevra un paquet vide.',
  'pack.opened.created': 'Le paquet est ouvert. Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure.',
  'pack.opened.resumed': 'Vous aviez déjà ouvert ce paquet : vous reprenez là où vous en étiez.',
  'pack.opened.restored': 'Cette auto-évaluation avait été supprimée ; elle est de retour avec toutes ses réponses.',
  'pack.opened.refreshed': 'Le consultant a envoyé un paquet plus récent : {people}, {answers}.',
  'pack.opened.kept_one':
    '{count} de vos réponses diffère du paquet plus récent : la vôtre a été conservée (le consultant verra les deux).',
  'pack.opened.kept_other':
    '{count} de vos réponses diffèrent du paquet plus récent : les vôtres ont été conservées (le consultant verra les deux versions).',
  'pack.opened.older': 'Ce paquet est plus ancien que celui que vous aviez ouvert ; rien n’a donc été modifié.',
  'pack.opened.people_one': '{count} personne ajoutée',
  'pack.opened.people_other': '{count} personnes ajoutées',
  'pack.opened.answers_one': '{count} réponse reprise',
  'pack.opened.answers_other': '{count} réponses reprises',
  'pack.done.back': 'Retour à votre auto-évaluation',
};
