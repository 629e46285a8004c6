import "./ui/base.css";
import { isCapturingAnything, isCapturingEverything } from "./lib/capture-prefs.ts";
import { DEFAULT_LOCALE } from "./lib/i18n.ts";
import { beijingTime } from "./ui/beijing-time.ts";
import { FailureExport } from "./ui/failure-export.tsx";
import { OpenDashboard } from "./ui/open-dashboard.tsx";
import { ShopSummaries } from "./ui/shop-summaries.tsx";
import { SyncStatus } from "./ui/sync-status.tsx";
import { useCaptureSummary } from "./ui/use-capture-summary.ts";
import { useSettings } from "./ui/use-settings.ts";
import { useStatus } from "./ui/use-status.ts";
import { useTranslate } from "./ui/use-translate.ts";

export default function Popup() {
  const settings = useSettings();
  const { status, refresh } = useStatus();
  const summary = useCaptureSummary();
  const t = useTranslate(settings?.locale ?? DEFAULT_LOCALE, "productName");
  const ready = status.state === "ready" ? status.status : null;

  return (
    <main className="popup">
      <header className="brand">
        <h1>{t("productName")}</h1>
        {ready && <span className="muted">{t("version", { version: ready.version })}</span>}
      </header>
      {status.state === "loading" && <p className="muted">{t("loading")}</p>}
      {status.state === "error" && (
        <p className="error" role="alert">
          {t("popup.statusError")}
        </p>
      )}
      {ready && (
        <dl className="facts">
          <dt>{t("popup.server.label")}</dt>
          <dd data-testid="paired-state">
            {ready.paired
              ? t("popup.server.paired", { workspace: ready.workspaceName ?? "" })
              : t("popup.server.unpaired")}
            {ready.sync.needsPairing && (
              <span className="error block" role="alert">
                {t("popup.server.needsPairing")}
              </span>
            )}
          </dd>
          <dt>{t("sync.label")}</dt>
          <SyncStatus status={ready} t={t} onChange={refresh} />
          <dt>{t("popup.capture.label")}</dt>
          <dd data-testid="capture-state">
            {ready.storedRecords === 0 && ready.lastCaptureAt === null ? (
              t("popup.capture.none")
            ) : (
              <>
                <span data-testid="stored-records">
                  {t("popup.capture.stored", {
                    records: ready.storedRecords.toLocaleString("en-US"),
                  })}
                </span>
                {ready.lastCaptureAt !== null && (
                  <span className="muted block">
                    {t("popup.capture.last", { time: beijingTime(ready.lastCaptureAt) })}
                  </span>
                )}
                {ready.failedCaptures > 0 && (
                  <span className="warning block">
                    {t("popup.capture.failures", { count: String(ready.failedCaptures) })}
                  </span>
                )}
              </>
            )}
            {settings && !isCapturingEverything(settings.capture) && (
              <span className="warning block" data-testid="capture-partly-off">
                {isCapturingAnything(settings.capture)
                  ? t("popup.capture.partlyOff")
                  : t("popup.capture.allOff")}
              </span>
            )}
            {ready.failedCaptures > 0 && <FailureExport t={t} />}
          </dd>
        </dl>
      )}
      {summary.state === "ready" && <ShopSummaries summary={summary.summary} t={t} />}
      {summary.state === "error" && <p className="error small">{t("popup.shops.error")}</p>}
      <footer className="actions">
        <OpenDashboard status={ready} t={t} />
        <button
          type="button"
          className="secondary"
          onClick={() => void chrome.runtime.openOptionsPage()}
        >
          {t("popup.openOptions")}
        </button>
      </footer>
    </main>
  );
}
