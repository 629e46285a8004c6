import type { Platform } from "@tongshu/shared";
import type { DemoContext } from "./context.ts";
import { at, createRng } from "./random.ts";
import type { DemoShopRuntime } from "./shops.ts";
import { topListings } from "./traffic.ts";

export interface CampaignSpec {
  channel: string;
  name: string;
  weight: number;
  /** Only runs in a sale's run-up (MM-DD window). */
  window?: readonly [string, string];
}

export interface ActiveCampaign {
  spec: CampaignSpec;
  campaignId: string;
  itemId: string | null;
  name: string;
}

const RUNUP_1111 = ["10-20", "11-11"] as const;
const RUNUP_618 = ["05-20", "06-18"] as const;

const ALIMAMA: readonly CampaignSpec[] = [
  { channel: "ztc", name: "关键词推广-日常爆款", weight: 3 },
  { channel: "ztc", name: "关键词推广-长尾词", weight: 1 },
  { channel: "wxt", name: "货品全站推", weight: 3 },
  { channel: "wxt", name: "人群推广-拉新", weight: 1.5 },
  { channel: "wxt", name: "双11预热-加购", weight: 2.5, window: RUNUP_1111 },
  { channel: "wxt", name: "618预热-加购", weight: 2, window: RUNUP_618 },
];

const CAMPAIGNS: Readonly<Record<Platform, readonly CampaignSpec[]>> = {
  taobao: ALIMAMA,
  tmall: ALIMAMA,
  jd: [
    { channel: "jzt", name: "快车-爆款", weight: 3 },
    { channel: "jzt", name: "快车-新品", weight: 1 },
    { channel: "jzt", name: "海投-全店", weight: 2 },
    { channel: "jzt", name: "京东618大促", weight: 2.5, window: RUNUP_618 },
    { channel: "jzt", name: "11.11全店推广", weight: 2, window: RUNUP_1111 },
  ],
  // Pinduoduo promotes goods one by one: one unit per top item and scene.
  pdd: [
    { channel: "pdd-search", name: "多多搜索", weight: 3 },
    { channel: "pdd-scene", name: "多多场景", weight: 1.5 },
  ],
};

/** Campaign ids stay fixed per shop and campaign (Pinduoduo: per promoted goods). */
function campaignId(seed: number, shop: DemoShopRuntime, channel: string, key: string): string {
  return createRng(seed, "campaign", shop.spec.key, channel, key).digits(
    channel === "wxt" ? 10 : 9,
  );
}

function inWindow(date: string, window: CampaignSpec["window"]): boolean {
  if (!window) return true;
  const monthDay = date.slice(5);
  return monthDay >= window[0] && monthDay <= window[1];
}

/** The campaigns a shop runs on a day: always-on ones, sale run-ups in season, Pinduoduo's per-goods units. */
export function activeCampaigns(
  ctx: DemoContext,
  shop: DemoShopRuntime,
  day: number,
): ActiveCampaign[] {
  const date = at(ctx.dates, day);
  const items = shop.platform === "pdd" ? topListings(ctx, shop, day, 3) : [];
  return CAMPAIGNS[shop.platform].flatMap((spec, index): ActiveCampaign[] => {
    if (!inWindow(date, spec.window)) return [];
    const { channel } = spec;
    if (shop.platform !== "pdd") {
      return [
        {
          spec,
          campaignId: campaignId(ctx.seed, shop, channel, String(index)),
          itemId: null,
          name: spec.name,
        },
      ];
    }
    return items.slice(0, channel === "pdd-search" ? 3 : 2).map((l) => ({
      spec,
      campaignId: campaignId(ctx.seed, shop, channel, l.itemId),
      itemId: l.itemId,
      name: `${spec.name}-${l.product.name}`,
    }));
  });
}
