import type { CaptureEnvelope, Order, ShopRef } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { createBuyerKeyer } from "../../../../extension/src/lib/buyer-key.ts";
import { parseEnvelope } from "../../../../extension/src/platforms/parse-envelope.ts";
import { createDemoWorkspace } from "../../demo/index.ts";
import { recentOrders, shopSkus, shopTraffic, taobaoShops } from "./data.ts";
import {
  fakeNick,
  itemTableBody,
  soldOrdersBody,
  sycmOverviewBody,
  tableItems,
} from "./serialize.ts";

// Round trip: demo canonical records → Taobao's JSON (what the sandbox serves) → the
// extension's parsers → the same canonical numbers.
const demo = createDemoWorkspace({ seed: 20261111, today: "2026-11-20", days: 10, scale: 0.5 });
const keyer = createBuyerKeyer("round-trip-secret");

function parse(url: string, body: string, shop: ShopRef, requestBody: string | null = null) {
  const envelope: CaptureEnvelope = {
    url,
    method: "POST",
    requestBody,
    status: 200,
    responseBody: body,
    capturedAt: demo.now,
    shop,
  };
  const result = parseEnvelope(envelope, { shop, buyerKey: keyer });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result;
}

/** What the list can say about a demo order (see the parsers' documented decisions). */
function expectedFromList(order: Order) {
  const unpaid = order.status === "unpaid" || order.status === "cancelled";
  return {
    orderId: order.orderId,
    status: order.status,
    createdAt: Math.floor(order.createdAt / 1000) * 1000, // the list shows seconds
    goodsFen: order.goodsFen,
    shippingFen: order.shippingFen,
    discountFen: order.discountFen,
    paidFen: unpaid ? 0 : order.paidFen, // order.ts: 0 while unpaid
    lines: order.lines.map((l) => ({ ...l, paidFen: unpaid ? 0 : l.paidFen })),
  };
}

describe.each(taobaoShops(demo))("sandbox round trip for $shopName ($platform)", (shop) => {
  const ref: ShopRef = { platform: shop.platform, shopId: shop.shopId, shopName: shop.shopName };

  it("asyncSold pages give back every order's numbers", () => {
    const orders = recentOrders(demo, shop.shopId);
    expect(orders.length).toBeGreaterThan(15);
    const parsed: Order[] = [];
    const pages = Math.ceil(orders.length / 15);
    for (let page = 1; page <= pages; page++) {
      const result = parse(
        "https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1",
        soldOrdersBody(orders, page, 15),
        ref,
      );
      expect(result.page).toEqual({
        current: page,
        size: 15,
        total: orders.length,
        rows: Math.min(15, orders.length - (page - 1) * 15),
      });
      parsed.push(...(result.records as Order[]));
    }
    expect(parsed.map((o) => o.platform)).toEqual(orders.map(() => shop.platform));
    for (const [i, order] of orders.entries()) {
      const got = parsed[i] as Order;
      expect(got).toMatchObject(expectedFromList(order));
      expect(got.buyerKey).toBe(keyer(shop.platform, fakeNick(order.buyerKey)));
      // Refund amounts are not on the list: whole refunded lines count in full (an upper bound).
      const refundedLines = got.lines
        .filter((l) => l.refundStatus === "refunded")
        .reduce((s, l) => s + l.paidFen, 0);
      expect(got.refundFen).toBe(refundedLines);
      expect(got.refundFen).toBeGreaterThanOrEqual(order.refundFen);
    }
    expect(new Set(parsed.map((o) => o.status)).size).toBeGreaterThan(3);
  });

  it("table.htm gives the item-level price and status", () => {
    const items = tableItems(shopSkus(demo, shop.shopId));
    const host =
      shop.platform === "tmall" ? "item.manager.tmall.com/tmall" : "item.publish.taobao.com/taobao";
    const result = parse(
      `https://${host}/manager/table.htm`,
      itemTableBody(items, 1, items.length),
      ref,
    );
    expect(
      result.records.map(
        (r) => r.kind === "sku" && [r.itemId, r.skuId, r.priceFen, r.status, r.title],
      ),
    ).toEqual(items.map((i) => [i.itemId, "0", i.priceFen, i.status, i.title]));
  });

  it("the sycm overview gives yesterday's shop traffic", () => {
    const traffic = shopTraffic(demo, shop.shopId, "2026-11-19");
    expect(traffic).not.toBeNull();
    const url =
      "https://sycm.taobao.com/portal/coreIndex/new/overview/v3.json?dateType=day&dateRange=2026-11-19%7C2026-11-19";
    const [record] = parse(url, sycmOverviewBody(traffic), ref).records;
    expect(record).toMatchObject({
      kind: "traffic",
      date: "2026-11-19",
      days: 1,
      itemId: null,
      visitors: traffic?.visitors,
      pageViews: traffic?.pageViews,
      buyers: traffic?.buyers,
      paidFen: traffic?.paidFen,
      cartBuyers: traffic?.cartBuyers,
      paidOrders: null, // the home overview has no paid-order count
    });
    const empty = parseEnvelope(
      {
        url,
        method: "GET",
        requestBody: null,
        status: 200,
        responseBody: sycmOverviewBody(null),
        capturedAt: demo.now,
        shop: ref,
      },
      { shop: ref, buyerKey: keyer },
    );
    expect(empty.ok ? null : empty.error.code).toBe("suspicious_empty");
  });
});

describe("the sandbox JSON keeps big ids bare", () => {
  it("writes sub-order ids as 19-digit JSON numbers", () => {
    const shop = taobaoShops(demo)[0];
    const orders = recentOrders(demo, shop?.shopId ?? "");
    const body = soldOrdersBody(orders, 1, 15);
    const first = orders[0] as Order;
    expect(body).toContain(`"id":${first.lines[0]?.lineId}`);
    expect(body).not.toContain("\\u0000");
  });
});
