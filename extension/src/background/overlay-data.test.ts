// Before Dexie loads: it takes the IndexedDB global at import time.
import "fake-indexeddb/auto";
import type { DeviceInsightsResponse } from "@tongshu/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TongshuDb } from "../db/schema.ts";
import { withTestDb } from "../db/test-db.ts";
import { upsertRecords } from "../db/upsert-records.ts";
import { buyer, NOW, order, sku } from "../overlay/test-records.ts";
import { answerOverlay, INSIGHTS_CACHE_KEY } from "./overlay-data.ts";

let db: TongshuDb;
withTestDb((opened) => {
  db = opened;
});

let storage: Record<string, unknown>;
beforeEach(() => {
  storage = {};
  const pick = (keys: string | string[]) =>
    Object.fromEntries(
      [keys]
        .flat()
        .filter((k) => k in storage)
        .map((k) => [k, storage[k]]),
    );
  vi.stubGlobal("chrome", {
    storage: {
      local: {
        get: async (keys: string | string[]) => pick(keys),
        set: async (items: Record<string, unknown>) => Object.assign(storage, items),
      },
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const DEVICE = {
  serverUrl: "https://tongshu.example.com",
  deviceId: "dev-1",
  token: "secret-token",
  workspace: { id: "w1", name: "测试" },
  pairedAt: 1,
};
const live = (paidFen: number, orders: number) => ({
  today: { paidFen, orders },
  yesterday: { paidFen: 1000, orders: 1 },
  vsYesterday: { paidFen: paidFen / 1000 - 1, orders: null },
});
const INSIGHTS: DeviceInsightsResponse = {
  generatedAt: NOW - 1000,
  today: "2026-11-20",
  costsVisible: false,
  shops: null,
  windows: {
    days7: { from: "2026-11-13", to: "2026-11-19" },
    days30: { from: "2026-10-21", to: "2026-11-19" },
  },
  live: {
    total: live(5000, 5),
    platforms: [
      { platform: "pdd", ...live(3000, 3) },
      { platform: "jd", ...live(2000, 2) },
    ],
  },
  products: [
    {
      productId: "outer:BOX-1",
      name: "收纳盒",
      outerCode: "BOX-1",
      stock: 60,
      units7: 12,
      units30: 45,
      daysOfCover: 40,
      stockOutDate: "2026-12-30",
      lowStock: false,
      reorderQuantity: null,
      marginRate: 0.31,
      platforms: [
        { platform: "pdd", stock: 40, units7: 10, units30: 30 },
        { platform: "jd", stock: 20, units7: 2, units30: 15 },
      ],
      skus: [
        ["pdd", "879846125", "500001", "900001"],
        ["jd", "11258196", "7001", "100001"],
      ],
    },
  ],
  alerts: Array.from({ length: 7 }, (_, i) => ({
    id: `a${i}`,
    rule: "low_stock" as const,
    severity: "warning" as const,
    platform: "pdd" as const,
    shopId: "879846125",
    shopName: "店",
    date: "2026-11-20",
    evidence: { stock: 3 },
    link: "/inventory",
  })),
  alertCount: 9,
};

const ask = (itemIds: string[], orderIds: string[] = []) =>
  answerOverlay(
    { type: "overlay", platform: "pdd", shopId: "879846125", itemIds, orderIds },
    NOW,
    db,
  );

describe("answerOverlay", () => {
  beforeEach(async () => {
    const a = buyer("a");
    await upsertRecords(
      db,
      [
        sku("pdd", "500001", "900001", "BOX-1", 40),
        sku("pdd", "500002", "900002", null, 8),
        order({ orderId: "p1", buyerKey: a, lines: [{ itemId: "500002", quantity: 2 }] }),
        order({ orderId: "p2", buyerKey: a, paid: "2026-11-20", paidFen: 2500 }),
      ],
      1,
    );
  });

  it("answers local figures and badges when not paired, never a buyer key", async () => {
    const answer = await ask(["500002", "999999"], ["p1", "p2", "nope"]);
    expect(answer.source).toBe("local");
    expect(Object.keys(answer.products)).toEqual(["500002"]);
    expect(answer.products["500002"]).toMatchObject({
      units7Here: 2,
      units30All: 2,
      stock: [{ platform: "pdd", stock: 8 }],
    });
    // Each order also carries its product's figures: the same as the product list shows.
    expect(answer.orders).toEqual({
      p1: {
        repeatOrders: 2,
        refundRisk: null,
        unusualAmount: null,
        product: expect.objectContaining({ source: "local" }),
      },
      p2: {
        repeatOrders: 2,
        refundRisk: null,
        unusualAmount: null,
        product: expect.objectContaining({ source: "local" }),
      },
    });
    expect(answer.orders.p1?.product).toEqual(answer.products["500002"]);
    // Today's local figures: p2 was paid today.
    expect(answer.summary).toEqual({
      today: [{ platform: "pdd", paidFen: 2500, orders: 1, vsYesterday: null }],
      alerts: [],
      alertCount: 0,
    });
    expect(JSON.stringify(answer)).not.toContain("aaaa");
  });

  it("uses the team figures when paired, caches them, and keeps the last copy on failure", async () => {
    storage.device = DEVICE;
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(INSIGHTS), { status: 200 }));
    vi.stubGlobal("fetch", fetchMock);
    const answer = await ask(["500001", "500002"]);
    expect(fetchMock).toHaveBeenCalledWith(
      "https://tongshu.example.com/api/v1/devices/insights",
      expect.objectContaining({ headers: { authorization: "Bearer secret-token" } }),
    );
    expect(answer).toMatchObject({ source: "team", asOf: NOW });
    expect(answer.products["500001"]).toEqual({
      source: "team",
      units7Here: 10,
      units30Here: 30,
      units7All: 12,
      units30All: 45,
      stock: [
        { platform: "pdd", stock: 40 },
        { platform: "jd", stock: 20 },
      ],
      daysOfCover: 40,
      lowStock: false,
      marginRate: null, // costs not visible
    });
    // Unknown to the server yet: the local figures stay.
    expect(answer.products["500002"]?.source).toBe("local");
    expect(answer.summary.today.map((p) => [p.platform, p.paidFen])).toEqual([
      ["pdd", 3000],
      ["jd", 2000],
    ]);
    expect(answer.summary.alerts).toHaveLength(5);
    expect(answer.summary.alertCount).toBe(9);
    expect(storage[INSIGHTS_CACHE_KEY]).toMatchObject({ deviceId: "dev-1", fetchedAt: NOW });

    // Ten minutes on, the server fails: the last copy answers, with its age.
    fetchMock.mockImplementation(async () => new Response("down", { status: 503 }));
    const later = await answerOverlay(
      { type: "overlay", platform: "pdd", shopId: null, itemIds: ["500001"], orderIds: [] },
      NOW + 10 * 60_000,
      db,
    );
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(later).toMatchObject({ source: "team", asOf: NOW });
  });

  it("answers nothing when the hints are off for the platform", async () => {
    storage.overlay = { enabled: true, platforms: { pdd: false } };
    expect(await ask(["500001"])).toMatchObject({ enabled: false, products: {}, orders: {} });
  });
});
