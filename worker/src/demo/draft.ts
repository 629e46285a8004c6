import type { Listing, ListingSku } from "./listings.ts";
import type { Region } from "./regions.ts";
import type { DemoShopRuntime } from "./shops.ts";

/**
 * An order as the generator plans it: every event it will ever have, some possibly after
 * `now`. Records are projections of a draft onto `now` (project.ts), so a record never shows
 * an event that has not happened yet.
 */
export interface DraftLine {
  lineId: string;
  listing: Listing;
  sku: ListingSku;
  quantity: number;
  unitPriceFen: number;
  /** This line's share of goods − discount (shipping stays at order level). */
  paidFen: number;
}

export type RefundOutcome = "refunded" | "rejected" | "closed";

export interface DraftRefund {
  refundId: string;
  lineIndex: number;
  amountFen: number;
  reason: string;
  requestedAt: number;
  /** When the seller agreed (returns: before the goods come back); null when never. */
  approvedAt: number | null;
  resolvedAt: number;
  outcome: RefundOutcome;
}

export interface DraftOrder {
  /** Position in the shop-day, by creation time (ids and bill entries derive from it). */
  index: number;
  date: string;
  shop: DemoShopRuntime;
  orderId: string;
  createdAt: number;
  /** Null: never paid. */
  payAt: number | null;
  /** Unpaid orders close at the payment timeout or when the buyer cancels. */
  closeAt: number | null;
  shipAt: number | null;
  completeAt: number | null;
  goodsFen: number;
  shippingFen: number;
  discountFen: number;
  paidFen: number;
  region: Region | null;
  buyerKey: string;
  lines: DraftLine[];
  refunds: DraftRefund[];
  /** 运费险 / 退货宝 premium the seller pays for this order (0 = none). */
  insuranceFen: number;
}

/** Refunded amount per line index from refunds that went through by `at`. */
export function refundedByLine(order: DraftOrder, at: number): number[] {
  const byLine = order.lines.map(() => 0);
  for (const r of order.refunds) {
    if (r.outcome === "refunded" && r.resolvedAt <= at) {
      byLine[r.lineIndex] = (byLine[r.lineIndex] ?? 0) + r.amountFen;
    }
  }
  return byLine;
}

/** Was the order paid by `at`? (Traffic and shop GMV count paid orders by payment day.) */
export function isPaidBy(order: DraftOrder, at: number): boolean {
  return order.payAt !== null && order.payAt <= at;
}
