// types.ts re-exports the generated wire types; it is written by
// `npm run bindings:index`. This fails when a binding was added or removed
// since, naming what to regenerate.
import { expect, test } from 'vitest';

const index =
  Object.values(import.meta.glob<string>('./types.ts', { query: '?raw', import: 'default', eager: true }))[0] ?? '';
const bindings = Object.keys(import.meta.glob('./bindings/*.ts'))
  .map((p) => p.slice('./bindings/'.length, -'.ts'.length))
  .sort();

test('types.ts re-exports every generated binding, and nothing else (run `npm run bindings:index`)', () => {
  const exported = [...index.matchAll(/^export type \* from '\.\/bindings\/(\w+)';$/gm)].map((m) => m[1]).sort();
  expect(exported).toEqual(bindings);
});
