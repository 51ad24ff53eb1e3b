import { describe, expect, test } from 'vitest';
import { addDepartment, moveDepartment, normaliseName, planDepartmentChanges, removeDepartment } from './departments';

describe('departments', () => {
  test('adds a trimmed name at the end', () => {
    expect(addDepartment(['Sales'], '  Customer   success ')).toEqual({
      ok: true,
      list: ['Sales', 'Customer success'],
    });
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

describe('planDepartmentChanges', () => {
  const current = [
    { id: 'm', name: 'Marketing', position: 0 },
    { id: 's', name: 'Sales', position: 1 },
    { id: 'v', name: 'Service', position: 2 },
  ];
  test('nothing to do when the list is unchanged', () => {
    expect(planDepartmentChanges(current, ['Marketing', 'Sales', 'Service'])).toEqual({
      remove: [],
      add: [],
      order: null,
    });
  });
  test('removals by id, additions by name; the order waits until every name exists', () => {
    expect(planDepartmentChanges(current, ['Service', 'IT', 'Marketing'])).toEqual({
      remove: ['s'],
      add: ['IT'],
      order: null,
    });
  });
  test('a pure reorder sends the ids in the wanted order', () => {
    expect(planDepartmentChanges(current, ['Service', 'Marketing', 'Sales'])).toEqual({
      remove: [],
      add: [],
      order: ['v', 'm', 's'],
    });
  });
  test('after removing one, the remaining order counts as unchanged', () => {
    expect(planDepartmentChanges(current, ['Marketing', 'Service'])).toEqual({ remove: ['s'], add: [], order: null });
  });
});
