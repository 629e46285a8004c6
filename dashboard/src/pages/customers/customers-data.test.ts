import type { CustomerFigures, CustomersReport } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { customerTotals, platformCustomerRows, rfmScope, segmentRows } from "./customers-data.ts";

const rate = { windowDays: 30, eligible: 0, repurchased: 0, rate: null, pending: 0 };

function figures(overrides: Partial<CustomerFigures> = {}): CustomerFigures {
  return {
    newBuyers: { buyers: 30, orders: 32, paidFen: 320_000 },
    returningBuyers: { buyers: 10, orders: 18, paidFen: 80_000 },
    unknownBuyerOrders: { orders: 2, paidFen: 16_000 },
    repurchase: { d30: rate, d90: { ...rate, windowDays: 90 } },
    rfm: { buyers: 0, segments: [], grid: [] },
    ...overrides,
  };
}

describe("customerTotals", () => {
  it("adds new and returning buyers, and counts unknown-buyer orders as orders only", () => {
    const t = customerTotals(figures());
    expect(t.buyers).toBe(40);
    expect(t.orders).toBe(52);
    expect(t.paidFen).toBe(416_000);
    // 416,000 ÷ 52 = 8,000 fen per order.
    expect(t.aovFen).toBe(8_000);
    expect(t.newAovFen).toBe(10_000);
    expect(t.returningAovFen).toBe(4_444); // 80,000 ÷ 18 = 4,444.4
    expect(t.returningShare).toBe(0.25);
    expect(t.returningPaidShare).toBe(0.2); // 80,000 ÷ 400,000, unknown orders left out
  });

  it("gives null ratios, not zero, with no buyers or orders", () => {
    const none = { buyers: 0, orders: 0, paidFen: 0 };
    const t = customerTotals(
      figures({ newBuyers: none, returningBuyers: none, unknownBuyerOrders: none }),
    );
    expect([t.buyers, t.aovFen, t.returningShare, t.returningPaidShare]).toEqual([
      0,
      null,
      null,
      null,
    ]);
  });
});

describe("segmentRows and rfmScope", () => {
  const rfm = {
    buyers: 4,
    segments: [
      { segment: "general-develop" as const, buyers: 3, orders: 3, paidFen: 10_000, share: 0.75 },
      { segment: "important-value" as const, buyers: 1, orders: 6, paidFen: 250_000, share: 0.25 },
    ],
    grid: [],
  };

  it("lists all 8 segments in their defined order with the paid amount per buyer", () => {
    const rows = segmentRows(rfm);
    expect(rows.map((r) => r.segment)).toEqual([
      "important-value",
      "important-develop",
      "important-keep",
      "important-retain",
      "general-value",
      "general-develop",
      "general-keep",
      "general-retain",
    ]);
    expect(rows[0]).toMatchObject({
      r: true,
      f: true,
      m: true,
      buyers: 1,
      paidPerBuyerFen: 250_000,
    });
    expect(rows[5]).toMatchObject({ r: true, f: false, m: false, paidPerBuyerFen: 3_333 });
    expect(rows[2]).toMatchObject({ buyers: 0, share: null, paidPerBuyerFen: null });
  });

  it("reads one platform's RFM, or the total for 'all' and unknown platforms", () => {
    const jdRfm = { ...rfm, buyers: 1 };
    const report = {
      total: figures({ rfm }),
      platforms: [{ ...figures({ rfm: jdRfm }), platform: "jd" }],
    } as unknown as CustomersReport;
    expect(rfmScope(report, "jd").buyers).toBe(1);
    expect(rfmScope(report, "all").buyers).toBe(4);
    expect(rfmScope(report, "pdd").buyers).toBe(4);
    expect(platformCustomerRows(report)[0]).toMatchObject({ platform: "jd", buyers: 40 });
  });
});
