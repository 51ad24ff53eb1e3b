// The participant page's catalog: `t` and `tn` as the app has them, over the
// page's own strings only (the phone never downloads the app's catalog).
import { interpolate, pluralSuffix, type Params } from '../../i18n/messages';
import { en, type ParticipantKey } from './en';

type Catalog = Record<ParticipantKey, string>;

const catalogs: Record<string, Catalog> = { en };

// Every other language's catalog (`./de/index.ts` exporting `de`…) is its
// own file, fetched the first time that language is chosen: a phone
// downloads English and its own language, never the others.
const elsewhere = import.meta.glob<Record<string, Catalog | undefined>>(['./*/index.ts', '!./en/index.ts']);

let locale = 'en';
let catalog: Catalog = en;

/**
 * Fetches the catalog of `tag`'s language if there is one and it is not here
 * yet, then switches to it ({@link setLocale}). A catalog that cannot be
 * fetched leaves English.
 */
export async function loadLocale(tag: string): Promise<string> {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  const load = elsewhere[`./${base}/index.ts`];
  if (!catalogs[base] && load) {
    try {
      const module = await load();
      const found = module[base] ?? module['default'];
      if (found) catalogs[base] = found;
    } catch {
      // The page stays readable in English.
    }
  }
  return setLocale(tag);
}

/** Switches the catalog; falls back to English for a locale without one. Returns the language used. */
export function setLocale(tag: string): string {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  catalog = catalogs[base] ?? en;
  locale = catalogs[base] ? tag : 'en';
  return catalogs[base] ? base : 'en';
}

export function t(key: ParticipantKey, params: Params = {}): string {
  return interpolate(catalog[key] ?? en[key], params);
}

type PluralBase = ParticipantKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

/** Plural form: `${base}_one` or `${base}_other` for `count`, with `{count}` filled in. */
export function tn(base: PluralBase, count: number, params: Params = {}): string {
  const key = `${base}${pluralSuffix(locale, count)}` as ParticipantKey;
  return t(key, { count: new Intl.NumberFormat(locale).format(count), ...params });
}

export type { ParticipantKey };
