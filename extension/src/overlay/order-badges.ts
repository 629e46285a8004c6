import { DAY_MS, type Platform } from "@tongshu/shared";
import { platformGroup } from "../lib/capture-prefs.ts";
import { isSale } from "./local-products.ts";
import type { OrderBadges } from "./overlay-message.ts";
import type { SlimOrder as Order } from "./slim-records.ts";

/**
 * Badge rules (local store only: buyerKey never leaves the service worker).
 * - Repeat buyer: the order's buyerKey is on ≥ 2 stored orders (this one included).
 * - Refund risk: among the buyer's other paid orders, or the other paid orders holding one of
 *   this order's SKUs, at least REFUND_RISK_MIN_ORDERS exist and ≥ 30% were refunded or are
 *   being refunded. The order itself is left out, so a refund in progress does not flag itself.
 * - Unusual amount: paid ≥ 3× the median paid amount of the shop's orders paid in the last 30
 *   days, when there are at least UNUSUAL_MIN_ORDERS of them.
 */
export const REFUND_RISK_RATE = 0.3;
export const REFUND_RISK_MIN_ORDERS = 3;
export const UNUSUAL_FACTOR = 3;
export const UNUSUAL_MIN_ORDERS = 10;

function isRefunded(order: Order, skuKey?: string): boolean {
  if (order.status === "refunding" || order.status === "refunded" || order.refundFen > 0)
    return true;
  return order.lines.some(
    (line) => line.refundStatus !== "none" && (!skuKey || lineSku(line) === skuKey),
  );
}

const lineSku = (line: Order["lines"][number]) => `${line.itemId}|${line.skuId ?? ""}`;
const orderKey = (o: Order) => `${o.platform}|${o.shopId}|${o.orderId}`;

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function riskOf(others: Order[], refunded: (o: Order) => boolean) {
  if (others.length < REFUND_RISK_MIN_ORDERS) return null;
  const rate = others.filter(refunded).length / others.length;
  return rate >= REFUND_RISK_RATE ? { rate, orders: others.length } : null;
}

/** Badges for the page's order ids that the store knows on this platform (others left out). */
export function computeOrderBadges(input: {
  orders: readonly Order[];
  platform: Platform;
  ids: readonly string[];
  now: number;
}): Record<string, OrderBadges> {
  const group = platformGroup(input.platform);
  const wanted = new Set(input.ids);
  const targets = input.orders.filter(
    (o) => wanted.has(o.orderId) && platformGroup(o.platform) === group,
  );
  if (targets.length === 0) return {};
  const byBuyer = new Map<string, Order[]>();
  const bySku = new Map<string, Order[]>();
  const shopPaid = new Map<string, number[]>();
  for (const o of input.orders) {
    if (o.buyerKey) push(byBuyer, o.buyerKey, o);
    if (!isSale(o)) continue;
    for (const sku of new Set(o.lines.map(lineSku))) {
      push(bySku, `${o.platform}|${o.shopId}|${sku}`, o);
    }
    if ((o.paidAt ?? 0) >= input.now - 30 * DAY_MS && o.paidFen > 0) {
      push(shopPaid, `${o.platform}|${o.shopId}`, o.paidFen);
    }
  }
  const result: Record<string, OrderBadges> = {};
  for (const order of targets) {
    const self = orderKey(order);
    const buyerOrders = order.buyerKey ? (byBuyer.get(order.buyerKey) ?? []) : [];
    const buyerRisk = riskOf(
      buyerOrders.filter((o) => isSale(o) && orderKey(o) !== self),
      (o) => isRefunded(o),
    );
    let skuRisk: ReturnType<typeof riskOf> = null;
    for (const sku of new Set(order.lines.map(lineSku))) {
      const others = (bySku.get(`${order.platform}|${order.shopId}|${sku}`) ?? []).filter(
        (o) => orderKey(o) !== self,
      );
      const risk = riskOf(others, (o) => isRefunded(o, sku));
      if (risk && (!skuRisk || risk.rate > skuRisk.rate)) skuRisk = risk;
    }
    const refundRisk =
      buyerRisk && (!skuRisk || buyerRisk.rate >= skuRisk.rate)
        ? { basis: "buyer" as const, ...buyerRisk }
        : skuRisk && { basis: "sku" as const, ...skuRisk };
    const paid = shopPaid.get(`${order.platform}|${order.shopId}`) ?? [];
    const medianFen = paid.length >= UNUSUAL_MIN_ORDERS ? median(paid) : 0;
    const unusual =
      medianFen > 0 && isSale(order) && order.paidFen >= UNUSUAL_FACTOR * medianFen
        ? { paidFen: order.paidFen, medianFen }
        : null;
    const badges: OrderBadges = {
      repeatOrders: buyerOrders.length >= 2 ? buyerOrders.length : null,
      refundRisk: refundRisk ?? null,
      unusualAmount: unusual,
    };
    if (badges.repeatOrders || badges.refundRisk || badges.unusualAmount)
      result[order.orderId] = badges;
  }
  return result;
}
