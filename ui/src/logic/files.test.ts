import { describe, expect, test } from 'vitest';
import { base64Of, formatBytes } from './files';

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
