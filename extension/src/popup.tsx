import "./ui/base.css";
import { DEFAULT_LOCALE } from "./lib/i18n.ts";
import { useSettings } from "./ui/use-settings.ts";
import { useStatus } from "./ui/use-status.ts";
import { useTranslate } from "./ui/use-translate.ts";

export default function Popup() {
  const settings = useSettings();
  const status = useStatus();
  const t = useTranslate(settings?.locale ?? DEFAULT_LOCALE, "productName");

  return (
    <main className="popup">
      <header className="brand">
        <h1>{t("productName")}</h1>
        {status.state === "ready" && (
          <span className="muted">{t("version", { version: status.status.version })}</span>
        )}
      </header>
      {status.state === "loading" && <p className="muted">{t("loading")}</p>}
      {status.state === "error" && (
        <p className="error" role="alert">
          {t("popup.statusError")}
        </p>
      )}
      {status.state === "ready" && (
        <dl className="facts">
          <dt>{t("popup.server.label")}</dt>
          <dd data-testid="paired-state">{t("popup.server.unpaired")}</dd>
          <dt>{t("popup.capture.label")}</dt>
          <dd data-testid="capture-state">{t("popup.capture.disabled")}</dd>
        </dl>
      )}
      <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
        {t("popup.openOptions")}
      </button>
    </main>
  );
}
