import { describe, expect, it } from "vitest";
import { allocateToSkuDays } from "./profit-items.ts";
import type { AdRow, SkuDayRow } from "./profit-query.ts";

const sku = (date: string, item: string, skuKey: string, paid: number, refund = 0): SkuDayRow => ({
  platform: "taobao",
  shop_id: "S1",
  date,
  item_id: item,
  sku_key: skuKey,
  outer_sku_id: null,
  title: `${item} ${skuKey}`,
  sku_text: null,
  units: 1,
  refunded_units: 0,
  paid_fen: paid,
  refund_fen: refund,
  product_key: `sku:${skuKey}`,
  product_name: null,
  outer_code: null,
  unit_cost: 500,
});
const ad = (date: string, item: string | null, spend: number): AdRow => ({
  platform: "taobao",
  shop_id: "S1",
  date,
  item_id: item,
  spend_fen: spend,
});
const parts = (rows: ReturnType<typeof allocateToSkuDays>) =>
  rows.map((r) => [r.row.sku_key, r.row.date, r.tally.parts.feesFen, r.tally.parts.adSpendFen]);

describe("allocateToSkuDays", () => {
  it("spreads a shop-day's fees pro rata to net sales, exactly", () => {
    // ¥1.00 over net 100 : 100 : 100 → 34, 33, 33 (largest remainder, ties to the first).
    const rows = [
      sku("d1", "A", "a1", 100),
      sku("d1", "A", "a2", 100),
      sku("d1", "B", "b1", 150, 50),
    ];
    const out = allocateToSkuDays(rows, new Map([["taobao|S1|d1", 100]]), []);
    expect(parts(out)).toEqual([
      ["a1", "d1", 34, 0],
      ["a2", "d1", 33, 0],
      ["b1", "d1", 33, 0],
    ]);
    expect(out[0]?.tally).toMatchObject({ costedUnits: 1, parts: { cogsFen: 500 } });
  });

  it("gives item ads to the item's SKUs that day, else over its range, else to nobody", () => {
    const rows = [sku("d1", "A", "a1", 300), sku("d1", "A", "a2", 100), sku("d2", "A", "a1", 200)];
    const out = allocateToSkuDays(rows, new Map(), [
      ad("d1", "A", 40), // that day: 300 : 100 → 30, 10
      ad("d3", "A", 60), // no sale on d3: over the range's rows 300 : 100 : 200 → 30, 10, 20
      ad("d1", null, 999), // a shop-level ad: not allocated
      ad("d1", "Z", 77), // an item with no sales in the range: not allocated
    ]);
    expect(parts(out)).toEqual([
      ["a1", "d1", 0, 60],
      ["a2", "d1", 0, 20],
      ["a1", "d2", 0, 20],
    ]);
  });

  it("leaves a refunded SKU-day without fees when others sold, and counts uncosted units", () => {
    const refunded = { ...sku("d1", "A", "a1", 100, 100), refunded_units: 1 };
    const uncosted = { ...sku("d1", "B", "b1", 80), unit_cost: null };
    const out = allocateToSkuDays([refunded, uncosted], new Map([["taobao|S1|d1", 9]]), []);
    expect(parts(out)).toEqual([
      ["a1", "d1", 0, 0],
      ["b1", "d1", 9, 0],
    ]);
    expect(out[1]?.tally).toMatchObject({
      uncostedUnits: 1,
      uncostedRevenueFen: 80,
      parts: { cogsFen: 0 },
    });
    expect(out[0]?.tally).toMatchObject({ costedUnits: 0, uncostedUnits: 0 });
  });
});
