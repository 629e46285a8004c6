import type { Ad, Platform } from "@tongshu/shared";
import { promoLevel } from "./calendar.ts";
import { activeCampaigns } from "./campaigns.ts";
import type { DemoContext } from "./context.ts";
import { type DraftOrder, isPaidBy } from "./draft.ts";
import { at, createRng } from "./random.ts";
import type { DemoShopRuntime } from "./shops.ts";
import { demoSource } from "./sources.ts";
import { dataCaptureAt } from "./traffic.ts";

/** Cost per click in fen and click-through rates by channel. */
const CPC: Readonly<Record<Platform, readonly [number, number]>> = {
  taobao: [80, 180],
  tmall: [120, 260],
  jd: [100, 220],
  pdd: [40, 110],
};
const CTR: Readonly<Record<string, readonly [number, number]>> = {
  ztc: [0.02, 0.05],
  wxt: [0.008, 0.025],
  jzt: [0.015, 0.04],
  "pdd-search": [0.02, 0.05],
  "pdd-scene": [0.005, 0.02],
};

/**
 * One record per campaign and day. Spend is a share of the day's GMV; clicks ≤ impressions;
 * attributed amounts add up to at most 80% of the shop's paid amount that day, attributed
 * orders to at most its paid orders.
 */
export function buildAds(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  day: number,
  orders: readonly DraftOrder[],
): Ad[] {
  const date = at(ctx.dates, day);
  const rng = createRng(ctx.seed, "ads", shop.spec.key, date);
  const paid = orders.filter((o) => isPaidBy(o, ctx.now));
  const gmv = paid.reduce((s, o) => s + o.paidFen, 0);
  const promo = promoLevel(date);
  const active = activeCampaigns(ctx, shop, day);
  if (active.length === 0) return [];
  const budget =
    gmv > 0 ? gmv * shop.spec.adShare * Math.exp(0.15 * rng.normal()) : rng.int(300, 2000);
  const totalWeight = active.reduce((s, c) => s + c.spec.weight, 0);
  const drafts = active.map((c) => {
    const cpc = rng.int(...CPC[shop.platform]);
    const clicks = Math.floor(
      (budget * (c.spec.weight / totalWeight) * rng.range(0.85, 1.15)) / cpc,
    );
    const [low, high] = CTR[c.spec.channel] ?? [0.01, 0.03];
    const spendFen = clicks * cpc;
    const roi = rng.range(1.8, 4.5) * (promo >= 2 ? 1.3 : 1);
    return {
      c,
      clicks,
      spendFen,
      impressions: Math.round(clicks / rng.range(low, high)),
      attributed: spendFen * roi,
    };
  });
  const totalAttributed = drafts.reduce((s, d) => s + d.attributed, 0);
  const fenScale = totalAttributed > gmv * 0.8 ? (gmv * 0.8) / totalAttributed : 1;
  const aov = paid.length > 0 ? gmv / paid.length : 1;
  const wantedOrders = drafts.reduce((s, d) => s + Math.floor((d.attributed * fenScale) / aov), 0);
  const orderScale = wantedOrders > paid.length ? paid.length / wantedOrders : 1;
  const capturedAt = dataCaptureAt(ctx, day, rng);
  return drafts.map(({ c, clicks, spendFen, impressions, attributed }) => {
    const attributedOrders = Math.floor(Math.floor((attributed * fenScale) / aov) * orderScale);
    return {
      kind: "ad",
      platform: shop.platform,
      shopId: shop.shopId,
      capturedAt,
      source: demoSource("ad", shop.platform),
      date,
      channel: c.spec.channel,
      campaignId: c.campaignId,
      campaignName: c.name,
      itemId: c.itemId,
      spendFen,
      impressions,
      clicks,
      attributedOrders,
      attributedFen: attributedOrders > 0 ? Math.floor(attributed * fenScale) : 0,
    };
  });
}
