// The import preview in words (Export & import screen): how an answer
// value, a place in a file and an import's totals read, and the
// consultant's side for each conflict (what the screen starts with, what
// `commit_import` receives). No figure is computed here: the totals come
// from the core's merge report.
import type { AnswerChoice, ConflictChoice, ConflictView, FileIssue, ImportReportView, Kept } from '../api';
import { t, tn } from '../i18n';

/** A conflict as the preview lists it: with its file, and its answer's key. */
export type ConflictRow = ConflictView & { file: string; key: string };

/** The side chosen for each answer in conflict, by `answerKey`. */
export type Choices = Readonly<Record<string, Kept>>;

/** One answer (respondent and question) as a key; a choice is per answer. */
export function answerKey(c: Pick<ConflictView, 'respondentId' | 'questionId'>): string {
  return JSON.stringify([c.respondentId, c.questionId]);
}

/** Every conflict of a report, file by file, in the core's order. */
export function conflictRows(r: ImportReportView): ConflictRow[] {
  return r.files.flatMap((f) => f.conflicts.map((c) => ({ ...c, file: f.fileName, key: answerKey(c) })));
}

/** What the preview starts with: for each answer, the side the core's rule keeps. */
export function ruleChoices(rows: readonly ConflictRow[]): Choices {
  return Object.fromEntries(rows.map((c) => [c.key, c.ruleKeeps]));
}

/** The same side for every answer ("Keep all ours" / "Keep all theirs"). */
export function allChoices(rows: readonly ConflictRow[], side: Kept): Choices {
  return Object.fromEntries(rows.map((c) => [c.key, side]));
}

/**
 * What `commit_import` receives: the side shown for every answer in
 * conflict, once per answer (two files may bring the same answer). The
 * whole screen is sent, not only what was changed, so the commit does what
 * the consultant saw even if the database changed after the preview.
 */
export function choicesToSend(rows: readonly ConflictRow[], choices: Choices): ConflictChoice[] {
  const seen = new Set<string>();
  const out: ConflictChoice[] = [];
  for (const c of rows) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    out.push({ respondentId: c.respondentId, questionId: c.questionId, keep: choices[c.key] ?? c.ruleKeeps });
  }
  return out;
}

/** The side given later, by the two answers' times; `null` when the same moment. */
export function newerSide(c: Pick<ConflictView, 'database' | 'pack'>): Kept | null {
  const ours = Date.parse(c.database.updatedAt);
  const theirs = Date.parse(c.pack.updatedAt);
  if (ours === theirs || Number.isNaN(ours) || Number.isNaN(theirs)) return null;
  return theirs > ours ? 'pack' : 'database';
}

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
