import type { Order } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  bj,
  errorCode,
  fixtureBody,
  keyOf,
  records,
  run,
  TB_SHOP,
  TM_SHOP,
} from "./test-support.ts";

const URL_SOLD =
  "https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1&_input_charset=utf8";

function byId(list: Order[], id: string): Order {
  const order = list.find((o) => o.orderId === id);
  if (!order) throw new Error(`no order ${id}`);
  return order;
}

describe("taobao/sold-orders", () => {
  const result = run(URL_SOLD, fixtureBody("sold-orders-all-statuses.body.json"));
  const orders = records(result, "order");

  it("reads every order of the page with its page info", () => {
    expect(orders).toHaveLength(10);
    expect(result.ok && result.page).toEqual({ current: 1, size: 15, total: 10, rows: 10 });
    expect(orders.every((o) => o.platform === "taobao" && o.shopId === "2212978279481")).toBe(true);
  });

  it("keeps 19-digit order and sub-order ids digit for digit", () => {
    const order = byId(orders, "4025817736412345678");
    expect(order.lines.map((l) => l.lineId)).toEqual([
      "4025817736412345679",
      "4025817736412345680",
    ]);
    expect(order.lines.map((l) => l.skuId)).toEqual(["5303943054561", "5558769280364"]);
  });

  it("computes money in fen: goods, coupon discount and per-line paid shares", () => {
    const order = byId(orders, "4025817736412345678");
    expect(order.status).toBe("paid");
    expect(order.createdAt).toBe(bj(2026, 11, 19, 20, 15, 42));
    expect([order.goodsFen, order.shippingFen, order.discountFen, order.paidFen]).toEqual([
      45370, 0, 2800, 42570,
    ]);
    expect(order.lines.map((l) => [l.quantity, l.unitPriceFen, l.paidFen])).toEqual([
      [1, 18390, 17255],
      [2, 13490, 25315],
    ]);
    expect(order.lines[1]?.outerSkuId).toBe("TS-CW-008-GRN-20");
    expect(order.lines[1]?.skuText).toBe("颜色分类:抹茶绿;容量:2L");
    expect(order.buyerKey).toBe(keyOf("taobao", "tb_demo_buyer_01"));
  });

  it("marks a partially refunded line and counts its paid share as refunded", () => {
    const order = byId(orders, "2891734405648020264");
    expect(order.status).toBe("shipped");
    expect(order.lines.map((l) => [l.paidFen, l.refundStatus])).toEqual([
      [8233, "none"],
      [2647, "refunded"],
    ]);
    expect(order.refundFen).toBe(2647);
  });

  it("maps TOP statuses and status texts", () => {
    const statuses = Object.fromEntries(orders.map((o) => [o.orderId, o.status]));
    expect(statuses).toEqual({
      "4025817736412345678": "paid",
      "2891734405648020264": "shipped",
      "1763002915648059859": "completed",
      "3897777965648067778": "unpaid",
      "2253748035648051111": "cancelled",
      "4793451545648012345": "refunded",
      "3737474445648020264": "refunding",
      "2718281828459045235": "completed",
      "3141592653589793238": "unpaid", // 定金 paid, 尾款 not yet
      "1414213562373095048": "paid", // text only, no tradeStatus
    });
  });

  it("reads postage, unpaid amounts, closed orders and zero-price gifts", () => {
    const postage = byId(orders, "1763002915648059859");
    expect([
      postage.goodsFen,
      postage.shippingFen,
      postage.paidFen,
      postage.lines[0]?.paidFen,
    ]).toEqual([2490, 500, 2990, 2490]);
    expect(postage.lines[0]?.skuId).toBeNull();
    const unpaid = byId(orders, "3897777965648067778");
    expect([unpaid.goodsFen, unpaid.paidFen, unpaid.lines[0]?.paidFen]).toEqual([23990, 0, 0]);
    const cancelled = byId(orders, "2253748035648051111");
    expect([cancelled.discountFen, cancelled.paidFen, cancelled.refundFen]).toEqual([1000, 0, 0]);
    const refunded = byId(orders, "4793451545648012345");
    expect([refunded.paidFen, refunded.refundFen]).toEqual([3490, 3490]);
    const gift = byId(orders, "2718281828459045235");
    expect(gift.lines.map((l) => [l.unitPriceFen, l.paidFen, l.outerSkuId])).toEqual([
      [13490, 13490, "TS-CW-008-GRN-20"],
      [0, 0, "GIFT-PAD"],
    ]);
    expect(byId(orders, "1414213562373095048").lines[0]?.quantity).toBe(2);
  });

  it("never lets the buyer's nick or id into a record", () => {
    const text = JSON.stringify(orders);
    expect(text).not.toMatch(/tb_demo_buyer|100000001/);
    expect(orders.every((o) => o.province === null && o.city === null)).toBe(true);
  });

  it("takes Tmall from the payload's b2C flag and reads '1,066.00'", () => {
    const tmall = records(
      run(URL_SOLD, fixtureBody("sold-orders-tmall-page2.body.json"), { shop: TM_SHOP }),
      "order",
    );
    expect(tmall[0]?.platform).toBe("tmall");
    expect([tmall[0]?.goodsFen, tmall[0]?.discountFen, tmall[0]?.paidFen]).toEqual([
      113600, 7000, 106600,
    ]);
    expect(tmall[0]?.lines.map((l) => l.paidFen)).toEqual([35471, 71129]);
    expect(tmall[0]?.status).toBe("shipped"); // SELLER_CONSIGNED_PART
    // Same payload in a Taobao-labelled session: the payload's own platform wins.
    expect(
      records(
        run(URL_SOLD, fixtureBody("sold-orders-tmall-page2.body.json"), {
          shop: { ...TB_SHOP, shopId: "2219735536" },
        }),
        "order",
      )[0]?.platform,
    ).toBe("tmall");
  });

  it("turns risk, login, empty and broken answers into typed errors", () => {
    expect(errorCode(run(URL_SOLD, fixtureBody("sold-orders-slider.body.json")))).toBe(
      "risk_control",
    );
    expect(errorCode(run(URL_SOLD, fixtureBody("sold-orders-login.body.html")))).toBe(
      "login_required",
    );
    expect(errorCode(run(URL_SOLD, "<html><body>出错了</body></html>"))).toBe("not_json");
    expect(errorCode(run(URL_SOLD, '{"error":"系统错误","mainOrders":[]}'))).toBe("api_error");
    expect(errorCode(run(URL_SOLD, fixtureBody("sold-orders-changed-shape.body.json")))).toBe(
      "malformed",
    );
    expect(
      errorCode(run(URL_SOLD, fixtureBody("sold-orders-empty-page.body.json"), { shop: null })),
    ).toBe("no_shop");
    expect(
      errorCode(
        run(URL_SOLD, fixtureBody("sold-orders-empty-page.body.json"), {
          shop: { platform: "jd", shopId: "1", shopName: null },
        }),
      ),
    ).toBe("shop_mismatch");
    const empty = run(URL_SOLD, fixtureBody("sold-orders-empty-page.body.json"));
    expect(empty.ok && empty.records).toEqual([]);
  });

  it("accepts a JSONP-wrapped body", () => {
    const body = `jsonp123(${fixtureBody("sold-orders-tmall-page2.body.json")});`;
    expect(records(run(URL_SOLD, body, { shop: TM_SHOP }), "order")[0]?.orderId).toBe(
      "3306670536474051657",
    );
  });
});
