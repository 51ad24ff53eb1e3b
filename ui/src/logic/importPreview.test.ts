import { describe, expect, test } from 'vitest';
import type { ImportReportView } from '../api';
import { answerLabel, doneSummary, placeOf, previewSummary } from './importPreview';

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
      'Importing would add 1 answer, update 2 answers and leave 0 answers as they are; 1 answer was changed on both sides (the newer one wins).',
    );
    expect(previewSummary(report({ added: 3 }))).toContain('no answer was changed on both sides');
  });
  test('the done summary counts files', () => {
    const two = report({ files: [{} as never, {} as never], added: 5, updated: 1, conflicts: 2 });
    expect(doneSummary(two)).toBe('Imported 2 files: 5 answers added, 1 answer updated, 2 conflicts resolved.');
  });
});
