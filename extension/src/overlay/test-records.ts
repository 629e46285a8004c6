// Test-only builders for overlay tests: minimal valid orders and SKUs.
import type { Order, Platform, Sku } from "@tongshu/shared";

/** 2026-11-20 12:00 Beijing: windows end 11-19; 7 days from 11-13, 30 days from 10-21. */
export const NOW = Date.UTC(2026, 10, 20, 4, 0);
export const at = (date: string, hour = 10) =>
  Date.parse(`${date}T${String(hour).padStart(2, "0")}:00:00+08:00`);

const SHOPS: Record<string, string> = {
  pdd: "879846125",
  jd: "11258196",
  taobao: "2212978279481",
  tmall: "2219735536",
};
const source = { url: "https://example.invalid/", parser: "test@1" };

export function sku(
  platform: Platform,
  itemId: string,
  skuId: string,
  outer: string | null,
  stock: number | null,
): Sku {
  return {
    kind: "sku",
    platform,
    shopId: SHOPS[platform] ?? "1",
    capturedAt: 1,
    source,
    itemId,
    skuId,
    outerSkuId: outer,
    title: "收纳盒",
    skuText: null,
    priceFen: 1000,
    stock,
    status: "onsale",
  };
}

export interface OrderSpec {
  platform?: Platform;
  orderId: string;
  paid?: string | null;
  status?: Order["status"];
  paidFen?: number;
  refundFen?: number;
  buyerKey?: string | null;
  lines?: Array<{
    itemId: string;
    skuId?: string | null;
    outer?: string | null;
    quantity?: number;
    refund?: "none" | "refunding" | "refunded";
  }>;
}

export function order(spec: OrderSpec): Order {
  const platform = spec.platform ?? "pdd";
  const paidAt =
    spec.paid === undefined ? at("2026-11-19") : spec.paid === null ? null : at(spec.paid);
  const paidFen = spec.paidFen ?? (paidAt === null ? 0 : 1000);
  return {
    kind: "order",
    platform,
    shopId: SHOPS[platform] ?? "1",
    capturedAt: 1,
    source,
    orderId: spec.orderId,
    status: spec.status ?? (paidAt === null ? "unpaid" : "paid"),
    createdAt: paidAt ?? at("2026-11-19"),
    paidAt,
    shippedAt: null,
    completedAt: null,
    goodsFen: paidFen,
    shippingFen: 0,
    discountFen: 0,
    paidFen,
    refundFen: spec.refundFen ?? 0,
    province: null,
    city: null,
    buyerKey: spec.buyerKey ?? null,
    lines: (spec.lines ?? [{ itemId: "500001", skuId: "900001" }]).map((l, i) => ({
      lineId: String(i + 1),
      itemId: l.itemId,
      skuId: l.skuId ?? null,
      outerSkuId: l.outer ?? null,
      title: "收纳盒",
      skuText: null,
      quantity: l.quantity ?? 1,
      unitPriceFen: 1000,
      paidFen: 1000,
      refundStatus: l.refund ?? "none",
    })),
  };
}

export const buyer = (c: string) => c.repeat(64);
