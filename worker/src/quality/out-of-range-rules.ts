import type { QualityTier, RecordKind } from "@tongshu/shared";

/**
 * The out_of_range rules: each selects the offending rows of the filtered shops as
 * (platform, shop_id, date, subject, title, value, lim, weight), value and limit in the rule's
 * unit, weight = how far past the limit (the biggest are listed first). `params` names what each
 * `?` binds, in order; every statement ends in its WHERE clause, so the shop condition (on the
 * table aliased x) is appended to it.
 */
export interface OutOfRangeRule {
  rule: string;
  kind: RecordKind;
  tier: QualityTier;
  /** "fen", "count" or "ms" (an instant): the unit of value and limit. */
  unit: "fen" | "count" | "ms";
  sql: string;
  params: Array<"workspace" | "from" | "to" | "now" | "today">;
}

/** A single order paid above ¥200,000.00 is implausible for these shops (a typo or a test). */
export const MAX_ORDER_PAID_FEN = 20_000_000;

const ORDERS_IN_RANGE = "FROM orders x WHERE x.workspace_id = ? AND x.biz_date BETWEEN ? AND ?";
const ORDER_COLUMNS =
  "x.platform, x.shop_id, x.biz_date AS date, x.order_id AS subject, NULL AS title";
// An item-level traffic row names its item; the listing's title where the shop has one.
const TRAFFIC_COLUMNS = `x.platform, x.shop_id, x.date,
  CASE WHEN x.item_id IS NULL THEN x.date ELSE x.date || '/' || x.item_id END AS subject,
  CASE WHEN x.item_id IS NULL THEN NULL ELSE (SELECT max(s.title) FROM skus s
    WHERE s.workspace_id = x.workspace_id AND s.platform = x.platform AND s.shop_id = x.shop_id
      AND s.item_id = x.item_id) END AS title`;
const TRAFFIC_IN_RANGE = "FROM traffic x WHERE x.workspace_id = ? AND x.date BETWEEN ? AND ?";

export const OUT_OF_RANGE_RULES: OutOfRangeRule[] = [
  // refund_over_paid: an order refunded more than was paid (fen). Net sales go negative.
  {
    rule: "refund_over_paid",
    kind: "order",
    tier: "blocking",
    unit: "fen",
    sql: `SELECT ${ORDER_COLUMNS}, x.refund_fen AS value, x.paid_fen AS lim,
      x.refund_fen - x.paid_fen AS weight ${ORDERS_IN_RANGE} AND x.refund_fen > x.paid_fen`,
    params: ["workspace", "from", "to"],
  },
  // paid_over_goods: paid more than goods + postage (fen): discounts only lower the price.
  {
    rule: "paid_over_goods",
    kind: "order",
    tier: "blocking",
    unit: "fen",
    sql: `SELECT ${ORDER_COLUMNS}, x.paid_fen AS value, x.goods_fen + x.shipping_fen AS lim,
      x.paid_fen - x.goods_fen - x.shipping_fen AS weight
      ${ORDERS_IN_RANGE} AND x.paid_fen > x.goods_fen + x.shipping_fen`,
    params: ["workspace", "from", "to"],
  },
  // paid_in_future: a paid order whose payment time is after now (ms). Not limited to the range:
  // its day has not come, so no range could show it until then; it distorts that day when it does.
  {
    rule: "paid_in_future",
    kind: "order",
    tier: "blocking",
    unit: "ms",
    sql: `SELECT ${ORDER_COLUMNS}, x.paid_at AS value, ? AS lim, x.paid_at - ? AS weight
      FROM orders x WHERE x.workspace_id = ? AND x.biz_date >= ? AND x.paid_at > ?`,
    params: ["now", "now", "workspace", "today", "now"],
  },
  // paid_over_limit: one order paid above MAX_ORDER_PAID_FEN (fen).
  {
    rule: "paid_over_limit",
    kind: "order",
    tier: "warning",
    unit: "fen",
    sql: `SELECT ${ORDER_COLUMNS}, x.paid_fen AS value, ${MAX_ORDER_PAID_FEN} AS lim,
      x.paid_fen - ${MAX_ORDER_PAID_FEN} AS weight
      ${ORDERS_IN_RANGE} AND x.paid_fen > ${MAX_ORDER_PAID_FEN}`,
    params: ["workspace", "from", "to"],
  },
  // line_zero_price: a line of a paid order with unit price 0 (fen; must be above the limit 0):
  // its units count in sales at no money, which lowers average prices. Info only: most are
  // gifts (赠品), which sellers add at ¥0 on purpose.
  {
    rule: "line_zero_price",
    kind: "order",
    tier: "info",
    unit: "fen",
    sql: `SELECT x.platform, x.shop_id, x.biz_date AS date, x.order_id AS subject, l.title,
      l.unit_price_fen AS value, 0 AS lim, l.quantity AS weight
      FROM orders x JOIN order_lines l ON l.workspace_id = x.workspace_id
        AND l.platform = x.platform AND l.shop_id = x.shop_id AND l.order_id = x.order_id
      WHERE x.workspace_id = ? AND x.biz_date BETWEEN ? AND ? AND x.paid_at IS NOT NULL
        AND l.unit_price_fen = 0`,
    params: ["workspace", "from", "to"],
  },
  // buyers_over_visitors: more paying buyers than visitors on a traffic row (count).
  {
    rule: "buyers_over_visitors",
    kind: "traffic",
    tier: "warning",
    unit: "count",
    sql: `SELECT ${TRAFFIC_COLUMNS}, x.buyers AS value, x.visitors AS lim,
      x.buyers - x.visitors AS weight ${TRAFFIC_IN_RANGE} AND x.buyers > x.visitors`,
    params: ["workspace", "from", "to"],
  },
  // paid_orders_without_amount: paid orders on a traffic row whose paid amount is 0 (count of
  // orders; the limit is 0 orders at 0 fen). Likely an unread figure stored as 0.
  {
    rule: "paid_orders_without_amount",
    kind: "traffic",
    tier: "warning",
    unit: "count",
    sql: `SELECT ${TRAFFIC_COLUMNS}, x.paid_orders AS value, 0 AS lim, x.paid_orders AS weight
      ${TRAFFIC_IN_RANGE} AND x.paid_orders > 0 AND x.paid_fen = 0`,
    params: ["workspace", "from", "to"],
  },
  // sku_zero_price: a listing on sale at price 0 (fen; must be above the limit 0). SKUs are
  // undated: every listing of the shops, whatever the range.
  {
    rule: "sku_zero_price",
    kind: "sku",
    tier: "warning",
    unit: "fen",
    sql: `SELECT x.platform, x.shop_id, NULL AS date, x.item_id || '/' || x.sku_id AS subject,
      x.title, x.price_fen AS value, 0 AS lim, coalesce(x.stock, 0) AS weight
      FROM skus x WHERE x.workspace_id = ? AND x.price_fen = 0 AND x.status = 'onsale'`,
    params: ["workspace"],
  },
  // clicks_over_impressions: an ad row with more clicks than impressions (count).
  {
    rule: "clicks_over_impressions",
    kind: "ad",
    tier: "warning",
    unit: "count",
    sql: `SELECT x.platform, x.shop_id, x.date, x.campaign_id AS subject, x.campaign_name AS title,
      x.clicks AS value, x.impressions AS lim, x.clicks - x.impressions AS weight
      FROM ads x WHERE x.workspace_id = ? AND x.date BETWEEN ? AND ? AND x.clicks > x.impressions`,
    params: ["workspace", "from", "to"],
  },
];
