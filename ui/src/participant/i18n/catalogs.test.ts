import { describe, expect, test } from 'vitest';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('the participant page in every language', () => {
  for (const [code, catalog] of Object.entries({ de, fr } as Record<string, Record<string, string>>)) {
    test(`${code} has every key of the English catalog, with its placeholders, and no other`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      const wrong = Object.entries(en)
        .filter(([k, m]) => placeholders(catalog[k] ?? '').join() !== placeholders(m).join())
        .map(([k]) => k);
      expect(wrong).toEqual([]);
      expect(Object.values(catalog).filter((m) => m.trim() === '')).toEqual([]);
    });
  }
});
