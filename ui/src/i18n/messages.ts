// The mechanics every catalog shares, with no catalog of its own: `{name}`
// placeholders and the plural form a count takes. The app's catalog
// (`./index.ts`) and the live workshop's participant page
// (`../participant/i18n`) are both built on it, so the phone's bundle never
// carries the app's strings.

export type Params = Record<string, string | number>;

/** `template` with its `{name}` placeholders filled in; unknown ones stay visible. */
export function interpolate(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

// One Intl.PluralRules per language: building one is slow.
const pluralRules = new Map<string, Intl.PluralRules>();

/** The key suffix of `count`'s plural form in `locale` (Intl.PluralRules): `_one` or `_other`. */
export function pluralSuffix(locale: string, count: number): '_one' | '_other' {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? '_one' : '_other';
}
