import { addDays, checkSalesDrop, sameWeekdayDates } from "@tongshu/shared";
import type { AlertRule } from "../finding.ts";
import { dashboardLink } from "../finding.ts";
import { dayOf, HISTORY_DAYS, hasCompleteYesterday } from "../shop-days.ts";

/** 销售下滑: yesterday's paid amount per shop vs the mean of the same weekday in 4 weeks. */
export const salesDropRule: AlertRule<"sales_drop"> = {
  rule: "sales_drop",
  mode: "day",
  async find(_db, context, params) {
    const day = context.yesterday;
    const weeks = sameWeekdayDates(day);
    const earliest = weeks[weeks.length - 1] as string;
    return (await context.shopDays()).flatMap((shop) => {
      // Four whole weeks of history, and yesterday complete, or there is nothing to compare.
      if (shop.firstDate === null || shop.firstDate > earliest) return [];
      if (!hasCompleteYesterday(shop, context)) return [];
      const valueFen = dayOf(shop, day).paidFen;
      const weeksFen = weeks.map((d) => dayOf(shop, d).paidFen);
      const found = checkSalesDrop({ valueFen, weeksFen }, params);
      if (!found) return [];
      return [
        {
          rule: "sales_drop" as const,
          subject: shop.key,
          platform: shop.platform,
          shopId: shop.shopId,
          date: day,
          severity: "warning" as const,
          evidence: {
            valueFen,
            week1Fen: weeksFen[0] ?? 0,
            week2Fen: weeksFen[1] ?? 0,
            week3Fen: weeksFen[2] ?? 0,
            week4Fen: weeksFen[3] ?? 0,
            baselineFen: found.baselineFen,
            drop: found.drop,
            dropPercent: params.dropPercent,
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
