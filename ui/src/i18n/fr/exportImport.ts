// Export & import in French (see ../en/exportImport.ts). "Ours" is the
// answer in this app, "theirs" the one in the pack (« la nôtre », « la leur »).
import type { exportImport as en } from '../en/exportImport';

export const exportImport: Record<keyof typeof en, string> = {
  'exportImport.title': 'Import-export',
  'exportImport.lead':
    'Le rapport pour la direction, le registre des actions pour le suivi, et les paquets de réponses des responsables de service, à envoyer puis à réimporter.',
  'exportImport.loading': 'Chargement de l’évaluation…',
  'exportImport.error': 'L’évaluation n’a pas pu être chargée.',

  'export.title': 'Export',
  'export.pdf.title': 'Rapport PDF',
  'export.pdf.body':
    'Pour la direction : synthèse, graphiques, carte de chaleur, feuille de route avec vos modifications et méthodologie. Avec votre habillage.',
  'export.pdf.paper': 'Format du papier',
  'export.pdf.a4': 'A4',
  'export.pdf.letter': 'Lettre US',
  'export.pdf.button': 'Exporter le PDF…',
  'export.docx.title': 'Document Word (DOCX)',
  'export.docx.body':
    'Le même rapport en document Word à modifier : ajoutez des constats, reformulez, collez les graphiques dans vos diapositives. Au format de papier choisi pour le PDF.',
  'export.docx.button': 'Exporter le DOCX…',
  'export.xlsx.title': 'Registre des actions (XLSX)',
  'export.xlsx.body':
    'Toutes les actions de la feuille de route avec leur phase, leur responsable, leur échéance et leur statut, ainsi que les scores et les réponses, pour votre propre suivi.',
  'export.xlsx.button': 'Exporter le XLSX…',
  'export.packs.title': 'Paquets de réponses',
  'export.packs.body':
    'Un fichier qu’un responsable de service remplit dans CX Maturity sur son propre ordinateur, puis vous renvoie.',
  'export.packs.department': 'Service',
  'export.packs.one': 'Exporter le paquet…',
  'export.packs.all': 'Exporter tous les services…',
  'export.packs.none': 'Ajoutez des services dans le cadrage avant d’exporter des paquets.',
  'export.packs.replaceTitle': 'Remplacer les paquets déjà présents dans ce dossier ?',
  'export.packs.replaceBody_one':
    '« {folder} » contient déjà {count} de ces paquets : {files}. Le remplacer efface son contenu, y compris les réponses qu’un responsable de service a pu y saisir.',
  'export.packs.replaceBody_other':
    '« {folder} » contient déjà {count} de ces paquets : {files}. Les remplacer efface leur contenu, y compris les réponses que des responsables de service ont pu y saisir.',
  'export.packs.replace': 'Remplacer',

  'export.status.choosing': 'Choisissez l’emplacement dans la boîte de dialogue…',
  'export.status.choosingFolder': 'Choisissez un dossier dans la boîte de dialogue…',
  'export.status.rendering': 'Génération du rapport…',
  'export.status.writing': 'Écriture de {name}…',
  'export.status.cancelled': 'Rien n’a été enregistré.',
  'export.status.saved': 'Enregistré sous {name}',
  'export.status.folder': 'dans {folder}',
  'export.status.packs_one': '{count} paquet enregistré dans {folder} :',
  'export.status.packs_other': '{count} paquets enregistrés dans {folder} :',
  'export.status.packFile': '{file} ({department})',
  'export.status.failed': 'L’export a échoué : {message}',
  'export.status.warning': 'Remarque : {warning}',
  'export.open': 'Ouvrir {name}',
  'export.openFailed': 'Le fichier n’a pas pu être ouvert : {message}',

  'import.title': 'Importer des paquets',
  'import.body':
    'Réimportez les paquets remplis par les responsables de service. Vous choisissez un ou plusieurs fichiers et voyez ce qui changerait avant tout enregistrement ; ensuite, tous sont importés, ou aucun.',
  'import.button': 'Importer des paquets…',
  'import.choosing': 'Choisissez les fichiers de paquets dans la boîte de dialogue…',
  'import.cancelledPick': 'Aucun fichier choisi ; rien n’a changé.',
  'import.failed': 'Les paquets n’ont pas pu être lus : {message}',

  'import.preview.title': 'Aperçu : rien n’a encore été importé',
  'import.preview.checksum':
    'La somme de contrôle de chaque paquet est correcte : aucun n’a été endommagé en chemin. Une somme de contrôle ne dit pas qui a rempli un paquet : n’importez que les paquets attendus, venant des personnes à qui vous les avez envoyés.',
  'import.preview.notExported':
    'Cette application n’a aucune trace de l’export de {file} : il provient peut-être d’une autre installation de l’application. Ses réponses sont comparées à la date d’export indiquée dans le fichier.',
  'import.preview.summary':
    'L’import ajouterait {added}, mettrait à jour {updated} et ne toucherait pas à {unchanged} ; {conflicts}.',
  'import.preview.answers_one': '{count} réponse',
  'import.preview.answers_other': '{count} réponses',
  'import.preview.conflicts_one':
    '{count} réponse a été modifiée des deux côtés : vous choisissez ci-dessous quelle version retenir',
  'import.preview.conflicts_other':
    '{count} réponses ont été modifiées des deux côtés : vous choisissez ci-dessous quelle version retenir',
  'import.preview.noConflicts': 'aucune réponse n’a été modifiée des deux côtés',
  'import.preview.refused_one':
    'Rien ne peut être importé : {count} fichier a été refusé. Les paquets sont importés tous ensemble ou pas du tout ; retirez ou remplacez le fichier refusé, puis relancez l’import.',
  'import.preview.refused_other':
    'Rien ne peut être importé : {count} fichiers ont été refusés. Les paquets sont importés tous ensemble ou pas du tout ; retirez ou remplacez les fichiers refusés, puis relancez l’import.',
  'import.preview.files': 'Fichiers',
  'import.preview.col.file': 'Fichier',
  'import.preview.col.department': 'Service',
  'import.preview.col.added': 'Ajoutées',
  'import.preview.col.updated': 'Mises à jour',
  'import.preview.col.unchanged': 'Inchangées',
  'import.preview.col.conflicts': 'Conflits',
  'import.preview.newRespondents': 'Nouveaux répondants : {names}',
  'import.preview.conflictsTitle': 'Réponses modifiées des deux côtés',
  'import.preview.refusedTitle': 'Fichiers refusés',
  'import.preview.at': 'à l’emplacement {place}',
  'import.preview.line': 'ligne {line}, colonne {column}',
  'import.preview.commit_one': 'Importer {count} fichier',
  'import.preview.commit_other': 'Importer {count} fichiers',
  'import.preview.committing': 'Import en cours…',
  'import.preview.cancel': 'Annuler',
  'import.preview.close': 'Fermer',
  'import.preview.cancelled': 'Import annulé ; rien n’a changé.',
  'import.preview.commitFailed': 'Rien n’a été importé : {message}',
  'import.done_one': '{count} fichier importé : ajout de {added}, mise à jour de {updated}, {conflicts}.',
  'import.done_other': '{count} fichiers importés : ajout de {added}, mise à jour de {updated}, {conflicts}.',
  'import.done.conflicts_one': '{count} conflit résolu',
  'import.done.conflicts_other': '{count} conflits résolus',
  'import.done.results': 'Voir les résultats',

  'import.conflicts.lead':
    'Chacune de ces réponses a été modifiée dans cette application et dans le paquet depuis son export. Choisissez laquelle retenir ; la plus récente est présélectionnée.',
  'import.conflicts.keepAllOurs': 'Garder toutes les nôtres',
  'import.conflicts.keepAllTheirs': 'Garder toutes les leurs',
  'import.conflicts.tally': 'Choix actuel : {ours} de cette application, {theirs} des paquets.',
  'import.conflicts.legend': '{respondent} : {question}',
  'import.conflicts.keepOurs': 'Garder la nôtre (cet ordinateur)',
  'import.conflicts.keepTheirs': 'Garder la leur (le paquet)',
  'import.conflicts.keepTheirsFrom': 'Garder la leur (le paquet de {name})',
  'import.conflicts.given': 'Donnée le {when}',
  'import.conflicts.newer': 'plus récente',
  'import.conflicts.noComment': 'Sans commentaire',
  'import.conflicts.future':
    'La réponse du paquet porte une date postérieure à l’horloge de cet ordinateur ; la réponse de cette application est donc présélectionnée.',

  'import.value.na': 'Non applicable',
  'import.value.unknown': 'Je ne sais pas',
  'import.value.level': 'Niveau {level}',
};
