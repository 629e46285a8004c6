import { useCallback, useEffect } from "react";
import { type Locale, type MessageKey, translate } from "../lib/i18n.ts";

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string>>) => string;

/** A translator for the locale, which also sets the page's lang and title to match. */
export function useTranslate(locale: Locale, titleKey: MessageKey): Translate {
  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t(titleKey);
  }, [locale, t, titleKey]);
  return t;
}
