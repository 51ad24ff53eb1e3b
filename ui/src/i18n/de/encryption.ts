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

  'help.encryption.packs':
    'Auch Pakete können verschlüsselt reisen: Kreuzen Sie beim Export „Mit einer Passphrase verschlüsseln“ an und nennen Sie der Leitung die Passphrase am Telefon oder persönlich, nie in der E-Mail mit dem Paket. Die Leitung gibt sie zum Öffnen des Pakets ein und erneut zum Speichern des ausgefüllten Pakets, das mit derselben Passphrase zurückgeht; Sie geben sie beim Import einmal ein.',
  'packEnc.encrypt': 'Mit einer Passphrase verschlüsseln',
  'packEnc.hint':
    'Nennen Sie der Leitung die Passphrase am Telefon oder persönlich, nie in der E-Mail mit dem Paket. Ohne sie lässt sich das Paket nicht öffnen.',
  'packEnc.passphrase': 'Passphrase',
  'packEnc.repeat': 'Passphrase wiederholen',
  'packEnc.empty': 'Geben Sie die Passphrase ein.',
  'packEnc.mismatch': 'Die beiden Passphrasen unterscheiden sich. Geben Sie zweimal dieselbe ein.',
  'packEnc.sent': 'Verschlüsselt: Nennen Sie der Leitung die Passphrase am Telefon oder persönlich.',
  'packEnc.import':
    'Einige dieser Pakete sind verschlüsselt. Geben Sie die Passphrase ein, die Sie den Leitungen genannt haben.',
  'packEnc.read': 'Pakete lesen',
  'packEnc.open': '{file} ist verschlüsselt. Geben Sie die Passphrase ein, die Ihnen die Beratung genannt hat.',
  'packEnc.openSubmit': 'Paket öffnen',
  'packEnc.save': 'Geben Sie die Passphrase des Pakets ein: Das ausgefüllte Paket geht damit verschlüsselt zurück.',
  'packEnc.saveSubmit': 'Ausgefülltes Paket speichern…',
  'packEnc.session':
    'Dieses Paket kam verschlüsselt. Das ausgefüllte Paket geht mit derselben Passphrase verschlüsselt zurück.',
  'packEnc.busy': 'Passphrase wird geprüft…',
  'packEnc.wrong':
    'Diese Passphrase öffnet das Paket nicht. Es wurde nichts geändert; prüfen Sie sie und versuchen Sie es erneut.',
};
