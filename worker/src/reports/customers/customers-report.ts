import {
  addDays,
  type CustomerFigures,
  type CustomersReport,
  PLATFORMS,
  type Platform,
  type RepurchaseCohortRow,
  RFM_LOOKBACK_DAYS,
  type RfmCell,
  repurchaseRate,
  summarizeRfm,
} from "@tongshu/shared";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { customersCsv } from "./customers-csv.ts";
import {
  newReturningStatement,
  repurchaseStatement,
  rfmStatement,
  unknownBuyerStatement,
} from "./customers-query.ts";

/** Repurchase windows in days; the longest bounds how far the next-order lookup reaches. */
const WINDOWS = [30, 90] as const;

interface Rows {
  groups: Array<{
    platform: Platform;
    is_new: number;
    buyers: number;
    orders: number;
    paid_fen: number;
  }>;
  unknown: Array<{ platform: Platform; orders: number; paid_fen: number }>;
  cohort: Array<RepurchaseCohortRow & { platform: Platform }>;
  cells: Array<RfmCell & { platform: Platform }>;
}

/** The figures of the rows given (one platform's, or all: per-platform buyers add up). */
function customerFigures(rows: Rows, today: string): CustomerFigures {
  const group = (isNew: boolean) => {
    const mine = rows.groups.filter((g) => Boolean(g.is_new) === isNew);
    return {
      buyers: mine.reduce((s, g) => s + g.buyers, 0),
      orders: mine.reduce((s, g) => s + g.orders, 0),
      paidFen: mine.reduce((s, g) => s + g.paid_fen, 0),
    };
  };
  return {
    newBuyers: group(true),
    returningBuyers: group(false),
    unknownBuyerOrders: {
      orders: rows.unknown.reduce((s, u) => s + u.orders, 0),
      paidFen: rows.unknown.reduce((s, u) => s + u.paid_fen, 0),
    },
    repurchase: {
      d30: repurchaseRate(rows.cohort, WINDOWS[0], today),
      d90: repurchaseRate(rows.cohort, WINDOWS[1], today),
    },
    rfm: summarizeRfm(rows.cells),
  };
}

async function runCustomers(db: D1Database, filter: ReportFilter): Promise<CustomersReport> {
  const rfmWindow = {
    from: addDays(filter.range.to, -(RFM_LOOKBACK_DAYS - 1)),
    to: filter.range.to,
  };
  const results = await db.batch([
    newReturningStatement(db, filter, filter.range),
    unknownBuyerStatement(db, filter, filter.range),
    repurchaseStatement(db, filter, filter.range, WINDOWS[1]),
    rfmStatement(db, filter, rfmWindow),
  ]);
  const raw = results.map((r) => (r as D1Result).results as Array<Record<string, unknown>>);
  const rows: Rows = {
    groups: (raw[0] ?? []) as unknown as Rows["groups"],
    unknown: (raw[1] ?? []) as unknown as Rows["unknown"],
    cohort: (raw[2] ?? []).map((r) => ({
      platform: r.platform as Platform,
      firstDate: r.first_date as string,
      gapDays: r.gap_days as number | null,
      buyers: r.buyers as number,
    })),
    cells: (raw[3] ?? []).map((r) => ({
      platform: r.platform as Platform,
      r: r.r,
      f: r.f,
      m: r.m,
      buyers: r.buyers,
      orders: r.orders,
      paidFen: r.paid_fen,
    })) as Rows["cells"],
  };
  const seen = new Set<string>(
    [rows.groups, rows.unknown, rows.cohort, rows.cells].flatMap((list) =>
      list.map((r) => r.platform),
    ),
  );
  const only = (platform: Platform): Rows => ({
    groups: rows.groups.filter((r) => r.platform === platform),
    unknown: rows.unknown.filter((r) => r.platform === platform),
    cohort: rows.cohort.filter((r) => r.platform === platform),
    cells: rows.cells.filter((r) => r.platform === platform),
  });
  return {
    meta: reportMeta(filter),
    rfmWindow,
    total: customerFigures(rows, filter.today),
    platforms: PLATFORMS.filter((p) => seen.has(p)).map((platform) => ({
      platform,
      ...customerFigures(only(platform), filter.today),
    })),
  };
}

/** 客户: new vs returning buyers, repurchase in 30/90 days and RFM segments per platform. */
export const customersReport: ReportDefinition<CustomersReport> = {
  run: runCustomers,
  csv: customersCsv,
};
