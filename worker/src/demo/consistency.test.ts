import { toBusinessDate } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { generate } from "./test-fixture.ts";

function ordersById() {
  return new Map(
    generate()
      .of("order")
      .map((o) => [`${o.shopId}|${o.orderId}`, o]),
  );
}

describe("demo records agree with each other", { timeout: 60_000 }, () => {
  it("refunds point at real order lines, never exceed them, and match the order's state", () => {
    const orders = ordersById();
    const refunds = generate().of("refund");
    for (const r of refunds) {
      const order = orders.get(`${r.shopId}|${r.orderId}`);
      const line = order?.lines.find((l) => l.lineId === r.lineId);
      expect(line).toBeDefined();
      expect(r.amountFen).toBeGreaterThan(0);
      expect(r.amountFen).toBeLessThanOrEqual(line?.paidFen ?? 0);
      if (r.status === "pending" || r.status === "approved")
        expect(line?.refundStatus).toBe("refunding");
      if (r.status === "refunded") expect(line?.refundStatus).not.toBe("none");
      expect(r.completedAt === null).toBe(r.status === "pending" || r.status === "approved");
    }
    const refundedFen = new Map<string, number>();
    for (const r of refunds) {
      const key = `${r.shopId}|${r.orderId}`;
      if (r.status === "refunded") refundedFen.set(key, (refundedFen.get(key) ?? 0) + r.amountFen);
    }
    for (const [key, o] of orders) expect(refundedFen.get(key) ?? 0, key).toBe(o.refundFen);
    expect(new Set(refunds.map((r) => r.status))).toEqual(
      new Set(["pending", "approved", "refunded", "rejected", "closed"]),
    );
  });

  it("refund 5–12% of paid orders on every platform", () => {
    const orders = generate().of("order");
    for (const platform of ["taobao", "tmall", "jd", "pdd"] as const) {
      const paid = orders.filter((o) => o.platform === platform && o.paidAt !== null);
      const refunded = paid.filter(
        (o) => o.refundFen > 0 || o.lines.some((l) => l.refundStatus !== "none"),
      );
      const share = refunded.length / paid.length;
      expect(share, platform).toBeGreaterThanOrEqual(0.05);
      expect(share, platform).toBeLessThanOrEqual(0.12);
    }
  });

  it("settlements: income per completed order net of refunds, deductions negative", () => {
    const { of } = generate();
    const orders = ordersById();
    const entries = of("settlement");
    for (const e of entries) {
      if (e.type === "income") {
        const order = orders.get(`${e.shopId}|${e.orderId}`);
        expect(order?.status).toBe("completed");
        expect(e.amountFen).toBe((order?.paidFen ?? 0) - (order?.refundFen ?? 0));
        expect(e.occurredAt).toBe(order?.completedAt);
      }
      if (["commission", "service_fee", "ad", "shipping", "deposit"].includes(e.type)) {
        expect(e.amountFen).toBeLessThan(0);
      }
    }
    const completed = [...orders.values()].filter((o) => o.status === "completed").length;
    expect(entries.filter((e) => e.type === "income").length).toBe(completed);
    const types = new Set(entries.map((e) => e.type));
    expect(types).toEqual(
      new Set(["income", "commission", "service_fee", "ad", "shipping", "deposit", "other"]),
    );
  });

  it("peaks on 双11 and 618 and sells more at weekends", () => {
    const orders = generate().of("order");
    const gmv = new Map<string, number>();
    for (const o of orders) {
      if (o.paidAt !== null)
        gmv.set(toBusinessDate(o.paidAt), (gmv.get(toBusinessDate(o.paidAt)) ?? 0) + o.paidFen);
    }
    const sorted = [...gmv.values()].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 1;
    expect((gmv.get("2026-11-11") ?? 0) / median).toBeGreaterThan(5);
    expect((gmv.get("2026-06-18") ?? 0) / median).toBeGreaterThan(2.5);
    expect((gmv.get("2026-11-01") ?? 0) / median).toBeGreaterThan(2);
    const summer = [...gmv].filter(([date]) => date >= "2026-07-01" && date <= "2026-09-30");
    const mean = (days: number[]) => {
      const picked = summer.filter(([date]) =>
        days.includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
      );
      return picked.reduce((s, [, v]) => s + v, 0) / picked.length;
    };
    expect(mean([0, 6])).toBeGreaterThan(mean([2, 3]));
  });
});
