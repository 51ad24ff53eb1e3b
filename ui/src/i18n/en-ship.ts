// English strings of the Help screen and the global shortcuts (issue 7, ship).
export const enShip = {
  'ship.help': 'Help',
  'ship.helpLabel': 'Help (F1)',
  'ship.title': 'Help',
  'ship.lead': 'How the assessment works, the keyboard shortcuts, and where your data is kept.',
  'ship.loading': 'Loading help…',
  'ship.error': 'Help could not be loaded.',

  'ship.data.title': 'Where your data lives',
  'ship.data.body': 'Everything stays on this computer. Back up the database file to keep your assessments; the cxm command line uses the same file by default.',
  'ship.data.database': 'Database file',
  'ship.data.backups': 'Automatic backups (before each upgrade of the database)',
  'ship.data.appData': 'App data folder',
  'ship.data.version': 'Version',
  'ship.data.unknown': 'Not available on this system',
  'ship.data.error': 'The database could not be opened: {message}',
  'ship.copy': 'Copy path',
  'ship.copyLabel': 'Copy path: {what}',
  'ship.copied': 'Path copied: {what}.',
  'ship.copyFailed': 'The path could not be copied. Select it and press Ctrl+C.',

  'ship.keys.title': 'Keyboard shortcuts',
  'ship.keys.questionnaire': 'In the questionnaire',
  'ship.keys.everywhere': 'Everywhere',
  'ship.keys.key': 'Key',
  'ship.keys.does': 'Does',
  'ship.shortcut.help': 'open this help',
  'ship.shortcut.tab': 'move to the next control (with Shift: the previous one)',
  'ship.shortcut.escape': 'leave the comment field, back to the question; close a dialog',

  'ship.method.title': 'How the assessment works',
  'ship.method.body': 'The same methodology is printed in the appendix of every PDF report.',
} as const;
