import { type Order, toBusinessDate } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { generate } from "./test-fixture.ts";

function paidOn(orders: readonly Order[], shopId: string, date: string): Order[] {
  return orders.filter(
    (o) => o.shopId === shopId && o.paidAt !== null && toBusinessDate(o.paidAt) === date,
  );
}

describe("demo traffic and ads agree with the orders", { timeout: 60_000 }, () => {
  it("traffic buyers, orders and amounts are those of the day's paid orders; buyers ≤ visitors", () => {
    const { of, workspace } = generate();
    const orders = of("order");
    const traffic = of("traffic");
    for (const t of traffic) {
      expect(t.days).toBe(1);
      if (t.visitors === null) {
        expect(t.platform === "pdd" && t.date === workspace.today).toBe(true);
        continue;
      }
      expect(t.buyers ?? 0).toBeLessThanOrEqual(t.visitors);
      expect(t.visitors).toBeLessThanOrEqual(t.pageViews ?? 0);
    }
    for (const t of traffic.filter(
      (x) => x.itemId === null && x.visitors !== null && x.date.endsWith("1"),
    )) {
      const paid = paidOn(orders, t.shopId, t.date);
      expect(t.buyers).toBe(new Set(paid.map((o) => o.buyerKey)).size);
      expect(t.paidOrders).toBe(paid.length);
      expect(t.paidFen).toBe(paid.reduce((s, o) => s + o.paidFen, 0));
      const items = traffic.filter(
        (x) => x.shopId === t.shopId && x.date === t.date && x.itemId !== null,
      );
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.visitors ?? 0).toBeLessThanOrEqual(t.visitors ?? 0);
        const lines = paid.flatMap((o) => o.lines.filter((l) => l.itemId === item.itemId));
        expect(item.paidFen).toBe(lines.reduce((s, l) => s + l.paidFen, 0));
      }
    }
  });

  it("ads: clicks ≤ impressions, spend a sensible share of GMV, attribution within the shop's sales", () => {
    const { of } = generate();
    const ads = of("ad");
    const shopDays = new Map(
      of("traffic")
        .filter((t) => t.itemId === null)
        .map((t) => [`${t.shopId}|${t.date}`, t]),
    );
    const channels = new Map<string, Set<string>>();
    for (const a of ads) {
      expect(a.clicks).toBeLessThanOrEqual(a.impressions);
      channels.set(a.platform, (channels.get(a.platform) ?? new Set()).add(a.channel));
    }
    expect(channels.get("tmall")).toEqual(new Set(["ztc", "wxt"]));
    expect(channels.get("jd")).toEqual(new Set(["jzt"]));
    expect(channels.get("pdd")).toEqual(new Set(["pdd-search", "pdd-scene"]));
    const perDay = new Map<string, { attributed: number; orders: number }>();
    for (const a of ads) {
      const key = `${a.shopId}|${a.date}`;
      const sum = perDay.get(key) ?? { attributed: 0, orders: 0 };
      perDay.set(key, {
        attributed: sum.attributed + a.attributedFen,
        orders: sum.orders + a.attributedOrders,
      });
    }
    for (const [key, sum] of perDay) {
      const day = shopDays.get(key);
      if (!day || day.paidFen === null) continue;
      expect(sum.attributed).toBeLessThanOrEqual(day.paidFen);
      expect(sum.orders).toBeLessThanOrEqual(day.paidOrders ?? 0);
    }
    const spend = ads.reduce((s, a) => s + a.spendFen, 0);
    const gmv = of("order").reduce((s, o) => s + (o.paidAt === null ? 0 : o.paidFen), 0);
    expect(spend / gmv).toBeGreaterThan(0.04);
    expect(spend / gmv).toBeLessThan(0.2);
  });
});
