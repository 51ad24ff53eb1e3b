import { describe, expect, test } from 'vitest';
import { barPercent, groupedCode, liveKeyAction, neighbour, svgDataUrl } from './live';

const none = { ctrl: false, alt: false, meta: false, shift: false };

describe('the room question before and after', () => {
  const ids = ['q1', 'q2', 'q3'];
  test('next and previous within the list, null past the ends', () => {
    expect(neighbour(ids, 'q1', 1)).toBe('q2');
    expect(neighbour(ids, 'q2', -1)).toBe('q1');
    expect(neighbour(ids, 'q3', 1)).toBeNull();
    expect(neighbour(ids, 'q1', -1)).toBeNull();
  });
  test('from no question, Next starts at the first and Previous goes nowhere', () => {
    expect(neighbour(ids, null, 1)).toBe('q1');
    expect(neighbour(ids, null, -1)).toBeNull();
    expect(neighbour([], null, 1)).toBeNull();
  });
});

describe('presenter keys', () => {
  test('arrows and the clicker’s page keys move; other keys do nothing', () => {
    expect(liveKeyAction('ArrowRight', none, false)).toBe('next');
    expect(liveKeyAction('PageDown', none, false)).toBe('next');
    expect(liveKeyAction('ArrowLeft', none, false)).toBe('prev');
    expect(liveKeyAction('PageUp', none, false)).toBe('prev');
    expect(liveKeyAction('Enter', none, false)).toBeNull();
    expect(liveKeyAction('ArrowDown', none, false)).toBeNull();
  });
  test('not in a field, not with a modifier', () => {
    expect(liveKeyAction('ArrowRight', none, true)).toBeNull();
    expect(liveKeyAction('ArrowRight', { ...none, alt: true }, false)).toBeNull();
    expect(liveKeyAction('PageDown', { ...none, ctrl: true }, false)).toBeNull();
    expect(liveKeyAction('ArrowLeft', { ...none, shift: true }, false)).toBeNull();
  });
});

describe('display helpers', () => {
  test('the SVG travels as base64, non-ASCII text included', () => {
    const url = svgDataUrl('<svg>é</svg>');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const bytes = Uint8Array.from(atob(url.split(',')[1]!), (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(bytes)).toBe('<svg>é</svg>');
  });
  test('bars relative to the longest; nothing voted, no bar', () => {
    expect(barPercent(3, 4)).toBe(75);
    expect(barPercent(0, 0)).toBe(0);
  });
  test('the join code in two groups of three', () => {
    expect(groupedCode('123456')).toBe('123 456');
    expect(groupedCode('12')).toBe('12');
  });
});
