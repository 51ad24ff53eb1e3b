// Encryption at rest in German: the unlock screen, the passphrase settings
// and the Help paragraphs about encryption.
import type { encryption as en } from '../en/encryption';

export const encryption: Record<keyof typeof en, string> = {
  'unlock.title': 'Diese Datenbank ist verschlüsselt',
  'unlock.lead': 'Geben Sie die Passphrase ein, um Ihre Assessments zu öffnen.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Entsperren',
  'unlock.busy': 'Wird entsperrt…',
  'unlock.wrong':
    'Diese Passphrase öffnet die Datenbank nicht. Es wurde nichts geändert; prüfen Sie sie und versuchen Sie es erneut.',
  'unlock.empty': 'Geben Sie die Passphrase ein.',
  'unlock.failed': 'Die Datenbank konnte nicht geöffnet werden: {message}',

  'enc.on':
    'Diese Datenbank ist verschlüsselt. Ohne ihre Passphrase kann niemand sie lesen, auch nicht mit der Datei in der Hand.',
  'enc.off':
    'Diese Datenbank ist nicht verschlüsselt. Wer diesen Computer oder die Datei in die Hände bekommt, kann sie lesen.',
  'enc.warning':
    'Notieren Sie die Passphrase an einem sicheren Ort. Geht sie verloren, sind die Daten verloren: Niemand, auch wir nicht, kann die Datenbank ohne sie öffnen.',
  'enc.set': 'Mit einer Passphrase verschlüsseln…',
  'enc.change': 'Passphrase ändern…',
  'enc.remove': 'Passphrase entfernen…',
  'enc.current': 'Aktuelle Passphrase',
  'enc.new': 'Neue Passphrase',
  'enc.repeat': 'Neue Passphrase wiederholen',
  'enc.mismatch': 'Die beiden neuen Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.',
  'enc.empty': 'Geben Sie eine Passphrase ein.',
  'enc.save': 'Verschlüsseln',
  'enc.saveChange': 'Passphrase ändern',
  'enc.saveRemove': 'Passphrase entfernen',
  'enc.busy': 'In Arbeit…',
  'enc.doneSet': 'Die Datenbank ist jetzt verschlüsselt.',
  'enc.doneChange': 'Die Passphrase wurde geändert.',
  'enc.doneRemove': 'Die Datenbank ist nicht mehr verschlüsselt.',
  'enc.failed': 'Es wurde nichts geändert: {message}',

  'help.encryption.title': 'Verschlüsselung',
  'help.encryption.body':
    'Sie können die Datenbank mit einer Passphrase verschlüsseln (Hilfe, „Verschlüsselung“). Die App fragt dann bei jedem Start danach, und die Datei, ihre Kopien und ihre automatischen Sicherungen sind ohne sie nicht lesbar. Geht die Passphrase verloren, sind die Daten verloren.',
  'help.encryption.backups':
    'Wenn Sie die Passphrase setzen, ändern oder entfernen, werden die automatischen Sicherungen ebenso neu verschlüsselt, sodass keine ältere Kopie lesbar bleibt. Kopien, die Sie vorher selbst gespeichert haben, behalten ihren bisherigen Schutz.',
};
