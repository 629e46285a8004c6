import type { CanonicalRecord } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import type { StoredRecord } from "../db/schema.ts";
import { sku } from "../sync/test-support.ts";
import { buildLocalExport, EXPORT_TABLES, type LocalTables } from "./local-export.ts";

const BUYER_KEY = "a".repeat(64);

const order = {
  kind: "order",
  platform: "taobao",
  shopId: "2212978279481",
  capturedAt: 1_763_700_000_000,
  source: { url: "https://trade.taobao.com/x", parser: "taobao/sold-orders@1" },
  orderId: "4127593014925813347",
  status: "paid",
  createdAt: 1_763_600_000_000,
  paidAt: 1_763_600_100_000,
  shippedAt: null,
  completedAt: null,
  goodsFen: 3990,
  shippingFen: 0,
  discountFen: 0,
  paidFen: 3990,
  refundFen: 0,
  province: "浙江省",
  city: "杭州市",
  buyerKey: BUYER_KEY,
  lines: [],
} as unknown as CanonicalRecord;

const stored = (record: CanonicalRecord): StoredRecord => ({
  key: `k-${record.kind}`,
  shop: `${record.platform}|${record.shopId}`,
  capturedAt: record.capturedAt,
  hash: "f".repeat(64),
  record,
});

function tables(over: Partial<LocalTables> = {}): LocalTables {
  return {
    orders: [],
    skus: [],
    traffic: [],
    ads: [],
    refunds: [],
    settlements: [],
    outbox: [],
    quarantine: [],
    shops: [],
    captureLog: [],
    syncState: [],
    ...over,
  };
}

const meta = { exportedAt: 1_763_800_000_000, extensionVersion: "0.1.0" };

describe("buildLocalExport", () => {
  const input = tables({
    orders: [stored(order)],
    skus: [stored(sku(1)), stored(sku(2))],
    outbox: [{ key: "k-order", kind: "order", queuedAt: 1 }],
    quarantine: [{ key: "k-order", kind: "order", reason: "bad", at: 2, record: order }],
    shops: [
      {
        key: "taobao|2212978279481",
        platform: "taobao",
        shopId: "2212978279481",
        shopName: "禾屿家居生活馆",
        lastCapturedAt: 3,
      },
    ],
    captureLog: [
      {
        id: 1,
        at: 4,
        url: "https://trade.taobao.com/list?buyerNick=tb_buyer_88",
        parser: null,
        shop: null,
        outcome: "failed",
        code: "no_parser",
        message: "no parser reads https://trade.taobao.com/list?buyerNick=tb_buyer_88",
        records: 0,
        written: 0,
        envelope: {
          url: "https://trade.taobao.com/list?buyerNick=tb_buyer_88",
          method: "GET",
          requestBody: null,
          status: 200,
          responseBody: JSON.stringify({ receiverMobile: "13800138000", total: 1 }),
          capturedAt: 4,
          shop: null,
        },
      },
    ],
    syncState: [
      {
        id: "sync",
        lastSuccessAt: 5,
        lastError: null,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        needsPairing: false,
        lease: null,
      },
    ],
  });
  const built = buildLocalExport(input, meta);
  const text = built.parts.join("");
  const file = JSON.parse(text) as {
    format: string;
    counts: Record<string, number>;
    tables: Record<string, Array<Record<string, unknown>>>;
  };

  it("is one JSON document with every table and its row count", () => {
    expect(file.format).toBe("tongshu-local-data");
    expect(Object.keys(file.tables)).toEqual([...EXPORT_TABLES]);
    expect(file.counts).toEqual({
      orders: 1,
      skus: 2,
      traffic: 0,
      ads: 0,
      refunds: 0,
      settlements: 0,
      outbox: 1,
      quarantine: 1,
      shops: 1,
      captureLog: 1,
      syncState: 1,
    });
    expect(built.counts).toEqual(file.counts);
    expect(file.tables.skus?.[1]?.record).toEqual(sku(2));
  });

  it("leaves out buyerKey and record hashes, in records and in quarantine", () => {
    expect(text).not.toContain(BUYER_KEY);
    expect(text).not.toContain("f".repeat(64));
    const [exported] = file.tables.orders ?? [];
    expect(exported?.record).not.toHaveProperty("buyerKey");
    expect(exported).not.toHaveProperty("hash");
    expect(exported?.record).toMatchObject({ orderId: "4127593014925813347" });
    expect(file.tables.quarantine?.[0]?.record).not.toHaveProperty("buyerKey");
  });

  it("redacts the capture log again", () => {
    expect(text).not.toContain("tb_buyer_88");
    expect(text).not.toContain("13800138000");
    expect(file.tables.captureLog?.[0]).toMatchObject({ code: "no_parser", outcome: "failed" });
  });

  it("splits big tables into parts that still join into valid JSON", () => {
    const many = Array.from({ length: 2500 }, (_, n) => stored({ ...sku(n), skuId: String(n) }));
    const big = buildLocalExport(tables({ skus: many }), meta);
    expect(big.parts.length).toBeGreaterThan(EXPORT_TABLES.length * 2 + 2);
    const parsed = JSON.parse(big.parts.join("")) as { tables: { skus: unknown[] } };
    expect(parsed.tables.skus).toHaveLength(2500);
  });
});
