// Small pure helpers for the home list.
import type { AssessmentSummary } from '../api';
import type { Route } from './route';

/** Share of expected answers given, 0..1 (0 when nothing is expected yet). */
export function completion(answered: number, expected: number): number {
  if (expected <= 0) return 0;
  return Math.min(1, Math.max(0, answered / expected));
}

/** Where opening an assessment leads: its results once there are answers, else its respondents. */
export function openRoute(a: Pick<AssessmentSummary, 'id' | 'answered'>): Route {
  return a.answered > 0 ? { screen: 'results', id: a.id } : { screen: 'respondents', id: a.id };
}
