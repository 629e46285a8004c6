import type { QualitySummary, RecordKind } from "@tongshu/shared";
import { type ReportFilter, reportMeta } from "../reports/filter.ts";
import type { ShopState } from "./freshness.ts";
import { runQuality } from "./quality-report.ts";

/** The kinds' figures summed over the shops (what the page lists, per shop). */
export function summariseKinds(shops: ShopState[], kinds: readonly RecordKind[]) {
  return kinds.map((kind) => {
    let lastCapturedAt: number | null = null;
    let shopDaysWithData = 0;
    let shopDays = 0;
    const shopsWithGaps: string[] = [];
    for (const shop of shops) {
      const state = shop.kinds.find((k) => k.freshness.kind === kind);
      if (!state) continue; // The shop never had this kind: no days expected of it.
      const captured = state.freshness.lastCapturedAt;
      if (captured !== null && (lastCapturedAt === null || captured > lastCapturedAt))
        lastCapturedAt = captured;
      shopDaysWithData += state.coveredDays;
      shopDays += state.expectedDays;
      if (state.freshness.gaps.length > 0) shopsWithGaps.push(shop.key);
    }
    return { kind, lastCapturedAt, shopDaysWithData, shopDays, shopsWithGaps };
  });
}

/**
 * GET /api/v1/quality/summary: the freshness statement of a report page. The same run as the
 * page, restricted to the asked kinds, so its figures are the page's figures summed.
 */
export async function qualitySummary(
  db: D1Database,
  filter: ReportFilter,
  kinds: readonly RecordKind[],
): Promise<QualitySummary> {
  const run = await runQuality(db, filter, kinds);
  return {
    meta: reportMeta(filter),
    kinds: summariseKinds(run.shops, kinds),
    stoppedShops: run.shops.filter((s) => s.shop.syncStopped).map((s) => s.key),
    totals: run.totals,
  };
}
