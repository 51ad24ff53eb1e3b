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
};
