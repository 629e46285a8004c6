import { type Locale, LOCALE_NAMES, LOCALES, parseLocale } from "../lib/i18n.ts";
import { saveLocale } from "../lib/settings.ts";
import type { Translate } from "./use-translate.ts";

export function LanguageSwitch({ locale, t }: { locale: Locale; t: Translate }) {
  return (
    <label className="field inline">
      <span>{t("options.language.label")}</span>
      <select
        value={locale}
        onChange={(event) => {
          const next = parseLocale(event.currentTarget.value);
          if (next !== null) void saveLocale(next);
        }}
      >
        {LOCALES.map((value) => (
          <option key={value} value={value} lang={value}>
            {LOCALE_NAMES[value]}
          </option>
        ))}
      </select>
    </label>
  );
}
