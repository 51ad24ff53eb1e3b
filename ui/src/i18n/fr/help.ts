// Help in French (see ../en/help.ts): written for a French reader rather than
// word for word. Names of buttons, tabs and labels it quotes are those of the
// French catalog, so the reader finds them on screen.
import type { help as en } from '../en/help';

export const help: Record<keyof typeof en, string> = {
  'help.title': 'Aide',
  'help.lead': 'Le fonctionnement de l’évaluation, les raccourcis clavier et l’emplacement de vos données.',
  'help.loading': 'Chargement de l’aide…',
  'help.error': 'L’aide n’a pas pu être chargée.',

  'help.data.title': 'Où sont vos données',
  'help.data.body':
    'Tout reste sur cet ordinateur, dans un seul fichier de base de données ; par défaut, la ligne de commande cxm utilise ce même fichier.',
  'help.data.copy':
    'Pour faire une sauvegarde ou transférer vos évaluations sur un autre ordinateur, utilisez « Enregistrer une copie de toutes les données… » : toutes les évaluations sont réunies dans un seul fichier, à tout moment, même en cours de travail. Copier vous-même le fichier de base de données n’est sans risque que lorsque l’application est fermée (elle y a alors reporté ses dernières modifications). Pour utiliser une copie, lancez l’application avec elle (cx-maturity --database FICHIER), ou mettez-la à la place du fichier de base de données pendant que l’application est fermée.',
  'help.data.database': 'Fichier de base de données',
  'help.data.backups': 'Sauvegardes automatiques (avant chaque mise à niveau de la base de données)',
  'help.data.appData': 'Dossier des données de l’application',
  'help.data.version': 'Version',
  'help.data.unknown': 'Non disponible sur ce système',
  'help.data.error': 'La base de données n’a pas pu être ouverte : {message}',
  'help.copy': 'Copier le chemin',
  'help.copyLabel': 'Copier le chemin : {what}',
  'help.copied': 'Chemin copié : {what}.',
  'help.copyFailed': 'Le chemin n’a pas pu être copié. Sélectionnez-le et appuyez sur Ctrl+C.',

  'help.privacy.title': 'Ce qui est conservé, où, et quand les données supprimées disparaissent',
  'help.privacy.folders':
    'Le fichier de base de données se trouve dans le dossier des données de l’application indiqué ci-dessus : sous Windows dans %APPDATA%\\io.cxmaturity.desktop, sous macOS dans ~/Library/Application Support/io.cxmaturity.desktop, sous Linux dans ~/.local/share/io.cxmaturity.desktop (sauf si l’application a été lancée avec un autre fichier). Sous Windows et macOS, ce dossier se trouve dans votre propre profil d’utilisateur, que les autres utilisateurs de l’ordinateur ne peuvent pas ouvrir ; sous Linux et macOS, l’application rend en outre le dossier, la base de données et ses sauvegardes lisibles par votre seul compte.',
  'help.privacy.journal':
    'Tant que l’application tourne, ses dernières modifications figurent aussi dans un journal à côté de la base de données : un fichier du même nom se terminant par -wal, accompagné d’un fichier -shm. À la fermeture de l’application, les modifications passent dans le fichier de base de données et le journal est vidé.',
  'help.privacy.backups':
    'Avant qu’une nouvelle version de l’application ne mette la base de données à niveau, une copie en est placée dans le dossier des sauvegardes indiqué ci-dessus ; les {count} plus récentes sont conservées. Une sauvegarde qui contient encore une évaluation supprimée définitivement, ou un répondant retiré, est supprimée avec elle.',
  'help.privacy.delete':
    'Lorsque vous supprimez une évaluation (ou une auto-évaluation ouverte depuis un pack), elle disparaît aussitôt de la liste et « Annuler » vous est proposé pendant {seconds} secondes. Dès que « Annuler » n’est plus proposé — le délai est écoulé, vous avez fermé l’avis, supprimé une autre évaluation ou quitté la liste —, l’évaluation est supprimée définitivement : elle est retirée de la base de données, l’espace qu’elle occupait est écrasé, le journal est vidé et les sauvegardes qui la contiennent sont supprimées. Une évaluation supprimée peu avant la fermeture de l’application est supprimée définitivement à la fermeture, au plus tard au démarrage suivant.',
  'help.privacy.respondents':
    'Lorsque vous retirez un répondant, son nom, ses réponses et ses commentaires disparaissent aussitôt des fichiers de la base de données. L’« Annuler » qui suit ne les garde que dans la mémoire de l’application, jamais sur le disque.',
  'help.privacy.yourFiles':
    'Les fichiers que vous enregistrez vous-même — « Enregistrer une copie de toutes les données… », rapports PDF, classeurs et packs, ainsi que les packs que vous envoient les responsables de département — vous appartiennent : l’application ne les supprime jamais, et une évaluation supprimée ici y reste donc. Supprimez vous-même ceux dont vous n’avez plus besoin. Un nouveau fichier n’est lisible que par votre compte (sous Linux et macOS) ; un fichier enregistré à la place d’un fichier existant en garde les autorisations.',

  'help.anonymity.title': 'Évaluations anonymes',
  'help.anonymity.names':
    'Une évaluation rendue anonyme sur son écran de configuration ne nomme personne à ses lecteurs\u00a0: dans les résultats, le rapport PDF, le classeur Excel et les paquets exportés, chaque personne apparaît comme «\u00a0Répondant 4 (Ventes)\u00a0», numérotée dans l’ordre où elle a été ajoutée, sans sa fonction. Vos propres écrans – Répondants et le questionnaire – gardent les noms, pour que vous puissiez continuer à mener l’évaluation.',
  'help.anonymity.threshold':
    'Les chiffres propres à un service – son score, ses cases dans la carte de chaleur, sa moyenne sur une question divergente, ses réponses «\u00a0je ne sais pas\u00a0» – ne s’affichent que là où au moins autant de ses répondants que le seuil ont donné un niveau\u00a0; ailleurs, on lit «\u00a0moins de 3\u00a0répondants\u00a0» (pour un seuil de 3). Les chiffres de l’organisation reposent toujours sur toutes les réponses et restent donc les mêmes que sans anonymat. Le seuil habituel est de trois\u00a0; un comité social et économique peut en demander cinq.',
  'help.anonymity.quote':
    'Tout commentaire peut être marqué «\u00a0Ne pas citer\u00a0» dans le questionnaire\u00a0: vous continuez à le voir, et le rapport, le classeur et les paquets l’omettent. Les responsables et les notes de la feuille de route sont vos propres mots\u00a0: l’anonymat ne les change pas.',
  'help.anonymity.off':
    'Vous pouvez rendre une évaluation anonyme à tout moment. Pour la désactiver, l’application demande confirmation\u00a0: dès lors, tout ce que vous exportez nomme de nouveau les personnes. Les fichiers exportés pendant l’anonymat restent tels quels.',
  'help.packs.title': 'Paquets de réponses des responsables de service',
  'help.packs.import':
    'Les paquets remplis se réimportent dans l’onglet Import-export, avec « Importer des paquets… » : vous voyez ce qui changerait avant tout enregistrement, et les fichiers sont importés tous ensemble, ou pas du tout.',
  'help.packs.conflicts':
    'Si une réponse a été modifiée à la fois ici et dans un paquet depuis l’export, vous choisissez, réponse par réponse, de garder la nôtre (cet ordinateur) ou la leur (le paquet) ; la plus récente est présélectionnée.',

  'help.live.title': 'Ateliers en direct',
  'help.live.join':
    'Les participants se connectent depuis leur propre téléphone ou ordinateur portable : ils scannent le QR code projeté, ou ouvrent l’adresse affichée (par exemple http://192.168.1.20:51234) dans n’importe quel navigateur, puis saisissent le code à six chiffres. Rien à installer, pas besoin d’internet ; chacun choisit son service et saisit son nom.',
  'help.live.isolation':
    'Certains réseaux Wi-Fi, notamment les réseaux invités des lieux de réunion, isolent les appareils les uns des autres : les téléphones ne peuvent alors pas joindre cet ordinateur, bien que tous soient connectés. Dans ce cas, utilisez le partage de connexion d’un téléphone, ou activez le point d’accès de cet ordinateur, et connectez-y cet ordinateur et tous les participants ; lancez ensuite la session sur l’adresse de ce réseau.',
  'help.live.privacy':
    'Les réponses circulent en clair sur le réseau local, comme une page web sans https : toute personne connectée au même réseau pourrait les lire. Si c’est un enjeu, animez la session sur un point d’accès privé, protégé par un mot de passe de votre choix que vous ne communiquez qu’aux participants.',
  'help.live.rehearse':
    'Pour répéter sans participants, lancez la session sur « cet ordinateur uniquement » et ouvrez l’adresse dans un navigateur de cet ordinateur.',
  'help.rounds.title': 'Tours : la même organisation un an plus tard',
  'help.rounds.start':
    'Sur l’écran Évaluations, le bouton « Nouveau tour… », proposé sur le dernier tour d’une organisation, crée une nouvelle évaluation liée à celui-ci. Le tour précédent reste exactement tel qu’il était ; la liste indique le numéro de chaque tour et le tour qu’il prolonge.',
  'help.rounds.carried':
    'Le nouveau tour reprend les services, les répondants que vous conservez, les cibles et l’importance convenues, les capacités des phases et toutes les modifications de la feuille de route : responsables, échéances, statuts, notes et actions écartées. Une action terminée le reste. Si une version plus récente du questionnaire est intégrée ou installée, vous choisissez la version que le tour utilise ; la boîte de dialogue liste les questions ajoutées et retirées.',
  'help.rounds.empty':
    'Les données clients (NPS, CSAT, attrition) ne sont pas reprises : elles se rapportent à une période. Saisissez les chiffres de la nouvelle période dans l’onglet Résultats. Les réponses aux questions que la nouvelle version ne pose plus restent dans le tour précédent.',
  'help.rounds.confirm':
    'Avec « Reprendre les réponses », chaque répondant conservé démarre avec ses réponses du tour précédent, marquées « Reprise du tour précédent — à confirmer ou modifier » jusqu’à ce qu’il se prononce : appuyez sur C (ou sur Confirmer, ou choisissez à nouveau la même réponse) pour garder une réponse telle quelle, ou choisissez-en une autre pour la modifier. Les réponses reprises comptent dans tous les chiffres dès le départ ; le questionnaire et l’onglet Répondants indiquent combien il en reste.',
  'help.rounds.progress':
    'À partir du deuxième tour, un onglet Évolution compare avant et aujourd’hui : le score global, le stade, chaque dimension et chaque service, avec le sens du changement (▲ en progrès ou ▼ en recul dès une variation de {step}, ▶ stable en deçà), les actions de la feuille de route terminées sur la période, le regard des clients dans le temps et, à partir de trois tours, la tendance.',
  'help.rounds.flags':
    'Certaines évolutions sont à lire avec prudence. « Couverture faible » : dans l’un des tours, moins de {coverage} des réponses possibles ont été données pour la dimension. « Questions modifiées » : la dimension ne posait pas les mêmes questions dans les deux tours. « Majoritairement reprises » : moins de {carried} des réponses de ce tour pour la dimension ont été données ou confirmées par leurs répondants ; l’évolution peut donc simplement refléter le point de vue de l’an dernier.',
  'help.rounds.diverging':
    'Si le score global a progressé alors que le NPS a baissé d’au moins {nps} points, ou le CSAT d’au moins {csat} points, l’onglet signale que l’organisation se dit meilleure tandis que ses clients la jugent moins bonne.',
  'help.keys.live': 'Pendant une session en direct guidée',
  'help.keys.title': 'Raccourcis clavier',
  'help.keys.questionnaire': 'Dans le questionnaire',
  'help.keys.everywhere': 'Partout',
  'help.keys.key': 'Touche',
  'help.keys.does': 'Action',
  'help.shortcut.help': 'ouvrir cette aide',
  'help.shortcut.tab': 'passer à l’élément suivant (avec Maj : au précédent)',
  'help.shortcut.escape':
    'quitter le champ de commentaire pour revenir à la question ; fermer une boîte de dialogue ; quitter l’Aide ou l’Habillage du rapport',
  'help.shortcut.liveMove':
    'afficher la question suivante ou précédente (une télécommande de présentation envoie Pg suiv. et Pg préc.)',
  'help.shortcut.zoomIn': 'agrandir (jusqu’à 200 %)',
  'help.shortcut.zoomOut': 'réduire (jusqu’à 80 %)',
  'help.shortcut.zoomReset': 'revenir à 100 %',
  'help.shortcut.presenter':
    'activer ou désactiver le mode présentation : grands caractères, aucun nom, réponses masquées jusqu’à leur révélation',
  'help.zoomNow': 'Zoom actuel : {percent}. Le zoom et le mode présentation sont conservés au prochain démarrage.',

  'help.method.title': 'Fonctionnement de l’évaluation',
  'help.method.body': 'Cette méthodologie figure aussi en annexe de chaque rapport PDF.',
};
