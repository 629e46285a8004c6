import { type CanonicalRecord, daysBetween } from "@tongshu/shared";
import { buildAds } from "./ads.ts";
import { createContext, type DemoContext } from "./context.ts";
import { generateOrders } from "./orders.ts";
import { toOrderRecord, toRefundRecords } from "./project.ts";
import { createRng } from "./random.ts";
import { daySettlements, orderSettlements } from "./settlements.ts";
import type { DemoShopRuntime } from "./shops.ts";
import { buildSkuRecords } from "./skus.ts";
import { buildTraffic } from "./traffic.ts";
import type { DemoOptions, DemoProduct, DemoWorkspace } from "./types.ts";

/** Everything that follows from one shop's day: orders, their refunds and bill lines, traffic, ads. */
function shopDayRecords(ctx: DemoContext, shop: DemoShopRuntime, day: number): CanonicalRecord[] {
  const date = ctx.dates[day] ?? "";
  const orders = generateOrders(ctx, shop, day);
  const billRng = createRng(ctx.seed, "bill", shop.spec.key, date);
  const records: CanonicalRecord[] = [];
  for (const order of orders) {
    records.push(
      toOrderRecord(order, ctx.now),
      ...toRefundRecords(order, ctx.now),
      ...orderSettlements(ctx, order, billRng),
    );
  }
  const ads = buildAds(ctx, shop, day, orders);
  // Spread only small arrays: a big sale day at a large scale holds too many for one call.
  records.push(
    ...buildTraffic(ctx, shop, day, orders),
    ...ads,
    ...daySettlements(ctx, shop, day, ads, billRng),
  );
  return records;
}

function dayRecords(ctx: DemoContext, date: string, shopId?: string): CanonicalRecord[] {
  const day = daysBetween(ctx.dates[0] ?? date, date);
  if (day < 0 || day > ctx.days)
    throw new RangeError(`${date} is outside the demo window ${ctx.dates[0]}..${ctx.today}`);
  const records: CanonicalRecord[] = [];
  for (const shop of ctx.shops) {
    if (shopId !== undefined && shop.shopId !== shopId) continue;
    for (const record of shopDayRecords(ctx, shop, day)) records.push(record);
  }
  return records;
}

function* chunked(ctx: DemoContext, chunkSize: number): Generator<CanonicalRecord[]> {
  let buffer: CanonicalRecord[] = buildSkuRecords(ctx);
  function* flush(all: boolean): Generator<CanonicalRecord[]> {
    let start = 0;
    while (buffer.length - start >= chunkSize || (all && start < buffer.length)) {
      yield buffer.slice(start, start + chunkSize);
      start += chunkSize;
    }
    buffer = buffer.slice(start);
  }
  yield* flush(false);
  for (let day = 0; day <= ctx.days; day++) {
    for (const shop of ctx.shops) {
      for (const record of shopDayRecords(ctx, shop, day)) buffer.push(record);
    }
    yield* flush(false);
  }
  yield* flush(true);
}

function publicProducts(ctx: DemoContext): DemoProduct[] {
  const dateOf = (day: number | null) => (day === null ? null : (ctx.dates[day] ?? null));
  return ctx.catalogue.map((p) => ({
    productId: p.productId,
    name: p.name,
    category: p.category,
    launchedOn: dateOf(p.launchDay),
    discontinuedOn: dateOf(p.endDay),
    skus: p.skus.map(({ outerSkuId, skuText, listPriceFen }) => ({
      outerSkuId,
      skuText,
      listPriceFen,
    })),
    listings: ctx.listings
      .filter((l) => l.product === p)
      .map((l) => ({
        platform: l.shop.platform,
        shopId: l.shop.shopId,
        itemId: l.itemId,
        title: l.title,
        skus: l.skus.map(({ skuId, outerSkuId, skuText, priceFen }) => ({
          skuId,
          outerSkuId,
          skuText,
          priceFen,
        })),
      })),
  }));
}

/**
 * A deterministic demo workspace: shops of one invented brand on Taobao, Tmall, JD and
 * Pinduoduo with a shared catalogue, and every canonical record kind over `days` complete days
 * plus today up to `nowHour`. Pure: no clock, no I/O; the same options give the same records.
 */
export function createDemoWorkspace(options: DemoOptions): DemoWorkspace {
  const ctx = createContext(options);
  return {
    seed: ctx.seed,
    range: { from: ctx.dates[0] ?? ctx.today, to: ctx.today },
    today: ctx.today,
    now: ctx.now,
    shops: ctx.shops.map(({ platform, shopId, shopName }) => ({ platform, shopId, shopName })),
    products: publicProducts(ctx),
    costs: ctx.costs.map((c) => ({ ...c })),
    dataQuality: {
      missingOuterCode: ctx.dataQuality.missingOuterCode.map((m) => ({ ...m })),
      reusedOuterCode: ctx.dataQuality.reusedOuterCode.map((r) => ({
        ...r,
        productIds: [...r.productIds],
      })),
    },
    records: ({ chunkSize = 1000 } = {}) => {
      if (!Number.isInteger(chunkSize) || chunkSize < 1)
        throw new RangeError("chunkSize must be a positive integer");
      return chunked(ctx, chunkSize);
    },
    dayRecords: (date, shopId) => dayRecords(ctx, date, shopId),
    skuRecords: () => buildSkuRecords(ctx),
  };
}
