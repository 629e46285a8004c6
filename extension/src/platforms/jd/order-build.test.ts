import { allocateFen as apportion, jdOrderStatus } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { FIXTURE_SECRET } from "../../cli/replay.ts";
import { createBuyerKeyer } from "../../lib/buyer-key.ts";
import { buildOrder, type JdItemInput, type JdOrderInput } from "./order-build.ts";
import { normaliseCity, normaliseProvince } from "./region.ts";
import { buyerKey } from "./test-support.ts";

const ctx = { shop: null, buyerKey: createBuyerKeyer(FIXTURE_SECRET) };

const item = (over: Partial<JdItemInput> = {}): JdItemInput => ({
  skuId: "100087654321",
  wareId: "100012345678",
  title: "禾屿 竹制砧板 中号",
  outerSkuId: "HY-KB-001-M",
  quantity: 1,
  unitPriceFen: 8900,
  refund: "none",
  refundedFen: 0,
  ...over,
});

const order = (over: Partial<JdOrderInput> = {}): JdOrderInput => ({
  path: "row",
  orderId: "3412876500121",
  statusKeys: ["等待出库"],
  createdAt: 1763603512000,
  paidAt: 1763603560000,
  shippedAt: null,
  completedAt: null,
  payableFen: 8900,
  freightFen: 0,
  pin: "jd_demo_buyer_01",
  province: "江苏",
  city: "南京市",
  items: [item()],
  ...over,
});

describe("apportion", () => {
  it("splits by value with the largest remainder, gifts get nothing", () => {
    expect(apportion([17800, 7900, 0], 23700)).toEqual([16415, 7285, 0]);
    expect(apportion([11800, 0, 3000], 13800)).toEqual([11003, 0, 2797]);
    expect(apportion([0, 0], 500)).toEqual([500, 0]);
  });
});

describe("buildOrder", () => {
  it("derives discount from the amount due and keeps postage out of line amounts", () => {
    const built = buildOrder(
      order({
        payableFen: 23800,
        freightFen: 600,
        items: [item({ quantity: 2 }), item({ skuId: "100087654400", unitPriceFen: 7900 })],
      }),
      ctx,
    );
    expect(built).toMatchObject({
      goodsFen: 25700,
      shippingFen: 600,
      discountFen: 2500,
      paidFen: 23800,
    });
    expect(built.lines.map((l) => l.paidFen)).toEqual([16068, 7132]);
    expect(built.lines.reduce((s, l) => s + l.paidFen, 0)).toBe(23800 - 600);
  });

  it("reads the amount above the goods as postage when no postage field is shown", () => {
    const built = buildOrder(order({ payableFen: 9500, freightFen: null }), ctx);
    expect(built).toMatchObject({
      goodsFen: 8900,
      shippingFen: 600,
      discountFen: 0,
      paidFen: 9500,
    });
  });

  it("counts nothing as paid while unpaid (pre-sale balance due) and rejects impossible money", () => {
    const presale = buildOrder(order({ statusKeys: ["等待付尾款"], paidAt: 1763603560000 }), ctx);
    expect(presale).toMatchObject({ status: "unpaid", paidFen: 0 });
    expect(presale.lines[0]?.paidFen).toBe(0);
    expect(() => buildOrder(order({ payableFen: 9500, freightFen: 0 }), ctx)).toThrow(/exceeds/);
  });

  it("lifts statuses from line refunds: partial keeps, open → refunding, all back → refunded", () => {
    const two = [item({ refund: "refunded", refundedFen: 4000 }), item({ skuId: "100087654400" })];
    expect(
      buildOrder(order({ statusKeys: ["已完成"], payableFen: 17800, items: two }), ctx),
    ).toMatchObject({
      status: "completed",
      refundFen: 4000,
    });
    const open = [item({ refund: "refunding" })];
    expect(buildOrder(order({ statusKeys: ["已出库"], items: open }), ctx).status).toBe(
      "refunding",
    );
    const all = [item({ refund: "refunded", refundedFen: 8900 })];
    expect(buildOrder(order({ statusKeys: ["已取消"], items: all }), ctx)).toMatchObject({
      status: "refunded",
      refundFen: 8900,
    });
  });

  it("keys a repeated SKU apart and takes the SKU as item when the ware id is missing", () => {
    const built = buildOrder(
      order({ payableFen: 8900, items: [item(), item({ unitPriceFen: 0, wareId: null })] }),
      ctx,
    );
    expect(built.lines.map((l) => [l.lineId, l.itemId])).toEqual([
      ["100087654321", "100012345678"],
      ["100087654321-2", "100087654321"],
    ]);
  });

  it("keeps only a buyer key and the coarse region", () => {
    const built = buildOrder(order({ city: "南京市*区" }), ctx);
    expect(built.buyerKey).toBe(buyerKey("jd_demo_buyer_01"));
    expect(built).toMatchObject({ province: "江苏省", city: null });
    expect(JSON.stringify(built)).not.toContain("jd_demo_buyer_01");
  });

  it("refuses a status JD has not shown before", () => {
    expect(() => buildOrder(order({ statusKeys: ["新状态"] }), ctx)).toThrow(/unknown status/);
  });
});

describe("status and region tables", () => {
  it.each([
    ["WAIT_SELLER_STOCK_OUT", "paid"],
    ["等待确认收货", "shipped"],
    ["FINISHED_L", "completed"],
    ["TRADE_CANCELED", "cancelled"],
    ["锁定", "refunding"],
    ["暂停", "paid"],
    ["等待付款", "unpaid"],
  ])("%s → %s", (jd, canonical) => {
    expect(jdOrderStatus(jd)).toBe(canonical);
  });

  it("completes short provinces and drops anything that is not a place name", () => {
    expect(normaliseProvince("新疆")).toBe("新疆维吾尔自治区");
    expect(normaliseProvince("广东省")).toBe("广东省");
    expect(normaliseProvince("北京")).toBe("北京市");
    expect(normaliseProvince("AAS/xyz=")).toBeNull();
    expect(normaliseCity("**市")).toBeNull();
  });
});
