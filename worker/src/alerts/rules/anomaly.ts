import { addDays, detectAnomaly, listDates } from "@tongshu/shared";
import type { AlertRule, Finding } from "../finding.ts";
import { dashboardLink } from "../finding.ts";
import { type DayFigures, dayOf, HISTORY_DAYS, hasCompleteYesterday } from "../shop-days.ts";

/** The daily series the anomaly rule watches per shop. */
const SERIES: Array<{ metric: "paidFen" | "orders"; value: (d: DayFigures) => number }> = [
  { metric: "paidFen", value: (d) => d.paidFen },
  { metric: "orders", value: (d) => d.orders },
];

/**
 * 异常波动: yesterday's paid amount and orders per shop against the 28 days before (median and
 * MAD). History starts at the shop's first day with sales; later days without sales count as 0.
 */
export const anomalyRule: AlertRule<"anomaly"> = {
  rule: "anomaly",
  mode: "day",
  async find(_db, context, params) {
    const day = context.yesterday;
    const window = listDates({ from: addDays(day, -HISTORY_DAYS), to: addDays(day, -1) });
    const findings: Finding[] = [];
    for (const shop of await context.shopDays()) {
      const first = shop.firstDate;
      if (first === null || !hasCompleteYesterday(shop, context)) continue;
      const days = window.filter((d) => d >= first);
      for (const series of SERIES) {
        const value = series.value(dayOf(shop, day));
        const history = days.map((d) => series.value(dayOf(shop, d)));
        const found = detectAnomaly(value, history, {
          threshold: params.threshold,
          minHistory: params.minHistoryDays,
        });
        if (!found) continue;
        findings.push({
          rule: "anomaly",
          subject: `${series.metric}:${shop.key}`,
          platform: shop.platform,
          shopId: shop.shopId,
          date: day,
          // A collapse needs looking at; a surge is usually good news, still worth a glance.
          severity: found.direction === "drop" ? "warning" : "info",
          evidence: {
            metric: series.metric,
            direction: found.direction,
            value: found.value,
            median: found.median,
            mad: found.mad,
            z: found.z,
            threshold: params.threshold,
            historyDays: history.length,
          },
          link: dashboardLink("/", { from: addDays(day, -HISTORY_DAYS), to: day, shop: shop.key }),
        });
      }
    }
    return findings;
  },
};
