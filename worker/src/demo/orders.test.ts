import { type Order, startOfBusinessDay, toBusinessDate } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { generate } from "./test-fixture.ts";

const ORDER_ID: Record<Order["platform"], RegExp> = {
  taobao: /^\d{18,19}$/,
  tmall: /^\d{18,19}$/,
  jd: /^\d{12,13}$/,
  pdd: /^\d{6}-\d{15}$/,
};

describe("demo orders", { timeout: 60_000 }, () => {
  it("keep the money invariants: goods = Σ lines, paid = goods − discount + shipping = Σ line paid + shipping", () => {
    const broken = generate()
      .of("order")
      .filter((o) => {
        const goods = o.lines.reduce((s, l) => s + l.unitPriceFen * l.quantity, 0);
        const linePaid = o.lines.reduce((s, l) => s + l.paidFen, 0);
        return (
          o.goodsFen !== goods ||
          o.paidFen !== o.goodsFen - o.discountFen + o.shippingFen ||
          linePaid !== o.paidFen - o.shippingFen ||
          o.refundFen > linePaid ||
          o.discountFen > o.goodsFen * 0.4 ||
          o.lines.some((l) => l.paidFen > l.unitPriceFen * l.quantity || l.paidFen <= 0)
        );
      });
    expect(broken.slice(0, 3)).toEqual([]);
  });

  it("have statuses consistent with their timestamps and with now", () => {
    const { of, workspace } = generate();
    const problems: string[] = [];
    const check = (ok: boolean, o: Order, what: string) => {
      if (!ok) problems.push(`${o.orderId} ${o.status}: ${what}`);
    };
    for (const o of of("order")) {
      const times = [o.createdAt, o.paidAt, o.shippedAt, o.completedAt].filter((t) => t !== null);
      check(
        times.every((t, i) => i === 0 || (times[i - 1] ?? 0) <= t),
        o,
        "instants out of order",
      );
      check(
        Math.max(...times) <= o.capturedAt && o.capturedAt <= workspace.now,
        o,
        "captured before an event or after now",
      );
      const unpaid = o.status === "unpaid" || o.status === "cancelled";
      check(unpaid === (o.paidAt === null), o, "paidAt");
      if (unpaid) check(o.shippedAt === null && o.completedAt === null, o, "unpaid yet shipped");
      else
        check(
          toBusinessDate(o.paidAt ?? 0) === toBusinessDate(o.createdAt),
          o,
          "paid on another day",
        );
      if (o.status === "unpaid")
        check(workspace.now - o.createdAt < 24 * 3_600_000, o, "unpaid for over 24 h");
      if (o.status === "paid")
        check(o.shippedAt === null && o.completedAt === null, o, "paid but shipped");
      if (o.status === "shipped")
        check(o.shippedAt !== null && o.completedAt === null, o, "shipped");
      if (o.status === "completed")
        check(o.completedAt !== null, o, "completed without completedAt");
      if (o.status === "refunding")
        check(
          o.lines.some((l) => l.refundStatus === "refunding"),
          o,
          "no line refunding",
        );
      if (o.status === "refunded") {
        check(
          o.completedAt === null && o.refundFen === o.paidFen - o.shippingFen,
          o,
          "refunded amount",
        );
        check(
          o.lines.every((l) => l.refundStatus === "refunded"),
          o,
          "a line not refunded",
        );
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });

  it("cover today only up to now, with recent orders still open and old ones settled", () => {
    const { of, workspace } = generate();
    const orders = of("order");
    const today = orders.filter((o) => toBusinessDate(o.createdAt) === workspace.today);
    expect(today.length).toBeGreaterThan(50);
    expect(today.every((o) => o.createdAt < workspace.now && o.capturedAt === workspace.now)).toBe(
      true,
    );
    expect(today.filter((o) => o.status === "paid").length).toBeGreaterThan(today.length / 2);
    const old = orders.filter(
      (o) => o.createdAt < startOfBusinessDay(workspace.today) - 40 * 86_400_000,
    );
    const open = old.filter(
      (o) => o.status === "paid" || o.status === "shipped" || o.status === "refunding",
    );
    expect(open).toEqual([]);
    const statuses = new Set(orders.map((o) => o.status));
    expect(statuses).toEqual(
      new Set(["unpaid", "paid", "shipped", "completed", "cancelled", "refunding", "refunded"]),
    );
  });

  it("use each platform's order id format, Pinduoduo's dated by the order day", () => {
    for (const o of generate().of("order")) {
      expect(o.orderId).toMatch(ORDER_ID[o.platform]);
      if (o.platform === "pdd")
        expect(o.orderId.slice(0, 6)).toBe(
          toBusinessDate(o.createdAt).slice(2).replaceAll("-", ""),
        );
      expect(new Set(o.lines.map((l) => l.lineId)).size).toBe(o.lines.length);
    }
  });

  it("have multi-line orders (never on Pinduoduo), discounts, mostly free shipping and repeat buyers", () => {
    const orders = generate().of("order");
    const multi = orders.filter((o) => o.lines.length > 1);
    expect(multi.length / orders.length).toBeGreaterThan(0.1);
    expect(multi.length / orders.length).toBeLessThan(0.2);
    expect(multi.some((o) => o.platform === "pdd")).toBe(false);
    expect(orders.filter((o) => o.shippingFen === 0).length / orders.length).toBeGreaterThan(0.9);
    expect(orders.filter((o) => o.discountFen > 0).length / orders.length).toBeGreaterThan(0.3);
    const perBuyer = new Map<string, number>();
    for (const o of orders)
      if (o.buyerKey) perBuyer.set(o.buyerKey, (perBuyer.get(o.buyerKey) ?? 0) + 1);
    const repeatOrders = [...perBuyer.values()].filter((n) => n > 1).reduce((s, n) => s + n, 0);
    expect(repeatOrders / orders.length).toBeGreaterThan(0.15);
    expect(repeatOrders / orders.length).toBeLessThan(0.45);
  });

  it("price by platform: Pinduoduo cheapest, Tmall dearest", () => {
    const aov = (platform: Order["platform"]) => {
      const paid = generate()
        .of("order")
        .filter((o) => o.platform === platform && o.paidAt !== null);
      return paid.reduce((s, o) => s + o.paidFen, 0) / paid.length;
    };
    expect(aov("pdd")).toBeLessThan(aov("taobao"));
    expect(aov("taobao")).toBeLessThan(aov("tmall"));
    expect(aov("jd")).toBeLessThan(aov("tmall"));
  });
});
