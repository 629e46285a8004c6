import {
  addDays,
  beijingHour,
  DAY_MS,
  dateRange,
  type LiveHour,
  type LiveReport,
  type Platform,
  samePeriodLastYear,
} from "@tongshu/shared";
import type { CsvTable } from "../csv.ts";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { platformLabel } from "../products/platform-labels.ts";
import { toSkuSales } from "../products/products-query.ts";
import { buildLive } from "./build-live.ts";
import {
  hourlyStatement,
  shopPlatformsStatement,
  todaySkuStatement,
  toHourRows,
} from "./live-query.ts";

async function runLive(db: D1Database, filter: ReportFilter): Promise<LiveReport> {
  const today = filter.today;
  const yesterday = addDays(today, -1);
  const [hoursResult, platformsResult, skusResult] = await db.batch([
    // Yesterday until the same time of day (Beijing has no DST: 24 h earlier).
    hourlyStatement(db, filter, {
      today,
      todayUntil: filter.now,
      yesterday,
      yesterdayUntil: filter.now - DAY_MS,
    }),
    shopPlatformsStatement(db, filter),
    todaySkuStatement(db, filter, today, filter.now),
  ]);
  const range = dateRange(today, today);
  const currentHour = beijingHour(filter.now);
  return {
    // The wall always shows today, whatever range the query named.
    meta: {
      ...reportMeta(filter),
      range,
      previous: dateRange(yesterday, yesterday),
      lastYear: samePeriodLastYear(range),
    },
    asOf: filter.now,
    today,
    yesterday,
    currentHour,
    ...buildLive({
      today,
      currentHour,
      hours: toHourRows(hoursResult as D1Result),
      shopPlatforms: (platformsResult as D1Result<{ platform: Platform }>).results.map(
        (r) => r.platform,
      ),
      skus: toSkuSales(skusResult as D1Result),
    }),
  };
}

/** CSV: one row per hour and platform, today beside yesterday's same hour. */
function liveCsv(report: LiveReport, filter: ReportFilter): CsvTable<LiveHour> {
  const lang = filter.query.lang;
  const hour = (h: number) => `${String(h).padStart(2, "0")}:00`;
  return {
    name: `live-${report.today}`,
    columns: [
      { zh: "时段", en: "Hour", kind: "text", value: (r) => hour(r.hour) },
      { zh: "平台", en: "Platform", kind: "text", value: (r) => platformLabel(r.platform, lang) },
      { zh: "今日支付金额", en: "GMV today", kind: "fen", value: (r) => r.today.paidFen },
      { zh: "今日支付订单数", en: "Orders today", kind: "count", value: (r) => r.today.orders },
      { zh: "昨日支付金额", en: "GMV yesterday", kind: "fen", value: (r) => r.yesterday.paidFen },
      {
        zh: "昨日支付订单数",
        en: "Orders yesterday",
        kind: "count",
        value: (r) => r.yesterday.orders,
      },
    ],
    rows: report.hourly,
  };
}

/** 大屏 (live): today so far by hour and platform against yesterday, and today's top products. */
export const liveReport: ReportDefinition<LiveReport> = {
  run: runLive,
  csv: liveCsv,
};
