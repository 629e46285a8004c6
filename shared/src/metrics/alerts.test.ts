import { describe, expect, it } from "vitest";
import { ALERT_RULE_DEFAULTS } from "../alerts/rules.ts";
import {
  checkLowStock,
  checkRefundSpike,
  checkRoasLow,
  checkSalesDrop,
  checkSyncStopped,
  sameWeekdayDates,
  weekdayBaseline,
} from "./alerts.ts";

const D = ALERT_RULE_DEFAULTS;
const HOUR = 3_600_000;

describe("checkLowStock (30-day velocity, cover < 7 days, urgent within 2)", () => {
  const today = "2026-11-22";
  it("warns when cover is under the limit", () => {
    // 60 units in 30 days = 2/day; stock 13 → 6.5 days → out on 11-28.
    expect(checkLowStock({ stock: 13, unitsSold: 60, today }, D.low_stock)).toEqual({
      unitsPerDay: 2,
      daysOfCover: 6.5,
      stockOutDate: "2026-11-28",
      severity: "warning",
    });
  });
  it("is silent at exactly the limit and above", () => {
    expect(checkLowStock({ stock: 14, unitsSold: 60, today }, D.low_stock)).toBeNull();
    expect(checkLowStock({ stock: 100, unitsSold: 60, today }, D.low_stock)).toBeNull();
  });
  it("is urgent when stock runs out within two days, out of stock included", () => {
    // 5 / 2 = 2.5 days → out on 11-24, two days away.
    expect(checkLowStock({ stock: 5, unitsSold: 60, today }, D.low_stock)).toMatchObject({
      stockOutDate: "2026-11-24",
      severity: "urgent",
    });
    // 6 / 2 = 3 days → 11-25: warning.
    expect(checkLowStock({ stock: 6, unitsSold: 60, today }, D.low_stock)?.severity).toBe(
      "warning",
    );
    expect(checkLowStock({ stock: 0, unitsSold: 1, today }, D.low_stock)).toMatchObject({
      daysOfCover: 0,
      stockOutDate: today,
      severity: "urgent",
    });
  });
  it("says nothing without sales or without a stock figure", () => {
    expect(checkLowStock({ stock: 0, unitsSold: 0, today }, D.low_stock)).toBeNull();
    expect(checkLowStock({ stock: null, unitsSold: 60, today }, D.low_stock)).toBeNull();
  });
  it("follows changed parameters", () => {
    const params = { coverDays: 3, urgentDays: 0 };
    expect(checkLowStock({ stock: 13, unitsSold: 60, today }, params)).toBeNull();
    expect(checkLowStock({ stock: 5, unitsSold: 60, today }, params)?.severity).toBe("warning");
    expect(checkLowStock({ stock: 1, unitsSold: 60, today }, params)?.severity).toBe("urgent");
  });
});

describe("sameWeekdayDates and weekdayBaseline", () => {
  it("reads the same weekday of the four previous weeks", () => {
    expect(sameWeekdayDates("2026-11-21")).toEqual([
      "2026-11-14",
      "2026-11-07",
      "2026-10-31",
      "2026-10-24",
    ]);
  });
  it("averages them", () => {
    expect(weekdayBaseline([])).toBeNull();
    expect(weekdayBaseline([0, 0, 0, 0])).toBe(0);
    expect(weekdayBaseline([100000, 80000, 90000, 70000])).toBe(85000);
    expect(weekdayBaseline([1, 2, 2, 2])).toBe(1.75);
  });
});

describe("checkSalesDrop (more than 30% under the baseline, baseline ≥ ¥500)", () => {
  const weeksFen = [100000, 80000, 90000, 70000]; // baseline ¥850.00
  it("fires below 70% of the baseline", () => {
    // ¥500 vs ¥850: drop 350/850 = 0.41176…
    const found = checkSalesDrop({ valueFen: 50000, weeksFen }, D.sales_drop);
    expect(found?.baselineFen).toBe(85000);
    expect(found?.drop).toBeCloseTo(35000 / 85000, 12);
    expect(checkSalesDrop({ valueFen: 0, weeksFen }, D.sales_drop)?.drop).toBe(1);
  });
  it("does not fire at exactly 30% down or less", () => {
    // 70% of ¥850 = ¥595.00 exactly.
    expect(checkSalesDrop({ valueFen: 59500, weeksFen }, D.sales_drop)).toBeNull();
    expect(checkSalesDrop({ valueFen: 59499, weeksFen }, D.sales_drop)?.drop).toBeCloseTo(
      (85000 - 59499) / 85000,
      12,
    );
    expect(checkSalesDrop({ valueFen: 120000, weeksFen }, D.sales_drop)).toBeNull();
  });
  it("needs a meaningful baseline", () => {
    // Mean exactly ¥500 is enough; ¥499.75 is not.
    expect(
      checkSalesDrop({ valueFen: 0, weeksFen: [50000, 50000, 50000, 50000] }, D.sales_drop),
    ).not.toBeNull();
    expect(
      checkSalesDrop({ valueFen: 0, weeksFen: [50000, 50000, 50000, 49999] }, D.sales_drop),
    ).toBeNull();
    expect(
      checkSalesDrop(
        { valueFen: 0, weeksFen: [0, 0, 0, 0] },
        { dropPercent: 30, minBaselineFen: 0 },
      ),
    ).toBeNull();
  });
});

describe("checkRefundSpike (≥ max(2× baseline, baseline + 10 pts), ≥ 10 orders)", () => {
  // Baseline 5%: ¥100 refunded of ¥2,000 → threshold max(10%, 15%) = 15%.
  const baseline = { paidFen: 200000, refundFen: 10000 };
  it("fires at the threshold, not just below", () => {
    const at = checkRefundSpike(
      { orders: 10, paidFen: 100000, refundFen: 15000 },
      baseline,
      D.refund_spike,
    );
    expect(at?.rate).toBe(0.15);
    expect(at?.baselineRate).toBe(0.05);
    expect(at?.threshold).toBeCloseTo(0.15, 12);
    expect(
      checkRefundSpike({ orders: 10, paidFen: 100000, refundFen: 14999 }, baseline, D.refund_spike),
    ).toBeNull();
  });
  it("uses twice the baseline when that is higher", () => {
    // Baseline 20% → max(40%, 30%) = 40%.
    const high = { paidFen: 100000, refundFen: 20000 };
    expect(
      checkRefundSpike({ orders: 12, paidFen: 100000, refundFen: 39999 }, high, D.refund_spike),
    ).toBeNull();
    expect(
      checkRefundSpike({ orders: 12, paidFen: 100000, refundFen: 40000 }, high, D.refund_spike)
        ?.threshold,
    ).toBeCloseTo(0.4, 12);
  });
  it("needs enough orders, some refunds and a baseline", () => {
    expect(
      checkRefundSpike({ orders: 9, paidFen: 100000, refundFen: 90000 }, baseline, D.refund_spike),
    ).toBeNull();
    expect(
      checkRefundSpike(
        { orders: 10, paidFen: 100000, refundFen: 90000 },
        { paidFen: 0, refundFen: 0 },
        D.refund_spike,
      ),
    ).toBeNull();
    // Zero baseline refunds: threshold max(0, 10%) = 10%.
    const clean = { paidFen: 500000, refundFen: 0 };
    expect(
      checkRefundSpike({ orders: 10, paidFen: 100000, refundFen: 10000 }, clean, D.refund_spike)
        ?.threshold,
    ).toBe(0.1);
    expect(
      checkRefundSpike({ orders: 10, paidFen: 100000, refundFen: 0 }, clean, {
        minOrders: 1,
        multiple: 1,
        pointsAbove: 0,
      }),
    ).toBeNull();
  });
});

describe("checkRoasLow (ROAS < 2.0 with spend ≥ ¥50)", () => {
  it("fires below target, not on it", () => {
    expect(checkRoasLow({ spendFen: 10000, attributedFen: 15000 }, D.roas_low)).toEqual({
      roas: 1.5,
    });
    expect(checkRoasLow({ spendFen: 10000, attributedFen: 0 }, D.roas_low)).toEqual({ roas: 0 });
    expect(checkRoasLow({ spendFen: 10000, attributedFen: 20000 }, D.roas_low)).toBeNull();
    expect(checkRoasLow({ spendFen: 10000, attributedFen: 19999 }, D.roas_low)?.roas).toBe(1.9999);
  });
  it("ignores small spend", () => {
    expect(checkRoasLow({ spendFen: 5000, attributedFen: 0 }, D.roas_low)).toEqual({ roas: 0 });
    expect(checkRoasLow({ spendFen: 4999, attributedFen: 0 }, D.roas_low)).toBeNull();
    expect(
      checkRoasLow({ spendFen: 0, attributedFen: 0 }, { targetRoas: 2, minSpendFen: 0 }),
    ).toBeNull();
  });
});

describe("checkSyncStopped (silent > 24 h after captures in the 7 days before)", () => {
  const now = Date.UTC(2026, 10, 22, 4, 0, 0);
  it("fires after the limit", () => {
    expect(checkSyncStopped({ lastCapturedAt: now - 30 * HOUR, now }, D.sync_stopped)).toEqual({
      hoursSince: 30,
    });
    expect(
      checkSyncStopped({ lastCapturedAt: now - 24 * HOUR - 1, now }, D.sync_stopped),
    ).not.toBeNull();
  });
  it("is silent up to the limit, and for shops silent for over a week beyond it", () => {
    expect(checkSyncStopped({ lastCapturedAt: now - 24 * HOUR, now }, D.sync_stopped)).toBeNull();
    expect(checkSyncStopped({ lastCapturedAt: now, now }, D.sync_stopped)).toBeNull();
    expect(
      checkSyncStopped({ lastCapturedAt: now - (24 + 7 * 24) * HOUR, now }, D.sync_stopped),
    ).toEqual({ hoursSince: 192 });
    expect(
      checkSyncStopped({ lastCapturedAt: now - (24 + 7 * 24) * HOUR - 1, now }, D.sync_stopped),
    ).toBeNull();
  });
  it("follows the hours parameter", () => {
    expect(checkSyncStopped({ lastCapturedAt: now - 30 * HOUR, now }, { hours: 48 })).toBeNull();
    expect(checkSyncStopped({ lastCapturedAt: now - 3 * HOUR, now }, { hours: 2 })).toEqual({
      hoursSince: 3,
    });
  });
});
