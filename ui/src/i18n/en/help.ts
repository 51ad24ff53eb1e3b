// Help: where the data lives, packs coming back, the keyboard shortcuts
// (their descriptions too) and the methodology.
export const help = {
  'help.title': 'Help',
  'help.lead': 'How the assessment works, the keyboard shortcuts, and where your data is kept.',
  'help.loading': 'Loading help…',
  'help.error': 'Help could not be loaded.',

  'help.data.title': 'Where your data lives',
  'help.data.body':
    'Everything stays on this computer, in one database file; the cxm command line uses the same file by default.',
  'help.data.copy':
    'To keep a backup or move your assessments to another computer, use “Save a copy of all data…”: it writes every assessment into one file, at any time, even while you work. Copying the database file by hand is safe only while the app is closed (the app then moves its latest changes into that file). To use a copy, start the app with it (cx-maturity --database FILE) or put it in place of the database file while the app is closed.',
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

  'help.privacy.title': 'What is kept where, and when deleted data is gone',
  'help.privacy.folders':
    'The database file lies in the app data folder shown above: on Windows in %APPDATA%\\io.cxmaturity.desktop, on macOS in ~/Library/Application Support/io.cxmaturity.desktop, on Linux in ~/.local/share/io.cxmaturity.desktop (unless the app was started with another file). On Windows and macOS this folder is inside your own user profile, which other users of the computer cannot open; on Linux and macOS the app also makes the folder, the database and its backups readable by your user account alone.',
  'help.privacy.journal':
    'While the app runs, its latest changes are also kept in a journal beside the database: a file of the same name ending in -wal, with a -shm file next to it. When the app ends, the changes move into the database file and the journal is emptied.',
  'help.privacy.backups':
    'Before the database is upgraded by a new version of the app, a copy of it is put in the backups folder shown above; the newest {count} are kept. A backup that still holds an assessment deleted for good, or a removed respondent, is deleted with it.',
  'help.privacy.delete':
    'Deleting an assessment (or a self-assessment opened from a pack) takes it off the list at once and offers Undo for {seconds} seconds. Once Undo is no longer offered — its time ran out, you closed it, you deleted another one, or you left the list — the assessment is deleted for good: it is removed from the database, the space it took is overwritten, the journal is emptied and backups that hold it are deleted. An assessment deleted shortly before the app ends is deleted for good when the app ends, or at the latest when it starts again.',
  'help.privacy.respondents':
    'Removing a respondent removes their name, answers and comments from the database files at once. The Undo that follows is kept in the app’s memory only, never on disk.',
  'help.privacy.yourFiles':
    'Files you save yourself — “Save a copy of all data…”, PDF reports, workbooks and packs, and the packs department heads send you — are yours: the app never deletes them, so deleting an assessment here does not remove it from them. Delete those you no longer need. A new file is readable by your user account alone (on Linux and macOS); a file saved over an existing one keeps that file’s permissions.',

  'help.anonymity.title': 'Anonymous assessments',
  'help.anonymity.names':
    'An assessment made anonymous on its set-up screen names nobody to its readers: in Results, the PDF report, the Excel workbook and packs you export, each person appears as “Respondent 4 (Sales)”, numbered in the order they were added, without their role. Your own screens — Respondents and the questionnaire — keep the names, so you can still run the assessment.',
  'help.anonymity.threshold':
    'A department’s own figures — its score, its cells in the heat map, its mean on a misaligned question, its “don’t know” answers — are shown only where at least the threshold of its respondents gave a level; elsewhere they read “fewer than 3 respondents” (for a threshold of 3). The organisation’s figures still use every answer, so they are the same as without anonymity. Three is the usual threshold; a works council may ask for five.',
  'help.anonymity.quote':
    'Any comment can be marked “Do not quote” in the questionnaire: you keep seeing it, and the report, the workbook and packs leave it out. Action owners and notes on the roadmap are your own words: anonymity does not change them.',
  'help.anonymity.off':
    'You can make an assessment anonymous at any time. Turning it off asks first: from then on, everything you export names people again. Files exported while it was anonymous stay as they are.',
  'help.packs.title': 'Packs from department heads',
  'help.packs.import':
    'Filled packs come back under Export & import, “Import packs…”: you see what would change before anything is saved, and all the files go in together or none.',
  'help.packs.conflicts':
    'When an answer was changed both here and in a pack since the export, you choose for each one whether to keep ours (this laptop) or theirs (the pack); the newer answer is chosen to start with.',

  'help.live.title': 'Live workshops',
  'help.live.join':
    'Participants join from their own phone or laptop: they scan the QR code on the projector, or open the address shown (such as http://192.168.1.20:51234) in any browser and type the six-digit code. Nothing is installed and no internet is needed; they pick their department and type their name.',
  'help.live.isolation':
    'Some venue Wi-Fi networks keep devices apart (guest networks often do): phones then cannot reach this computer even though both are online. Use a phone’s hotspot, or turn on this computer’s own hotspot, and connect this computer and every participant to it; then start the session on that network’s address.',
  'help.live.privacy':
    'Answers travel over the local network unencrypted, like a web page without https. Anyone on the same network could read them. When that matters, run the session on a private hotspot with a password of your own, and give it only to the participants.',
  'help.live.rehearse':
    'To rehearse alone, start the session on “this computer only” and open the address in a browser on this computer.',
  'help.rounds.title': 'Rounds: the same organisation a year later',
  'help.rounds.start':
    'On the Assessments screen, “Start the next round…” on the latest round of an organisation starts a new assessment linked to it. The last round stays exactly as it was; the list shows each round’s number and what it follows.',
  'help.rounds.carried':
    'The new round takes over the departments, the respondents you keep, the agreed targets and importance, the roadmap’s phase capacities and every roadmap edit: owners, due dates, statuses, notes and dropped actions. A done action stays done. When a newer version of the questionnaire is built in or installed, you choose which version the round takes; the dialog lists the questions it adds and removes.',
  'help.rounds.empty':
    'Customer evidence (NPS, CSAT, churn) starts empty: it belongs to a period, so record the new period’s figures on the Results tab. Answers to questions the new version no longer asks stay in the last round.',
  'help.rounds.confirm':
    'With “Carry the answers forward”, each kept respondent starts with last round’s answers, each marked “Carried from the last round — confirm or change” until its respondent decides: press C (or Confirm, or choose the same answer again) to keep it as it stands, or choose another answer to change it. Carried answers count in every figure from the start; the questionnaire and the Respondents tab show how many are left.',
  'help.rounds.progress':
    'A later round has a Progress tab: the overall score, the stage, each dimension and each department then and now, the change with its direction (▲ improved or ▼ declined from {step} either way, ▶ stable in between), the roadmap actions completed in the period, the customers’ view over time, and with three rounds or more the trend.',
  'help.rounds.flags':
    'Some changes are to be read with care. “Low coverage”: in one of the rounds, fewer than {coverage} of the possible answers in the dimension were given. “Questions changed”: the dimension asked different questions in the two rounds. “Mostly carried”: fewer than {carried} of this round’s answers in it were given or confirmed by their respondents, so the change may only repeat last year’s view.',
  'help.rounds.diverging':
    'When the overall score improved while NPS fell by {nps} points or more, or CSAT by {csat} points or more, the tab warns that the organisation says it got better while its customers say it got worse.',
  'help.keys.live': 'In a paced live session',
  'help.keys.title': 'Keyboard shortcuts',
  'help.keys.questionnaire': 'In the questionnaire',
  'help.keys.everywhere': 'Everywhere',
  'help.keys.key': 'Key',
  'help.keys.does': 'Does',
  'help.shortcut.help': 'open this help',
  'help.shortcut.tab': 'move to the next control (with Shift: the previous one)',
  'help.shortcut.escape':
    'leave the comment field, back to the question; close a dialog; leave Help and Report branding',
  'help.shortcut.liveMove':
    'show the next or the previous question (a presenter’s clicker sends Page Down and Page Up)',
  'help.shortcut.zoomIn': 'zoom in (up to 200 %)',
  'help.shortcut.zoomOut': 'zoom out (down to 80 %)',
  'help.shortcut.zoomReset': 'back to 100 %',
  'help.shortcut.presenter': 'presenter mode on or off: large type, no names, answers hidden until revealed',
  'help.zoomNow': 'Zoom now: {percent}. The zoom and presenter mode are kept for the next start.',

  'help.method.title': 'How the assessment works',
  'help.method.body': 'The same methodology is printed in the appendix of every PDF report.',
} as const;
