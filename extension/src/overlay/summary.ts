import { type DeviceInsightsResponse, type Platform, toBusinessDate } from "@tongshu/shared";
import { isSale } from "./local-products.ts";
import type { SlimOrder } from "./slim-records.ts";
import type { OverlayAlert, OverlayResponse, PlatformToday } from "./overlay-message.ts";

/** The panel shows this many open alerts (the response's alertCount says how many are open). */
export const PANEL_ALERTS = 5;

/** The panel's figures from the team copy: today per platform (live report) and top alerts. */
export function teamSummary(insights: DeviceInsightsResponse): OverlayResponse["summary"] {
  const today: PlatformToday[] = insights.live.platforms.map((p) => ({
    platform: p.platform,
    paidFen: p.today.paidFen,
    orders: p.today.orders,
    vsYesterday: p.vsYesterday.paidFen,
  }));
  const alerts: OverlayAlert[] = insights.alerts.slice(0, PANEL_ALERTS).map((a) => ({
    id: a.id,
    rule: a.rule,
    severity: a.severity,
    platform: a.platform,
    shopName: a.shopName,
    date: a.date,
  }));
  return { today, alerts, alertCount: insights.alertCount };
}

/**
 * Without the team's copy: today's paid orders per platform as this browser captured them
 * (payment time, Beijing day; paid amount with postage, as the live report counts). No alerts:
 * only the server computes them.
 */
export function localSummary(
  orders: readonly SlimOrder[],
  now: number,
): OverlayResponse["summary"] {
  const today = toBusinessDate(now);
  const by = new Map<Platform, PlatformToday>();
  for (const o of orders) {
    if (!isSale(o) || toBusinessDate(o.paidAt ?? 0) !== today) continue;
    const row = by.get(o.platform) ?? {
      platform: o.platform,
      paidFen: 0,
      orders: 0,
      vsYesterday: null,
    };
    row.paidFen += o.paidFen;
    row.orders += 1;
    by.set(o.platform, row);
  }
  return {
    today: [...by.values()].sort((a, b) => b.paidFen - a.paidFen),
    alerts: [],
    alertCount: 0,
  };
}
