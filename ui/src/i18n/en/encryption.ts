// Encryption at rest: the unlock screen of an encrypted database, the
// passphrase settings (on Help, beside the copy of all data), and the
// Help paragraphs about encryption.
export const encryption = {
  'unlock.title': 'This database is encrypted',
  'unlock.lead': 'Enter its passphrase to open your assessments.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.busy': 'Unlocking…',
  'unlock.wrong': 'That passphrase does not open this database. Nothing was changed; check it and try again.',
  'unlock.empty': 'Enter the passphrase.',
  'unlock.failed': 'The database could not be opened: {message}',

  'enc.on': 'This database is encrypted. Without its passphrase nobody can read it, not even with the file in hand.',
  'enc.off': 'This database is not encrypted. Anyone who gets hold of this computer or the file can read it.',
  'enc.warning':
    'Write the passphrase down somewhere safe. If it is lost, the data is lost: nobody, including us, can open the database without it.',
  'enc.set': 'Encrypt with a passphrase…',
  'enc.change': 'Change the passphrase…',
  'enc.remove': 'Remove the passphrase…',
  'enc.current': 'Current passphrase',
  'enc.new': 'New passphrase',
  'enc.repeat': 'New passphrase again',
  'enc.mismatch': 'The two new passphrases differ. Type the same one twice.',
  'enc.empty': 'Enter a passphrase.',
  'enc.save': 'Encrypt',
  'enc.saveChange': 'Change passphrase',
  'enc.saveRemove': 'Remove passphrase',
  'enc.busy': 'Working…',
  'enc.doneSet': 'The database is now encrypted.',
  'enc.doneChange': 'The passphrase was changed.',
  'enc.doneRemove': 'The database is no longer encrypted.',
  'enc.failed': 'Nothing was changed: {message}',

  'help.encryption.title': 'Encryption',
  'help.encryption.body':
    'You can encrypt the database with a passphrase (Help, “Encryption”). The app then asks for it each time it starts, and the file, its copies and its automatic backups cannot be read without it. If the passphrase is lost, the data is lost.',
  'help.encryption.backups':
    'When you set, change or remove the passphrase, the automatic backups are re-encrypted the same way, so no older copy stays readable. Copies you saved yourself before keep the protection they had.',

  'help.encryption.packs':
    'Packs can travel encrypted too: tick “Encrypt with a passphrase” when you export them, and give the head the passphrase by phone or in person, never in the e-mail with the pack. The head types it to open the pack and again to save the filled pack, which goes back under the same passphrase; you type it once when you import them.',
  'packEnc.encrypt': 'Encrypt with a passphrase',
  'packEnc.hint':
    'Give the head the passphrase by phone or in person, never in the e-mail with the pack. Without it, the pack cannot be opened.',
  'packEnc.passphrase': 'Passphrase',
  'packEnc.repeat': 'Passphrase again',
  'packEnc.empty': 'Enter the passphrase.',
  'packEnc.mismatch': 'The two passphrases differ. Type the same one twice.',
  'packEnc.sent': 'Encrypted: give the head the passphrase by phone or in person.',
  'packEnc.import': 'Some of these packs are encrypted. Enter the passphrase you gave the heads to read them.',
  'packEnc.read': 'Read the packs',
  'packEnc.open': '{file} is encrypted. Enter the passphrase the consultant gave you.',
  'packEnc.openSubmit': 'Open the pack',
  'packEnc.save': 'Enter the pack’s passphrase: the filled pack goes back encrypted with it.',
  'packEnc.saveSubmit': 'Save the filled pack…',
  'packEnc.session': 'This pack came encrypted. The filled pack goes back encrypted with the same passphrase.',
  'packEnc.busy': 'Checking the passphrase…',
  'packEnc.wrong': 'That passphrase does not open the pack. Nothing was changed; check it and try again.',
} as const;
