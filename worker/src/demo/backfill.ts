import { addDays, type CanonicalRecord, type Order, toBusinessDate } from "@tongshu/shared";
import type { DemoWorkspace } from "./types.ts";

/**
 * Two weeks the demo seller never opened the Taobao C-shop's order list: 生意参谋 captured the
 * shop's daily figures, but no orders came in. The loader holds these orders back, so the
 * data-quality page shows the gap and the day totals that disagree with 生意参谋, and the sample
 * 千牛 export (scripts/lib/sample-exports.ts) carries them, so importing it fills the gap.
 */
export interface BackfillWindow {
  platform: "taobao";
  shopId: string;
  from: string;
  to: string;
}

export function backfillWindow(
  demo: Pick<DemoWorkspace, "shops" | "today">,
): BackfillWindow | null {
  const shop = demo.shops.find((s) => s.platform === "taobao");
  if (!shop) return null;
  return {
    platform: "taobao",
    shopId: shop.shopId,
    from: addDays(demo.today, -75),
    to: addDays(demo.today, -62),
  };
}

/** The business day an order counts on: its payment, or its creation while unpaid. */
export function orderDay(order: Order): string {
  return toBusinessDate(order.paidAt ?? order.createdAt);
}

/** True for an order the window holds back. */
export function isHeldBack(record: CanonicalRecord, window: BackfillWindow | null): boolean {
  if (!window || record.kind !== "order") return false;
  if (record.platform !== window.platform || record.shopId !== window.shopId) return false;
  const day = orderDay(record);
  return day >= window.from && day <= window.to;
}
