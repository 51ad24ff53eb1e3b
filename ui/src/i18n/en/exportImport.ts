// Export & import: the PDF report, the XLSX action register and packs going
// out (export.*), filled packs coming back with their preview (import.*).
export const exportImport = {
  'exportImport.title': 'Export & import',
  'exportImport.lead':
    'The report for leadership, the action register for follow-up, and self-assessment packs for department heads, sent out and brought back.',
  'exportImport.loading': 'Loading the assessment…',
  'exportImport.error': 'The assessment could not be loaded.',

  'export.title': 'Export',
  'export.pdf.title': 'PDF report',
  'export.pdf.body':
    'For leadership: summary, charts, heat map, roadmap with your edits, and the methodology. Uses your branding.',
  'export.pdf.paper': 'Paper size',
  'export.pdf.a4': 'A4',
  'export.pdf.letter': 'US Letter',
  'export.pdf.button': 'Export PDF…',
  'export.docx.title': 'Word document (DOCX)',
  'export.docx.body':
    'The same report as a Word document to edit: add findings, reword, paste charts into slides. On the paper size chosen for the PDF.',
  'export.docx.button': 'Export DOCX…',
  'export.xlsx.title': 'Action register (XLSX)',
  'export.xlsx.body':
    'Every roadmap action with phase, owner, due date and status, plus the scores and answers, for your own follow-up.',
  'export.xlsx.button': 'Export XLSX…',
  'export.packs.title': 'Self-assessment packs',
  'export.packs.body':
    'A file for a department head to answer in CX Maturity on their own laptop and send back to you.',
  'export.packs.department': 'Department',
  'export.packs.one': 'Export pack…',
  'export.packs.all': 'Export all departments…',
  'export.packs.none': 'Add departments in Set-up before exporting packs.',
  'export.packs.replaceTitle': 'Replace packs already in this folder?',
  'export.packs.replaceBody_one':
    '“{folder}” already holds {count} of these packs: {files}. Replacing it loses what that file held, including answers a department head may have filled in.',
  'export.packs.replaceBody_other':
    '“{folder}” already holds {count} of these packs: {files}. Replacing them loses what those files held, including answers department heads may have filled in.',
  'export.packs.replace': 'Replace',

  'export.status.choosing': 'Choose where to save it in the dialog…',
  'export.status.choosingFolder': 'Choose a folder in the dialog…',
  'export.status.rendering': 'Rendering the report…',
  'export.status.writing': 'Writing {name}…',
  'export.status.cancelled': 'Nothing was saved.',
  'export.status.saved': 'Saved to {name}',
  'export.status.folder': 'in {folder}',
  'export.status.packs_one': 'Saved {count} pack to {folder}:',
  'export.status.packs_other': 'Saved {count} packs to {folder}:',
  'export.status.packFile': '{file} ({department})',
  'export.status.failed': 'The export failed: {message}',
  'export.status.warning': 'Note: {warning}',
  'export.open': 'Open {name}',
  'export.openFailed': 'Could not open the file: {message}',

  'import.title': 'Import packs',
  'import.body':
    'Bring back the packs department heads filled in. You choose one or several files and see what would change before anything is saved; then all of them go in, or none.',
  'import.button': 'Import packs…',
  'import.choosing': 'Choose the pack files in the dialog…',
  'import.cancelledPick': 'No files were chosen; nothing changed.',
  'import.failed': 'The packs could not be read: {message}',

  'import.preview.title': 'Preview: nothing has been imported yet',
  'import.preview.checksum':
    'Every pack’s checksum matched, so none was damaged on its way. A checksum does not show who filled in a pack: import only packs you expected, from people you sent them to.',
  'import.preview.notExported':
    'This app has no record of exporting {file}: it may come from another copy of the app. Its answers are compared with the export time the file states.',
  'import.preview.summary':
    'Importing would add {added}, update {updated} and leave {unchanged} as they are; {conflicts}.',
  'import.preview.answers_one': '{count} answer',
  'import.preview.answers_other': '{count} answers',
  'import.preview.conflicts_one': '{count} answer was changed on both sides: you choose below which one stands',
  'import.preview.conflicts_other': '{count} answers were changed on both sides: you choose below which one stands',
  'import.preview.noConflicts': 'no answer was changed on both sides',
  'import.preview.refused_one':
    'Nothing can be imported: {count} file was refused. Packs go in all together or not at all; remove or replace the refused file and import again.',
  'import.preview.refused_other':
    'Nothing can be imported: {count} files were refused. Packs go in all together or not at all; remove or replace the refused files and import again.',
  'import.preview.files': 'Files',
  'import.preview.col.file': 'File',
  'import.preview.col.department': 'Department',
  'import.preview.col.added': 'Added',
  'import.preview.col.updated': 'Updated',
  'import.preview.col.unchanged': 'Unchanged',
  'import.preview.col.conflicts': 'Conflicts',
  'import.preview.newRespondents': 'New respondents: {names}',
  'import.preview.conflictsTitle': 'Answers changed on both sides',
  'import.preview.refusedTitle': 'Refused files',
  'import.preview.at': 'at {place}',
  'import.preview.line': 'line {line}, column {column}',
  'import.preview.commit_one': 'Import {count} file',
  'import.preview.commit_other': 'Import {count} files',
  'import.preview.committing': 'Importing…',
  'import.preview.cancel': 'Cancel',
  'import.preview.close': 'Close',
  'import.preview.cancelled': 'Import cancelled; nothing changed.',
  'import.preview.commitFailed': 'Nothing was imported: {message}',
  'import.done_one': 'Imported {count} file: {added} added, {updated} updated, {conflicts} resolved.',
  'import.done_other': 'Imported {count} files: {added} added, {updated} updated, {conflicts} resolved.',
  'import.done.conflicts_one': '{count} conflict',
  'import.done.conflicts_other': '{count} conflicts',
  'import.done.results': 'See the results',

  'import.conflicts.lead':
    'Each of these answers was changed in this app and in the pack since the pack was exported. Choose which one stands; the newer one is chosen to start with.',
  'import.conflicts.keepAllOurs': 'Keep all ours',
  'import.conflicts.keepAllTheirs': 'Keep all theirs',
  'import.conflicts.tally': 'Chosen now: {ours} from this app, {theirs} from the packs.',
  'import.conflicts.legend': '{respondent}: {question}',
  'import.conflicts.keepOurs': 'Keep ours (this laptop)',
  'import.conflicts.keepTheirs': 'Keep theirs (the pack)',
  'import.conflicts.keepTheirsFrom': 'Keep theirs (the pack from {name})',
  'import.conflicts.given': 'Given {when}',
  'import.conflicts.newer': 'newer',
  'import.conflicts.noComment': 'No comment',
  'import.conflicts.future':
    'The pack’s answer is dated after this computer’s clock, so this app’s answer is chosen to start with.',

  'import.value.na': 'Not applicable',
  'import.value.unknown': 'Don’t know',
  'import.value.level': 'Level {level}',
} as const;
