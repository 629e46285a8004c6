import { addDays } from "@tongshu/shared";
import {
  ORDER_LINES,
  type Query,
  type Question,
  SHOP_DAY,
  type Source,
} from "./baseline-sources.ts";

const SALES = `coalesce(sum(r.orders), 0) AS orders, coalesce(sum(r.units), 0) AS units,
  coalesce(sum(r.paid_fen), 0) AS paid_fen, coalesce(sum(r.refund_fen), 0) AS refund_fen,
  coalesce(sum(r.refund_orders), 0) AS refund_orders`;

/** 总览: totals, platforms and shops over the range and both bases; days; buyers; today so far. */
export function overviewBaseline(source: Source, q: Question): Query[] {
  const out: Query[] = [];
  const ranges = [q.range, q.previous, q.lastYear];
  for (const groups of [[], ["platform"], ["platform", "shop_id"]])
    for (const range of ranges) {
      const by = groups.map((c) => `r.${c}`).join(", ");
      out.push({
        sql: `SELECT ${by ? `${by}, ` : ""}${SALES} FROM ${SHOP_DAY[source]} r
          WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ?${by ? ` GROUP BY ${by}` : ""}`,
        params: [q.workspaceId, range.from, range.to],
      });
      out.push({
        sql: `SELECT ${by ? `${by.replaceAll("r.", "o.")}, ` : ""}
            count(DISTINCT o.platform || ':' || o.buyer_key) AS buyers
          FROM orders o WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ?
            AND o.paid_at IS NOT NULL AND o.buyer_key IS NOT NULL
          ${by ? `GROUP BY ${by.replaceAll("r.", "o.")}` : ""}`,
        params: [q.workspaceId, range.from, range.to],
      });
    }
  out.push({
    sql: `SELECT r.date, r.platform, ${SALES} FROM ${SHOP_DAY[source]} r
      WHERE r.workspace_id = ? AND r.date BETWEEN ? AND ? GROUP BY r.date, r.platform`,
    params: [q.workspaceId, q.range.from, q.range.to],
  });
  out.push({
    sql: `SELECT o.biz_date, count(DISTINCT o.platform || ':' || o.buyer_key) AS buyers
      FROM orders o WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ?
        AND o.paid_at IS NOT NULL AND o.buyer_key IS NOT NULL GROUP BY o.biz_date`,
    params: [q.workspaceId, q.range.from, q.range.to],
  });
  // Today so far and yesterday until the same time: orders by payment instant (no rollup has it).
  for (const [date, until] of [
    [q.today, q.now],
    [addDays(q.today, -1), q.now - 86_400_000],
  ] as const)
    out.push({
      sql: `SELECT count(*) AS orders, coalesce(sum(o.paid_fen), 0) AS paid_fen,
          coalesce(sum(o.refund_fen), 0) AS refund_fen,
          coalesce(sum((SELECT sum(l.quantity) FROM ${ORDER_LINES})), 0) AS units,
          count(DISTINCT o.platform || ':' || o.buyer_key) AS buyers
        FROM orders o WHERE o.workspace_id = ? AND o.biz_date = ? AND o.paid_at IS NOT NULL
          AND o.paid_at <= ?`,
      params: [q.workspaceId, date, until],
    });
  return out;
}
