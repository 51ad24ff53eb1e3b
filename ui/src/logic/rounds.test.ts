import { afterEach, describe, expect, test } from 'vitest';
import { setLocale } from '../i18n';
import type { DimensionChangeView, NextRoundPlan, RoundStartedView } from '../api';
import {
  directionMark,
  directionWord,
  flagTexts,
  initialChoice,
  rememberStarted,
  roundLine,
  startArgs,
  startedMessages,
  takeStarted,
} from './rounds';

const plan: NextRoundPlan = {
  assessmentId: 'a1',
  organisation: 'Acme',
  title: 'CX 2026',
  number: 2,
  suggestedTitle: 'CX 2026 (round 2)',
  respondents: [
    { id: 'r1', name: 'Ines', role: null, department: 'Sales', answers: 50 },
    { id: 'r2', name: 'Jonas', role: 'Head of IT', department: 'IT', answers: 12 },
    { id: 'r3', name: 'Lena', role: null, department: 'Sales', answers: 0 },
  ],
  questionnaire: { id: 'cx-maturity', title: 'CX maturity', version: '1.0.0', questions: 50 },
  newer: {
    questionnaire: { id: 'cx-maturity', title: 'CX maturity', version: '1.1.0', questions: 50 },
    questionsAdded: [],
    questionsRemoved: [],
  },
  next: null,
};

describe('the next round’s choices', () => {
  test('start with the suggested title, everyone kept, answers carried, the round’s own version', () => {
    const c = initialChoice(plan);
    expect(c.title).toBe('CX 2026 (round 2)');
    expect([...c.kept]).toEqual(['r1', 'r2', 'r3']);
    expect(c.carry).toBe(true);
    expect(c.useNewer).toBe(false);
    expect(initialChoice({ ...plan, respondents: [] }).carry).toBe(false);
  });
  test('send the people kept in the round’s order and the chosen version', () => {
    expect(startArgs(plan, { title: 'Spring 2027', kept: new Set(['r3', 'r1']), carry: true, useNewer: true })).toEqual(
      {
        assessmentId: 'a1',
        title: 'Spring 2027',
        respondentIds: ['r1', 'r3'],
        carryAnswers: true,
        questionnaireVersion: '1.1.0',
      },
    );
  });
  test('never ask to carry answers without people, nor a version the plan does not offer', () => {
    const args = startArgs({ ...plan, newer: null }, { title: 'T', kept: new Set(), carry: true, useNewer: true });
    expect(args.respondentIds).toEqual([]);
    expect(args.carryAnswers).toBe(false);
    expect(args.questionnaireVersion).toBeNull();
  });
});

const started = (id: string, respondents: number, carriedAnswers: number): RoundStartedView =>
  ({
    assessment: { id },
    previousId: 'a1',
    respondents,
    carriedAnswers,
    questionsAdded: [],
    questionsRemoved: [],
  }) as unknown as RoundStartedView;

describe('what starting a round did', () => {
  test('is read once, by the new round only', () => {
    rememberStarted(started('a2', 3, 62));
    expect(takeStarted('other')).toBeNull();
    expect(takeStarted('a2')?.carriedAnswers).toBe(62);
    expect(takeStarted('a2')).toBeNull();
  });
  test('is said in plain words', () => {
    expect(startedMessages(started('a2', 1, 1))).toEqual([
      '1 respondent kept from the last round.',
      '1 answer carried forward: it stays marked until its respondent confirms or changes it.',
      'Customer evidence starts empty for the new period.',
    ]);
    expect(startedMessages(started('a2', 0, 0)).slice(0, 2)).toEqual([
      'No respondents kept: add the people who answer this round below.',
      'No answers carried: everyone answers afresh.',
    ]);
  });
});

describe('a round’s place', () => {
  afterEach(() => setLocale('en'));
  test('is its number, and what it follows with the date', () => {
    setLocale('en-GB');
    expect(roundLine({ number: 1, previous: null, next: null })).toBe('Round 1');
    expect(
      roundLine({
        number: 2,
        previous: { id: 'a1', title: 'CX 2025', createdAt: '2025-03-03T09:00:00Z', number: 1 },
        next: null,
      }),
    ).toMatch(/^Round 2 · after “CX 2025”, 3 Mar 2025$/);
  });
});

describe('directions and flags in words', () => {
  test('a direction has a sign besides its word', () => {
    expect([directionMark('improved'), directionWord('improved')]).toEqual(['▲', 'improved']);
    expect([directionMark('declined'), directionWord('declined')]).toEqual(['▼', 'declined']);
    expect([directionMark('stable'), directionWord('stable')]).toEqual(['▶', 'stable']);
    expect([directionMark(null), directionWord(null)]).toEqual(['', 'no comparison']);
  });
  test('each flag says what it means with its figures', () => {
    const d = {
      flags: ['lowCoverage', 'questionsChanged', 'mostlyCarried'],
      coverageThen: 0.45,
      coverageNow: 0.8,
      questionsAdded: [{ id: 'x', prompt: 'X?', dimension: 'D' }],
      questionsRemoved: [
        { id: 'y', prompt: 'Y?', dimension: 'D' },
        { id: 'z', prompt: 'Z?', dimension: 'D' },
      ],
      confirmed: 0.4,
    } as unknown as DimensionChangeView;
    const rules = {
      directionStep: 0.3,
      lowCoverageBelow: 0.6,
      mostlyCarriedBelow: 0.5,
      divergingNpsDrop: 5,
      divergingCsatDrop: 3,
    };
    expect(flagTexts(d, rules).map((f) => f.text)).toEqual([
      'Low coverage: 45% then, 80% now (below 60% is too few answers to rely on)',
      'Questions changed: 1 added, 2 removed',
      'Mostly carried: only 40% given or confirmed this round',
    ]);
  });
});
