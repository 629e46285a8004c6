import type { CanonicalRecord, Platform, RecordOfKind } from "@tongshu/shared";
import { env } from "cloudflare:workers";
import { createWorkspace } from "../../src/db/workspaces.ts";
import { applyRecordBatch } from "../../src/ingest/apply-record-batch.ts";
import { addMember, cookieFor } from "./accounts.ts";

/**
 * A small workspace whose report figures are computed by hand in the report tests.
 *
 * Range 2026-11-01..07 (环比 base 10-25..31, 同比 base 2025-11-01..07). Shops: taobao T1,
 * jd J1, pdd P1. Product "MUG-1" is sold on all three (different item and SKU ids); "CUP-1"
 * only on Taobao; JD's J-300 has no outer code; Pinduoduo's P-400 is "BOWL-1".
 *
 * | order | shop | paid (BJ)        | paid ¥ | refund ¥ | lines (sku × qty, paid ¥)          | buyer |
 * |-------|------|------------------|--------|----------|-------------------------------------|-------|
 * | T-o1  | T1   | 11-01 10:00      | 100.00 | 0        | T-100-1 × 2, 100.00                 | b1    |
 * | T-o2  | T1   | 11-02 20:00      | 50.00  | 50.00    | T-200-1 × 1, 50.00 (refunded)       | b1    |
 * | T-o3  | T1   | unpaid (11-03)   | 0      | 0        | T-100-1 × 1                         | b2    |
 * | J-o4  | J1   | 11-03 09:30      | 200.00 | 20.00    | J-100-1 × 3, 150.00; J-300-1 × 1, 50.00 (refunding) | j1 |
 * | P-o5  | P1   | 11-07 23:59      | 80.00  | 0        | P-100-1 × 2, 80.00                  | p1    |
 * | P-o6  | P1   | 11-07 12:00      | 20.00  | 0        | P-400-1 × 1, 20.00                  | none  |
 * | T-o7  | T1   | 10-30 (previous) | 120.00 | 0        | T-100-1 × 2, 120.00                 | b2    |
 * | J-o8  | J1   | 2025-11-05 (LY)  | 400.00 | 0        | J-100-1 × 8, 400.00                 | j9    |
 *
 * Totals in range: 5 paid orders, ¥450.00 paid, ¥70.00 refunded, 10 units, 3 known buyers
 * (taobao:b1, jd:j1, pdd:p1; P-o6 has no buyer key).
 */
export const RANGE = { from: "2026-11-01", to: "2026-11-07" } as const;
export const RANGE_QUERY = `from=${RANGE.from}&to=${RANGE.to}`;

export const SHOPS = {
  T1: { platform: "taobao" as Platform, shopId: "57300001", shopName: "甜橙家居淘宝店" },
  J1: { platform: "jd" as Platform, shopId: "1000001", shopName: "甜橙京东店" },
  P1: { platform: "pdd" as Platform, shopId: "880001", shopName: "甜橙拼多多店" },
};
type ShopName = keyof typeof SHOPS;

const CAPTURED = Date.UTC(2026, 10, 20, 2, 0, 0);
const source = { url: "https://example.invalid/fixture", parser: "fixture@1" };
/** Beijing wall time → epoch ms. */
export const bj = (date: string, time = "12:00") => Date.parse(`${date}T${time}:00+08:00`);
const key = (c: string) => c.repeat(64).slice(0, 64);

interface LineSpec {
  item: string;
  sku: string;
  outer: string | null;
  qty: number;
  paid: number;
  title: string;
  refund?: "none" | "refunding" | "refunded";
}

function orderRecord(
  shop: ShopName,
  orderId: string,
  paidAt: number | null,
  refundFen: number,
  buyer: string | null,
  lines: LineSpec[],
): RecordOfKind<"order"> {
  const paid = paidAt === null ? 0 : lines.reduce((s, l) => s + l.paid, 0);
  const goods = lines.reduce((s, l) => s + l.paid, 0);
  return {
    kind: "order",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: CAPTURED,
    source,
    orderId,
    status: paidAt === null ? "unpaid" : refundFen > 0 ? "refunding" : "paid",
    createdAt: (paidAt ?? bj("2026-11-03")) - 60_000,
    paidAt,
    shippedAt: null,
    completedAt: null,
    goodsFen: goods,
    shippingFen: 0,
    discountFen: 0,
    paidFen: paid,
    refundFen,
    province: "浙江省",
    city: "杭州市",
    buyerKey: buyer ? key(buyer) : null,
    lines: lines.map((l, i) => ({
      lineId: `${orderId}-${i + 1}`,
      itemId: l.item,
      skuId: l.sku,
      outerSkuId: l.outer,
      title: l.title,
      skuText: null,
      quantity: l.qty,
      unitPriceFen: Math.round(l.paid / l.qty),
      paidFen: l.paid,
      refundStatus: l.refund ?? "none",
    })),
  };
}

const MUG = "北欧陶瓷马克杯";
export const ORDERS: CanonicalRecord[] = [
  orderRecord("T1", "T-o1", bj("2026-11-01", "10:00"), 0, "1", [
    { item: "T-100", sku: "T-100-1", outer: "MUG-1", qty: 2, paid: 10000, title: MUG },
  ]),
  orderRecord("T1", "T-o2", bj("2026-11-02", "20:00"), 5000, "1", [
    {
      item: "T-200",
      sku: "T-200-1",
      outer: "CUP-1",
      qty: 1,
      paid: 5000,
      title: "玻璃杯",
      refund: "refunded",
    },
  ]),
  orderRecord("T1", "T-o3", null, 0, "2", [
    { item: "T-100", sku: "T-100-1", outer: "MUG-1", qty: 1, paid: 5000, title: MUG },
  ]),
  orderRecord("J1", "J-o4", bj("2026-11-03", "09:30"), 2000, "3", [
    { item: "J-100", sku: "J-100-1", outer: "MUG-1", qty: 3, paid: 15000, title: `${MUG} 京东` },
    {
      item: "J-300",
      sku: "J-300-1",
      outer: null,
      qty: 1,
      paid: 5000,
      title: '=HYPERLINK("x") 勺子',
      refund: "refunding",
    },
  ]),
  orderRecord("P1", "P-o5", bj("2026-11-07", "23:59"), 0, "4", [
    { item: "P-100", sku: "P-100-1", outer: "MUG-1", qty: 2, paid: 8000, title: `${MUG} 拼多多` },
  ]),
  orderRecord("P1", "P-o6", bj("2026-11-07", "12:00"), 0, null, [
    { item: "P-400", sku: "P-400-1", outer: "BOWL-1", qty: 1, paid: 2000, title: "陶瓷碗" },
  ]),
  orderRecord("T1", "T-o7", bj("2026-10-30"), 0, "2", [
    { item: "T-100", sku: "T-100-1", outer: "MUG-1", qty: 2, paid: 12000, title: MUG },
  ]),
  orderRecord("J1", "J-o8", bj("2025-11-05"), 0, "9", [
    { item: "J-100", sku: "J-100-1", outer: "MUG-1", qty: 8, paid: 40000, title: `${MUG} 京东` },
  ]),
];

function skuRecord(
  shop: ShopName,
  itemId: string,
  skuId: string,
  outer: string | null,
  priceFen: number,
  stock: number,
  title: string,
): RecordOfKind<"sku"> {
  return {
    kind: "sku",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: CAPTURED,
    source,
    itemId,
    skuId,
    outerSkuId: outer,
    title,
    skuText: null,
    priceFen,
    stock,
    status: stock > 0 ? "onsale" : "soldout",
  };
}

export const SKUS: CanonicalRecord[] = [
  skuRecord("T1", "T-100", "T-100-1", "MUG-1", 5000, 40, MUG),
  skuRecord("T1", "T-200", "T-200-1", "CUP-1", 5000, 0, "玻璃杯"),
  skuRecord("J1", "J-100", "J-100-1", "MUG-1", 5000, 10, `${MUG} 京东`),
  skuRecord("J1", "J-300", "J-300-1", null, 5000, 500, '=HYPERLINK("x") 勺子'),
  skuRecord("P1", "P-100", "P-100-1", "MUG-1", 4000, 5, `${MUG} 拼多多`),
  skuRecord("P1", "P-400", "P-400-1", "BOWL-1", 2000, 100, "陶瓷碗"),
];

function adRecord(
  shop: ShopName,
  date: string,
  channel: string,
  campaignId: string,
  spendFen: number,
  impressions: number,
  clicks: number,
  attributedOrders: number,
  attributedFen: number,
  itemId: string | null = null,
): RecordOfKind<"ad"> {
  return {
    kind: "ad",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: CAPTURED,
    source,
    date,
    channel,
    campaignId,
    campaignName: `计划 ${campaignId}`,
    itemId,
    spendFen,
    impressions,
    clicks,
    attributedOrders,
    attributedFen,
  };
}

/** Ads: T1 直通车 ¥30 → ¥120 attributed; J1 京准通 ¥10 → nothing; previous period T1 ¥20. */
export const ADS: CanonicalRecord[] = [
  adRecord("T1", "2026-11-01", "ztc", "c1", 3000, 10000, 200, 2, 12000, "T-100"),
  adRecord("J1", "2026-11-03", "jzt", "j1", 1000, 5000, 50, 0, 0),
  adRecord("T1", "2026-10-30", "ztc", "c1", 2000, 8000, 100, 1, 6000, "T-100"),
];

function trafficRecord(
  shop: ShopName,
  date: string,
  days: number,
  itemId: string | null,
  visitors: number,
  pageViews: number,
  buyers: number,
  paidOrders: number,
  paidFen: number,
  cartBuyers: number | null,
): RecordOfKind<"traffic"> {
  return {
    kind: "traffic",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: CAPTURED,
    source,
    date,
    days,
    itemId,
    visitors,
    pageViews,
    buyers,
    paidOrders,
    paidFen,
    cartBuyers,
    favBuyers: null,
  };
}

/**
 * Traffic: T1 daily shop figures for 11-01 and 11-02, the platform's own 7-day figure (150
 * visitors, fewer than 100 + 80 + … because visitors repeat), and one item-level day.
 */
export const TRAFFIC: CanonicalRecord[] = [
  trafficRecord("T1", "2026-11-01", 1, null, 100, 300, 1, 1, 10000, 10),
  trafficRecord("T1", "2026-11-02", 1, null, 80, 200, 1, 1, 5000, 6),
  trafficRecord("T1", "2026-11-01", 7, null, 150, 500, 1, 2, 15000, 14),
  trafficRecord("T1", "2026-11-01", 1, "T-100", 60, 150, 1, 1, 10000, 5),
];

/** A captured commission entry of J-o4: ¥10.00 out. */
export const SETTLEMENTS: CanonicalRecord[] = [
  {
    kind: "settlement",
    platform: "jd",
    shopId: SHOPS.J1.shopId,
    capturedAt: CAPTURED,
    source,
    entryId: "J-fee-1",
    orderId: "J-o4",
    occurredAt: bj("2026-11-10"),
    type: "commission",
    amountFen: -1000,
  },
];

export interface ReportTeam {
  workspaceId: string;
  /** Cookie headers by role; "scoped" is a viewer limited to the Taobao shop. */
  cookies: Record<"owner" | "analyst" | "analystCosts" | "scoped", string>;
}

let batch = 0;
/** Writes records into a workspace through the real ingest path. */
export async function ingest(
  workspaceId: string,
  records: CanonicalRecord[],
  shops: Array<{ platform: Platform; shopId: string; shopName: string }> = Object.values(SHOPS),
): Promise<void> {
  const result = await applyRecordBatch(
    env.DB,
    workspaceId,
    { batchId: `fixture-${++batch}-${Math.random()}`, records, shops },
    { now: Date.now() },
  );
  if (result.rejected.length > 0) throw new Error(JSON.stringify(result.rejected));
}

export const ALL_RECORDS: CanonicalRecord[] = [
  ...ORDERS,
  ...SKUS,
  ...ADS,
  ...TRAFFIC,
  ...SETTLEMENTS,
];

/** The fixture workspace with members of each kind. */
export async function reportWorkspace(
  records: CanonicalRecord[] = ALL_RECORDS,
): Promise<ReportTeam> {
  const workspace = await createWorkspace(env.DB, `报表 ${Math.random()}`, Date.now());
  await ingest(workspace.id, records);
  const owner = await addMember(workspace.id, "owner");
  const analyst = await addMember(workspace.id, "analyst");
  const analystCosts = await addMember(workspace.id, "analyst", { canSeeCosts: true });
  const scoped = await addMember(workspace.id, "viewer", {
    shopScope: [`taobao:${SHOPS.T1.shopId}`],
  });
  return {
    workspaceId: workspace.id,
    cookies: {
      owner: await cookieFor(workspace.id, owner.id),
      analyst: await cookieFor(workspace.id, analyst.id),
      analystCosts: await cookieFor(workspace.id, analystCosts.id),
      scoped: await cookieFor(workspace.id, scoped.id),
    },
  };
}

/** GET a report as JSON with a cookie; throws on a non-200 answer. */
export async function getReport<T>(path: string, cookie: string): Promise<T> {
  const { call } = await import("./fixtures.ts");
  const res = await call(path, { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path} → ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}
