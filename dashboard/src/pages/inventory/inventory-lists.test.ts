import { describe, expect, it } from "vitest";
import { product, report } from "./inventory-fixture.ts";
import {
  hasStockData,
  parseInventoryTab,
  platformStock,
  soonUntil,
  stockOutRows,
  stockOutUrgency,
  stockPlatforms,
  tabRows,
} from "./inventory-lists.ts";

const TODAY = "2026-11-10";

describe("parseInventoryTab", () => {
  it("keeps known tabs and falls back to the stock-out tab", () => {
    expect(parseInventoryTab("reorder")).toBe("reorder");
    expect(parseInventoryTab("all")).toBe("all");
    expect(parseInventoryTab("nope")).toBe("stockout");
    expect(parseInventoryTab(null)).toBe("stockout");
  });
});

describe("stockOutUrgency", () => {
  it("is soon when the stock-out date falls within the 7 days from today", () => {
    // Today + 6 is the 7th day of "this week"; today + 7 is next week.
    expect(soonUntil(TODAY)).toBe("2026-11-16");
    expect(stockOutUrgency(product("a", { stockOutDate: "2026-11-16" }), TODAY)).toBe("soon");
    expect(stockOutUrgency(product("a", { stockOutDate: "2026-11-17" }), TODAY)).toBe("later");
    expect(stockOutUrgency(product("a", { stockOutDate: TODAY, stock: 1 }), TODAY)).toBe("soon");
  });

  it("is out when no stock is left and it still sold in 30 days", () => {
    const empty = { stock: 0, daysOfCover: 0, stockOutDate: TODAY };
    expect(stockOutUrgency(product("a", empty), TODAY)).toBe("out");
    // An empty listing nobody bought for 30 days is not running out of anything.
    expect(stockOutUrgency(product("a", { ...empty, units30: 0, units7: 0 }), TODAY)).toBeNull();
  });

  it("is null when cover is unknown", () => {
    expect(
      stockOutUrgency(product("a", { stock: null, daysOfCover: null, stockOutDate: null }), TODAY),
    ).toBeNull();
  });
});

describe("tabRows", () => {
  const low = product("low", { stockOutDate: "2026-11-25", daysOfCover: 15 });
  const soon = product("soon", { stockOutDate: "2026-11-12", daysOfCover: 2 });
  const out = product("out", { stock: 0, daysOfCover: 0, stockOutDate: TODAY });
  const later = product("later", { stockOutDate: "2026-12-30", daysOfCover: 50 });
  const over = product("over", { stockOutDate: "2027-05-01", daysOfCover: 172 });
  const slow = product("slow", { stockOutDate: null, daysOfCover: null, units30: 0 });
  // Report order is shortest cover first, yet the low product is listed before the others here
  // to prove the stock-out tab sorts by date itself.
  const r = report([low, soon, out, later, over, slow], {
    lowStock: ["low", "soon", "out"],
    reorder: ["soon", "low"],
    overstock: ["over"],
    slowMoving: ["slow"],
  });

  it("lists low stock and this week's stock-outs, earliest date first", () => {
    expect(stockOutRows(r).map((p) => p.productId)).toEqual(["out", "soon", "low"]);
  });

  it("adds a product running out this week that the low-stock list leaves out", () => {
    const shortLead = product("short", { stockOutDate: "2026-11-13", leadTimeDays: 1 });
    const only = report([shortLead], { lowStock: [] });
    expect(stockOutRows(only).map((p) => p.productId)).toEqual(["short"]);
  });

  it("keeps the report order for the other lists", () => {
    expect(tabRows(r, "reorder").map((p) => p.productId)).toEqual(["low", "soon"]);
    expect(tabRows(r, "excess").map((p) => p.productId)).toEqual(["over", "slow"]);
    expect(tabRows(r, "all")).toHaveLength(6);
  });

  it("lists a product that is both overstocked and slow once", () => {
    const both = report([over], { overstock: ["over"], slowMoving: ["over"] });
    expect(tabRows(both, "excess")).toHaveLength(1);
  });
});

describe("platform stock", () => {
  const p = product("a", {
    platforms: [
      { platform: "pdd", shops: ["p1"], stock: 4, units30: 1 },
      { platform: "jd", shops: ["j1"], stock: null, units30: 3 },
    ],
  });

  it("orders platform columns as the app does and skips absent platforms", () => {
    expect(stockPlatforms([p, product("b")])).toEqual(["taobao", "jd", "pdd"]);
  });

  it("tells unknown stock from not listed", () => {
    expect(platformStock(p, "pdd")).toEqual({ stock: 4 });
    expect(platformStock(p, "jd")).toEqual({ stock: null });
    expect(platformStock(p, "taobao")).toBeUndefined();
  });
});

describe("hasStockData", () => {
  it("is false when no product has known stock", () => {
    expect(hasStockData(report([]))).toBe(false);
    expect(hasStockData(report([product("a", { stock: null })]))).toBe(false);
    expect(hasStockData(report([product("a", { stock: null }), product("b")]))).toBe(true);
  });
});
