// The style sheets are plain CSS: rules at the top level or inside an
// at-rule (@media, @keyframes…), never inside another rule. A rule left
// unclosed — a merge once dropped two closing braces — is not a syntax error
// to the build or the browser: CSS nesting silently turns every rule after
// it into a descendant rule that matches nothing, and half the app loses
// its layout. This test names the file and line of such a rule.
import { describe, expect, test } from 'vitest';

/**
 * Every style sheet beside this file, by name, as text (vite.config.ts lets
 * vitest read CSS: without that each would be empty and every check below
 * would pass without looking).
 */
const sheets = import.meta.glob<string>('./*.css', { query: '?raw', import: 'default', eager: true });

/** The sheets index.css imports, in its order. */
function imported(index: string): string[] {
  return [...index.matchAll(/^@import '(\.\/[\w-]+\.css)';$/gm)].map((m) => m[1]!);
}

/** Rules opened inside another rule, and braces left open, with lines. */
export function nestingProblems(css: string): string[] {
  // Comments out, newlines kept so lines still count.
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const problems: string[] = [];
  // Per open block: whether it is a rule (not an at-rule), and its line.
  const open: { rule: boolean; line: number }[] = [];
  let line = 1;
  let prelude = '';
  for (const ch of text) {
    if (ch === '\n') line += 1;
    if (ch === '{') {
      const atRule = prelude.trim().startsWith('@');
      const parent = open.at(-1);
      if (parent?.rule)
        problems.push(`line ${line}: "${prelude.trim()}" opens inside the rule opened on line ${parent.line}`);
      open.push({ rule: !atRule, line });
      prelude = '';
    } else if (ch === '}') {
      if (open.pop() === undefined) problems.push(`line ${line}: a closing brace without an opening one`);
      prelude = '';
    } else if (ch === ';') {
      prelude = '';
    } else {
      prelude += ch;
    }
  }
  for (const b of open) problems.push(`line ${b.line}: a block opened here is never closed`);
  return problems;
}

describe('style sheets', () => {
  test('index.css imports every other sheet, once, and nothing else', () => {
    const list = imported(sheets['./index.css'] ?? '');
    expect(list.length).toBeGreaterThan(10);
    for (const [name, css] of Object.entries(sheets)) expect(css.length, name).toBeGreaterThan(0);
    expect([...list].sort()).toEqual(
      Object.keys(sheets)
        .filter((n) => n !== './index.css')
        .sort(),
    );
  });

  for (const [name, css] of Object.entries(sheets)) {
    test(`${name}: no rule inside another rule, every brace closed`, () => {
      expect(nestingProblems(css)).toEqual([]);
    });
  }

  test('the check finds an unclosed rule followed by another rule', () => {
    const css = [
      '.a {',
      '  color: red;',
      '/* next */',
      '.b {',
      '  color: blue;',
      '}',
      '@media (max-width: 1px) {',
      '  .c { color: green; }',
      '}',
    ].join('\n');
    expect(nestingProblems(css)).toEqual([
      'line 4: ".b" opens inside the rule opened on line 1',
      'line 7: "@media (max-width: 1px)" opens inside the rule opened on line 1',
      'line 1: a block opened here is never closed',
    ]);
  });

  test('rules inside @media and keyframe steps are fine', () => {
    expect(
      nestingProblems(
        '@media (min-width: 2px) { .a { color: red; } }\n@keyframes s { from { opacity: 0; } to { opacity: 1; } }',
      ),
    ).toEqual([]);
  });
});
