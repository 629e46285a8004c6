import { type AlertRuleId, type AlertSeverity, PLATFORMS, type Platform } from "@tongshu/shared";
import { isRecord } from "../lib/is-record.ts";

/**
 * The one question a content script in a seller tab may ask the service worker: "which of
 * these ids do you know, and what are their figures?". The answer carries aggregated figures
 * only, never a buyerKey, a buyer's orders or anything about another tab.
 */
export interface OverlayRequest {
  type: "overlay";
  platform: Platform;
  shopId: string | null;
  itemIds: string[];
  orderIds: string[];
}

/** Most ids one request may carry (a long list page shows ~100 rows of a few ids each). */
export const OVERLAY_MAX_IDS = 400;

/** Ids as platforms print them: digits, or Pinduoduo's "YYMMDD-digits"; never free text. */
const ID = /^[0-9A-Za-z_-]{4,40}$/;

function parseIds(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length > OVERLAY_MAX_IDS) return null;
  if (!value.every((id): id is string => typeof id === "string" && ID.test(id))) return null;
  return [...new Set(value)];
}

/** Parses an untrusted message; null unless it is exactly an overlay request. */
export function parseOverlayRequest(value: unknown): OverlayRequest | null {
  if (!isRecord(value) || value.type !== "overlay") return null;
  const { platform, shopId, itemIds, orderIds } = value;
  if (typeof platform !== "string" || !(PLATFORMS as readonly string[]).includes(platform))
    return null;
  if (shopId !== null && (typeof shopId !== "string" || !ID.test(shopId))) return null;
  const items = parseIds(itemIds);
  const orders = parseIds(orderIds);
  if (!items || !orders) return null;
  return {
    type: "overlay",
    platform: platform as Platform,
    shopId,
    itemIds: items,
    orderIds: orders,
  };
}

export type FigureSource = "team" | "local";

/** One product row's figures (a list row shows one platform item or SKU). */
export interface ProductFigures {
  source: FigureSource;
  /** Units in the 7 / 30 Beijing days ending yesterday, on this page's platform. */
  units7Here: number;
  units30Here: number;
  /** The same on every platform (linked by the seller's outer code). */
  units7All: number;
  units30All: number;
  /** Known stock per platform; null = never captured (unknown, not zero). */
  stock: Array<{ platform: Platform; stock: number | null }>;
  daysOfCover: number | null;
  lowStock: boolean;
  /** Only when the pairing member may see costs (team figures); local figures never have it. */
  marginRate: number | null;
}

/** Order badges; each null when it does not apply. */
export interface OrderBadges {
  /** Orders this buyer placed, as the local store knows them (≥ 2). */
  repeatOrders: number | null;
  refundRisk: { basis: "buyer" | "sku"; rate: number; orders: number } | null;
  unusualAmount: { paidFen: number; medianFen: number } | null;
  /** The figures of the order's product (its line that runs out soonest), when known. */
  product?: ProductFigures;
}

export interface PlatformToday {
  platform: Platform;
  paidFen: number;
  orders: number;
  /** Relative change against yesterday until the same time; null when unknown. */
  vsYesterday: number | null;
}

export interface OverlayAlert {
  id: string;
  rule: AlertRuleId;
  severity: AlertSeverity;
  platform: Platform | null;
  /** Untrusted platform text: render as text only. */
  shopName: string | null;
  date: string;
}

export interface OverlayResponse {
  /** False when the user turned the hints off (globally or for this platform). */
  enabled: boolean;
  source: FigureSource;
  /** Epoch ms the figures were read (the team copy's fetch, or now for local figures). */
  asOf: number | null;
  products: Record<string, ProductFigures>;
  orders: Record<string, OrderBadges>;
  summary: { today: PlatformToday[]; alerts: OverlayAlert[]; alertCount: number };
}

export const OVERLAY_OFF: OverlayResponse = {
  enabled: false,
  source: "local",
  asOf: null,
  products: {},
  orders: {},
  summary: { today: [], alerts: [], alertCount: 0 },
};
