// Where Home's list of assessments leads.
import type { AssessmentSummary } from '../api';
import type { Route } from './route';

/** Where opening an assessment leads: its results once there are answers, else its respondents. */
export function openRoute(a: Pick<AssessmentSummary, 'id' | 'answered'>): Route {
  return a.answered > 0 ? { screen: 'results', id: a.id } : { screen: 'respondents', id: a.id };
}
