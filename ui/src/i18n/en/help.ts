// Help: where the data lives, the keyboard shortcuts (their descriptions too)
// and the methodology.
export const help = {
  'help.title': 'Help',
  'help.lead': 'How the assessment works, the keyboard shortcuts, and where your data is kept.',
  'help.loading': 'Loading help…',
  'help.error': 'Help could not be loaded.',

  'help.data.title': 'Where your data lives',
  'help.data.body':
    'Everything stays on this computer. Back up the database file to keep your assessments; the cxm command line uses the same file by default.',
  'help.data.database': 'Database file',
  'help.data.backups': 'Automatic backups (before each upgrade of the database)',
  'help.data.appData': 'App data folder',
  'help.data.version': 'Version',
  'help.data.unknown': 'Not available on this system',
  'help.data.error': 'The database could not be opened: {message}',
  'help.copy': 'Copy path',
  'help.copyLabel': 'Copy path: {what}',
  'help.copied': 'Path copied: {what}.',
  'help.copyFailed': 'The path could not be copied. Select it and press Ctrl+C.',

  'help.keys.title': 'Keyboard shortcuts',
  'help.keys.questionnaire': 'In the questionnaire',
  'help.keys.everywhere': 'Everywhere',
  'help.keys.key': 'Key',
  'help.keys.does': 'Does',
  'help.shortcut.help': 'open this help',
  'help.shortcut.tab': 'move to the next control (with Shift: the previous one)',
  'help.shortcut.escape':
    'leave the comment field, back to the question; close a dialog; leave Help and Report branding',
  'help.shortcut.zoomIn': 'zoom in (up to 200 %)',
  'help.shortcut.zoomOut': 'zoom out (down to 80 %)',
  'help.shortcut.zoomReset': 'back to 100 %',
  'help.shortcut.presenter': 'presenter mode on or off: large type, no names, answers hidden until revealed',
  'help.zoomNow': 'Zoom now: {percent}. The zoom and presenter mode are kept for the next start.',

  'help.method.title': 'How the assessment works',
  'help.method.body': 'The same methodology is printed in the appendix of every PDF report.',
} as const;
