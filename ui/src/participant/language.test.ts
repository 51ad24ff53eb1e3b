import { describe, expect, test } from 'vitest';
import { defaultLocale, languageName, servedBy } from './language';

const AVAILABLE = ['en', 'de', 'fr'];

describe('participant language', () => {
  test('the same tag in any case, else the same language, else none', () => {
    expect(servedBy('FR', AVAILABLE)).toBe('fr');
    expect(servedBy('de-CH', AVAILABLE)).toBe('de');
    expect(servedBy('de', ['en', 'de-DE'])).toBe('de-DE');
    expect(servedBy('es-ES', AVAILABLE)).toBeNull();
  });
  test("the phone's first language the questionnaire has, else the questionnaire's own", () => {
    expect(defaultLocale(['fr-BE', 'en-GB'], AVAILABLE)).toBe('fr');
    expect(defaultLocale(['es-ES', 'de-AT'], AVAILABLE)).toBe('de');
    expect(defaultLocale(['es-ES', 'it'], AVAILABLE)).toBe('en');
    expect(defaultLocale(['fr'], ['de', 'en'])).toBe('de');
    expect(defaultLocale([], [])).toBe('en');
  });
  test('each language in its own name', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('de')).toBe('Deutsch');
    expect(languageName('fr')).toBe('Français');
  });
});
