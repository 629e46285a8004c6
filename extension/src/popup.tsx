import "./ui/base.css";
import { DEFAULT_LOCALE } from "./lib/i18n.ts";
import { useSettings } from "./ui/use-settings.ts";
import { useStatus } from "./ui/use-status.ts";
import { useTranslate } from "./ui/use-translate.ts";

/** "2026-11-20 14:05" in Beijing time, whatever the computer's zone. */
function beijingTime(instant: number): string {
  return new Date(instant + 8 * 3_600_000).toISOString().slice(0, 16).replace("T", " ");
}

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
          <dd data-testid="capture-state">
            {status.status.storedRecords === 0 && status.status.lastCaptureAt === null ? (
              t("popup.capture.none")
            ) : (
              <>
                <span data-testid="stored-records">
                  {t("popup.capture.stored", {
                    records: status.status.storedRecords.toLocaleString("en-US"),
                  })}
                </span>
                {status.status.lastCaptureAt !== null && (
                  <span className="muted block">
                    {t("popup.capture.last", { time: beijingTime(status.status.lastCaptureAt) })}
                  </span>
                )}
                {status.status.failedCaptures > 0 && (
                  <span className="warning block">
                    {t("popup.capture.failures", { count: String(status.status.failedCaptures) })}
                  </span>
                )}
              </>
            )}
          </dd>
        </dl>
      )}
      <button type="button" onClick={() => void chrome.runtime.openOptionsPage()}>
        {t("popup.openOptions")}
      </button>
    </main>
  );
}
