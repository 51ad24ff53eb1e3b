// The app's language: the person's choice (kept in their own web view's
// storage), else the first of the system's languages the app has, else
// English. The shell is told at start-up and on every switch, so the
// questionnaire texts, dimension and action titles it sends come in the same
// language; figures never depend on it. A switch swaps the catalog, then
// everything that reads the language renders again (App does, so every
// screen does) and every load refreshes (`useAsync`) — no restart, and each
// screen keeps its place.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { call } from '../api';
import { availableLocales, pickLocale, setLocale } from '../i18n';

const LOCALE_KEY = 'cxm.locale';

function stored(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

function store(tag: string) {
  try {
    window.localStorage.setItem(LOCALE_KEY, tag);
  } catch {
    // Private mode or a full store: the choice lasts for this visit only.
  }
}

/** The system's languages, most preferred first. */
function systemLocales(): readonly string[] {
  return navigator.languages?.length ? navigator.languages : [navigator.language || 'en'];
}

/** The language the app starts in: the stored choice, else the system's. */
export function startLocale(): string {
  const chosen = stored();
  if (chosen !== null && availableLocales().includes(chosen)) return chosen;
  return pickLocale(systemLocales());
}

/**
 * The tag numbers and dates are written for: the system's own variant of
 * the language (`en-GB` writes "20 Apr 2026" where `en` writes "Apr 20").
 */
function formatTag(language: string): string {
  return systemLocales().find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}

/**
 * Tells the shell. A language it does not have (a test's pseudo-locale)
 * leaves its texts in the one it had: the catalog still switches.
 */
async function tellShell(tag: string): Promise<void> {
  try {
    await call('set_app_locale', { locale: tag });
  } catch {
    // Nothing to show: the screens keep working in the shell's language.
  }
}

/** Swaps the catalog and the document's language. */
function apply(tag: string) {
  setLocale(formatTag(tag));
  document.documentElement.lang = tag;
}

interface AppLocale {
  locale: string;
  /** Switches the app to `tag`, stored for the next start. */
  change: (tag: string) => Promise<void>;
}

const Context = createContext<AppLocale>({ locale: 'en', change: async () => undefined });

/**
 * Holds the app's language; renders its children once the shell knows it,
 * so the first screen already loads its texts in it.
 */
export function AppLocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setState] = useState<string>(() => {
    const tag = startLocale();
    apply(tag);
    return tag;
  });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void tellShell(locale).then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
    // Once, at start: later switches go through `change`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const change = useCallback(async (tag: string) => {
    await tellShell(tag);
    apply(tag);
    store(tag);
    setState(tag);
  }, []);
  const value = useMemo(() => ({ locale, change }), [locale, change]);
  return <Context.Provider value={value}>{ready ? children : null}</Context.Provider>;
}

/** The app's language and the way to change it. */
export function useAppLocale(): AppLocale {
  return useContext(Context);
}
