import { addDays, type Platform } from "@tongshu/shared";
import { shopKey } from "../reports/filter.ts";
import type { EvaluationContext } from "./finding.ts";

/** Days of history before yesterday that the shop-day rules read (4 weeks). */
export const HISTORY_DAYS = 28;

export interface DayFigures {
  orders: number;
  paidFen: number;
  refundFen: number;
}

export interface ShopDays {
  platform: Platform;
  shopId: string;
  key: string;
  lastCapturedAt: number;
  /** The shop's first day with paid orders, ever (days before it are not history). */
  firstDate: string | null;
  /** Rollup figures by date over yesterday and the 28 days before; absent days sold nothing. */
  days: Map<string, DayFigures>;
}

export const NO_SALES: DayFigures = { orders: 0, paidFen: 0, refundFen: 0 };

/**
 * Every shop of the workspace with its daily figures from rollup_shop_day over the last 29 days
 * (never order lines): the input of the sales-drop, refund-spike and anomaly rules.
 */
export async function loadShopDays(
  db: D1Database,
  context: EvaluationContext,
): Promise<ShopDays[]> {
  const from = addDays(context.yesterday, -HISTORY_DAYS);
  const [shops, days] = await db.batch<Record<string, unknown>>([
    db
      .prepare(
        `SELECT s.platform, s.shop_id, s.last_captured_at,
           (SELECT min(r.date) FROM rollup_shop_day r WHERE r.workspace_id = s.workspace_id
              AND r.platform = s.platform AND r.shop_id = s.shop_id) AS first_date
         FROM shops s WHERE s.workspace_id = ? ORDER BY s.platform, s.shop_id`,
      )
      .bind(context.workspaceId),
    db
      .prepare(
        `SELECT platform, shop_id, date, orders, paid_fen, refund_fen FROM rollup_shop_day
         WHERE workspace_id = ? AND date BETWEEN ? AND ?`,
      )
      .bind(context.workspaceId, from, context.yesterday),
  ]);
  const byKey = new Map<string, ShopDays>();
  for (const row of (shops?.results ?? []) as Array<{
    platform: Platform;
    shop_id: string;
    last_captured_at: number;
    first_date: string | null;
  }>) {
    const key = shopKey(row.platform, row.shop_id);
    byKey.set(key, {
      platform: row.platform,
      shopId: row.shop_id,
      key,
      lastCapturedAt: row.last_captured_at,
      firstDate: row.first_date,
      days: new Map(),
    });
  }
  for (const row of (days?.results ?? []) as Array<{
    platform: string;
    shop_id: string;
    date: string;
    orders: number;
    paid_fen: number;
    refund_fen: number;
  }>) {
    byKey.get(shopKey(row.platform, row.shop_id))?.days.set(row.date, {
      orders: row.orders,
      paidFen: row.paid_fen,
      refundFen: row.refund_fen,
    });
  }
  return [...byKey.values()];
}

/** A day's figures; a day without a rollup row sold nothing. */
export const dayOf = (shop: ShopDays, date: string): DayFigures => shop.days.get(date) ?? NO_SALES;

/**
 * Yesterday counts only once the shop was captured after it ended: before that, its evening may
 * simply not have synced yet, and a "drop" would be a gap in the data, not in sales.
 */
export const hasCompleteYesterday = (shop: ShopDays, context: EvaluationContext): boolean =>
  shop.lastCapturedAt >= context.todayStart;
