import "./ui/base.css";
import { DEFAULT_LOCALE } from "./lib/i18n.ts";
import { beijingTime } from "./ui/beijing-time.ts";
import { SyncStatus } from "./ui/sync-status.tsx";
import { useSettings } from "./ui/use-settings.ts";
import { useStatus } from "./ui/use-status.ts";
import { useTranslate } from "./ui/use-translate.ts";

export default function Popup() {
  const settings = useSettings();
  const { status, refresh } = useStatus();
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
          <dd data-testid="paired-state">
            {status.status.paired
              ? t("popup.server.paired", { workspace: status.status.workspaceName ?? "" })
              : t("popup.server.unpaired")}
            {status.status.sync.needsPairing && (
              <span className="error block" role="alert">
                {t("popup.server.needsPairing")}
              </span>
            )}
          </dd>
          <dt>{t("sync.label")}</dt>
          <SyncStatus status={status.status} t={t} onChange={refresh} />
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
