import type { DateRange } from "@tongshu/shared";

/**
 * The headline figures of each report as plain SQL, for better-sqlite3: (a) on the rollups the
 * Worker keeps, (b) the same SQL over derived tables that compute the rollup columns from paid
 * orders and their lines on the fly. Both must give identical rows (the bench checks), so (b)/(a)
 * is what the rollups save.
 */
export type Source = "rollups" | "lines";
export interface Query {
  sql: string;
  params: Array<string | number>;
}
export interface Question {
  workspaceId: string;
  range: DateRange;
  previous: DateRange;
  lastYear: DateRange;
  today: string;
  now: number;
}

/** The lines of order `o` (after FROM in a correlated subquery). */
export const ORDER_LINES = `order_lines l WHERE l.workspace_id = o.workspace_id
  AND l.platform = o.platform AND l.shop_id = o.shop_id AND l.order_id = o.order_id`;

/** Shop-day columns: the rollup, or each paid order as a one-order "day". */
export const SHOP_DAY: Record<Source, string> = {
  rollups: "rollup_shop_day",
  lines: `(SELECT x.*, coalesce(x.fee, 0) AS settled_fee_fen,
      CASE WHEN x.fee IS NOT NULL THEN x.paid_fen - x.refund_fen ELSE 0 END AS settled_net_fen
    FROM (SELECT o.workspace_id, o.platform, o.shop_id, o.biz_date AS date, 1 AS orders,
        coalesce((SELECT sum(l.quantity) FROM ${ORDER_LINES}), 0) AS units, o.paid_fen,
        o.refund_fen, o.refund_fen > 0 AS refund_orders,
        (SELECT -sum(s.amount_fen) FROM settlements s WHERE s.workspace_id = o.workspace_id
          AND s.platform = o.platform AND s.shop_id = o.shop_id AND s.order_id = o.order_id
          AND s.type IN ('commission', 'service_fee')) AS fee
      FROM orders o WHERE o.paid_at IS NOT NULL) x)`,
};

/** SKU-day columns: the rollup, or each line of a paid order. */
export const SKU_DAY: Record<Source, string> = {
  rollups: "rollup_sku_day",
  lines: `(SELECT o.workspace_id, o.platform, o.shop_id, o.biz_date AS date, l.item_id,
      coalesce(l.sku_id, '') AS sku_key, l.outer_sku_id, l.title, l.quantity AS units,
      CASE WHEN l.refund_status = 'refunded' THEN l.quantity ELSE 0 END AS refunded_units,
      l.paid_fen, l.refund_fen
    FROM orders o JOIN order_lines l ON l.workspace_id = o.workspace_id
      AND l.platform = o.platform AND l.shop_id = o.shop_id AND l.order_id = o.order_id
    WHERE o.paid_at IS NOT NULL)`,
};
