import { LocaleSchema } from "@tongshu/shared";
import { useI18n } from "../i18n/i18n-context.tsx";
import { LOCALES } from "../i18n/translate.ts";

/** Switches the interface language; the choice is remembered in this browser. */
export function LanguageSelect() {
  const { locale, chooseLocale, t } = useI18n();
  return (
    <select
      className="language-select"
      aria-label={t("header.language")}
      data-testid="language-select"
      value={locale}
      onChange={(event) => {
        const next = LocaleSchema.safeParse(event.target.value);
        if (next.success) chooseLocale(next.data);
      }}
    >
      {LOCALES.map((option) => (
        <option key={option} value={option} lang={option}>
          {t(`lang.${option}`)}
        </option>
      ))}
    </select>
  );
}
