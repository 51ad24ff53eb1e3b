// The import preview in words (Export & import screen): how an answer
// value, a place in a file and an import's totals read. No figure is
// computed here: the totals come from the core's merge report.
import type { AnswerChoice, FileIssue, ImportReportView } from '../api';
import { t, tn } from '../i18n';

/** An answer as the user chose it: "Level 3", "Not applicable", "Don’t know". */
export function answerLabel(value: AnswerChoice): string {
  if (value === 'na') return t('import.value.na');
  if (value === 'unknown') return t('import.value.unknown');
  return t('import.value.level', { level: value });
}

/** Where a problem is in its file: "line 3, column 7 at respondents[0].id". */
export function placeOf(issue: FileIssue): string {
  const parts: string[] = [];
  if (issue.line !== null && issue.column !== null)
    parts.push(t('import.preview.line', { line: issue.line, column: issue.column }));
  if (issue.path && issue.path !== '$') parts.push(t('import.preview.at', { place: issue.path }));
  return parts.join(' ');
}

/** The one-sentence summary of a preview. */
export function previewSummary(r: ImportReportView): string {
  return t('import.preview.summary', {
    added: tn('import.preview.answers', r.added),
    updated: tn('import.preview.answers', r.updated),
    unchanged: tn('import.preview.answers', r.unchanged),
    conflicts: r.conflicts > 0 ? tn('import.preview.conflicts', r.conflicts) : t('import.preview.noConflicts'),
  });
}

/** The sentence after a committed import. */
export function doneSummary(r: ImportReportView): string {
  return tn('import.done', r.files.length, {
    added: tn('import.preview.answers', r.added),
    updated: tn('import.preview.answers', r.updated),
    conflicts: tn('import.done.conflicts', r.conflicts),
  });
}
