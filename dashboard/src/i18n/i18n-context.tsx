import type { Locale } from "@tongshu/shared";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import {
  CATALOGUES,
  DEFAULT_LOCALE,
  LOCALE_STORAGE_KEY,
  readLocale,
  type Translate,
  translate,
} from "./translate.ts";

interface I18n {
  locale: Locale;
  t: Translate;
  /** The user's explicit choice: applied now and remembered in this browser. */
  chooseLocale: (locale: Locale) => void;
  /** A default from the server (the member's locale), used only if the user never chose. */
  suggestLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

// Storage can throw (disabled cookies, some private modes); the choice then lasts the session.
function loadStoredLocale(): Locale | null {
  try {
    return readLocale(window.localStorage.getItem(LOCALE_STORAGE_KEY));
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Not remembered across visits; still applied now.
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [stored] = useState(loadStoredLocale);
  const [chosen, setChosen] = useState(stored !== null);
  const [locale, setLocale] = useState<Locale>(stored ?? DEFAULT_LOCALE);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const chooseLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setChosen(true);
    setLocale(next);
  }, []);

  const suggestLocale = useCallback(
    (next: Locale) => {
      if (!chosen) setLocale(next);
    },
    [chosen],
  );

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[locale];
    return {
      locale,
      chooseLocale,
      suggestLocale,
      t: (key, params) => translate(catalogue, key, params),
    };
  }, [locale, chooseLocale, suggestLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
