import { env } from "cloudflare:workers";
import type { CanonicalRecord, Platform, RecordOfKind } from "@tongshu/shared";
import { toBusinessDate } from "@tongshu/shared";
import { createWorkspace } from "../../src/db/workspaces.ts";
import { applyRecordBatch } from "../../src/ingest/apply-record-batch.ts";
import { addMember, cookieFor } from "./accounts.ts";

/**
 * The data-quality fixture, every figure computed by hand (range 2026-11-01..07).
 *
 * Shops: taobao T (captured 2 h ago), jd J (first order 11-04: added mid-range, captured 2 h ago),
 * pdd P (one SKU, last capture 30 h ago: sync stopped).
 *
 * | order | shop | day   | paid ¥     | goods + post | refund | line (sku × qty, paid ¥)          | note                        |
 * |-------|------|-------|------------|--------------|--------|-----------------------------------|-----------------------------|
 * | T-o0  | T    | 10-25 | 100.00     | 100.00       |        | T-100-1 × 2, 100.00               | before the range            |
 * | T-o1  | T    | 11-01 | 500.00     | 500.00       |        | T-100-1 × 10, 500.00              | conflict row inserted       |
 * | T-o2  | T    | 11-01 | 450.00     | 450.00       |        | T-100-1 × 9, 450.00               | 11-01: ¥950 vs sycm ¥1,000  |
 * | T-o3  | T    | 11-02 | 700.00     | 700.00       |        | T-100-1 × 14, 700.00              | vs sycm ¥1,000: −30%        |
 * | T-o4  | T    | 11-05 | 200.00     | 200.00       | 250.00 | T-100-1 × 4, 200.00               | refund_over_paid            |
 * | T-o5  | T    | 11-06 | 100.00     | 100.00       |        | T-100-1 × 2, 100.00               | vs sycm ¥100.80: info       |
 * | T-o6  | T    | 11-07 | 300.00     | 250 + 10     |        | T-100-1 × 5, 300.00               | paid_over_goods             |
 * | T-o7  | T    | 11-07 | 150 → 155  | = paid       |        | T-100-1 × 3, = paid               | capture, then import: key_conflict |
 * | T-o8  | T    | 11-07 | 5.00       | 5.00         |        | T-200-1 (CUP-1) × 1, 5.00         | uncosted, tiny share: info  |
 * | J-o1  | J    | 11-04 | 100.00     | 100.00       |        | J-100-1 × 2, 100.00; J-900-1 × 1 @0 | line_zero_price           |
 * | J-o2  | J    | 11-05 | 250,000.00 | = paid       |        | J-100-1 × 5000                    | paid_over_limit             |
 * | J-o3  | J    | 11-07 | 80.00      | 80.00        |        | J-100-1 × 1, 80.00                |                             |
 * | J-fut | J    | (future) | 70.00   | 70.00        |        | J-100-1 × 1                       | paid_at moved after now     |
 *
 * Traffic (shop level, days = 1): T 11-01 ¥1,000.00 (2 orders), 11-02 ¥1,000.00, 11-05 ¥200.00,
 * 11-06 ¥100.80; J 11-05 ¥250,000.00 with 12 buyers of 10 visitors. Item level: T 11-01 T-100
 * with 3 paid orders and ¥0 paid. Ads: J 11-03 campaign j1, 120 clicks of 100 impressions.
 * SKUs: T-100-1 MUG-1, T-200-1 CUP-1, T-300-1 price 0 on sale; J-100-1 MUG-1, J-900-1 price 0
 * off shelf; P-1.
 * Products: 北欧马克杯 (MUG-1, costed from 10-01); 京东马克杯 (no code, no cost) with J-100-1
 * linked to it by hand, so MUG-1 resolves to two products.
 */
export const RANGE_QUERY = "from=2026-11-01&to=2026-11-07";
export const SHOPS = {
  T: { platform: "taobao" as Platform, shopId: "57300001", shopName: "甜橙淘宝店" },
  J: { platform: "jd" as Platform, shopId: "1000001", shopName: "甜橙京东店" },
  P: { platform: "pdd" as Platform, shopId: "880001", shopName: "甜橙拼多多店" },
};
type Shop = keyof typeof SHOPS;
export const T_KEY = "taobao:57300001";
export const J_KEY = "jd:1000001";
export const P_KEY = "pdd:880001";

const HOUR = 3_600_000;
export const CAPTURE = {
  T: Date.now() - 2 * HOUR,
  import: Date.now() - HOUR,
  P: Date.now() - 30 * HOUR,
};
export const SOLD = "taobao/sold-orders@1";
export const IMPORT = "import/taobao-export@1";
const bj = (date: string, time = "12:00") => Date.parse(`${date}T${time}:00+08:00`);

interface Line {
  sku: string;
  outer: string | null;
  qty: number;
  unit: number;
  paid: number;
}

function order(
  shop: Shop,
  orderId: string,
  date: string,
  o: { paid: number; goods?: number; shipping?: number; refund?: number; lines: Line[] },
  captured = shop === "P" ? CAPTURE.P : CAPTURE.T,
  parser = SOLD,
): RecordOfKind<"order"> {
  const paidAt = bj(date, "10:00");
  return {
    kind: "order",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: captured,
    source: { url: "https://example.invalid/orders", parser },
    orderId,
    status: o.refund ? "refunded" : "paid",
    createdAt: paidAt - 60_000,
    paidAt,
    shippedAt: null,
    completedAt: null,
    goodsFen: o.goods ?? o.paid,
    shippingFen: o.shipping ?? 0,
    discountFen: 0,
    paidFen: o.paid,
    refundFen: o.refund ?? 0,
    province: "浙江省",
    city: "杭州市",
    buyerKey: null,
    lines: o.lines.map((l, i) => ({
      lineId: `${orderId}-${i + 1}`,
      itemId: l.sku.split("-").slice(0, 2).join("-"),
      skuId: l.sku,
      outerSkuId: l.outer,
      title: `商品 ${l.sku}`,
      skuText: null,
      quantity: l.qty,
      unitPriceFen: l.unit,
      paidFen: l.paid,
      refundStatus: "none",
    })),
  };
}

const mug = (sku: string, qty: number, paid: number): Line => ({
  sku,
  outer: "MUG-1",
  qty,
  unit: 5000,
  paid,
});

export const T_O7_CAPTURED = order("T", "T-o7", "2026-11-07", {
  paid: 15000,
  lines: [mug("T-100-1", 3, 15000)],
});
export const T_O7_IMPORTED = order(
  "T",
  "T-o7",
  "2026-11-07",
  { paid: 15500, lines: [mug("T-100-1", 3, 15500)] },
  CAPTURE.import,
  IMPORT,
);

const ORDERS: CanonicalRecord[] = [
  order("T", "T-o0", "2026-10-25", { paid: 10000, lines: [mug("T-100-1", 2, 10000)] }),
  order("T", "T-o1", "2026-11-01", { paid: 50000, lines: [mug("T-100-1", 10, 50000)] }),
  order("T", "T-o2", "2026-11-01", { paid: 45000, lines: [mug("T-100-1", 9, 45000)] }),
  order("T", "T-o3", "2026-11-02", { paid: 70000, lines: [mug("T-100-1", 14, 70000)] }),
  order("T", "T-o4", "2026-11-05", {
    paid: 20000,
    refund: 25000,
    lines: [mug("T-100-1", 4, 20000)],
  }),
  order("T", "T-o5", "2026-11-06", { paid: 10000, lines: [mug("T-100-1", 2, 10000)] }),
  order("T", "T-o6", "2026-11-07", {
    paid: 30000,
    goods: 25000,
    shipping: 1000,
    lines: [mug("T-100-1", 5, 30000)],
  }),
  T_O7_CAPTURED,
  order("T", "T-o8", "2026-11-07", {
    paid: 500,
    lines: [{ sku: "T-200-1", outer: "CUP-1", qty: 1, unit: 500, paid: 500 }],
  }),
  order("J", "J-o1", "2026-11-04", {
    paid: 10000,
    lines: [mug("J-100-1", 2, 10000), { sku: "J-900-1", outer: null, qty: 1, unit: 0, paid: 0 }],
  }),
  order("J", "J-o2", "2026-11-05", {
    paid: 25_000_000,
    lines: [mug("J-100-1", 5000, 25_000_000)],
  }),
  order("J", "J-o3", "2026-11-07", { paid: 8000, lines: [mug("J-100-1", 1, 8000)] }),
  order("J", "J-fut", "2026-11-30", { paid: 7000, lines: [mug("J-100-1", 1, 7000)] }),
];

function traffic(
  shop: Shop,
  date: string,
  f: { paid: number; orders: number; visitors?: number; buyers?: number; item?: string },
): RecordOfKind<"traffic"> {
  return {
    kind: "traffic",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: CAPTURE.T,
    source: { url: "https://example.invalid/traffic", parser: "fixture/traffic@1" },
    date,
    days: 1,
    itemId: f.item ?? null,
    visitors: f.visitors ?? 500,
    pageViews: 2000,
    buyers: f.buyers ?? f.orders,
    paidOrders: f.orders,
    paidFen: f.paid,
    cartBuyers: null,
    favBuyers: null,
  };
}

const TRAFFIC: CanonicalRecord[] = [
  traffic("T", "2026-11-01", { paid: 100000, orders: 2 }),
  traffic("T", "2026-11-02", { paid: 100000, orders: 1 }),
  traffic("T", "2026-11-05", { paid: 20000, orders: 1 }),
  traffic("T", "2026-11-06", { paid: 10080, orders: 1 }),
  traffic("T", "2026-11-01", { paid: 0, orders: 3, visitors: 50, item: "T-100" }),
  traffic("J", "2026-11-05", { paid: 25_000_000, orders: 1, visitors: 10, buyers: 12 }),
];

const AD: RecordOfKind<"ad"> = {
  kind: "ad",
  platform: "jd",
  shopId: SHOPS.J.shopId,
  capturedAt: CAPTURE.T,
  source: { url: "https://example.invalid/ads", parser: "fixture/ads@1" },
  date: "2026-11-03",
  channel: "jzt",
  campaignId: "j1",
  campaignName: "京准通 计划一",
  itemId: null,
  spendFen: 1000,
  impressions: 100,
  clicks: 120,
  attributedOrders: 0,
  attributedFen: 0,
};

function sku(
  shop: Shop,
  skuId: string,
  outer: string | null,
  priceFen: number,
  status: "onsale" | "offshelf" = "onsale",
): RecordOfKind<"sku"> {
  return {
    kind: "sku",
    platform: SHOPS[shop].platform,
    shopId: SHOPS[shop].shopId,
    capturedAt: shop === "P" ? CAPTURE.P : CAPTURE.T,
    source: { url: "https://example.invalid/skus", parser: "fixture/skus@1" },
    itemId: skuId.split("-").slice(0, 2).join("-"),
    skuId,
    outerSkuId: outer,
    title: `商品 ${skuId}`,
    skuText: null,
    priceFen,
    stock: 10,
    status,
  };
}

const SKUS: CanonicalRecord[] = [
  sku("T", "T-100-1", "MUG-1", 5000),
  sku("T", "T-200-1", "CUP-1", 500),
  sku("T", "T-300-1", null, 0),
  sku("J", "J-100-1", "MUG-1", 5000),
  sku("J", "J-900-1", null, 0, "offshelf"),
  sku("P", "P-1-1", null, 1990),
];

let batch = 0;
/** Writes records through the real ingest path. */
export async function ingest(workspaceId: string, records: CanonicalRecord[]): Promise<void> {
  const result = await applyRecordBatch(
    env.DB,
    workspaceId,
    {
      batchId: `quality-${++batch}-${Math.random()}`,
      records,
      shops: Object.values(SHOPS).filter((s) =>
        records.some((r) => r.platform === s.platform && r.shopId === s.shopId),
      ),
    },
    { now: Date.now() },
  );
  if (result.rejected.length > 0) throw new Error(JSON.stringify(result.rejected));
}

async function run(sql: string, ...params: unknown[]): Promise<void> {
  await env.DB.prepare(sql)
    .bind(...params)
    .run();
}

/** J-fut is paid two days from now: no capture may say so (ingest refuses it), an edit can. */
export const FUTURE_PAID_AT = Date.now() + 48 * HOUR;

export interface QualityTeam {
  workspaceId: string;
  cookies: Record<"owner" | "analyst" | "scoped", string>;
}

/** The fixture workspace, with an owner, an analyst who may not see costs, and one scoped to T. */
export async function qualityWorkspace(): Promise<QualityTeam> {
  const { id } = await createWorkspace(env.DB, `质量 ${Math.random()}`, Date.now());
  await ingest(id, [...ORDERS, ...TRAFFIC, AD, ...SKUS]);
  await ingest(id, [T_O7_IMPORTED]);
  await run(
    "UPDATE orders SET paid_at = ?, biz_date = ? WHERE workspace_id = ? AND order_id = 'J-fut'",
    FUTURE_PAID_AT,
    toBusinessDate(FUTURE_PAID_AT),
    id,
  );
  // A disagreement noted earlier: T-o1 still holds the captured ¥500.00, the import said ¥480.00;
  // and one outside the range.
  const conflict = `INSERT INTO record_conflicts (workspace_id, kind, platform, shop_id, record_id,
      biz_date, stored_fen, stored_parser, stored_captured_at, incoming_fen, incoming_parser,
      incoming_captured_at, detected_at) VALUES (?, 'order', 'taobao', '57300001', ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  await run(conflict, id, "T-o1", "2026-11-01", 50000, SOLD, CAPTURE.T, 48000, IMPORT, 1, 1234);
  await run(conflict, id, "T-o0", "2026-10-25", 10000, SOLD, CAPTURE.T, 9000, IMPORT, 1, 1234);
  const now = Date.now();
  await run(
    "INSERT INTO products (workspace_id, product_id, name, outer_code, created_at) VALUES (?, 'pA', '北欧马克杯', 'MUG-1', ?), (?, 'pB', '京东马克杯', NULL, ?)",
    id,
    now,
    id,
    now,
  );
  await run(
    `INSERT INTO product_costs (workspace_id, product_id, effective_from, unit_cost_fen, packaging_fen,
       created_at, created_by) VALUES (?, 'pA', '2026-10-01', 2000, 0, ?, 'test')`,
    id,
    now,
  );
  await run(
    `INSERT INTO product_links (workspace_id, platform, shop_id, item_id, sku_id, product_id,
       created_at, created_by) VALUES (?, 'jd', '1000001', 'J-100', 'J-100-1', 'pB', ?, 'test')`,
    id,
    now,
  );
  const owner = await addMember(id, "owner");
  const analyst = await addMember(id, "analyst");
  const scoped = await addMember(id, "analyst", { shopScope: [T_KEY], canSeeCosts: true });
  return {
    workspaceId: id,
    cookies: {
      owner: await cookieFor(id, owner.id),
      analyst: await cookieFor(id, analyst.id),
      scoped: await cookieFor(id, scoped.id),
    },
  };
}
