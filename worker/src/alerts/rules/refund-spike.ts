import { addDays, checkRefundSpike, listDates } from "@tongshu/shared";
import type { AlertRule } from "../finding.ts";
import { dashboardLink } from "../finding.ts";
import { dayOf, HISTORY_DAYS, hasCompleteYesterday } from "../shop-days.ts";

/** 退款率飙升: yesterday's refund rate per shop vs the previous 28 days' (sum-based) rate. */
export const refundSpikeRule: AlertRule<"refund_spike"> = {
  rule: "refund_spike",
  mode: "day",
  async find(_db, context, params) {
    const day = context.yesterday;
    const history = listDates({ from: addDays(day, -HISTORY_DAYS), to: addDays(day, -1) });
    return (await context.shopDays()).flatMap((shop) => {
      if (!hasCompleteYesterday(shop, context)) return [];
      const today = dayOf(shop, day);
      const baseline = history.reduce(
        (sum, d) => {
          const f = dayOf(shop, d);
          return { paidFen: sum.paidFen + f.paidFen, refundFen: sum.refundFen + f.refundFen };
        },
        { paidFen: 0, refundFen: 0 },
      );
      const found = checkRefundSpike(today, baseline, params);
      if (!found) return [];
      return [
        {
          rule: "refund_spike" as const,
          subject: shop.key,
          platform: shop.platform,
          shopId: shop.shopId,
          date: day,
          severity: "warning" as const,
          evidence: {
            orders: today.orders,
            paidFen: today.paidFen,
            refundFen: today.refundFen,
            rate: found.rate,
            baselinePaidFen: baseline.paidFen,
            baselineRefundFen: baseline.refundFen,
            baselineRate: found.baselineRate,
            threshold: found.threshold,
          },
          link: dashboardLink("/", {
            from: addDays(day, -HISTORY_DAYS),
            to: day,
            shop: shop.key,
          }),
        },
      ];
    });
  },
};
