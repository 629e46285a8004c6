import { checkSyncStopped } from "@tongshu/shared";
import type { AlertRule, Finding } from "../finding.ts";
import { dashboardLink } from "../finding.ts";

/**
 * 同步中断: a shop whose latest capture (shops.last_captured_at, kept at the max by every ingest)
 * is older than the limit, after captures in the week before. Urgent: every report goes stale.
 */
export const syncStoppedRule: AlertRule<"sync_stopped"> = {
  rule: "sync_stopped",
  mode: "ongoing",
  async find(_db, context, params) {
    const findings: Finding[] = [];
    for (const shop of await context.shopDays()) {
      const found = checkSyncStopped(
        { lastCapturedAt: shop.lastCapturedAt, now: context.now },
        params,
      );
      if (!found) continue;
      findings.push({
        rule: "sync_stopped",
        subject: shop.key,
        platform: shop.platform,
        shopId: shop.shopId,
        date: context.today,
        severity: "urgent",
        evidence: {
          lastCapturedAt: shop.lastCapturedAt,
          hoursSince: found.hoursSince,
          hours: params.hours,
        },
        // The overview lists each shop's coverage: what was captured, and when.
        link: dashboardLink("/", { shop: shop.key }),
      });
    }
    return findings;
  },
};
