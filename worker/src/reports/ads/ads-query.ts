import type { AdParts, DateRange, Platform } from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";

export type AdGrouping = "total" | "platform" | "channel" | "campaign" | "item" | "date";

const GROUP_COLUMNS: Record<AdGrouping, string[]> = {
  total: [],
  platform: ["platform"],
  channel: ["platform", "channel"],
  campaign: ["platform", "shop_id", "channel", "campaign_id"],
  item: ["platform", "shop_id", "item_id"],
  date: ["date"],
};

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

/**
 * 直通车 (legacy account report, channel "ztc") runs inside 万相台 as 关键词推广 today: on a shop-day
 * with 万相台 rows the same keyword spend is there too, so the 直通车 rows of that day are left out.
 */
const WXT_SAME_DAY = `EXISTS (SELECT 1 FROM ads w WHERE w.workspace_id = a.workspace_id
  AND w.platform = a.platform AND w.shop_id = a.shop_id AND w.date = a.date AND w.channel = 'wxt')`;
const COUNTED = `NOT (a.channel = 'ztc' AND ${WXT_SAME_DAY})`;

const SUMS = `coalesce(sum(a.spend_fen), 0) AS spend_fen, coalesce(sum(a.impressions), 0) AS impressions,
  coalesce(sum(a.clicks), 0) AS clicks, coalesce(sum(a.attributed_orders), 0) AS attributed_orders,
  coalesce(sum(a.attributed_fen), 0) AS attributed_fen`;

/** Extra columns a grouping shows: the campaign's latest name, the item's title. */
const EXTRA: Partial<Record<AdGrouping, string>> = {
  // One max() aggregate: SQLite takes the bare campaign_name from the row of the latest day.
  campaign: ", max(a.date) AS last_date, a.campaign_name AS name",
  item: `, (SELECT s.title FROM skus s WHERE s.workspace_id = a.workspace_id AND s.platform = a.platform
      AND s.shop_id = a.shop_id AND s.item_id = a.item_id ORDER BY s.sku_id LIMIT 1) AS name`,
};

/** Sums of the ads table over a range, grouped as asked (every part is additive). */
export function adsStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
  grouping: AdGrouping,
): D1PreparedStatement {
  const where = shopCondition(filter, "a");
  const groups = GROUP_COLUMNS[grouping];
  const select = ["platform", "shop_id", "channel", "campaign_id", "item_id", "date"]
    .map((c) => (groups.includes(c) ? `a.${c}` : `'' AS ${c}`))
    .join(", ");
  const keys = groups.map((c) => `a.${c}`).join(", ");
  const order = grouping === "platform" || grouping === "date" ? keys : `spend_fen DESC, ${keys}`;
  return db
    .prepare(
      `SELECT ${select}, ${SUMS}${EXTRA[grouping] ?? ", NULL AS name"}
       FROM ads a
       WHERE a.workspace_id = ? AND a.date BETWEEN ? AND ?${where.sql} AND ${COUNTED}
       ${groups.length > 0 ? `GROUP BY ${keys} ORDER BY ${order}` : ""}`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

/** The 直通车 shop-days left out for overlapping 万相台 rows, and their spend. */
export function overlapStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
): D1PreparedStatement {
  const where = shopCondition(filter, "a");
  return db
    .prepare(
      `SELECT count(DISTINCT a.platform || ':' || a.shop_id || ':' || a.date) AS shop_days,
         coalesce(sum(a.spend_fen), 0) AS spend_fen
       FROM ads a
       WHERE a.workspace_id = ? AND a.date BETWEEN ? AND ?${where.sql}
         AND a.channel = 'ztc' AND ${WXT_SAME_DAY}`,
    )
    .bind(filter.workspaceId, range.from, range.to, ...where.params);
}

/** One grouped row of ad sums. Empty strings for columns the grouping does not keep. */
export interface AdRow extends AdParts {
  platform: Platform;
  shopId: string;
  channel: string;
  campaignId: string;
  /** Null for records that name no item (item grouping only). */
  itemId: string | null;
  date: string;
  /** Campaign name or item title, where the grouping has one. */
  name: string | null;
}

interface RawAdRow {
  platform: Platform;
  shop_id: string;
  channel: string;
  campaign_id: string;
  item_id: string | null;
  date: string;
  spend_fen: number;
  impressions: number;
  clicks: number;
  attributed_orders: number;
  attributed_fen: number;
  name: string | null;
}

export function toAdRows(result: D1Result): AdRow[] {
  return (result.results as unknown as RawAdRow[]).map((r) => ({
    platform: r.platform,
    shopId: r.shop_id,
    channel: r.channel,
    campaignId: r.campaign_id,
    itemId: r.item_id,
    date: r.date,
    spendFen: r.spend_fen,
    impressions: r.impressions,
    clicks: r.clicks,
    attributedOrders: r.attributed_orders,
    attributedFen: r.attributed_fen,
    name: r.name,
  }));
}

/** A row's identity within its grouping. */
export const adKey = (
  r: Pick<AdRow, "platform" | "shopId" | "channel" | "campaignId" | "itemId" | "date">,
) => [r.platform, r.shopId, r.channel, r.campaignId, r.itemId ?? "\u0000", r.date].join("|");
