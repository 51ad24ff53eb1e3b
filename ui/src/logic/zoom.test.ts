import { describe, expect, it } from 'vitest';
import { DEFAULT_ZOOM, ZOOM_STEPS, nextZoom, parseZoom, snapZoom } from './zoom';

describe('zoom steps', () => {
  it('run from 80 % to 200 % with 100 % among them', () => {
    expect(ZOOM_STEPS[0]).toBe(80);
    expect(ZOOM_STEPS[ZOOM_STEPS.length - 1]).toBe(200);
    expect(ZOOM_STEPS).toContain(DEFAULT_ZOOM);
  });

  it('move one step in or out and stop at either end', () => {
    expect(nextZoom(100, 'in')).toBe(110);
    expect(nextZoom(110, 'out')).toBe(100);
    expect(nextZoom(200, 'in')).toBe(200);
    expect(nextZoom(80, 'out')).toBe(80);
    expect(nextZoom(175, 'reset')).toBe(100);
  });

  it('go from an in-between value to the step beside the nearest one', () => {
    expect(nextZoom(123, 'in')).toBe(150);
    expect(nextZoom(123, 'out')).toBe(110);
  });

  it('snap to the nearest step and clamp what is out of range', () => {
    expect(snapZoom(130)).toBe(125);
    expect(snapZoom(10)).toBe(80);
    expect(snapZoom(900)).toBe(200);
    expect(snapZoom(Number.NaN)).toBe(100);
  });

  it('read a stored value back, falling back to 100 %', () => {
    expect(parseZoom(null)).toBe(100);
    expect(parseZoom('')).toBe(100);
    expect(parseZoom('huge')).toBe(100);
    expect(parseZoom('150')).toBe(150);
    expect(parseZoom('1000')).toBe(200);
  });
});

// Read as text (vite.config.ts lets vitest see style sheets).
const zoomSheet = Object.values(
  import.meta.glob<string>('../styles/zoom.css', { query: '?raw', import: 'default', eager: true }),
)[0]!;

describe('the zoom style sheet', () => {
  it('has a rule for every step but 100 %, with the same factor', () => {
    for (const step of ZOOM_STEPS) {
      const rule = new RegExp(`html\\[data-zoom='${step}'\\] \\{\\s*zoom: ${step / 100};`);
      if (step === DEFAULT_ZOOM) expect(zoomSheet).not.toMatch(rule);
      else expect(zoomSheet, `${step} %`).toMatch(rule);
    }
  });
});
