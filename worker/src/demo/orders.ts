import { startOfBusinessDay } from "@tongshu/shared";
import { hourWeights, hourWeightsUntil, promoLevel } from "./calendar.ts";
import type { DemoContext } from "./context.ts";
import type { DraftLine, DraftOrder } from "./draft.ts";
import { lineId, orderId } from "./ids.ts";
import { planLifecycle } from "./lifecycle.ts";
import type { Listing, ListingSku } from "./listings.ts";
import { allocateFen } from "@tongshu/shared";
import { planDiscount, planInsurance, planShipping } from "./order-money.ts";
import { at, createRng, hex256, type Rng } from "./random.ts";
import { pickRegion, type Region } from "./regions.ts";
import type { DemoShopRuntime } from "./shops.ts";

const HOUR_MS = 3_600_000;

interface Menu {
  items: Array<{ listing: Listing; sku: ListingSku }>;
  cumulative: number[];
}

/** What a shop sells on a day: launched, not discontinued, not sold out; weighted by popularity. */
function buildMenu(listings: readonly Listing[], day: number): Menu {
  const menu: Menu = { items: [], cumulative: [] };
  let total = 0;
  for (const listing of listings) {
    const { launchDay, endDay } = listing.product;
    if ((launchDay !== null && day < launchDay) || (endDay !== null && day >= endDay)) continue;
    for (const sku of listing.skus) {
      if (sku.soldOutDay !== null && day >= sku.soldOutDay) continue;
      total += listing.weight * sku.weight;
      menu.items.push({ listing, sku });
      menu.cumulative.push(total);
    }
  }
  return menu;
}

function pickFromMenu(menu: Menu, rng: Rng): { listing: Listing; sku: ListingSku } {
  const target = rng.next() * (menu.cumulative[menu.cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = menu.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((menu.cumulative[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return at(menu.items, lo);
}

/**
 * Buyers: a share of orders comes from the shop's returning customers (a pool, skewed so some
 * buy often), the rest from one-time buyers. The key is a seeded 256-bit hash, never derived
 * from anything about a real person; a returning buyer keeps one key and one region.
 */
function pickBuyer(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  rng: Rng,
): { key: string; region: Region | null } {
  const { key } = shop.spec;
  if (rng.chance(shop.spec.loyalShare)) {
    const n = Math.floor((ctx.loyalPool[shop.index] ?? 1) * rng.next() ** 1.6);
    const region = pickRegion(createRng(ctx.seed, "buyer-region", key, n), shop.platform);
    return { key: hex256(ctx.seed, "buyer", key, "loyal", n), region };
  }
  const n = rng.uint32() * 1024 + rng.int(0, 1023);
  const region = rng.chance(0.003) ? null : pickRegion(rng, shop.platform);
  return { key: hex256(ctx.seed, "buyer", key, "once", n), region };
}

function quantity(rng: Rng, snack: boolean): number {
  return 1 + rng.weighted(snack ? [0.6, 0.25, 0.08, 0.04, 0.03] : [0.86, 0.1, 0.03, 0.01]);
}

function buildOrder(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  date: string,
  index: number,
  createdAt: number,
  menu: Menu,
  rng: Rng,
): DraftOrder {
  const { spec, platform } = shop;
  const promo = promoLevel(date);
  const id = orderId(platform, date, index, rng);
  const buyer = pickBuyer(ctx, shop, rng);
  // Pinduoduo orders always hold one goods; elsewhere ~15–20% of orders have several lines.
  const lineCount = rng.chance(spec.multiLineShare) ? 2 + rng.weighted([0.7, 0.2, 0.07, 0.03]) : 1;
  const picks: Array<{ listing: Listing; sku: ListingSku }> = [];
  for (let tries = 0; picks.length < lineCount && tries < lineCount * 6; tries++) {
    const pick = pickFromMenu(menu, rng);
    if (!picks.some((p) => p.sku === pick.sku)) picks.push(pick);
  }
  const lines: DraftLine[] = picks.map(({ listing, sku }, i) => ({
    lineId: lineId(platform, id, i, picks.length, sku.skuId),
    listing,
    sku,
    quantity: quantity(rng, listing.product.category === "snack"),
    unitPriceFen: sku.priceFen,
    paidFen: 0,
  }));
  const amounts = lines.map((l) => l.unitPriceFen * l.quantity);
  const goodsFen = amounts.reduce((s, a) => s + a, 0);
  const discountFen = planDiscount(rng, spec.discountShare, goodsFen, promo);
  const shippingFen = planShipping(rng, platform, goodsFen, buyer.region);
  allocateFen(amounts, goodsFen - discountFen).forEach((paid, i) => {
    at(lines, i).paidFen = paid;
  });
  const order: DraftOrder = {
    index,
    date,
    shop,
    orderId: id,
    createdAt,
    payAt: null,
    closeAt: null,
    shipAt: null,
    completeAt: null,
    goodsFen,
    shippingFen,
    discountFen,
    paidFen: goodsFen - discountFen + shippingFen,
    region: buyer.region,
    buyerKey: buyer.key,
    lines,
    refunds: [],
    insuranceFen: planInsurance(rng, platform),
  };
  planLifecycle(order, rng, spec.refundShare, promo);
  return order;
}

/** The orders a shop received on one day (today: only those created before `now`), by creation time. */
export function generateOrders(ctx: DemoContext, shop: DemoShopRuntime, day: number): DraftOrder[] {
  const date = at(ctx.dates, day);
  const rng = createRng(ctx.seed, "orders", shop.spec.key, date);
  const expected = ctx.expected[shop.index]?.[day] ?? 0;
  const count = Math.floor(expected * Math.exp(0.12 * rng.normal() - 0.0072) + rng.next());
  const menu = buildMenu(ctx.listingsByShop[shop.index] ?? [], day);
  if (count === 0 || menu.items.length === 0) return [];
  const isToday = day === ctx.days;
  const hours = isToday ? hourWeightsUntil(date, ctx.nowHour).weights : hourWeights(date);
  const start = startOfBusinessDay(date);
  const times = Array.from({ length: count }, () => {
    const hour = rng.weighted(hours);
    const span = isToday ? Math.min(1, ctx.nowHour - hour) : 1;
    return Math.floor(start + (hour + rng.next() * span) * HOUR_MS);
  }).sort((a, b) => a - b);
  return times.map((createdAt, index) => buildOrder(ctx, shop, date, index, createdAt, menu, rng));
}
