import type { AlertListResponse } from "@tongshu/shared";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import { alertSubjectText } from "./big-screen-data.ts";
import type { Refreshed } from "./use-auto-refresh.ts";

/** Open (new or seen) alerts, most recent first; names from platforms shown as text. */
export function WallAlerts({ alerts }: { alerts: Refreshed<AlertListResponse> }) {
  const { t } = useI18n();
  const data = alerts.data;
  const open = data ? data.counts.new + data.counts.seen : 0;
  return (
    <section className="bs-panel bs-alerts" aria-labelledby="bs-alerts-title">
      <div className="bs-panel__head">
        <h2 className="bs-panel__title" id="bs-alerts-title">
          {t("bigScreen.alerts.title")}
        </h2>
        {data && open > 0 ? (
          <span className="bs-count" data-testid="big-screen-alert-count" data-value={open}>
            {t("bigScreen.alerts.count", { count: formatCount(open) })}
          </span>
        ) : null}
      </div>
      {data === null ? (
        alerts.error ? (
          <p className="bs-empty">{t("bigScreen.alerts.unavailable")}</p>
        ) : null
      ) : data.alerts.length === 0 ? (
        <p className="bs-empty">{t("bigScreen.alerts.empty")}</p>
      ) : (
        <ul className="bs-alerts__list" data-testid="big-screen-alerts">
          {data.alerts.map((alert) => {
            const subject = alertSubjectText(alert);
            return (
              <li key={alert.id} className={`bs-alert bs-alert--${alert.severity}`}>
                <span className="bs-alert__severity">
                  {t(`bigScreen.severity.${alert.severity}`)}
                </span>
                <span className="bs-alert__text">
                  <span className="bs-alert__rule">{t(`bigScreen.rule.${alert.rule}`)}</span>
                  <span className="bs-alert__subject">
                    {[
                      alert.platform ? t(`platform.${alert.platform}`) : null,
                      alert.shopName ?? alert.shopId,
                      subject,
                    ]
                      .filter((part): part is string => part !== null && part !== "")
                      .join(" · ")}
                  </span>
                </span>
                <span className="bs-alert__date">{alert.date.slice(5)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
