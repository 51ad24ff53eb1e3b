import { describe, expect, it } from 'vitest';
import { labelSize } from './chartText';

describe('chart label sizes', () => {
  it('keep the core’s size when it is readable as drawn', () => {
    expect(labelSize(7.5, 2.5, 16)).toBe(7.5);
  });

  it('grow a label that would come out under the smallest readable size', () => {
    // 7 units at 1.1 px a unit would be 7.7 px: drawn at 12 px instead.
    expect(labelSize(7, 1.1, 12) * 1.1).toBeCloseTo(12);
  });

  it('keep the core’s size while the chart has not been measured', () => {
    expect(labelSize(7, 0, 16)).toBe(7);
    expect(labelSize(7, Number.NaN, 16)).toBe(7);
  });
});
