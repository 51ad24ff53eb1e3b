import { describe, expect, test } from 'vitest';
import type { ActionView, DimensionScore, RoadmapView } from '../api';
import {
  base64Of,
  contrast,
  countsByDimension,
  droppedActions,
  formatBytes,
  isHexColour,
  phaseCounts,
  SerialQueue,
  storedSetting,
  textOn,
} from './plan';
import { formatRoute, parseRoute, type Route } from './route';

function action(id: string, dimensionId: string, dropped = false): ActionView {
  return {
    id, dimensionId, dimensionTitle: dimensionId, fromLevel: 2, toLevel: 3, fromName: 'Developing', toName: 'Defined',
    title: id, description: '', effort: 'M', owner: 'CIO', defaultOwner: 'CIO', ownerEdited: false, requires: [],
    due: null, status: null, notes: null, dropped,
  };
}

const roadmap: RoadmapView = {
  assessmentId: 'a',
  maxOwnerChars: 120,
  maxNotesChars: 2000,
  phases: [
    { phase: 'now', months: '0–3 months', actions: [action('d1', 'data'), action('d2', 'data', true), action('v1', 'vision')] },
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
  test('dropped actions with the phase they came from, in plan order', () => {
    expect(droppedActions(roadmap).map((d) => [d.phase, d.action.id])).toEqual([
      ['now', 'd2'],
      ['later', 'v2'],
    ]);
  });
});

describe('what set_target receives', () => {
  const d = { target: 4, targetIsDefault: false, importance: 3, importanceIsDefault: true } as DimensionScore;
  test('an agreed value is kept, a default stays null', () => {
    expect(storedSetting(d)).toEqual({ target: 4, importance: null });
    expect(storedSetting({ ...d, targetIsDefault: true, importanceIsDefault: false, importance: 5 })).toEqual({ target: null, importance: 5 });
  });
});

describe('serial queue', () => {
  test('tasks run one after another in queue order, a failure does not stop the next', async () => {
    const q = new SerialQueue();
    const log: string[] = [];
    let release!: () => void;
    const first = q.run(() => new Promise<void>((ok) => { release = () => { log.push('first'); ok(); }; }));
    const failing = q.run(async () => { log.push('second'); throw new Error('no'); });
    const third = q.run(async () => { log.push('third'); return 3; });
    await Promise.resolve();
    expect(log).toEqual([]);
    release();
    await first;
    await expect(failing).rejects.toThrow('no');
    expect(await third).toBe(3);
    expect(log).toEqual(['first', 'second', 'third']);
  });
});

describe('colours', () => {
  test('#rrggbb only', () => {
    expect(isHexColour('#0b6E4f')).toBe(true);
    for (const bad of ['0b6e4f', '#0b6e4', '#0b6e4g', 'teal', '#0b6e4f0']) expect(isHexColour(bad)).toBe(false);
  });
  test('WCAG contrast: black on white is 21:1, a colour with itself 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#1f3a5f', '#1f3a5f')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey with 4.5:1 on white (4.54).
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  test('text on the accent band: white on dark, black on light', () => {
    expect(textOn('#1f3a5f')).toBe('#ffffff');
    expect(textOn('#f2c14e')).toBe('#000000');
  });
});

describe('files', () => {
  test('sizes in words', () => {
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2 * 1024 * 1024)).toBe('2.0 MB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
  test('the base64 of a data URL', () => {
    expect(base64Of('data:image/png;base64,iVBORw0K')).toBe('iVBORw0K');
    expect(base64Of('garbage')).toBe('');
  });
});

describe('routes of the new screens', () => {
  test('targets, roadmap and branding survive a round trip', () => {
    const routes: Route[] = [
      { screen: 'targets', id: 'a 1/ü' },
      { screen: 'roadmap', id: 'x' },
      { screen: 'branding' },
    ];
    for (const r of routes) expect(parseRoute(formatRoute(r))).toEqual(r);
    expect(formatRoute({ screen: 'branding' })).toBe('#/branding');
  });
});
