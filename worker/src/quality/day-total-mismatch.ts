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
 * Orders count as the reports count paid sales (metrics registry `paidFen`): every order paid
 * that Beijing day, whatever happened after (refunded or cancelled after payment still count),
 * postage included, which is how those platforms count 支付金额. rollup_shop_day holds exactly
 * that sum (written in the same transaction as the orders) and is what every report shows.
 * Today is left out: it is still running, and the two figures were captured at different moments.
 */
export const dayTotalMismatchCheck: QualityCheck<"day_total_mismatch"> = {
  id: "day_total_mismatch",
  statements(db, filter) {
    const where = shopCondition(filter, "t");
    return [
      db
        .prepare(
          `SELECT t.platform, t.shop_id, t.date, t.paid_fen AS platform_fen,
             t.paid_orders AS platform_orders, coalesce(r.orders, 0) AS orders,
             coalesce(r.paid_fen, 0) AS orders_fen
           FROM traffic t
           LEFT JOIN rollup_shop_day r ON r.workspace_id = t.workspace_id
             AND r.platform = t.platform AND r.shop_id = t.shop_id AND r.date = t.date
           WHERE t.workspace_id = ? AND t.date BETWEEN ? AND ? AND t.date < ? AND t.days = 1
             AND t.item_id IS NULL AND t.paid_fen IS NOT NULL${where.sql}`,
        )
        .bind(
          filter.workspaceId,
          filter.range.from,
          filter.range.to,
          filter.today,
          ...where.params,
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
