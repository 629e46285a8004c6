import type { Ad } from "@tongshu/shared";

/** One report row before rows of the same day × campaign are added up. */
export type AdRow = Pick<
  Ad,
  | "date"
  | "campaignId"
  | "campaignName"
  | "itemId"
  | "spendFen"
  | "impressions"
  | "clicks"
  | "attributedOrders"
  | "attributedFen"
>;

/**
 * Ad records are keyed by day × channel × campaign. Reports split by item (万相台 promotion
 * domain) return several rows per campaign and day: they are summed, and the record keeps the
 * item only when every row names the same one.
 */
export function sumByCampaign(rows: readonly AdRow[]): AdRow[] {
  const byKey = new Map<string, AdRow>();
  for (const row of rows) {
    const key = `${row.date}|${row.campaignId}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...row });
      continue;
    }
    seen.spendFen += row.spendFen;
    seen.impressions += row.impressions;
    seen.clicks += row.clicks;
    seen.attributedOrders += row.attributedOrders;
    seen.attributedFen += row.attributedFen;
    if (seen.itemId !== row.itemId) seen.itemId = null;
    seen.campaignName ??= row.campaignName;
  }
  return [...byKey.values()];
}
