// The participant's language: which of the questionnaire's languages serves
// the phone's (the same rule as the server's: the same tag, else the same
// language), and each language's name in that language, from the browser's
// own tables (no list of names in the bundle).

function base(tag: string): string {
  return tag.trim().toLowerCase().split('-')[0] ?? '';
}

/** The available language that serves `tag`, or null. */
export function servedBy(tag: string, available: readonly string[]): string | null {
  const wanted = tag.trim().toLowerCase();
  return available.find((l) => l.toLowerCase() === wanted) ?? available.find((l) => base(l) === base(wanted)) ?? null;
}

/**
 * The language a participant starts in: the first of the phone's languages
 * the questionnaire has, else the questionnaire's own (the first available).
 */
export function defaultLocale(phone: readonly string[], available: readonly string[]): string {
  for (const tag of phone) {
    const served = servedBy(tag, available);
    if (served) return served;
  }
  return available[0] ?? 'en';
}

/** `tag`'s name in its own language ("Deutsch", "Français"); the tag where the browser has no name for it. */
export function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name !== tag) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // No Intl.DisplayNames, or a tag it refuses: the tag itself.
  }
  return tag;
}

/** The phone's languages, most preferred first. */
export function phoneLanguages(): string[] {
  const list = navigator.languages?.length ? navigator.languages : [navigator.language];
  return list.filter((l): l is string => typeof l === 'string' && l !== '');
}
