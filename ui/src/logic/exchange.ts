// Pure helpers of the Export & import screen: how an answer value, a place
// in a file and an import's totals read in words. No figure is computed
// here: the totals come from the core's merge report.
import type { AnswerChoice } from '../bindings/AnswerChoice';
import type { FileIssue } from '../bindings/FileIssue';
import type { ImportReportView } from '../bindings/ImportReportView';
import { t, tn } from '../i18n';

/** An answer as the user chose it: "Level 3", "Not applicable", "Don’t know". */
export function answerLabel(value: AnswerChoice): string {
  if (value === 'na') return t('ex.value.na');
  if (value === 'unknown') return t('ex.value.unknown');
  return t('ex.value.level', { level: value });
}

/** Where a problem is in its file: "line 3, column 7 at respondents[0].id". */
export function placeOf(issue: FileIssue): string {
  const parts: string[] = [];
  if (issue.line !== null && issue.column !== null) parts.push(t('ex.preview.line', { line: issue.line, column: issue.column }));
  if (issue.path && issue.path !== '$') parts.push(t('ex.preview.at', { place: issue.path }));
  return parts.join(' ');
}

/** The one-sentence summary of a preview. */
export function previewSummary(r: ImportReportView): string {
  return t('ex.preview.summary', {
    added: tn('ex.preview.answers', r.added),
    updated: tn('ex.preview.answers', r.updated),
    unchanged: tn('ex.preview.answers', r.unchanged),
    conflicts: r.conflicts > 0 ? tn('ex.preview.conflicts', r.conflicts) : t('ex.preview.noConflicts'),
  });
}

/** The sentence after a committed import. */
export function doneSummary(r: ImportReportView): string {
  return tn('ex.done', r.files.length, {
    added: tn('ex.preview.answers', r.added),
    updated: tn('ex.preview.answers', r.updated),
    conflicts: tn('ex.done.conflicts', r.conflicts),
  });
}
