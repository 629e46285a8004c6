import {
  type DateRange,
  type Platform,
  rangeLength,
  type TrafficFigureRecord,
} from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";

type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops">;

/** A stored traffic record with the shop (and item) it belongs to. */
export interface TrafficRow extends TrafficFigureRecord {
  platform: Platform;
  shopId: string;
  /** '' for shop level. */
  itemKey: string;
  title: string | null;
}

/**
 * The records that can answer `range` (see spanFigures): the daily records inside it and a
 * record of exactly its length starting on its first day. Shop level, or item level for
 * `level` "item" (with the item's title from the SKU table).
 */
export function trafficStatement(
  db: D1Database,
  filter: Filter,
  range: DateRange,
  level: "shop" | "item",
): D1PreparedStatement {
  const where = shopCondition(filter, "t");
  const title =
    level === "item"
      ? `(SELECT s.title FROM skus s WHERE s.workspace_id = t.workspace_id AND s.platform = t.platform
          AND s.shop_id = t.shop_id AND s.item_id = t.item_id ORDER BY s.sku_id LIMIT 1)`
      : "NULL";
  return db
    .prepare(
      `SELECT t.platform, t.shop_id, t.item_key, t.date, t.days, t.visitors, t.page_views, t.buyers,
         t.paid_orders, t.paid_fen, t.cart_buyers, ${title} AS title
       FROM traffic t
       WHERE t.workspace_id = ? AND t.item_key ${level === "shop" ? "= ''" : "<> ''"}
         AND ((t.days = 1 AND t.date BETWEEN ? AND ?) OR (t.days = ? AND t.date = ?))${where.sql}
       ORDER BY t.platform, t.shop_id, t.item_key, t.date, t.days`,
    )
    .bind(
      filter.workspaceId,
      range.from,
      range.to,
      rangeLength(range),
      range.from,
      ...where.params,
    );
}

interface RawTrafficRow {
  platform: Platform;
  shop_id: string;
  item_key: string;
  date: string;
  days: number;
  visitors: number | null;
  page_views: number | null;
  buyers: number | null;
  paid_orders: number | null;
  paid_fen: number | null;
  cart_buyers: number | null;
  title: string | null;
}

export function toTrafficRows(result: D1Result): TrafficRow[] {
  return (result.results as unknown as RawTrafficRow[]).map((r) => ({
    platform: r.platform,
    shopId: r.shop_id,
    itemKey: r.item_key,
    title: r.title,
    date: r.date,
    days: r.days,
    visitors: r.visitors,
    pageViews: r.page_views,
    buyers: r.buyers,
    paidOrders: r.paid_orders,
    paidFen: r.paid_fen,
    cartBuyers: r.cart_buyers,
  }));
}

/** Rows grouped by shop (and item): "platform|shopId|itemKey" → rows. */
export function groupTraffic(rows: readonly TrafficRow[]): Map<string, TrafficRow[]> {
  const out = new Map<string, TrafficRow[]>();
  for (const row of rows) {
    const key = `${row.platform}|${row.shopId}|${row.itemKey}`;
    const list = out.get(key);
    if (list) list.push(row);
    else out.set(key, [row]);
  }
  return out;
}
