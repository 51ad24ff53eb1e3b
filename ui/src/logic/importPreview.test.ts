import { describe, expect, test } from 'vitest';
import type { ConflictView, ImportReportView, PackFileReport } from '../api';
import {
  allChoices,
  answerKey,
  answerLabel,
  choicesToSend,
  conflictRows,
  doneSummary,
  newerSide,
  placeOf,
  previewSummary,
  ruleChoices,
} from './importPreview';

const report = (over: Partial<ImportReportView>): ImportReportView => ({
  files: [],
  refused: [],
  added: 0,
  updated: 0,
  unchanged: 0,
  conflicts: 0,
  ...over,
});

describe('import preview words', () => {
  test('answer values read as the questionnaire says them', () => {
    expect(answerLabel(3)).toBe('Level 3');
    expect(answerLabel('na')).toBe('Not applicable');
    expect(answerLabel('unknown')).toBe('Don’t know');
  });
  test('a problem’s place names line, column and JSON path when known', () => {
    expect(placeOf({ path: '$', line: 4, column: 12, message: 'x' })).toBe('line 4, column 12');
    expect(placeOf({ path: 'respondents[0].answers[2].value', line: null, column: null, message: 'x' })).toBe(
      'at respondents[0].answers[2].value',
    );
    expect(placeOf({ path: '$', line: null, column: null, message: 'x' })).toBe('');
  });
  test('the preview summary uses the report’s totals with plural forms', () => {
    expect(previewSummary(report({ added: 1, updated: 2, unchanged: 0, conflicts: 1 }))).toBe(
      'Importing would add 1 answer, update 2 answers and leave 0 answers as they are; 1 answer was changed on both sides: you choose below which one stands.',
    );
    expect(previewSummary(report({ added: 3 }))).toContain('no answer was changed on both sides');
  });
  test('the done summary counts files', () => {
    const two = report({ files: [{} as never, {} as never], added: 5, updated: 1, conflicts: 2 });
    expect(doneSummary(two)).toBe('Imported 2 files: 5 answers added, 1 answer updated, 2 conflicts resolved.');
  });
});

const conflict = (respondentId: string, questionId: string, over: Partial<ConflictView> = {}): ConflictView => ({
  respondentId,
  respondent: respondentId.toUpperCase(),
  questionId,
  question: `Text of ${questionId}`,
  database: { value: 2, comment: null, updatedAt: '2026-04-20T10:00:00Z' },
  pack: { value: 4, comment: 'x', updatedAt: '2026-04-21T09:30:00Z' },
  kept: 'pack',
  ruleKeeps: 'pack',
  decidedBy: 'rule',
  ...over,
});

const file = (fileName: string, conflicts: ConflictView[]): PackFileReport => ({
  fileName,
  department: 'Sales',
  exportRecorded: true,
  respondentsAdded: [],
  added: 0,
  updated: 0,
  unchanged: 0,
  conflicts,
});

describe('choices for conflicts', () => {
  const r = report({
    files: [
      file('a.cxpack', [
        conflict('r-1', 'vision.statement'),
        conflict('r-1', 'vision.awareness', { kept: 'database', ruleKeeps: 'database' }),
      ]),
      // A second pack of the same department bringing one of the same answers.
      file('b.cxpack', [conflict('r-1', 'vision.statement'), conflict('r-2', 'voc.churn')]),
    ],
    conflicts: 4,
  });
  const rows = conflictRows(r);

  test('rows keep file order and carry their file and answer key', () => {
    expect(rows.map((c) => [c.file, c.questionId])).toEqual([
      ['a.cxpack', 'vision.statement'],
      ['a.cxpack', 'vision.awareness'],
      ['b.cxpack', 'vision.statement'],
      ['b.cxpack', 'voc.churn'],
    ]);
    expect(rows[0]!.key).toBe(rows[2]!.key);
    // Ids with the separator of a naive join stay apart.
    expect(answerKey({ respondentId: 'a/b', questionId: 'c' })).not.toBe(
      answerKey({ respondentId: 'a', questionId: 'b/c' }),
    );
  });

  test('the screen starts with the rule’s side and sends one choice per answer', () => {
    const start = ruleChoices(rows);
    expect(choicesToSend(rows, start)).toEqual([
      { respondentId: 'r-1', questionId: 'vision.statement', keep: 'pack' },
      { respondentId: 'r-1', questionId: 'vision.awareness', keep: 'database' },
      { respondentId: 'r-2', questionId: 'voc.churn', keep: 'pack' },
    ]);
    const oneChanged = { ...start, [answerKey({ respondentId: 'r-2', questionId: 'voc.churn' })]: 'database' as const };
    expect(choicesToSend(rows, oneChanged).map((c) => c.keep)).toEqual(['pack', 'database', 'database']);
  });

  test('keep all ours / theirs sets every answer', () => {
    expect(choicesToSend(rows, allChoices(rows, 'database')).map((c) => c.keep)).toEqual([
      'database',
      'database',
      'database',
    ]);
    expect(choicesToSend(rows, allChoices(rows, 'pack')).map((c) => c.keep)).toEqual(['pack', 'pack', 'pack']);
  });

  test('the newer side is the later time, none when both are the same moment', () => {
    expect(newerSide(conflict('r', 'q'))).toBe('pack');
    const ours = conflict('r', 'q', {
      database: { value: 1, comment: null, updatedAt: '2026-04-22T08:00:00+02:00' },
      pack: { value: 3, comment: null, updatedAt: '2026-04-22T05:59:59Z' },
    });
    expect(newerSide(ours)).toBe('database');
    const same = conflict('r', 'q', {
      database: { value: 1, comment: null, updatedAt: '2026-04-22T08:00:00+02:00' },
      pack: { value: 3, comment: null, updatedAt: '2026-04-22T06:00:00Z' },
    });
    expect(newerSide(same)).toBeNull();
  });
});
