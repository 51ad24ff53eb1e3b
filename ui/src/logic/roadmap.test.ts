import { describe, expect, test } from 'vitest';
import type { ActionView, RoadmapView } from '../api';
import {
  NO_FILTER,
  countsByDimension,
  droppedActions,
  filterChoices,
  filterRows,
  parseCapacity,
  phaseCounts,
  roadmapRows,
} from './roadmap';

function action(id: string, dimensionId: string, dropped = false, extra: Partial<ActionView> = {}): ActionView {
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
    moved: null,
    ...extra,
  };
}

const capacity = { now: 8, next: 12, defaultNow: 8, defaultNext: 12, min: 1, max: 100, isDefault: true };

const roadmap: RoadmapView = {
  assessmentId: 'a',
  capacity,
  phases: [
    {
      phase: 'now',
      actions: [action('d1', 'data'), action('d2', 'data', true), action('v1', 'vision')],
    },
    { phase: 'next', actions: [action('d3', 'data')] },
    { phase: 'later', actions: [action('v2', 'vision', true)] },
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

// Hand-made plan for the table: numbers run across the phases in the
// core's order; owners and statuses set on some actions.
const table: RoadmapView = {
  assessmentId: 'a',
  capacity,
  phases: [
    {
      phase: 'now',
      actions: [
        action('d1', 'data', false, { owner: 'CIO', status: 'in_progress' }),
        action('v1', 'vision', false, { dimensionTitle: 'Vision', owner: 'CEO' }),
      ],
    },
    {
      phase: 'next',
      actions: [
        action('d2', 'data', false, { owner: 'CEO', status: 'done' }),
        action('v2', 'vision', true, { dimensionTitle: 'Vision', owner: 'Board', status: 'planned' }),
      ],
    },
    { phase: 'later', actions: [action('d3', 'data', false, { owner: 'CIO' })] },
  ],
};
const rows = roadmapRows(table);
const pick = (f: Partial<typeof NO_FILTER>) =>
  filterRows(rows, { ...NO_FILTER, ...f }).map((r) => `${r.n}:${r.action.id}`);

describe('roadmap table', () => {
  test('rows numbered 1… across the phases in the plan’s order, dropped included', () => {
    expect(rows.map((r) => [r.n, r.phase, r.action.id])).toEqual([
      [1, 'now', 'd1'],
      [2, 'now', 'v1'],
      [3, 'next', 'd2'],
      [4, 'next', 'v2'],
      [5, 'later', 'd3'],
    ]);
  });
  test('no filter lets every row through', () => {
    expect(pick({})).toEqual(['1:d1', '2:v1', '3:d2', '4:v2', '5:d3']);
  });
  test('by phase, keeping the numbers', () => {
    expect(pick({ phase: 'next' })).toEqual(['3:d2', '4:v2']);
    expect(pick({ phase: 'later' })).toEqual(['5:d3']);
  });
  test('by dimension', () => {
    expect(pick({ dimension: 'vision' })).toEqual(['2:v1', '4:v2']);
  });
  test('by owner (the edited owner when there is one)', () => {
    expect(pick({ owner: 'CIO' })).toEqual(['1:d1', '5:d3']);
    expect(pick({ owner: 'Nobody' })).toEqual([]);
  });
  test('by status: not set, a set status, dropped (only dropped matches a dropped action)', () => {
    expect(pick({ status: 'none' })).toEqual(['2:v1', '5:d3']);
    expect(pick({ status: 'in_progress' })).toEqual(['1:d1']);
    expect(pick({ status: 'planned' })).toEqual([]);
    expect(pick({ status: 'dropped' })).toEqual(['4:v2']);
  });
  test('filters combine', () => {
    expect(pick({ dimension: 'data', owner: 'CEO' })).toEqual(['3:d2']);
    expect(pick({ phase: 'now', owner: 'CEO', status: 'none' })).toEqual(['2:v1']);
    expect(pick({ phase: 'now', status: 'done' })).toEqual([]);
  });
  test('choices: dimensions in plan order, owners sorted, each once', () => {
    expect(filterChoices(table)).toEqual({
      dimensions: [
        { id: 'data', title: 'data' },
        { id: 'vision', title: 'Vision' },
      ],
      owners: ['Board', 'CEO', 'CIO'],
    });
  });
});

describe('a capacity as typed', () => {
  test('empty is the default, a whole number is sent, anything else is refused here', () => {
    expect(parseCapacity(' ')).toEqual({ ok: true, value: null });
    expect(parseCapacity(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(parseCapacity('0')).toEqual({ ok: true, value: 0 });
    expect(parseCapacity('2.5')).toEqual({ ok: false });
    expect(parseCapacity('-1')).toEqual({ ok: false });
    expect(parseCapacity('eight')).toEqual({ ok: false });
  });
});
