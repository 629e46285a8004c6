import type { SpanFiguresDto, TrafficReport } from "@tongshu/shared";

/** Test rows for the traffic helpers: figures with only what a test sets. */
export function spanFigures(over: Partial<SpanFiguresDto> = {}): SpanFiguresDto {
  return {
    source: "daily-sum",
    visitors: null,
    buyers: null,
    cartBuyers: null,
    pageViews: null,
    paidOrders: null,
    paidFen: null,
    conversionRate: null,
    missingDates: [],
    ...over,
  };
}

type Shop = TrafficReport["shops"][number];

export function trafficShop(over: Partial<Shop> = {}): Shop {
  const compared = {
    value: null,
    previous: null,
    lastYear: null,
    vsPrevious: null,
    vsLastYear: null,
  };
  return {
    platform: "taobao",
    shopId: "s1",
    shopName: "店一",
    figures: spanFigures(),
    funnel: null,
    kpis: {
      visitors: compared,
      pageViews: compared,
      buyers: compared,
      conversionRate: compared,
      cartBuyers: compared,
      paidOrders: compared,
      paidFen: compared,
    },
    days: [],
    ...over,
  };
}

export const META: TrafficReport["meta"] = {
  range: { from: "2026-11-01", to: "2026-11-03" },
  previous: { from: "2026-10-29", to: "2026-10-31" },
  lastYear: { from: "2025-11-01", to: "2025-11-03" },
  platforms: null,
  shops: null,
  today: "2026-11-04",
  generatedAt: 0,
};
