import { describe, expect, test } from 'vitest';
import { addDepartment, moveDepartment, normaliseName, removeDepartment } from './departments';

describe('departments', () => {
  test('adds a trimmed name at the end', () => {
    expect(addDepartment(['Sales'], '  Customer   success ')).toEqual({ ok: true, list: ['Sales', 'Customer success'] });
  });
  test('refuses an empty name and a duplicate in any case', () => {
    expect(addDepartment([], '   ')).toEqual({ ok: false, reason: 'empty' });
    expect(addDepartment(['Sales'], 'sALES ')).toEqual({ ok: false, reason: 'duplicate' });
  });
  test('moves up and down, and out-of-range moves change nothing', () => {
    const l = ['A', 'B', 'C'];
    expect(moveDepartment(l, 2, -1)).toEqual(['A', 'C', 'B']);
    expect(moveDepartment(l, 0, 1)).toEqual(['B', 'A', 'C']);
    expect(moveDepartment(l, 0, -1)).toBe(l);
    expect(moveDepartment(l, 2, 1)).toBe(l);
    expect(l).toEqual(['A', 'B', 'C']);
  });
  test('removes by position', () => {
    expect(removeDepartment(['A', 'B', 'C'], 1)).toEqual(['A', 'C']);
  });
  test('normalises inner spaces', () => {
    expect(normaliseName(' IT \t ops ')).toBe('IT ops');
  });
});
