import { describe, expect, test } from 'vitest';
import type { QuestionnaireOutline as Questionnaire, StoredAnswer as Answer } from '../api';
import { flatten, keyAction, nextCarried, progressByDimension, resumeIndex } from './questionnaire';

const q: Questionnaire = {
  id: 'q',
  version: '1',
  title: 'Q',
  description: '',
  locale: 'en',
  levels: [],
  dimensions: [
    {
      id: 'a',
      title: 'A',
      description: '',
      weight: 1,
      questions: ['a1', 'a2'].map((id) => ({ id, prompt: id, help: null, anchors: [] })),
    },
    {
      id: 'b',
      title: 'B',
      description: '',
      weight: 1,
      questions: ['b1', 'b2', 'b3'].map((id) => ({ id, prompt: id, help: null, anchors: [] })),
    },
  ],
};
const flat = flatten(q);

function ans(questionId: string, minute: number, carried = false): Answer {
  return {
    questionId,
    value: 3,
    comment: null,
    doNotQuote: false,
    savedAt: `2026-01-01T10:${String(minute).padStart(2, '0')}:00Z`,
    carried,
  };
}

describe('flatten', () => {
  test('keeps questionnaire order and each question’s dimension', () => {
    expect(flat.map((f) => `${f.dimensionIndex}:${f.question.id}`)).toEqual(['0:a1', '0:a2', '1:b1', '1:b2', '1:b3']);
    expect(flat.map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('resumeIndex', () => {
  test('a new respondent starts at the first question', () => {
    expect(resumeIndex(flat, [], null)).toBe(0);
  });
  test('the stored position wins when it still exists', () => {
    expect(resumeIndex(flat, [ans('a1', 1), ans('a2', 2)], 'a1')).toBe(0);
  });
  test('a stored position of a removed question falls back to the answers', () => {
    expect(resumeIndex(flat, [ans('a1', 1)], 'gone')).toBe(1);
  });
  test('continues after the most recent answer, not after the furthest one', () => {
    // b2 answered first, then a1 revisited last: resume after a1 at the first unanswered (a2).
    expect(resumeIndex(flat, [ans('b2', 1), ans('a1', 5)], null)).toBe(1);
  });
  test('skips answered questions after the last answer and wraps round', () => {
    // Last answer b3 (index 4); b1..b3 answered → wraps to a1 (index 0)... a1 answered → a2.
    expect(resumeIndex(flat, [ans('a1', 1), ans('b1', 2), ans('b2', 3), ans('b3', 4)], null)).toBe(1);
  });
  test('everything answered: back on the last question touched', () => {
    const all = ['a1', 'a2', 'b1', 'b2', 'b3'].map((id, i) => ans(id, i));
    all.push(ans('b1', 30));
    expect(resumeIndex(flat, all, null)).toBe(2);
  });
  test('no questions: 0', () => {
    expect(resumeIndex([], [], 'x')).toBe(0);
  });
  test('with answers carried from the last round: the first question to confirm or answer', () => {
    // a1 confirmed, a2 carried: a2 (index 1), although b1 is the latest answer.
    expect(resumeIndex(flat, [ans('a1', 1), ans('a2', 0, true), ans('b1', 9)], null)).toBe(1);
    // Everything up to b1 confirmed, b2 carried, b3 unanswered: b2 (index 3).
    const own = ['a1', 'a2', 'b1'].map((id, i) => ans(id, i));
    expect(resumeIndex(flat, [...own, ans('b2', 0, true)], null)).toBe(3);
    // An unanswered question before the carried ones comes first.
    expect(resumeIndex(flat, [ans('a1', 1), ans('b1', 0, true)], null)).toBe(1);
    // The stored position still wins.
    expect(resumeIndex(flat, [ans('a2', 0, true)], 'b3')).toBe(4);
  });
});

describe('nextCarried', () => {
  test('the next carried answer after the current question, wrapping round; -1 when none', () => {
    const m = new Map<string, Answer>([
      ['a1', ans('a1', 0, true)],
      ['b1', ans('b1', 1)],
      ['b2', ans('b2', 0, true)],
    ]);
    expect(nextCarried(flat, m, 0)).toBe(3);
    expect(nextCarried(flat, m, 3)).toBe(0);
    expect(nextCarried(flat, m, 4)).toBe(0);
    expect(nextCarried(flat, new Map([['b1', ans('b1', 1)]]), 0)).toBe(-1);
  });
});

describe('progressByDimension', () => {
  test('counts any answer, including N/A and don’t know, and gives each dimension’s first index', () => {
    const m = new Map<string, Answer>([
      ['a2', { ...ans('a2', 1), value: 'na' }],
      ['b3', { ...ans('b3', 2), value: 'unknown' }],
      ['b1', ans('b1', 3)],
    ]);
    expect(progressByDimension(q, m)).toEqual([
      { id: 'a', title: 'A', answered: 1, total: 2, firstIndex: 0 },
      { id: 'b', title: 'B', answered: 2, total: 3, firstIndex: 2 },
    ]);
  });
});

describe('keyAction', () => {
  const none = { ctrl: false, alt: false, meta: false };
  test('1–5 choose the level', () => {
    for (const k of ['1', '2', '3', '4', '5'])
      expect(keyAction(k, none, false, false)).toEqual({ kind: 'answer', value: Number(k) });
  });
  test('N (either case) is not applicable, ? is don’t know', () => {
    expect(keyAction('n', none, false, false)).toEqual({ kind: 'answer', value: 'na' });
    expect(keyAction('N', none, false, false)).toEqual({ kind: 'answer', value: 'na' });
    expect(keyAction('?', none, false, false)).toEqual({ kind: 'answer', value: 'unknown' });
  });
  test('C (either case) keeps a carried answer', () => {
    expect(keyAction('c', none, false, false)).toEqual({ kind: 'confirm' });
    expect(keyAction('C', none, false, false)).toEqual({ kind: 'confirm' });
    expect(keyAction('c', none, true, false)).toBeNull();
  });
  test('arrows move, Enter moves on unless a button has focus', () => {
    expect(keyAction('ArrowLeft', none, false, false)).toEqual({ kind: 'prev' });
    expect(keyAction('ArrowRight', none, false, false)).toEqual({ kind: 'next' });
    expect(keyAction('Enter', none, false, false)).toEqual({ kind: 'next' });
    expect(keyAction('Enter', none, false, true)).toBeNull();
  });
  test('Delete and Backspace clear the answer, but not while typing a comment', () => {
    expect(keyAction('Delete', none, false, false)).toEqual({ kind: 'clear' });
    expect(keyAction('Backspace', none, false, false)).toEqual({ kind: 'clear' });
    expect(keyAction('Backspace', none, true, false)).toBeNull();
  });
  test('keys typed into a text field or with a modifier are left alone', () => {
    expect(keyAction('3', none, true, false)).toBeNull();
    expect(keyAction('ArrowLeft', none, true, false)).toBeNull();
    expect(keyAction('1', { ctrl: true, alt: false, meta: false }, false, false)).toBeNull();
    expect(keyAction('n', { ctrl: false, alt: false, meta: true }, false, false)).toBeNull();
  });
  test('other keys and 0 or 6 do nothing', () => {
    for (const k of ['0', '6', 'a', 'x', 'Tab', ' ']) expect(keyAction(k, none, false, false)).toBeNull();
  });
});
