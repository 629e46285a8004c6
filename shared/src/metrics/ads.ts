import { ratio, shareOf } from "./compare.ts";

/** The additive parts of ad figures (sums over ad records: day × channel × campaign). */
export interface AdParts {
  spendFen: number;
  impressions: number;
  clicks: number;
  /** Orders the channel attributes to its ads (each channel's own attribution window). */
  attributedOrders: number;
  attributedFen: number;
}

/** Ad figures: the parts plus ratios recomputed from them (never averaged). */
export interface AdFigures extends AdParts {
  /** Clicks ÷ impressions (点击率); null without impressions. */
  ctr: number | null;
  /** Spend ÷ clicks in whole fen, half up (平均点击花费); null without clicks. */
  cpcFen: number | null;
  /** Attributed orders ÷ clicks (转化率); null without clicks. */
  conversionRate: number | null;
  /** Attributed GMV ÷ spend (投入产出比); null without spend. */
  roas: number | null;
  /** Spend ÷ attributed GMV (ACoS); null without attributed sales. */
  acos: number | null;
}

export const EMPTY_ADS: AdParts = {
  spendFen: 0,
  impressions: 0,
  clicks: 0,
  attributedOrders: 0,
  attributedFen: 0,
};

/** Adds ad parts (all additive across days, campaigns, channels, shops and platforms). */
export function addAds(a: AdParts, b: AdParts): AdParts {
  return {
    spendFen: a.spendFen + b.spendFen,
    impressions: a.impressions + b.impressions,
    clicks: a.clicks + b.clicks,
    attributedOrders: a.attributedOrders + b.attributedOrders,
    attributedFen: a.attributedFen + b.attributedFen,
  };
}

/** Derives CTR, CPC, conversion, ROAS and ACoS from summed parts. */
export function adFigures(parts: AdParts): AdFigures {
  return {
    ...parts,
    ctr: ratio(parts.clicks, parts.impressions),
    cpcFen: parts.clicks === 0 ? null : Math.round(parts.spendFen / parts.clicks),
    conversionRate: ratio(parts.attributedOrders, parts.clicks),
    roas: ratio(parts.attributedFen, parts.spendFen),
    acos: ratio(parts.spendFen, parts.attributedFen),
  };
}

/** Ad spend as a share of the paid amount (GMV) of the same slice; null when sales are 0. */
export function adSpendShare(spendFen: number, salesFen: number | null): number | null {
  return shareOf(spendFen, salesFen);
}

export interface AdChannelLabel {
  zh: string;
  en: string;
}

/**
 * The channel ids the extension's parsers emit (extension/src/platforms/*: taobao ztc-report,
 * wxt-report, tbk-overview; jd jzt-campaigns; pdd ad-units) with their names in the seller
 * centres. 淘宝客 "spend" is commission on paid orders, not a bid price.
 */
export const AD_CHANNELS: Readonly<Record<string, AdChannelLabel>> = {
  ztc: { zh: "直通车", en: "Zhitongche (keyword ads)" },
  wxt: { zh: "万相台", en: "Wanxiangtai" },
  tbk: { zh: "淘宝客", en: "Taobaoke (affiliates)" },
  jzt: { zh: "京准通", en: "JD Jingzhuntong" },
  "pdd-search": { zh: "多多搜索", en: "Duoduo search" },
  "pdd-scene": { zh: "多多场景", en: "Duoduo scene" },
};

/** A channel's display name; an id no parser is known to emit shows as itself. */
export function adChannelLabel(channel: string, lang: "zh-CN" | "en" = "zh-CN"): string {
  // Own keys only: "constructor" is a valid channel id and an Object.prototype member.
  const label = Object.hasOwn(AD_CHANNELS, channel) ? AD_CHANNELS[channel] : undefined;
  if (!label) return channel;
  return lang === "en" ? label.en : label.zh;
}
