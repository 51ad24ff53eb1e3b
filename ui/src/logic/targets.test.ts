import { describe, expect, test } from 'vitest';
import type { DimensionScore } from '../api';
import { storedSetting } from './targets';

describe('what set_target receives', () => {
  const d = { target: 4, targetIsDefault: false, importance: 3, importanceIsDefault: true } as DimensionScore;
  test('an agreed value is kept, a default stays null', () => {
    expect(storedSetting(d)).toEqual({ target: 4, importance: null });
    expect(storedSetting({ ...d, targetIsDefault: true, importanceIsDefault: false, importance: 5 })).toEqual({
      target: null,
      importance: 5,
    });
  });
});
