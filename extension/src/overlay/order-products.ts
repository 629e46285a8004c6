import type { Platform } from "@tongshu/shared";
import { platformGroup } from "../lib/capture-prefs.ts";
import type { OrderBadges, ProductFigures } from "./overlay-message.ts";
import type { SlimOrder } from "./slim-records.ts";

/** The ids an order's lines go by on a product list: the SKU id, else the item id. */
function lineIds(order: SlimOrder): string[] {
  return [...new Set(order.lines.flatMap((l) => (l.skuId ? [l.skuId, l.itemId] : [l.itemId])))];
}

/** Every line id of the requested orders on this platform, to look their products up once. */
export function orderLineIds(
  orders: readonly SlimOrder[],
  platform: Platform,
  orderIds: readonly string[],
): string[] {
  const wanted = new Set(orderIds);
  const group = platformGroup(platform);
  return [
    ...new Set(
      orders
        .filter((o) => wanted.has(o.orderId) && platformGroup(o.platform) === group)
        .flatMap(lineIds),
    ),
  ];
}

/** Most urgent first: low stock, then the shortest cover, then unknown cover. */
function urgency(f: ProductFigures): number {
  return (f.lowStock ? 0 : 1e9) + (f.daysOfCover ?? 1e8);
}

/**
 * Adds to each requested order the figures of its product (the line that runs out soonest),
 * so an order list shows the same cross-platform stock and cover as the product list. Orders
 * with neither a badge nor a known product are left out.
 */
export function withOrderProducts(input: {
  orders: readonly SlimOrder[];
  platform: Platform;
  orderIds: readonly string[];
  badges: Record<string, OrderBadges>;
  products: Record<string, ProductFigures>;
}): Record<string, OrderBadges> {
  const wanted = new Set(input.orderIds);
  const group = platformGroup(input.platform);
  const result: Record<string, OrderBadges> = { ...input.badges };
  for (const order of input.orders) {
    if (!wanted.has(order.orderId) || platformGroup(order.platform) !== group) continue;
    const known = lineIds(order)
      .map((id) => input.products[id])
      .filter((f): f is ProductFigures => f !== undefined)
      .sort((a, b) => urgency(a) - urgency(b));
    const product = known[0];
    if (!product) continue;
    result[order.orderId] = {
      ...(result[order.orderId] ?? { repeatOrders: null, refundRisk: null, unusualAmount: null }),
      product,
    };
  }
  return result;
}
