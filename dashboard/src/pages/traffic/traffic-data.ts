import type { TrafficReport } from "@tongshu/shared";

type Shop = TrafficReport["shops"][number];
export type TrafficFunnel = NonNullable<Shop["funnel"]>;

/** The funnel steps the API gives, in order. */
export type FunnelStageId = "visitors" | "cartBuyers" | "buyers";

export interface FunnelStage {
  id: FunnelStageId;
  /** Distinct people; null where the platform did not give the step. */
  count: number | null;
  /** Bar length as a share of the visitors bar, 0…1. */
  width: number;
  /** This step ÷ the step before; null for the first step or when either is unknown or 0. */
  fromPrevious: number | null;
  /** This step ÷ visitors (the API's cartRate and conversionRate). */
  ofVisitors: number | null;
}

const share = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole <= 0 ? null : part / whole;

/**
 * The funnel as bars: visitors → add-to-cart → paying buyers. Paying buyers need not have
 * added to cart first, so the cart → paid step can exceed 100%; it is shown as it is.
 */
export function funnelStages(funnel: TrafficFunnel): FunnelStage[] {
  const width = (n: number | null) => Math.min(1, Math.max(0, share(n, funnel.visitors) ?? 0));
  return [
    {
      id: "visitors",
      count: funnel.visitors,
      width: funnel.visitors > 0 ? 1 : 0,
      fromPrevious: null,
      ofVisitors: null,
    },
    {
      id: "cartBuyers",
      count: funnel.cartBuyers,
      width: width(funnel.cartBuyers),
      fromPrevious: funnel.cartRate,
      ofVisitors: funnel.cartRate,
    },
    {
      id: "buyers",
      count: funnel.buyers,
      width: width(funnel.buyers),
      fromPrevious: share(funnel.buyers, funnel.cartBuyers),
      ofVisitors: funnel.conversionRate,
    },
  ];
}

/** Shops whose span figures the platform gave (the API's funnel), and how many have none. */
export function shopFunnels(shops: readonly Shop[]): {
  funnels: Array<{ shop: Shop; funnel: TrafficFunnel }>;
  without: number;
} {
  const funnels = shops.flatMap((shop) => (shop.funnel ? [{ shop, funnel: shop.funnel }] : []));
  return { funnels, without: shops.length - funnels.length };
}

/**
 * Why the total's distinct counts are null: when some shop has the platform's own figure for
 * the span, only because several shops are never added up (one person may visit two shops);
 * otherwise because the platform gave no figure for exactly this span.
 */
export function unknownTotalReason(report: Pick<TrafficReport, "shops">): "shops" | "span" {
  const someKnown = report.shops.some((s) => s.figures.visitors !== null);
  return report.shops.length > 1 && someKnown ? "shops" : "span";
}

/** Whether the range holds any traffic record (else the page says how to capture some). */
export function hasTrafficData(report: Pick<TrafficReport, "shops" | "items">): boolean {
  return report.items.length > 0 || report.shops.some((s) => s.figures.source !== "unknown");
}

/** "platform:shopId" → the shop's name as captured (its id when no name was). */
export function shopNames(shops: readonly Shop[]): Map<string, string> {
  return new Map(shops.map((s) => [`${s.platform}:${s.shopId}`, s.shopName ?? s.shopId]));
}

/** The first few missing dates and an ellipsis when there are more. */
export function listDatesShort(dates: readonly string[], max = 5): string {
  const shown = dates.slice(0, max).join(", ");
  return dates.length > max ? `${shown} …` : shown;
}
