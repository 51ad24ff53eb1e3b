import { describe, expect, test } from 'vitest';
import type { Scorecard } from '../api';
import { hasAnyScore, heatLevel, perceptionEvidence } from './results';

describe('results helpers', () => {
  test('heat shade bands follow the level boundaries, none for a missing score', () => {
    expect([null, 0.5, 1, 1.99, 2, 2.95, 3.5, 4.0, 4.99, 5, 7].map((v) => heatLevel(v))).toEqual([
      0, 1, 1, 1, 2, 2, 3, 4, 4, 5, 5,
    ]);
  });
  test('the perception-gap warning names the NPS and CSAT that exist', () => {
    expect(perceptionEvidence({ nps: -12, csat: null, churn: 18 })).toEqual([{ metric: 'nps', value: -12 }]);
    expect(perceptionEvidence({ nps: 5, csat: 64, churn: null })).toEqual([
      { metric: 'nps', value: 5 },
      { metric: 'csat', value: 64 },
    ]);
  });
  test('a scorecard with no score at all is the empty state', () => {
    const base = { overall: { score: null }, dimensions: [{ score: null }, { score: null }] } as unknown as Scorecard;
    expect(hasAnyScore(base)).toBe(false);
    const one = { overall: { score: null }, dimensions: [{ score: null }, { score: 1.5 }] } as unknown as Scorecard;
    expect(hasAnyScore(one)).toBe(true);
  });
});
