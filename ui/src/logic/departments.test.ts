import { describe, expect, test } from 'vitest';
import { moveItem, otherNames, type DepartmentRow } from './departments';

const rows: DepartmentRow[] = [
  { id: 'm', name: 'Marketing', respondents: 0 },
  { id: 's', name: 'Sales', respondents: 2 },
  { id: null, name: 'IT', respondents: 0 },
];

describe('department rows', () => {
  test('moves up and down, and out-of-range moves change nothing', () => {
    const l = ['A', 'B', 'C'];
    expect(moveItem(l, 2, -1)).toEqual(['A', 'C', 'B']);
    expect(moveItem(l, 0, 1)).toEqual(['B', 'A', 'C']);
    expect(moveItem(l, 0, -1)).toBe(l);
    expect(moveItem(l, 2, 1)).toBe(l);
    expect(l).toEqual(['A', 'B', 'C']);
  });
  test('a renamed row is compared with every other row, not with itself', () => {
    expect(otherNames(rows, 1)).toEqual(['Marketing', 'IT']);
    expect(otherNames(rows)).toEqual(['Marketing', 'Sales', 'IT']);
  });
});
