// The participant page's own rules: its catalog covers every key it uses and
// only `participant.*` keys; it stays lean (no app screen, no Tauri) and fits
// its CSP (no inline style, no markup from strings).
import { describe, expect, test } from 'vitest';
import { en } from './i18n/en';
import { loadLocale, setLocale, t, tn } from './i18n';

const raw = import.meta.glob<string>(['./**/*.ts', './**/*.tsx', '!./**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(raw).map(([p, text]) => ({ p, text }));

describe('participant catalog', () => {
  test('every key the page uses exists, and every key is participant.*', () => {
    const used = new Set<string>();
    for (const f of files) for (const m of f.text.matchAll(/\bt\('([\w.]+)'/g)) used.add(m[1]!);
    for (const f of files) for (const m of f.text.matchAll(/\btn\('([\w.]+)'/g)) used.add(`${m[1]!}_other`);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
    expect(Object.keys(en).filter((k) => !k.startsWith('participant.'))).toEqual([]);
  });
  test('plural forms and placeholders', () => {
    expect(tn('participant.answer.progress', 12, { total: 45 })).toBe('12 of 45 answered');
    expect(tn('participant.ended.answered', 1)).toBe('You answered 1 question.');
    expect(tn('participant.ended.answered', 3)).toBe('You answered 3 questions.');
    expect(t('participant.answer.level', { level: 3, name: 'Defined' })).toBe('Level 3: Defined');
  });
  test('a language without a catalog falls back to English', () => {
    expect(setLocale('xx-YY')).toBe('en');
    expect(setLocale('en-GB')).toBe('en');
  });
  test('loading a language without a catalog leaves the page in English', async () => {
    expect(await loadLocale('xx-YY')).toBe('en');
    expect(t('participant.language.label')).toBe('Language');
  });
});

describe('participant page sources', () => {
  test('the scan sees the page', () => {
    expect(files.some((f) => f.p.endsWith('/QuestionCard.tsx'))).toBe(true);
  });
  test('no inline style (the CSP refuses style attributes) and no markup from strings', () => {
    const offenders = files
      .filter((f) => /\bstyle=\{|dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/.test(f.text))
      .map((f) => f.p);
    expect(offenders).toEqual([]);
  });
  test('imports nothing of the desktop app but the catalog mechanics', () => {
    const outside = files.flatMap((f) =>
      [...f.text.matchAll(/from '([^']+)'/g)]
        .map((m) => m[1]!)
        .filter((m) => m.startsWith('../') || m.startsWith('@tauri-apps'))
        .filter((m) => m !== '../../i18n/messages')
        .map((m) => `${f.p}: ${m}`),
    );
    expect(outside).toEqual([]);
  });
});
