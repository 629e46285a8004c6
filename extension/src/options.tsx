import "./ui/base.css";
import { DEFAULT_LOCALE } from "./lib/i18n.ts";
import { CaptureControls } from "./ui/capture-controls.tsx";
import { LanguageSwitch } from "./ui/language-switch.tsx";
import { LocalData } from "./ui/local-data.tsx";
import { OverlayControls } from "./ui/overlay-controls.tsx";
import { PairedDevice } from "./ui/paired-device.tsx";
import { PairingForm } from "./ui/pairing-form.tsx";
import { PrivacyStatement } from "./ui/privacy-statement.tsx";
import { QuarantineList } from "./ui/quarantine-list.tsx";
import { ServerUrlForm } from "./ui/server-url-form.tsx";
import { SyncStatus } from "./ui/sync-status.tsx";
import { useSettings } from "./ui/use-settings.ts";
import { useStatus } from "./ui/use-status.ts";
import { useTranslate } from "./ui/use-translate.ts";

export default function Options() {
  const settings = useSettings();
  const { status, refresh } = useStatus();
  const locale = settings?.locale ?? DEFAULT_LOCALE;
  const t = useTranslate(locale, "options.title");
  const ready = status.state === "ready" ? status.status : null;

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
      <section aria-labelledby="pairing-heading">
        <h2 id="pairing-heading">{t("options.pairing.heading")}</h2>
        {status.state === "error" && (
          <p className="error" role="alert">
            {t("popup.statusError")}
          </p>
        )}
        {ready?.paired && <PairedDevice status={ready} t={t} onChange={refresh} />}
        {ready && (!ready.paired || ready.sync.needsPairing) && (
          <>
            <p className="muted">{t("options.pairing.help")}</p>
            <PairingForm serverUrl={settings?.serverUrl ?? null} t={t} onPaired={refresh} />
          </>
        )}
      </section>
      {ready && (
        <section aria-labelledby="sync-heading">
          <h2 id="sync-heading">{t("options.status.heading")}</h2>
          <dl className="facts">
            <dt>{t("sync.label")}</dt>
            <SyncStatus status={ready} t={t} onChange={refresh} />
          </dl>
          <h2>{t("options.quarantine.heading")}</h2>
          <QuarantineList sync={ready.sync} t={t} onChange={refresh} />
        </section>
      )}
      {settings && <CaptureControls prefs={settings.capture} t={t} />}
      {settings && <OverlayControls prefs={settings.overlay} t={t} />}
      <LocalData t={t} />
      <PrivacyStatement t={t} />
    </main>
  );
}
