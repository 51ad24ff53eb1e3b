import { describe, expect, test } from 'vitest';
import type { PackOpened, PackSessionSummary } from '../api';
import { needsSaving, openedMessages, rememberOpened, takeOpened } from './packSession';

const session: PackSessionSummary = {
  assessmentId: 'a1',
  organisation: 'Acme',
  title: 'Spring',
  departmentId: 'd1',
  department: 'Sales',
  exportedAt: '2026-05-01T09:00:00Z',
  sourceFile: 'acme-sales.cxpack.json',
  openedAt: '2026-05-02T09:00:00Z',
  updatedAt: '2026-05-02T09:00:00Z',
  savedAt: null,
  savedFile: null,
  respondents: 1,
  answered: 2,
  expected: 50,
  questions: 50,
  unsavedChanges: true,
  encrypted: false,
};

function opened(over: Partial<PackOpened>): PackOpened {
  return {
    session,
    kind: 'created',
    restored: false,
    respondentsAdded: [],
    answersAdded: 0,
    answersUpdated: 0,
    keptYours: 0,
    ...over,
  };
}

describe('what opening a pack tells the head', () => {
  test('a newer pack says what it brought and that the head’s own answers were kept', () => {
    const lines = openedMessages(
      opened({ kind: 'refreshed', respondentsAdded: ['Kasia'], answersAdded: 1, answersUpdated: 2, keptYours: 1 }),
    );
    expect(lines).toEqual([
      'The consultant sent a newer pack: 1 person added and 3 answers taken over from it.',
      '1 of your answers differs from the newer pack: yours was kept (the consultant will see both).',
    ]);
  });
  test('no kept answers, no line about them; several use the plural', () => {
    expect(openedMessages(opened({ kind: 'refreshed' }))).toHaveLength(1);
    expect(openedMessages(opened({ kind: 'refreshed', keptYours: 3 }))[1]).toMatch(/^3 of your answers differ/);
  });
  test('resumed, restored, older and new packs each say so', () => {
    expect(openedMessages(opened({ kind: 'resumed' }))).toEqual([
      'You had already opened this pack: you continue where you left off.',
    ]);
    expect(openedMessages(opened({ kind: 'resumed', restored: true }))[0]).toMatch(/had been deleted/);
    expect(openedMessages(opened({ kind: 'olderIgnored' }))[0]).toMatch(/older than the one you opened before/);
    expect(openedMessages(opened({ kind: 'created' }))[0]).toMatch(/The pack is open/);
  });
});

describe('saving state and the note from Home', () => {
  test('a pack never saved, or changed since, needs saving', () => {
    expect(needsSaving({ savedAt: null, unsavedChanges: true })).toBe(true);
    expect(needsSaving({ savedAt: '2026-05-03T10:00:00Z', unsavedChanges: true })).toBe(true);
    expect(needsSaving({ savedAt: '2026-05-03T10:00:00Z', unsavedChanges: false })).toBe(false);
  });
  test('the note is read once, and only by its own session', () => {
    rememberOpened(opened({}));
    expect(takeOpened('other')).toBeNull();
    expect(takeOpened('a1')?.kind).toBe('created');
    expect(takeOpened('a1')).toBeNull();
  });
});
