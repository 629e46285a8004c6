import {
  addDays,
  DAY_MS,
  EMPTY_SALES,
  listDates,
  type OverviewReport,
  relativeChange,
  type SalesFigures,
  salesFigures,
} from "@tongshu/shared";
import type { CsvTable } from "./csv.ts";
import type { ReportDefinition } from "./endpoint.ts";
import type { ReportFilter } from "./filter.ts";
import { reportMeta } from "./filter.ts";
import {
  buyersStatement,
  liveStatement,
  salesStatement,
  toBuyerCounts,
  toSalesRows,
} from "./sales/sales-query.ts";
import {
  readSalesSlices,
  type SalesSlice,
  salesKpis,
  salesSplits,
  shopNames,
} from "./sales/sales-slices.ts";

function liveFigures(result: D1Result | undefined): SalesFigures {
  const row = result?.results[0] as
    | {
        orders: number;
        paid_fen: number;
        refund_fen: number;
        refund_orders: number;
        units: number;
        buyers: number;
      }
    | undefined;
  if (!row) return salesFigures(EMPTY_SALES, 0);
  return salesFigures(
    {
      orders: row.orders,
      units: row.units,
      paidFen: row.paid_fen,
      refundFen: row.refund_fen,
      refundOrders: row.refund_orders,
    },
    row.buyers,
  );
}

async function runOverview(db: D1Database, filter: ReportFilter): Promise<OverviewReport> {
  const yesterday = addDays(filter.today, -1);
  const [slices, names, batch] = await Promise.all([
    readSalesSlices(db, filter, ["total", "platform", "shop"]),
    shopNames(db, filter.workspaceId),
    db.batch([
      salesStatement(db, filter, filter.range, "date-platform"),
      buyersStatement(db, filter, filter.range, "date"),
      liveStatement(db, filter, filter.today, filter.now),
      // The same time of day yesterday (Beijing has no DST: 24 h earlier).
      liveStatement(db, filter, yesterday, filter.now - DAY_MS),
    ]),
  ]);
  const [dailyResult, dayBuyersResult, todayResult, yesterdayResult] = batch;
  const daily = toSalesRows(dailyResult as D1Result);
  const dayBuyers = toBuyerCounts(dayBuyersResult as D1Result);
  const total = slices.get("total")?.[0] as SalesSlice;
  const days = listDates(filter.range).map((date) => {
    const parts = daily
      .filter((r) => r.date === date)
      .reduce(
        (sum, r) => ({
          orders: sum.orders + r.orders,
          units: sum.units + r.units,
          paidFen: sum.paidFen + r.paidFen,
          refundFen: sum.refundFen + r.refundFen,
          refundOrders: sum.refundOrders + r.refundOrders,
        }),
        EMPTY_SALES,
      );
    const buyers = dayBuyers.get(`||${date}`) ?? (parts.orders > 0 ? null : 0);
    return { date, figures: salesFigures(parts, buyers) };
  });
  const today = liveFigures(todayResult);
  const yesterdaySameTime = liveFigures(yesterdayResult);
  return {
    meta: reportMeta(filter),
    kpis: salesKpis(total),
    daily: daily.map((r) => ({
      date: r.date,
      platform: r.platform,
      orders: r.orders,
      units: r.units,
      paidFen: r.paidFen,
      refundFen: r.refundFen,
    })),
    days,
    ...salesSplits(slices, names),
    live: {
      asOf: filter.now,
      today,
      yesterdaySameTime,
      vsYesterday: {
        paidFen: relativeChange(today.paidFen, yesterdaySameTime.paidFen),
        orders: relativeChange(today.orders, yesterdaySameTime.orders),
        buyers: relativeChange(today.buyers, yesterdaySameTime.buyers),
      },
    },
  };
}

type DayRow = OverviewReport["days"][number];

/** CSV: one row per day of the range with the day's figures. */
function overviewCsv(report: OverviewReport): CsvTable<DayRow> {
  return {
    name: `overview-${report.meta.range.from}-${report.meta.range.to}`,
    columns: [
      { zh: "日期", en: "Date", kind: "date", value: (r) => r.date },
      { zh: "支付金额", en: "GMV", kind: "fen", value: (r) => r.figures.paidFen },
      { zh: "净销售额", en: "Net sales", kind: "fen", value: (r) => r.figures.netSalesFen },
      { zh: "支付订单数", en: "Orders", kind: "count", value: (r) => r.figures.orders },
      { zh: "支付件数", en: "Units", kind: "count", value: (r) => r.figures.units },
      { zh: "支付买家数", en: "Buyers", kind: "count", value: (r) => r.figures.buyers },
      { zh: "客单价", en: "AOV", kind: "fen", value: (r) => r.figures.aovFen },
      { zh: "退款金额", en: "Refunds", kind: "fen", value: (r) => r.figures.refundFen },
      { zh: "退款率", en: "Refund rate", kind: "ratio", value: (r) => r.figures.refundRate },
    ],
    rows: report.days,
  };
}

/** 总览: sales, refunds and buyers with 环比/同比, by day, platform and shop, and today so far. */
export const overviewReport: ReportDefinition<OverviewReport> = {
  run: runOverview,
  csv: overviewCsv,
};
