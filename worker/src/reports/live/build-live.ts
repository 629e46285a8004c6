import {
  type LiveComparison,
  type LiveFigures,
  type LiveHour,
  type LiveProduct,
  type LiveReport,
  PLATFORMS,
  type Platform,
  relativeChange,
} from "@tongshu/shared";
import { buildProducts, rankProducts } from "../products/build-products.ts";
import type { SkuSales } from "../products/products-query.ts";
import type { HourRow } from "./live-query.ts";

/** Products the wall lists. */
export const LIVE_TOP_PRODUCTS = 10;

const ZERO: LiveFigures = { paidFen: 0, orders: 0 };
const add = (a: LiveFigures, b: LiveFigures): LiveFigures => ({
  paidFen: a.paidFen + b.paidFen,
  orders: a.orders + b.orders,
});

function comparison(today: LiveFigures, yesterday: LiveFigures): LiveComparison {
  return {
    today,
    yesterday,
    vsYesterday: {
      paidFen: relativeChange(today.paidFen, yesterday.paidFen),
      orders: relativeChange(today.orders, yesterday.orders),
    },
  };
}

/**
 * The live report's figures from hour rows of today and yesterday: dense hours 0..currentHour
 * for every platform (with a shop in the filter or with sales), per-platform and total
 * comparisons, and the top products by today's paid amount.
 */
export function buildLive(input: {
  today: string;
  currentHour: number;
  hours: HourRow[];
  shopPlatforms: Platform[];
  skus: SkuSales[];
}): Pick<LiveReport, "total" | "platforms" | "hourly" | "topProducts"> {
  const { today, currentHour, hours } = input;
  const cell = new Map<string, LiveFigures>();
  const keyOf = (day: "today" | "yesterday", platform: string, hour: number) =>
    `${day}|${platform}|${hour}`;
  for (const r of hours) {
    const key = keyOf(r.date === today ? "today" : "yesterday", r.platform, r.hour);
    cell.set(key, add(cell.get(key) ?? ZERO, { paidFen: r.paidFen, orders: r.orders }));
  }
  const present = new Set<Platform>([...input.shopPlatforms, ...hours.map((r) => r.platform)]);
  const hourly: LiveHour[] = [];
  const sums = new Map<Platform, { today: LiveFigures; yesterday: LiveFigures }>();
  for (const platform of PLATFORMS.filter((p) => present.has(p))) {
    let t = ZERO;
    let y = ZERO;
    for (let hour = 0; hour <= currentHour; hour++) {
      const todayCell = cell.get(keyOf("today", platform, hour)) ?? ZERO;
      const yesterdayCell = cell.get(keyOf("yesterday", platform, hour)) ?? ZERO;
      hourly.push({ hour, platform, today: todayCell, yesterday: yesterdayCell });
      t = add(t, todayCell);
      y = add(y, yesterdayCell);
    }
    sums.set(platform, { today: t, yesterday: y });
  }
  hourly.sort(
    (a, b) => a.hour - b.hour || PLATFORMS.indexOf(a.platform) - PLATFORMS.indexOf(b.platform),
  );
  const platforms = [...sums.entries()]
    .map(([platform, s]) => ({ platform, ...comparison(s.today, s.yesterday) }))
    .sort((a, b) => b.today.paidFen - a.today.paidFen);
  const totalToday = platforms.reduce((s, p) => add(s, p.today), ZERO);
  const totalYesterday = platforms.reduce((s, p) => add(s, p.yesterday), ZERO);
  return {
    total: comparison(totalToday, totalYesterday),
    platforms,
    hourly,
    topProducts: topProducts(input.skus),
  };
}

/** The products report's grouping and naming, ranked by paid amount, first ten. */
function topProducts(skus: SkuSales[]): LiveProduct[] {
  const ranked = rankProducts(buildProducts(skus, [], false), "sales");
  return ranked.slice(0, LIVE_TOP_PRODUCTS).map((p) => ({
    rank: p.rank,
    productId: p.productId,
    name: p.name,
    platforms: p.platforms.map((s) => s.platform),
    units: p.units,
    paidFen: p.paidFen,
  }));
}
