import { describe, expect, test } from 'vitest';
import { contrast, isHexColour, textOn } from './colour';

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
