import "./ui/base.css";
import { DEFAULT_LOCALE } from "./lib/i18n.ts";
import { LanguageSwitch } from "./ui/language-switch.tsx";
import { PrivacyStatement } from "./ui/privacy-statement.tsx";
import { ServerUrlForm } from "./ui/server-url-form.tsx";
import { useSettings } from "./ui/use-settings.ts";
import { useTranslate } from "./ui/use-translate.ts";

export default function Options() {
  const settings = useSettings();
  const locale = settings?.locale ?? DEFAULT_LOCALE;
  const t = useTranslate(locale, "options.title");

  return (
    <main className="options">
      <header className="brand">
        <h1>{t("options.title")}</h1>
        <LanguageSwitch locale={locale} t={t} />
      </header>
      <section aria-labelledby="server-heading">
        <h2 id="server-heading">{t("options.server.heading")}</h2>
        <p className="muted">{t("options.server.help")}</p>
        {settings === null ? (
          <p className="muted">{t("loading")}</p>
        ) : (
          <ServerUrlForm savedUrl={settings.serverUrl} t={t} />
        )}
        <p className="notice">{t("options.server.pairingNote")}</p>
      </section>
      <PrivacyStatement t={t} />
    </main>
  );
}
