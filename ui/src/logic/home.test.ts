import { describe, expect, test } from 'vitest';
import { openRoute } from './home';

describe('home helpers', () => {
  test('opening goes to the results once there are answers, else to the respondents', () => {
    expect(openRoute({ id: 'a', answered: 3 })).toEqual({ screen: 'results', id: 'a' });
    expect(openRoute({ id: 'a', answered: 0 })).toEqual({ screen: 'respondents', id: 'a' });
  });
});
