import {
  EMPTY_PROFIT,
  estimateFeesFen,
  goodsCost,
  type Platform,
  type ProfitReport,
  profitFen,
  shippingCostFen,
} from "@tongshu/shared";
import { type ReportFilter, shopCondition } from "../filter.ts";
import { productJoins, productKey, unitCostOn } from "../products/product-key.ts";
import { NO_RATES, type PlatformRates } from "./profit-rates.ts";

/**
 * Profit per order, one page of the range's paid orders (the one part of the report that reads
 * orders and lines, range-limited and paginated). Per order: paid, refund, COGS of its lines at
 * the cost in effect on its payment day, the captured fee or else the platform rates on its net
 * sales (rounded half up per order, so a shop-day's orders may differ from its shop-day fee by a
 * fen of rounding), shipping per order. Ads and other costs are not per order.
 */
type Filter = Pick<ReportFilter, "workspaceId" | "platforms" | "shops" | "range">;
type OrderRow = ProfitReport["byOrder"]["rows"][number];

function pageSql(filter: Filter): { sql: string; params: string[] } {
  const where = shopCondition(filter, "o");
  return {
    sql: `FROM orders o
      WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND o.paid_at IS NOT NULL${where.sql}`,
    params: [filter.workspaceId, filter.range.from, filter.range.to, ...where.params],
  };
}

const ORDER = "ORDER BY o.paid_at, o.platform, o.shop_id, o.order_id LIMIT ? OFFSET ?";

/** [count, the page's orders, the page's lines with dated unit costs]. */
export function orderStatements(
  db: D1Database,
  filter: Filter,
  page: number,
  pageSize: number,
): D1PreparedStatement[] {
  const { sql, params } = pageSql(filter);
  const limit = [pageSize, (page - 1) * pageSize];
  return [
    db.prepare(`SELECT count(*) AS n ${sql}`).bind(...params),
    db
      .prepare(
        `SELECT o.platform, o.shop_id, o.order_id, o.biz_date, o.paid_at, o.paid_fen, o.refund_fen,
           (SELECT -sum(s.amount_fen) FROM settlements s WHERE s.workspace_id = o.workspace_id
             AND s.platform = o.platform AND s.shop_id = o.shop_id AND s.order_id = o.order_id
             AND s.type IN ('commission', 'service_fee')) AS settled_fee
         ${sql} ${ORDER}`,
      )
      .bind(...params, ...limit),
    db
      .prepare(
        `WITH page AS (SELECT o.workspace_id, o.platform, o.shop_id, o.order_id, o.biz_date ${sql} ${ORDER})
         SELECT k.platform, k.shop_id, k.order_id, k.quantity, k.refunded,
           ${unitCostOn("k.workspace_id", "k.product_key", "k.biz_date")} AS unit_cost
         FROM (
           SELECT r.workspace_id, r.platform, r.shop_id, r.order_id, p.biz_date, r.quantity,
             CASE WHEN r.refund_status = 'refunded' THEN r.quantity ELSE 0 END AS refunded,
             ${productKey("r", "sku_key")} AS product_key
           FROM page p
           JOIN (SELECT l.*, coalesce(l.sku_id, '0') AS sku_key FROM order_lines l) r
             ON r.workspace_id = p.workspace_id AND r.platform = p.platform
             AND r.shop_id = p.shop_id AND r.order_id = p.order_id
           ${productJoins("r", "sku_key")}
         ) k`,
      )
      .bind(...params, ...limit),
  ];
}

interface RawOrder {
  platform: Platform;
  shop_id: string;
  order_id: string;
  biz_date: string;
  paid_at: number;
  paid_fen: number;
  refund_fen: number;
  settled_fee: number | null;
}
interface RawLine {
  platform: string;
  shop_id: string;
  order_id: string;
  quantity: number;
  refunded: number;
  unit_cost: number | null;
}

const orderKey = (r: { platform: string; shop_id: string; order_id: string }) =>
  `${r.platform}|${r.shop_id}|${r.order_id}`;

/** The page's rows from the results of orderStatements. */
export function toOrderRows(
  results: D1Result[],
  rates: Map<Platform, PlatformRates>,
): { count: number; rows: OrderRow[] } {
  const [countResult, ordersResult, linesResult] = results;
  const count = (countResult?.results[0] as { n: number } | undefined)?.n ?? 0;
  const cogs = new Map<string, { cogsFen: number; uncostedUnits: number }>();
  for (const l of (linesResult?.results ?? []) as RawLine[]) {
    const cost = goodsCost(l.quantity, l.refunded, l.unit_cost);
    const seen = cogs.get(orderKey(l)) ?? { cogsFen: 0, uncostedUnits: 0 };
    cogs.set(orderKey(l), {
      cogsFen: seen.cogsFen + cost.cogsFen,
      uncostedUnits: seen.uncostedUnits + cost.uncostedUnits,
    });
  }
  const rows = ((ordersResult?.results ?? []) as RawOrder[]).map((o) => {
    const r = rates.get(o.platform) ?? NO_RATES;
    const goods = cogs.get(orderKey(o)) ?? { cogsFen: 0, uncostedUnits: 0 };
    const feeFen =
      o.settled_fee ?? estimateFeesFen(o.paid_fen - o.refund_fen, r.commissionBp, r.serviceFeeBp);
    const shippingFen = shippingCostFen(1, r.shippingFenPerOrder);
    return {
      platform: o.platform,
      shopId: o.shop_id,
      orderId: o.order_id,
      date: o.biz_date,
      paidAt: o.paid_at,
      paidFen: o.paid_fen,
      refundFen: o.refund_fen,
      cogsFen: goods.cogsFen,
      feeFen,
      feeSettled: o.settled_fee !== null,
      shippingFen,
      profitFen: profitFen({
        ...EMPTY_PROFIT,
        revenueFen: o.paid_fen,
        refundFen: o.refund_fen,
        cogsFen: goods.cogsFen,
        feesFen: feeFen,
        shippingFen,
      }),
      uncostedUnits: goods.uncostedUnits,
    };
  });
  return { count, rows };
}
