// The message catalog and locale formatting. Every user-visible string comes
// from a catalog (`en`, `de`, `fr`: one folder each, typed key for key
// against English); numbers and dates are formatted by Intl for the locale.
import { de } from './de';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { interpolate, pluralSuffix, type Params } from './messages';

export type { MessageKey, Params };
export { interpolate };
type Catalog = Record<MessageKey, string>;

/** Every catalog by language code; `en` is the fallback. */
export const catalogs: Record<string, Catalog> = { en, de, fr };

let locale = 'en';
let catalog: Catalog = en;

/** The languages the app can be shown in (the shell's `APP_LOCALES`). */
export const APP_LOCALES = ['en', 'de', 'fr'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

/**
 * Each language in its own name, as a language picker shows it: a reader
 * finds their language whatever the app is shown in, so these are the same
 * in every catalog and live here rather than in one.
 */
export const LOCALE_NAMES: Record<string, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

/** A language's own name; the tag itself for one without a known name. */
export function localeName(tag: string): string {
  return LOCALE_NAMES[tag.toLowerCase()] ?? tag;
}

/** `tags` in the app's order (English, Deutsch, Français), any others after them. */
export function orderLocales(tags: readonly string[]): string[] {
  const rank = (tag: string) => {
    const i = (APP_LOCALES as readonly string[]).indexOf(tag);
    return i < 0 ? APP_LOCALES.length : i;
  };
  return [...tags].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * Adds a catalog for `tag` (a test's pseudo-locale, a language added
 * later); a key it lacks falls back to English.
 */
export function registerCatalog(tag: string, messages: Partial<Catalog>): void {
  catalogs[tag.toLowerCase()] = { ...en, ...messages };
}

/** The app languages plus every language with a registered catalog. */
export function availableLocales(): string[] {
  const extra = Object.keys(catalogs).filter((l) => !(APP_LOCALES as readonly string[]).includes(l));
  return [...APP_LOCALES, ...extra];
}

/**
 * The first of `wanted` (the system's languages, most preferred first) the
 * app has, by language (`de-CH` → `de`); English when it has none.
 */
export function pickLocale(wanted: readonly string[]): string {
  const available = availableLocales();
  for (const tag of wanted) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (available.includes(base)) return base;
  }
  return 'en';
}

/** Switches the catalog; falls back to English for a locale without one. */
export function setLocale(tag: string): void {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  catalog = catalogs[base] ?? en;
  locale = catalogs[base] ? tag : 'en';
}

export function currentLocale(): string {
  return locale;
}

/**
 * The message `key` with `{name}` placeholders filled in. A key whose
 * variants end in `_one`/`_other` is chosen by Intl.PluralRules on `count`.
 */
export function t(key: MessageKey, params: Params = {}): string {
  return interpolate(catalog[key] ?? en[key], params);
}

/** Plural form: picks `${base}_one` or `${base}_other` for `count`. */
export function tn(base: PluralBase, count: number, params: Params = {}): string {
  const key = `${base}${pluralSuffix(locale, count)}` as MessageKey;
  return t(key, { count: formatInteger(count), ...params });
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never;

// Intl formatters are slow to build and screens format hundreds of figures:
// one of each kind per language, built on first use.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numbers(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f as Intl.NumberFormat;
}

function dates(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f as Intl.DateTimeFormat;
}

/** Matches the core's `scoring::TOLERANCE`. */
const TOLERANCE = 1e-9;

/**
 * A score with one decimal, cut rather than rounded, exactly as the core's
 * `scoring::shown` does for the report, the charts and the CLI
 * (`floor(s × 10 + 1e-9) / 10`): 2.97 shows as "2.9" so a shown score never
 * reads as a level it has not reached ("3.0 Developing"), and 2.1 stays "2.1".
 * Intl only writes the already-cut figure in the locale's digits.
 */
export function formatScore(score: number | null | undefined): string {
  if (score === null || score === undefined || !Number.isFinite(score)) return t('common.noScore');
  const cut = Math.floor(score * 10 + TOLERANCE) / 10;
  return numbers({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(cut);
}

/**
 * A fraction 0..1 as a whole percentage, cut like the core's
 * `scoring::shown_percent` (`floor(f × 100 + 1e-9)`): 0.9967 reads "99%",
 * never "100%".
 */
export function formatPercent(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return t('common.noScore');
  const cut = Math.floor(fraction * 100 + TOLERANCE) / 100;
  return numbers({ style: 'percent', maximumFractionDigits: 0 }).format(cut);
}

/**
 * A change between two scores with its sign, as the core's `cxm compare`
 * writes it: `+` for an improvement or none, the minus sign `−` for a
 * decline, then the size cut like `formatScore` ("+0.5", "−1.2").
 */
export function formatScoreChange(delta: number | null | undefined): string {
  if (delta === null || delta === undefined || !Number.isFinite(delta)) return t('common.noScore');
  // As the report's charts write it (`charts::fmt_delta`): the size cut,
  // then the sign; a change that shows as 0.0 has none.
  const size = formatScore(Math.abs(delta));
  if (size === formatScore(0)) return size;
  return delta < 0 ? `−${size}` : `+${size}`;
}

/** A change of a measure (NPS or CSAT points) with its sign: "+4", "−6.5". */
export function formatNumberChange(change: number | null | undefined, digits = 1): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return t('common.noScore');
  return change < 0 ? `−${formatNumber(-change, digits)}` : `+${formatNumber(change, digits)}`;
}

export function formatInteger(n: number): string {
  return numbers({ maximumFractionDigits: 0 }).format(n);
}

export function formatNumber(n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return t('common.noScore');
  // The minus sign, as the report writes an NPS of −12, not a hyphen.
  return numbers({ maximumFractionDigits: digits }).format(n).replace('-', '−');
}

/** An RFC 3339 timestamp or an ISO date as a medium date in the locale. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('common.noDate');
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dates({ dateStyle: 'medium' }).format(d);
}

/** An RFC 3339 timestamp as a medium date and a short time in the locale and time zone of this computer. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return t('common.noDate');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return dates({ dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
