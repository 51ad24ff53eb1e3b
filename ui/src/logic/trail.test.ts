import { describe, expect, it } from 'vitest';
import { afterVisit, backTarget } from './trail';

describe('the trail behind Back', () => {
  it('leads Home when nothing was visited before', () => {
    expect(backTarget([], '#/')).toBe('#/');
  });

  it('leads to the place the user came from', () => {
    const trail = afterVisit([], '#/a/x/results', '#/help');
    expect(backTarget(trail, '#/')).toBe('#/a/x/results');
  });

  it('takes a place off when the user goes back to it, so Back does not bounce', () => {
    let trail = afterVisit([], '#/a/x/results', '#/branding');
    trail = afterVisit(trail, '#/branding', '#/help');
    expect(backTarget(trail, '#/')).toBe('#/branding');
    trail = afterVisit(trail, '#/help', '#/branding');
    expect(backTarget(trail, '#/')).toBe('#/a/x/results');
    trail = afterVisit(trail, '#/branding', '#/a/x/results');
    expect(backTarget(trail, '#/')).toBe('#/');
  });

  it('ignores a visit to the same place and keeps a bounded trail', () => {
    expect(afterVisit(['#/'], '#/help', '#/help')).toEqual(['#/']);
    let trail: string[] = [];
    for (let i = 0; i < 100; i++) trail = afterVisit(trail, `#/a/${i}/results`, `#/a/${i + 1}/results`);
    expect(trail.length).toBeLessThanOrEqual(30);
    expect(backTarget(trail, '#/')).toBe('#/a/99/results');
  });
});
