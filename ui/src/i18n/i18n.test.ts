import { afterEach, describe, expect, test } from 'vitest';
import { en } from './en';
import {
  catalogs,
  formatDate,
  formatDateTime,
  formatNumberChange,
  formatPercent,
  formatScore,
  formatScoreChange,
  interpolate,
  availableLocales,
  localeName,
  orderLocales,
  pickLocale,
  registerCatalog,
  setLocale,
  t,
  tn,
} from './index';

afterEach(() => setLocale('en'));

// Every source file of the UI (tests excluded), as text.
const raw = import.meta.glob<string>(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(raw).map(([p, text]) => ({ p, text }));

/** The `{name}` placeholders of a message, sorted. */
const placeholders = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('every language', () => {
  test('English, German and French are there', () => {
    expect(Object.keys(catalogs).sort()).toEqual(['de', 'en', 'fr']);
  });
  for (const [code, catalog] of Object.entries(catalogs).filter(([c]) => c !== 'en')) {
    test(`${code} has every key of the English catalog and no other`, () => {
      const keys = Object.keys(catalog).sort();
      const english = Object.keys(en).sort();
      expect(keys.filter((k) => !(k in en))).toEqual([]);
      expect(english.filter((k) => !(k in catalog))).toEqual([]);
    });
    test(`${code} keeps every placeholder and leaves nothing empty`, () => {
      const wrong = Object.entries(en)
        .filter(([k, m]) => placeholders(catalog[k as keyof typeof en] ?? '').join() !== placeholders(m).join())
        .map(([k]) => k);
      expect(wrong).toEqual([]);
      const empty = Object.entries(catalog).filter(
        ([k, m]) => m.trim() === '' && en[k as keyof typeof en].trim() !== '',
      );
      expect(empty.map(([k]) => k)).toEqual([]);
    });
  }
  test('no catalog key goes unused', () => {
    // Keys are used literally (`t('a.b')`, `tn('a.b', n)` for `a.b_one`/`a.b_other`)
    // or by a template whose fixed part names a family (`t(\`rm.status.${s}\`)`).
    const sources = files.filter((f) => !/\/i18n\/\w+\//.test(f.p) && !f.p.startsWith('../participant/'));
    const text = sources.map((f) => f.text).join('\n');
    const families = [...text.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(en).filter((k) => {
      const base = k.replace(/_(one|other)$/, '');
      return !text.includes(`'${k}'`) && !text.includes(`'${base}'`) && !families.some((f) => k.startsWith(f));
    });
    expect(unused).toEqual([]);
  });
});

describe('message catalog', () => {
  test('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
    expect(t('home.level', { name: 'Developing', score: '2.6' })).toBe('Developing, 2.6');
  });
  test('plural forms by Intl.PluralRules', () => {
    expect(tn('resp.deptCount', 1)).toBe('1 respondent');
    expect(tn('resp.deptCount', 3)).toBe('3 respondents');
    expect(tn('resp.deptCount', 0)).toBe('0 respondents');
  });
  test('every literal key the screens use exists in the catalog', () => {
    const used = new Set<string>();
    // The participant page has its own catalog (src/participant/i18n).
    for (const f of files.filter((f) => !f.p.startsWith('../participant/')))
      for (const m of f.text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]!);
    const missing = [...used].filter((k) => !(k in en));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
  test('no screen sets markup from a string: user text is always escaped by React', () => {
    const offenders = files
      .filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML|insertAdjacentHTML/.test(f.text))
      .map((f) => f.p);
    expect(offenders).toEqual([]);
  });
  test('the scan sees the screens', () => {
    expect(files.some((f) => f.p.endsWith('screens/Questionnaire.tsx'))).toBe(true);
  });
  test('only ipc.ts calls invoke', () => {
    const offenders = files
      .filter((f) => /from '@tauri-apps\/api\/core'/.test(f.text) && !/ipc\.ts$/.test(f.p))
      .map((f) => f.p);
    expect(offenders).toEqual([]);
  });
});

describe('locale formatting', () => {
  test('scores have one decimal, cut so they never show a level not reached', () => {
    expect(formatScore(2.64)).toBe('2.6');
    expect(formatScore(2.97)).toBe('2.9'); // level 2, so not "3.0"
    expect(formatScore(2.9999999999999996)).toBe('3.0'); // level 3 within the core's tolerance
    expect(formatScore(3)).toBe('3.0');
    // The chart labels' figures: never cut twice (2.1 is not "2.0").
    expect(formatScore(2.1)).toBe('2.1');
    expect(formatScore(3.1)).toBe('3.1');
    expect(formatScore(3.6)).toBe('3.6');
    expect(formatScore(2.55)).toBe('2.5');
    expect(formatScore(null)).toBe('–');
  });
  test('a change between rounds is cut like a score and carries its sign unless it shows as 0.0, as the report and cxm compare write it', () => {
    expect(formatScoreChange(0.57)).toBe('+0.5');
    expect(formatScoreChange(-0.57)).toBe('−0.5');
    expect(formatScoreChange(1.6)).toBe('+1.6');
    expect(formatScoreChange(0)).toBe('0.0');
    expect(formatScoreChange(-0.04)).toBe('0.0');
    expect(formatScoreChange(0.09)).toBe('0.0');
    expect(formatScoreChange(null)).toBe('–');
    expect(formatNumberChange(-6)).toBe('−6');
    expect(formatNumberChange(4.5)).toBe('+4.5');
    expect(formatNumberChange(undefined)).toBe('–');
  });
  test('percentages are whole and cut, not rounded', () => {
    expect(formatPercent(0.9267)).toBe('92%');
    expect(formatPercent(0.9967)).toBe('99%');
    expect(formatPercent(0.29)).toBe('29%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(null)).toBe('–');
  });
  test('a locale without a catalog falls back to English words and number formats', () => {
    setLocale('es-ES');
    expect(formatScore(2.5)).toBe('2.5');
    expect(t('home.title')).toBe('Assessments');
  });
  test('German and French write their own words, decimal commas and dates', () => {
    setLocale('de-DE');
    expect(formatScore(2.5)).toBe('2,5');
    expect(formatScoreChange(-0.46)).toBe('−0,4');
    expect(t('home.title')).toBe(catalogs.de!['home.title']);
    expect(formatDate('2026-11-23')).toBe('23.11.2026');
    setLocale('fr');
    expect(formatScore(2.5)).toBe('2,5');
    expect(formatPercent(0.426)).toBe('42\u00a0%');
    expect(formatDate('2026-11-23')).toBe('23 nov. 2026');
    expect(tn('resp.deptCount', 0)).toBe(catalogs.fr!['resp.deptCount_one']!.replace('{count}', '0'));
  });
  test('dates are medium dates in the locale; a plain ISO date is not shifted by the time zone', () => {
    setLocale('en-GB');
    expect(formatDate('2026-03-02')).toBe('2 Mar 2026');
    expect(formatDate('2026-03-02T08:30:00Z')).toMatch(/Mar 2026/);
    expect(formatDate(null)).toBe('–');
  });
  test('a date and time reads in the locale and this computer’s time zone', () => {
    setLocale('en-GB');
    // Midday UTC stays on 2 March in every time zone from −11 to +11 hours.
    const iso = '2026-03-02T12:30:00Z';
    const local = new Date(iso);
    const hhmm = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
    expect(formatDateTime(iso)).toBe(`2 Mar 2026, ${hhmm}`);
    expect(formatDateTime(null)).toBe('–');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});

describe('the app language', () => {
  test('is the first of the system languages the app has, by language, else English', () => {
    expect(pickLocale(['de-CH', 'en-GB'])).toBe('de');
    expect(pickLocale(['nl-NL', 'fr-BE', 'de'])).toBe('fr');
    expect(pickLocale(['nl', 'pt-BR'])).toBe('en');
    expect(pickLocale([])).toBe('en');
  });

  test('languages are listed English, Deutsch, Français, others after them', () => {
    expect(orderLocales(['fr', 'nl', 'de', 'en'])).toEqual(['en', 'de', 'fr', 'nl']);
  });

  test('each language is named in its own words, an unknown one by its tag', () => {
    expect(['en', 'de', 'fr'].map(localeName)).toEqual(['English', 'Deutsch', 'Français']);
    expect(localeName('FR')).toBe('Français');
    expect(localeName('xx')).toBe('xx');
  });

  test('a registered catalog is offered and used, with English for the keys it lacks', () => {
    registerCatalog('zz', { 'app.help': 'Hilfe-zz' });
    expect(availableLocales()).toEqual(['en', 'de', 'fr', 'zz']);
    expect(pickLocale(['zz-QQ'])).toBe('zz');
    setLocale('zz');
    expect(t('app.help')).toBe('Hilfe-zz');
    expect(t('app.name')).toBe(en['app.name']);
    setLocale('en');
    expect(t('app.help')).toBe(en['app.help']);
  });
});
