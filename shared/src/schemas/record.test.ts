import { describe, expect, it } from "vitest";
import { AdSchema } from "./ad.ts";
import { CaptureEnvelopeSchema } from "./envelope.ts";
import { CanonicalRecordSchema, isNewerVersion, naturalKey } from "./record.ts";
import { recordHash, stableStringify } from "./record-hash.ts";

const source = {
  url: "https://mms.pinduoduo.com/mangkhut/mms/recentOrderList",
  parser: "pdd/recent-orders@1",
};

const order = {
  kind: "order",
  platform: "pdd",
  shopId: "100000001",
  capturedAt: 1763700000000,
  source,
  orderId: "251121-556898731662102",
  status: "shipped",
  createdAt: 1763650000000,
  paidAt: 1763650060000,
  shippedAt: 1763690000000,
  completedAt: null,
  goodsFen: 3980,
  shippingFen: 0,
  discountFen: 300,
  paidFen: 3680,
  refundFen: 0,
  province: "广东省",
  city: "深圳市",
  buyerKey: "0f".repeat(32),
  lines: [
    {
      lineId: "251121-556898731662102-1",
      itemId: "523456789012",
      skuId: "1234567890123",
      outerSkuId: "TS-001",
      title: "收纳盒",
      skuText: "白色 大号",
      quantity: 2,
      unitPriceFen: 1990,
      paidFen: 3680,
      refundStatus: "none",
    },
  ],
};

const records = {
  order,
  sku: {
    kind: "sku",
    platform: "jd",
    shopId: "10012345",
    capturedAt: 1763700000000,
    source,
    itemId: "100012345678",
    skuId: "100012345678",
    outerSkuId: null,
    title: "收纳盒",
    skuText: null,
    priceFen: 1990,
    stock: null,
    status: "onsale",
  },
  traffic: {
    kind: "traffic",
    platform: "taobao",
    shopId: "57300001",
    capturedAt: 1763700000000,
    source,
    date: "2026-11-20",
    days: 7,
    itemId: null,
    visitors: 1000,
    pageViews: 3000,
    buyers: 50,
    paidOrders: 55,
    paidFen: 500000,
    cartBuyers: null,
    favBuyers: null,
  },
  ad: {
    kind: "ad",
    platform: "tmall",
    shopId: "57300002",
    capturedAt: 1763700000000,
    source,
    date: "2026-11-20",
    channel: "ztc",
    campaignId: "30012345",
    campaignName: "双11 主推",
    itemId: null,
    spendFen: 12345,
    impressions: 10000,
    clicks: 300,
    attributedOrders: 12,
    attributedFen: 98000,
  },
  refund: {
    kind: "refund",
    platform: "taobao",
    shopId: "57300001",
    capturedAt: 1763700000000,
    source,
    refundId: "150012345678901234",
    orderId: "4012345678901234567",
    lineId: null,
    amountFen: 1990,
    reason: "不想要了",
    status: "pending",
    createdAt: 1763690000000,
    completedAt: null,
  },
  settlement: {
    kind: "settlement",
    platform: "pdd",
    shopId: "100000001",
    capturedAt: 1763700000000,
    source,
    entryId: "88001",
    orderId: null,
    occurredAt: 1763690000000,
    type: "service_fee",
    amountFen: -150,
  },
};

describe("CanonicalRecordSchema", () => {
  it.each(Object.entries(records))("accepts a valid %s record", (_, record) => {
    expect(CanonicalRecordSchema.safeParse(record).success).toBe(true);
  });

  it.each([
    ["a float money value", { ...order, paidFen: 36.8 }, "paidFen"],
    ["a missing natural key", (({ orderId: _, ...rest }) => rest)(order), "orderId"],
    ["a numeric id", { ...order, orderId: 4012345678901234 }, "orderId"],
    ["a numeric shop id", { ...records.sku, shopId: 10012345 }, "shopId"],
    [
      "a numeric line sku id",
      { ...order, lines: [{ ...order.lines[0], skuId: 1234567890123 }] },
      "lines.0.skuId",
    ],
    ["a seconds instant", { ...order, capturedAt: 1763700000 }, "capturedAt"],
    ["an unknown status", { ...order, status: "shipping" }, "status"],
    ["an order without lines", { ...order, lines: [] }, "lines"],
    ["negative stock", { ...records.sku, stock: -1 }, "stock"],
    ["a non-date", { ...records.traffic, date: "2026-02-30" }, "date"],
    ["a raw buyer id as buyerKey", { ...order, buyerKey: "tb_buyer_123" }, "buyerKey"],
    ["a huge title", { ...records.sku, title: "货".repeat(10_000) }, "title"],
    ["an unknown kind", { ...order, kind: "invoice" }, "kind"],
  ])("rejects %s", (_, record, path) => {
    const result = CanonicalRecordSchema.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("allows signed money only for settlements", () => {
    expect(CanonicalRecordSchema.safeParse(records.settlement).success).toBe(true);
    expect(CanonicalRecordSchema.safeParse({ ...records.refund, amountFen: -1 }).success).toBe(
      false,
    );
  });

  it("drops unknown fields rather than storing them", () => {
    const parsed = CanonicalRecordSchema.parse({ ...records.sku, buyerPhone: "138****1234" });
    expect(parsed).not.toHaveProperty("buyerPhone");
  });
});

describe("natural keys", () => {
  it("identifies each kind by the design's key", () => {
    expect(naturalKey(CanonicalRecordSchema.parse(order))).toBe(
      "order|pdd|100000001|251121-556898731662102",
    );
    expect(naturalKey(CanonicalRecordSchema.parse(records.sku))).toBe(
      "sku|jd|10012345|100012345678|100012345678",
    );
    expect(naturalKey(CanonicalRecordSchema.parse(records.traffic))).toBe(
      "traffic|taobao|57300001|2026-11-20|7|",
    );
    expect(naturalKey(CanonicalRecordSchema.parse(records.ad))).toBe(
      "ad|tmall|57300002|2026-11-20|ztc|30012345",
    );
    expect(naturalKey(CanonicalRecordSchema.parse(records.refund))).toBe(
      "refund|taobao|57300001|150012345678901234",
    );
    expect(naturalKey(CanonicalRecordSchema.parse(records.settlement))).toBe(
      "settlement|pdd|100000001|88001",
    );
  });
});

describe("versions", () => {
  it("lets newer captures win and breaks ties by hash", () => {
    expect(isNewerVersion({ capturedAt: 2, hash: "a" }, undefined)).toBe(true);
    expect(isNewerVersion({ capturedAt: 2, hash: "a" }, { capturedAt: 1, hash: "z" })).toBe(true);
    expect(isNewerVersion({ capturedAt: 1, hash: "z" }, { capturedAt: 2, hash: "a" })).toBe(false);
    expect(isNewerVersion({ capturedAt: 2, hash: "b" }, { capturedAt: 2, hash: "a" })).toBe(true);
    expect(isNewerVersion({ capturedAt: 2, hash: "a" }, { capturedAt: 2, hash: "a" })).toBe(false);
  });

  it("hashes content, not key order", async () => {
    const parsed = AdSchema.parse(records.ad);
    const shuffled = Object.fromEntries(Object.entries(parsed).reverse()) as typeof parsed;
    expect(stableStringify(shuffled)).toBe(stableStringify(parsed));
    expect(await recordHash(shuffled)).toBe(await recordHash(parsed));
    expect(await recordHash(parsed)).toMatch(/^[0-9a-f]{32}$/);
    expect(await recordHash({ ...parsed, spendFen: 12346 })).not.toBe(await recordHash(parsed));
  });
});

describe("CaptureEnvelopeSchema", () => {
  const envelope = {
    url: "https://mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
    method: "POST",
    requestBody: '{"page":1,"size":10}',
    status: 200,
    responseBody: '{"success":true,"errorCode":1000000,"result":{"total":0,"goods_list":[]}}',
    capturedAt: 1763700000000,
    shop: { platform: "pdd", shopId: "100000001", shopName: "甜橙家居拼多多店" },
  };

  it("accepts the design's example envelope with the body kept as text", () => {
    expect(CaptureEnvelopeSchema.parse(envelope).responseBody).toBe(envelope.responseBody);
  });

  it("rejects a parsed body, a relative url or a numeric shop id", () => {
    expect(
      CaptureEnvelopeSchema.safeParse({ ...envelope, responseBody: { success: true } }).success,
    ).toBe(false);
    expect(CaptureEnvelopeSchema.safeParse({ ...envelope, url: "/goodsList" }).success).toBe(false);
    expect(
      CaptureEnvelopeSchema.safeParse({
        ...envelope,
        shop: { ...envelope.shop, shopId: 100000001 },
      }).success,
    ).toBe(false);
  });
});
