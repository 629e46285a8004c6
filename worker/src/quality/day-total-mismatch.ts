import type { Platform, QualityFindingOf, QualityTier } from "@tongshu/shared";
import { dashboardLink } from "../alerts/finding.ts";
import { shopCondition, shopKey } from "../reports/filter.ts";
import { checkResult, type QualityCheck, rowsOf } from "./check.ts";

interface DayRow {
  platform: Platform;
  shop_id: string;
  date: string;
  platform_fen: number;
  platform_orders: number | null;
  orders: number;
  orders_fen: number;
}

/**
 * How far the captured orders of a day may be from the platform's own figure: above 10% the day's
 * orders are incomplete or wrong (blocking), above 2% a figure may mislead (warning), above 0.5%
 * worth knowing (info). Orders where the platform says nothing was paid: blocking.
 */
export function dayTotalTier(ordersFen: number, platformFen: number): QualityTier | null {
  if (platformFen === 0) return ordersFen === 0 ? null : "blocking";
  const off = Math.abs(ordersFen - platformFen) / platformFen;
  return off > 0.1 ? "blocking" : off > 0.02 ? "warning" : off > 0.005 ? "info" : null;
}

/**
 * day_total_mismatch: per shop and day, the paid orders captured against the shop-level daily
 * traffic row, which carries the platform's own 支付金额 (生意参谋 payAmt, 拼多多 数据中心
 * payOrdrAmt, 京东商智 成交金额; null = not read, e.g. an undecoded digit font: skipped).
 * Orders count as the reports count paid sales (metrics registry `paidFen`, rollup_shop_day):
 * every order paid that Beijing day, whatever happened after (refunded or cancelled after
 * payment still count), postage included, which is how those platforms count 支付金额. Today
 * is left out: it is still running, and the two figures were captured at different moments.
 */
export const dayTotalMismatchCheck: QualityCheck<"day_total_mismatch"> = {
  id: "day_total_mismatch",
  statements(db, filter) {
    const orderWhere = shopCondition(filter, "o");
    const trafficWhere = shopCondition(filter, "t");
    return [
      db
        .prepare(
          `SELECT t.platform, t.shop_id, t.date, t.paid_fen AS platform_fen,
             t.paid_orders AS platform_orders, coalesce(o.orders, 0) AS orders,
             coalesce(o.paid_fen, 0) AS orders_fen
           FROM traffic t
           LEFT JOIN (
             SELECT o.platform, o.shop_id, o.biz_date, count(*) AS orders, sum(o.paid_fen) AS paid_fen
             FROM orders o
             WHERE o.workspace_id = ? AND o.biz_date BETWEEN ? AND ? AND o.paid_at IS NOT NULL${orderWhere.sql}
             GROUP BY o.platform, o.shop_id, o.biz_date
           ) o ON o.platform = t.platform AND o.shop_id = t.shop_id AND o.biz_date = t.date
           WHERE t.workspace_id = ? AND t.date BETWEEN ? AND ? AND t.date < ? AND t.days = 1
             AND t.item_id IS NULL AND t.paid_fen IS NOT NULL${trafficWhere.sql}`,
        )
        .bind(
          filter.workspaceId,
          filter.range.from,
          filter.range.to,
          ...orderWhere.params,
          filter.workspaceId,
          filter.range.from,
          filter.range.to,
          filter.today,
          ...trafficWhere.params,
        ),
    ];
  },
  build([result]) {
    const findings: Array<QualityFindingOf<"day_total_mismatch">> = [];
    for (const r of rowsOf<DayRow>(result)) {
      const tier = dayTotalTier(r.orders_fen, r.platform_fen);
      if (tier === null) continue;
      const diffFen = r.orders_fen - r.platform_fen;
      findings.push({
        check: "day_total_mismatch",
        tier,
        platform: r.platform,
        shopId: r.shop_id,
        date: r.date,
        link: dashboardLink("/", {
          from: r.date,
          to: r.date,
          shop: shopKey(r.platform, r.shop_id),
        }),
        ordersFen: r.orders_fen,
        orders: r.orders,
        platformFen: r.platform_fen,
        platformOrders: r.platform_orders,
        diffFen,
        diffRatio: r.platform_fen === 0 ? null : diffFen / r.platform_fen,
      });
    }
    return checkResult("day_total_mismatch", findings, (f) => Math.abs(f.diffFen));
  },
};
