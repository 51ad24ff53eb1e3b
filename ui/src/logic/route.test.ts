import { describe, expect, test } from 'vitest';
import { formatRoute, parseRoute, type Route } from './route';

describe('routes', () => {
  test('every route survives a round trip through the hash, ids with odd characters too', () => {
    const routes: Route[] = [
      { screen: 'home' },
      { screen: 'new' },
      { screen: 'help' },
      { screen: 'setup', id: 'a 1/ü' },
      { screen: 'respondents', id: 'x' },
      { screen: 'questionnaire', id: 'x', respondentId: 'r#2' },
      { screen: 'results', id: 'x' },
      { screen: 'targets', id: 'a 1/ü' },
      { screen: 'roadmap', id: 'x' },
      { screen: 'live', id: 'a 1/ü' },
      { screen: 'branding' },
      { screen: 'pack', id: 'p 1/ü' },
      { screen: 'packAnswer', id: 'p', respondentId: 'r#3' },
      { screen: 'exportImport', id: 'x' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
  });
  test('unknown or empty hashes lead home; an assessment without a screen opens its respondents', () => {
    expect(parseRoute('')).toEqual({ screen: 'home' });
    expect(parseRoute('#/nowhere')).toEqual({ screen: 'home' });
    expect(parseRoute('#/help')).toEqual({ screen: 'help' });
    expect(formatRoute({ screen: 'branding' })).toBe('#/branding');
    expect(parseRoute('#/a/x')).toEqual({ screen: 'respondents', id: 'x' });
    expect(parseRoute('#/a/x/answer')).toEqual({ screen: 'respondents', id: 'x' });
    // A pack session never falls back to the consultant's screens.
    expect(parseRoute('#/p/x/answer')).toEqual({ screen: 'pack', id: 'x' });
    expect(parseRoute('#/p/x/setup')).toEqual({ screen: 'pack', id: 'x' });
  });
});
