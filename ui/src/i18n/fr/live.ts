// The live workshop in French (see ../en/live.ts). The two paces are
// « libre » (self-paced) and « guidé » (paced); a re-vote is a « nouveau vote ».
import type { live as en } from '../en/live';

export const live: Record<keyof typeof en, string> = {
  'live.title': 'Atelier en direct',
  'live.lead':
    'Les participants répondent depuis leur propre téléphone ou ordinateur portable, via le réseau de cet ordinateur.',
  'live.loading': 'Chargement de la session en direct…',
  'live.error': 'La session en direct n’a pas pu être chargée.',

  'live.start.address': 'Réseau des téléphones',
  'live.start.addressHint':
    'Les téléphones doivent être sur le même réseau que cet ordinateur. Choisissez celui auquel vous et les participants êtes connectés.',
  'live.start.loopback': 'cet ordinateur uniquement — pour une répétition',
  'live.start.noNetwork':
    'Cet ordinateur n’est connecté à aucun réseau : les téléphones ne peuvent pas le joindre. Connectez-vous au Wi-Fi du lieu ou à un point d’accès (l’Aide explique comment), ou faites une répétition sur cet ordinateur uniquement.',
  'live.start.helpLink': 'Comment les participants se connectent, et que faire si les téléphones n’y parviennent pas',
  'live.start.pace': 'Déroulement',
  'live.start.selfPaced': 'Libre',
  'live.start.selfPacedHint':
    'Chacun répond à toutes les questions à son rythme ; vous suivez l’avancement par service.',
  'live.start.paced': 'Guidé',
  'live.start.pacedHint':
    'Vous affichez une question à la fois : la salle vote à l’aveugle, vous révélez les votes, la salle en discute, puis vous ouvrez un nouveau vote.',
  'live.start.submit': 'Lancer la session',
  'live.start.starting': 'Lancement…',
  'live.start.failed': 'La session n’a pas démarré : {message}',
  'live.start.unencrypted':
    'Les réponses circulent en clair sur le réseau local. Sur un réseau dont vous n’êtes pas sûr, utilisez un point d’accès privé.',

  'live.other.title': 'Une session en direct est en cours pour une autre évaluation',
  'live.other.body':
    'Une seule session en direct peut tourner à la fois. Ouvrez-la, ou arrêtez-la pour en lancer une ici.',
  'live.other.open': 'Ouvrir la session en cours',

  'live.join.title': 'Rejoindre',
  'live.join.qr': 'QR code pour rejoindre la session',
  'live.join.address': 'Ouvrez',
  'live.join.code': 'Code',
  'live.join.codeLabel': 'Code d’accès {code}',
  'live.participants_one': '{count} participant connecté',
  'live.participants_other': '{count} participants connectés',
  'live.mode.paced': 'Guidé',
  'live.mode.selfPaced': 'Libre',
  'live.mode.toPaced': 'Passer en mode guidé',
  'live.mode.toSelfPaced': 'Passer en mode libre',

  'live.progress.title': 'Avancement par service',
  'live.progress.department': 'Service',
  'live.progress.joined': 'Connectés',
  'live.progress.finished': 'Ont terminé',
  'live.progress.answers': 'Réponses données',
  'live.progress.answersOf': '{answers} sur {total}',
  'live.progress.nobody': 'Personne pour l’instant',
  'live.progress.none':
    'Personne n’a encore rejoint la session. Les participants scannent le QR code ou ouvrent l’adresse, puis saisissent le code.',

  'live.question.title': 'Question en cours',
  'live.question.picker': 'Question affichée',
  'live.question.none': 'Aucune — la salle attend',
  'live.question.prev': 'Précédente',
  'live.question.next': 'Suivante',
  'live.question.position': 'Question {n} sur {total}',
  'live.question.waiting': 'La salle attend. Affichez la première question avec Suivante, ou choisissez-en une.',
  'live.question.keys': 'Suivante et Précédente aussi avec → et ← (ou une télécommande de présentation).',
  'live.voted': 'Votes : {voted} sur {of}',
  'live.revoted': 'Nouveaux votes : {voted} sur {of}',
  'live.reveal': 'Révéler les votes',
  'live.revealRevote': 'Clore le nouveau vote',
  'live.openRevote': 'Ouvrir un nouveau vote',
  'live.actionFailed': 'L’opération a échoué : {message}',

  'live.tally.title': 'Votes',
  'live.tally.first': 'Premier vote',
  'live.tally.final': 'Après le nouveau vote',
  'live.tally.votes_one': '{count} vote',
  'live.tally.votes_other': '{count} votes',
  'live.tally.na': 'Non applicable : {count}',
  'live.tally.unknown': 'Je ne sais pas : {count}',
  'live.tally.spread': 'Dispersion',
  'live.tally.median': 'Médiane',
  'live.tally.change': '{first} → {final}',
  'live.tally.byDepartment': 'Par service',
  'live.tally.department': 'Service',

  'live.agenda.title': 'Points à discuter',
  'live.agenda.lead': 'Les questions sur lesquelles les services divergent le plus, en premier.',
  'live.agenda.spread': 'Dispersion {spread}',
  'live.agenda.noSpread': 'Pas encore de réponses',
  'live.agenda.discuss': 'Discuter en mode guidé',
  'live.agenda.discussLabel': 'Discuter en mode guidé : {prompt}',
  'live.agenda.show': 'Afficher à la salle',
  'live.agenda.showLabel': 'Afficher à la salle : {prompt}',
  'live.agenda.more': 'Afficher les {count} questions',
  'live.agenda.less': 'Afficher les {count} premières',
  'live.agenda.empty': 'La liste se remplit au fil des réponses.',

  'live.stop': 'Arrêter la session',
  'live.stop.title': 'Arrêter la session en direct ?',
  'live.stop.body':
    'Tous les téléphones seront déconnectés et personne ne pourra répondre tant que vous n’aurez pas lancé une nouvelle session. Toutes les réponses données jusqu’ici sont déjà enregistrées.',
  'live.stop.confirm': 'Arrêter la session',
};
