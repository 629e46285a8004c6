import {
  type AdFigures,
  type AdKpis,
  type AdParts,
  type AdsReport,
  adFigures,
  adSpendShare,
  compare,
  type DateRange,
  EMPTY_ADS,
  listDates,
  shareOf,
} from "@tongshu/shared";
import type { ReportDefinition } from "../endpoint.ts";
import { type ReportFilter, reportMeta } from "../filter.ts";
import { salesStatement, toSalesRows } from "../sales/sales-query.ts";
import { shopNames } from "../sales/sales-slices.ts";
import { adsCsv } from "./ads-csv.ts";
import {
  type AdGrouping,
  type AdRow,
  adKey,
  adsStatement,
  overlapStatement,
  toAdRows,
} from "./ads-query.ts";

const parts = (r: AdParts | undefined): AdParts =>
  r
    ? {
        spendFen: r.spendFen,
        impressions: r.impressions,
        clicks: r.clicks,
        attributedOrders: r.attributedOrders,
        attributedFen: r.attributedFen,
      }
    : EMPTY_ADS;

/** Each figure of three spans compared: 环比 against the previous, 同比 against last year. */
export function adKpis(current: AdFigures, previous: AdFigures, lastYear: AdFigures): AdKpis {
  const pick = (f: (x: AdFigures) => number | null) =>
    compare(f(current), f(previous), f(lastYear));
  return {
    spendFen: pick((x) => x.spendFen),
    impressions: pick((x) => x.impressions),
    clicks: pick((x) => x.clicks),
    ctr: pick((x) => x.ctr),
    cpcFen: pick((x) => x.cpcFen),
    conversionRate: pick((x) => x.conversionRate),
    attributedOrders: pick((x) => x.attributedOrders),
    attributedFen: pick((x) => x.attributedFen),
    roas: pick((x) => x.roas),
    acos: pick((x) => x.acos),
  };
}

/** Groups compared over the three spans: every group with spend now or in the previous span. */
function compared(perRange: AdRow[][]) {
  const [now = [], before = [], lastYear = []] = perRange;
  const keys = [...now, ...before.filter((b) => !now.some((n) => adKey(n) === adKey(b)))];
  return keys.map((id) => {
    const [c, p, y] = [now, before, lastYear].map((rows) =>
      adFigures(parts(rows.find((r) => adKey(r) === adKey(id)))),
    ) as [AdFigures, AdFigures, AdFigures];
    return { id, current: c, kpis: adKpis(c, p, y) };
  });
}

async function runAds(db: D1Database, filter: ReportFilter): Promise<AdsReport> {
  const ranges: DateRange[] = [filter.range, filter.previous, filter.lastYear];
  const threeSpans = (g: AdGrouping) => ranges.map((r) => adsStatement(db, filter, r, g));
  const [results, names] = await Promise.all([
    db.batch([
      ...threeSpans("total"),
      ...threeSpans("platform"),
      ...threeSpans("channel"),
      adsStatement(db, filter, filter.range, "campaign"),
      adsStatement(db, filter, filter.range, "item"),
      adsStatement(db, filter, filter.range, "date"),
      ...ranges.map((r) => salesStatement(db, filter, r, "total")),
      salesStatement(db, filter, filter.range, "platform"),
      salesStatement(db, filter, filter.range, "date"),
      overlapStatement(db, filter, filter.range),
    ]),
    shopNames(db, filter.workspaceId),
  ]);
  const ads = results.slice(0, 12).map((r) => toAdRows(r as D1Result));
  const sales = results.slice(12, 17).map((r) => toSalesRows(r as D1Result));
  const overlap = (results[17] as D1Result).results[0] as { shop_days: number; spend_fen: number };
  const salesOf = (i: number, match: (r: { platform: string; date: string }) => boolean) =>
    (sales[i] ?? []).filter(match).reduce((s, r) => s + r.paidFen, 0);

  const [total] = compared(ads.slice(0, 3));
  const totalFigures = total?.current ?? adFigures(EMPTY_ADS);
  const empty = adFigures(EMPTY_ADS);
  const totalSales = [0, 1, 2].map((i) => salesOf(i, () => true));
  const spendShares = [0, 1, 2].map((i) =>
    adSpendShare(ads[i]?.[0]?.spendFen ?? 0, totalSales[i] ?? 0),
  );
  const withSales = (figures: AdFigures, salesFen: number) => ({
    salesFen,
    spendShare: adSpendShare(figures.spendFen, salesFen),
  });
  return {
    meta: reportMeta(filter),
    total: {
      figures: totalFigures,
      kpis: total?.kpis ?? adKpis(empty, empty, empty),
      ...withSales(totalFigures, totalSales[0] ?? 0),
      spendShareKpi: compare(
        spendShares[0] ?? null,
        spendShares[1] ?? null,
        spendShares[2] ?? null,
      ),
    },
    platforms: compared(ads.slice(3, 6)).map((g) => ({
      platform: g.id.platform,
      figures: g.current,
      kpis: g.kpis,
      ...withSales(
        g.current,
        salesOf(3, (r) => r.platform === g.id.platform),
      ),
    })),
    channels: compared(ads.slice(6, 9)).map((g) => ({
      platform: g.id.platform,
      channel: g.id.channel,
      figures: g.current,
      spendOfTotal: shareOf(g.current.spendFen, totalFigures.spendFen),
      kpis: g.kpis,
    })),
    campaigns: (ads[9] ?? []).map((r) => ({
      platform: r.platform,
      shopId: r.shopId,
      shopName: names.get(`${r.platform}|${r.shopId}`) ?? null,
      channel: r.channel,
      campaignId: r.campaignId,
      campaignName: r.name,
      figures: adFigures(parts(r)),
    })),
    items: (ads[10] ?? []).map((r) => ({
      platform: r.platform,
      shopId: r.shopId,
      itemId: r.itemId,
      title: r.name,
      figures: adFigures(parts(r)),
    })),
    days: listDates(filter.range).map((date) => {
      const figures = adFigures(parts(ads[11]?.find((r) => r.date === date)));
      return {
        date,
        figures,
        ...withSales(
          figures,
          salesOf(4, (r) => r.date === date),
        ),
      };
    }),
    overlap: { shopDays: overlap.shop_days, spendFen: overlap.spend_fen },
  };
}

/** 广告: spend, reach and attributed sales by platform, channel, campaign, item and day. */
export const adsReport: ReportDefinition<AdsReport> = { run: runAds, csv: adsCsv };
