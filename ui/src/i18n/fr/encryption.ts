// Encryption at rest in French: the unlock screen, the passphrase settings
// and the Help paragraphs about encryption.
import type { encryption as en } from '../en/encryption';

export const encryption: Record<keyof typeof en, string> = {
  'unlock.title': 'Cette base de données est chiffrée',
  'unlock.lead': 'Saisissez sa phrase secrète pour ouvrir vos évaluations.',
  'unlock.passphrase': 'Phrase secrète',
  'unlock.submit': 'Déverrouiller',
  'unlock.busy': 'Déverrouillage…',
  'unlock.wrong':
    'Cette phrase secrète n’ouvre pas la base de données. Rien n’a été modifié ; vérifiez-la et réessayez.',
  'unlock.empty': 'Saisissez la phrase secrète.',
  'unlock.failed': 'La base de données n’a pas pu être ouverte : {message}',

  'enc.on':
    'Cette base de données est chiffrée. Sans sa phrase secrète, personne ne peut la lire, même en ayant le fichier.',
  'enc.off':
    'Cette base de données n’est pas chiffrée. Quiconque met la main sur cet ordinateur ou sur le fichier peut la lire.',
  'enc.warning':
    'Notez la phrase secrète en lieu sûr. Si vous la perdez, les données sont perdues : personne, pas même nous, ne peut ouvrir la base sans elle.',
  'enc.set': 'Chiffrer avec une phrase secrète…',
  'enc.change': 'Changer la phrase secrète…',
  'enc.remove': 'Retirer la phrase secrète…',
  'enc.current': 'Phrase secrète actuelle',
  'enc.new': 'Nouvelle phrase secrète',
  'enc.repeat': 'Nouvelle phrase secrète, à nouveau',
  'enc.mismatch': 'Les deux nouvelles phrases secrètes diffèrent. Saisissez deux fois la même.',
  'enc.empty': 'Saisissez une phrase secrète.',
  'enc.save': 'Chiffrer',
  'enc.saveChange': 'Changer la phrase secrète',
  'enc.saveRemove': 'Retirer la phrase secrète',
  'enc.busy': 'En cours…',
  'enc.doneSet': 'La base de données est désormais chiffrée.',
  'enc.doneChange': 'La phrase secrète a été changée.',
  'enc.doneRemove': 'La base de données n’est plus chiffrée.',
  'enc.failed': 'Rien n’a été modifié : {message}',

  'help.encryption.title': 'Chiffrement',
  'help.encryption.body':
    'Vous pouvez chiffrer la base de données avec une phrase secrète (Aide, « Chiffrement »). L’application vous la demande alors à chaque démarrage, et le fichier, ses copies et ses sauvegardes automatiques ne peuvent pas être lus sans elle. Si vous perdez la phrase secrète, les données sont perdues.',
  'help.encryption.backups':
    'Lorsque vous définissez, changez ou retirez la phrase secrète, les sauvegardes automatiques sont rechiffrées de la même façon : aucune copie plus ancienne ne reste lisible. Les copies que vous avez enregistrées vous-même auparavant gardent la protection qu’elles avaient.',

  'help.encryption.packs':
    'Les paquets peuvent aussi voyager chiffrés : cochez « Chiffrer avec une phrase secrète » à l’export et donnez la phrase secrète au responsable par téléphone ou en personne, jamais dans le courriel qui contient le paquet. Le responsable la saisit pour ouvrir le paquet, puis de nouveau pour enregistrer le paquet rempli, qui repart sous la même phrase secrète ; vous la saisissez une fois à l’import.',
  'packEnc.encrypt': 'Chiffrer avec une phrase secrète',
  'packEnc.hint':
    'Donnez la phrase secrète au responsable par téléphone ou en personne, jamais dans le courriel qui contient le paquet. Sans elle, le paquet ne peut pas être ouvert.',
  'packEnc.passphrase': 'Phrase secrète',
  'packEnc.repeat': 'Phrase secrète à nouveau',
  'packEnc.empty': 'Saisissez la phrase secrète.',
  'packEnc.mismatch': 'Les deux phrases secrètes diffèrent. Saisissez deux fois la même.',
  'packEnc.sent': 'Chiffré : donnez la phrase secrète au responsable par téléphone ou en personne.',
  'packEnc.import':
    'Certains de ces paquets sont chiffrés. Saisissez la phrase secrète donnée aux responsables pour les lire.',
  'packEnc.read': 'Lire les paquets',
  'packEnc.open': '{file} est chiffré. Saisissez la phrase secrète que le consultant vous a donnée.',
  'packEnc.openSubmit': 'Ouvrir le paquet',
  'packEnc.save': 'Saisissez la phrase secrète du paquet : le paquet rempli repart chiffré avec elle.',
  'packEnc.saveSubmit': 'Enregistrer le paquet rempli…',
  'packEnc.session': 'Ce paquet est arrivé chiffré. Le paquet rempli repart chiffré avec la même phrase secrète.',
  'packEnc.busy': 'Vérification de la phrase secrète…',
  'packEnc.wrong': 'Cette phrase secrète n’ouvre pas le paquet. Rien n’a été modifié ; vérifiez-la et réessayez.',
};
