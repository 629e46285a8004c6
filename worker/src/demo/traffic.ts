import { startOfBusinessDay, type Traffic } from "@tongshu/shared";
import { promoLevel } from "./calendar.ts";
import type { DemoContext } from "./context.ts";
import { type DraftOrder, isPaidBy } from "./draft.ts";
import type { Listing } from "./listings.ts";
import { at, createRng, type Rng } from "./random.ts";
import type { DemoShopRuntime } from "./shops.ts";
import { demoSource } from "./sources.ts";

type Metrics = Pick<
  Traffic,
  "visitors" | "pageViews" | "buyers" | "paidOrders" | "paidFen" | "cartBuyers" | "favBuyers"
>;

const UNKNOWN: Metrics = {
  visitors: null,
  pageViews: null,
  buyers: null,
  paidOrders: null,
  paidFen: null,
  cartBuyers: null,
  favBuyers: null,
};

/** Data-center figures for day D are final the next morning; today's are live at `now`. */
export function dataCaptureAt(ctx: DemoContext, day: number, rng: Rng): number {
  if (day >= ctx.days) return ctx.now;
  const nextMorning = startOfBusinessDay(at(ctx.dates, day + 1)) + rng.range(9, 10) * 3_600_000;
  return Math.min(ctx.now, Math.round(nextMorning));
}

/** The listings whose item pages the seller looks at: the shop's best sellers on sale that day. */
export function topListings(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  day: number,
  count: number,
): Listing[] {
  return (ctx.listingsByShop[shop.index] ?? [])
    .filter(
      ({ product: p }) =>
        (p.launchDay === null || p.launchDay <= day) && (p.endDay === null || day < p.endDay),
    )
    .sort((a, b) => b.weight - a.weight)
    .slice(0, count);
}

function funnel(
  rng: Rng,
  buyers: number,
  conversion: number,
  cap: number,
  floor: [number, number],
): Metrics {
  const visitors = Math.min(
    cap,
    buyers > 0 ? Math.max(buyers, Math.round(buyers / conversion)) : rng.int(...floor),
  );
  return {
    visitors: Math.max(visitors, buyers),
    pageViews: Math.round(Math.max(visitors, buyers) * rng.range(1.6, 3.2)),
    buyers,
    paidOrders: 0,
    paidFen: 0,
    cartBuyers: Math.round(visitors * rng.range(0.06, 0.11)),
    favBuyers: Math.round(visitors * rng.range(0.02, 0.05)),
  };
}

/**
 * Shop-level and top-item traffic for one day, consistent with the orders: buyers are the
 * distinct buyer keys of orders paid that day, paid orders and amounts are theirs (item
 * amounts are line amounts, without postage), visitors ≥ buyers, item visitors ≤ shop visitors.
 */
export function buildTraffic(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  day: number,
  orders: readonly DraftOrder[],
): Traffic[] {
  const date = at(ctx.dates, day);
  const rng = createRng(ctx.seed, "traffic", shop.spec.key, date);
  const capturedAt = dataCaptureAt(ctx, day, rng);
  const obfuscated = day === ctx.days && shop.platform === "pdd" && ctx.pddTodayObfuscated;
  const base = {
    kind: "traffic",
    platform: shop.platform,
    shopId: shop.shopId,
    capturedAt,
    date,
    days: 1,
  } as const;
  const paid = orders.filter((o) => isPaidBy(o, ctx.now));
  const promo = promoLevel(date);
  const conversion =
    shop.spec.conversion *
    Math.exp(0.1 * rng.normal()) *
    (promo >= 2 ? 1.6 : promo === 1 ? 1.15 : 1);

  const shopMetrics = funnel(
    rng,
    new Set(paid.map((o) => o.buyerKey)).size,
    conversion,
    Number.MAX_SAFE_INTEGER,
    [20, 120],
  );
  shopMetrics.paidOrders = paid.length;
  shopMetrics.paidFen = paid.reduce((s, o) => s + o.paidFen, 0);
  const records: Traffic[] = [
    {
      ...base,
      source: demoSource("traffic", shop.platform),
      itemId: null,
      ...(obfuscated ? UNKNOWN : shopMetrics),
    },
  ];
  const shopVisitors = shopMetrics.visitors ?? 0;
  for (const listing of topListings(ctx, shop, day, shop.platform === "tmall" ? 10 : 8)) {
    const buyers = new Set<string>();
    let paidOrders = 0;
    let paidFen = 0;
    for (const order of paid) {
      const lines = order.lines.filter((l) => l.listing === listing);
      if (lines.length === 0) continue;
      buyers.add(order.buyerKey);
      paidOrders++;
      for (const line of lines) paidFen += line.paidFen;
    }
    const metrics = funnel(rng, buyers.size, conversion * rng.range(1, 1.6), shopVisitors, [3, 40]);
    metrics.paidOrders = paidOrders;
    metrics.paidFen = paidFen;
    const source = demoSource("traffic", shop.platform, true);
    records.push({ ...base, source, itemId: listing.itemId, ...(obfuscated ? UNKNOWN : metrics) });
  }
  return records;
}
