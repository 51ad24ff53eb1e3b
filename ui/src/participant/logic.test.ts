import { describe, expect, test } from 'vitest';
import { answerMap, answeredCount, asValue, codeFromFragment, firstOpen, flatten, isCode, typedCode } from './logic';
import type { QuestionnaireView } from './wire';

const q: QuestionnaireView = {
  locale: 'en',
  locales: ['en'],
  title: 'CX',
  levels: ['Initial', 'Developing', 'Defined', 'Managed', 'Optimising'],
  dimensions: [
    { id: 'a', title: 'A', questions: [1, 2].map((n) => ({ id: `a${n}`, prompt: `A${n}`, help: null, anchors: [] })) },
    { id: 'b', title: 'B', questions: [1].map((n) => ({ id: `b${n}`, prompt: `B${n}`, help: 'h', anchors: [] })) },
  ],
  answers: [
    { question: 'a1', value: 3 },
    { question: 'b1', value: 'na' },
  ],
};

describe('join code', () => {
  test('from the link fragment, six digits only', () => {
    expect(codeFromFragment('#code=123456')).toBe('123456');
    expect(codeFromFragment('#code=12345')).toBe('');
    expect(codeFromFragment('#code=12345a')).toBe('');
    expect(codeFromFragment('')).toBe('');
    expect(codeFromFragment('#x=1&code=654321')).toBe('654321');
  });
  test('typed: digits kept, at most six', () => {
    expect(typedCode('123 456')).toBe('123456');
    expect(typedCode('12-34-56-78')).toBe('123456');
    expect(isCode('123456')).toBe(true);
    expect(isCode('12345')).toBe(false);
  });
});

describe('questions', () => {
  test('flattened in order with their dimension', () => {
    const flat = flatten(q);
    expect(flat.map((f) => [f.question.id, f.dimension.id, f.dimension.index, f.index])).toEqual([
      ['a1', 'a', 0, 0],
      ['a2', 'a', 0, 1],
      ['b1', 'b', 1, 2],
    ]);
  });
  test('the first unanswered, the count answered', () => {
    const flat = flatten(q);
    const answers = answerMap(q);
    expect(firstOpen(flat, answers)).toBe(1);
    expect(answeredCount(flat, answers)).toBe(2);
    answers.set('a2', 'unknown');
    expect(firstOpen(flat, answers)).toBeNull();
  });
  test('values from the wire', () => {
    expect(asValue(1)).toBe(1);
    expect(asValue(5)).toBe(5);
    expect(asValue(0)).toBeNull();
    expect(asValue(6)).toBeNull();
    expect(asValue(2.5)).toBeNull();
    expect(asValue('na')).toBe('na');
    expect(asValue('unknown')).toBe('unknown');
    expect(asValue('3')).toBeNull();
  });
});
