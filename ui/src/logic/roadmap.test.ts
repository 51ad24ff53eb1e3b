import { describe, expect, test } from 'vitest';
import type { ActionView, RoadmapView } from '../api';
import { countsByDimension, droppedActions, phaseCounts } from './roadmap';

function action(id: string, dimensionId: string, dropped = false): ActionView {
  return {
    id,
    dimensionId,
    dimensionTitle: dimensionId,
    fromLevel: 2,
    toLevel: 3,
    fromName: 'Developing',
    toName: 'Defined',
    title: id,
    description: '',
    effort: 'M',
    owner: 'CIO',
    defaultOwner: 'CIO',
    ownerEdited: false,
    requires: [],
    due: null,
    status: null,
    notes: null,
    dropped,
  };
}

const roadmap: RoadmapView = {
  assessmentId: 'a',
  phases: [
    {
      phase: 'now',
      months: '0–3 months',
      actions: [action('d1', 'data'), action('d2', 'data', true), action('v1', 'vision')],
    },
    { phase: 'next', months: '3–9 months', actions: [action('d3', 'data')] },
    { phase: 'later', months: '9–18 months', actions: [action('v2', 'vision', true)] },
  ],
};

describe('roadmap counts', () => {
  test('per phase, dropped actions left out', () => {
    expect(phaseCounts(roadmap)).toEqual({ now: 2, next: 1, later: 0 });
  });
  test('per dimension and phase', () => {
    const c = countsByDimension(roadmap);
    expect(c.get('data')).toEqual({ now: 1, next: 1, later: 0 });
    expect(c.get('vision')).toEqual({ now: 1, next: 0, later: 0 });
    expect(c.has('trust')).toBe(false);
  });
  test('dropped actions with the phase they came from, in roadmap order', () => {
    expect(droppedActions(roadmap).map((d) => [d.phase, d.action.id])).toEqual([
      ['now', 'd2'],
      ['later', 'v2'],
    ]);
  });
});
