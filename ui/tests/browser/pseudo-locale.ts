// The pseudo-locale `xx` of the layout test: every English string lengthened
// by 40 % (each word gains accented letters, as German and French words are
// longer), wrapped in ⟦ ⟧ so a string the catalog does not hold stands out,
// `{placeholders}` kept as they are. A page that sets
// window.__CXM_PSEUDO__ before start gets it registered and chosen as the
// app's language. `pseudoCatalog('de')` is a stand-in German catalog for
// the language-switch test, the same on every branch.
import { en } from '../../src/i18n/en';

declare global {
  interface Window {
    __CXM_PSEUDO__?: boolean;
    /** Registers the stand-in German catalog (the language-switch test). */
    __CXM_PSEUDO_DE__?: boolean;
  }
}

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'ë',
  i: 'ï',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ÿ',
  A: 'Å',
  E: 'É',
  O: 'Ö',
  U: 'Ü',
};
const FILLER = 'ëáöüï';

/** One word, accented and `share` of its length longer (rounded up). */
function longer(word: string, share: number): string {
  const letters = [...word].filter((c) => /\p{L}/u.test(c)).length;
  if (letters === 0) return word;
  const extra = Math.ceil([...word].length * share);
  const body = [...word].map((c) => ACCENTED[c] ?? c).join('');
  // The extra letters go after the word's last letter, before any punctuation.
  const m = /^(.*\p{L})(\P{L}*)$/u.exec(body);
  const pad = FILLER.repeat(Math.ceil(extra / FILLER.length)).slice(0, extra);
  return m ? `${m[1]}${pad}${m[2]}` : `${body}${pad}`;
}

/** A message, lengthened; `{placeholders}` untouched. */
export function pseudo(message: string): string {
  // Words carry the whole 40 %: spaces and placeholders stay as they are.
  const words = message.replace(/\{[^}]+\}/g, '').replace(/\s/g, '').length;
  const share = words === 0 ? 0 : (0.4 * message.length) / words;
  const out = message
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? part : part.replace(/[^\s]+/g, (w) => longer(w, share))))
    .join('');
  return `⟦${out}⟧`;
}

/** The whole English catalog, lengthened; `prefix` marks each message. */
export function pseudoCatalog(prefix = ''): Record<string, string> {
  return Object.fromEntries(Object.entries(en).map(([k, v]) => [k, `${prefix}${pseudo(v)}`]));
}

if (window.__CXM_PSEUDO__) {
  window.__CXM_CATALOGS__ = { ...window.__CXM_CATALOGS__, xx: pseudoCatalog() };
  window.localStorage.setItem('cxm.locale', 'xx');
}
if (window.__CXM_PSEUDO_DE__) window.__CXM_CATALOGS__ = { ...window.__CXM_CATALOGS__, de: pseudoCatalog('DE ') };
