import { describe, expect, it } from "vitest";
import { FIXTURE_SECRET } from "../../cli/replay.ts";
import { createBuyerKeyer } from "../../lib/buyer-key.ts";
import { bj, errorCode, ok, records, run, SNACK } from "./test-support.ts";

const URL = "https://mms.pinduoduo.com/mangkhut/mms/recentOrderList";
const REQUEST = { orderType: 0, afterSaleType: 0, pageNumber: 2, pageSize: 20, sortType: 7 };

function item(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    order_sn: "261119-087412356029841",
    order_status: 1,
    order_status_str: "已签收",
    order_amount: 5480,
    goods_amount: 5980,
    merchant_discount: 300,
    platform_discount: 200,
    shipping_amount: 0,
    goods_id: "601234567890",
    sku_id: 1180234567801,
    goods_name: "禾屿 加厚硅胶厨房收纳沥水篮",
    spec: "米白色 大号",
    goods_number: 2,
    out_sku_sn: "HY-KT-LQ-L-W",
    created_at: bj("2026-11-14 09:12:45"),
    confirm_time: bj("2026-11-14 09:13:02"),
    shipping_time: bj("2026-11-14 18:40:00"),
    receive_name: "张**",
    mobile: "138****0000",
    province_name: "浙江省",
    city_name: "杭州市",
    district_name: "西湖区",
    shipping_address: "文**路***号",
    nickname: "小*鱼",
    buyer_memo: "电话138****0000",
    after_sales_status: 0,
    mall_id: 879846125,
    uid: 7302215548812,
    ...overrides,
  };
}

function parse(items: unknown[], options = {}) {
  return run(URL, ok({ totalItemNum: 41, pageItems: items }), { request: REQUEST, ...options });
}

describe("pdd/recent-orders", () => {
  it("reads fen, unix seconds and the one goods line exactly", () => {
    const result = parse([item()]);
    const [order] = records(result);
    expect(order).toMatchObject({
      kind: "order",
      platform: "pdd",
      shopId: "879846125",
      orderId: "261119-087412356029841",
      status: "completed",
      createdAt: Date.UTC(2026, 10, 14, 1, 12, 45),
      paidAt: Date.UTC(2026, 10, 14, 1, 13, 2),
      shippedAt: Date.UTC(2026, 10, 14, 10, 40),
      completedAt: null,
      goodsFen: 5980,
      shippingFen: 0,
      discountFen: 500,
      paidFen: 5480,
      refundFen: 0,
      province: "浙江省",
      city: "杭州市",
      source: { url: URL, parser: "pdd/recent-orders@1" },
    });
    expect(order?.kind === "order" && order.lines).toEqual([
      {
        lineId: "1180234567801",
        itemId: "601234567890",
        skuId: "1180234567801",
        outerSkuId: "HY-KT-LQ-L-W",
        title: "禾屿 加厚硅胶厨房收纳沥水篮",
        skuText: "米白色 大号",
        quantity: 2,
        unitPriceFen: 2990,
        paidFen: 5480,
        refundStatus: "none",
      },
    ]);
    expect(result.ok && result.page).toEqual({ current: 2, size: 20, total: 41, rows: 1 });
  });

  it.each([
    ["待支付", 0, 0, "unpaid"],
    ["待发货", 1, 0, "paid"],
    ["已发货，待签收", 1, 0, "shipped"],
    ["已签收", 1, 0, "completed"],
    ["已取消", 2, 0, "cancelled"],
    ["已发货，退款成功", 1, 5, "refunded"],
    ["已取消，退款成功", 2, 5, "refunded"],
    ["已签收，退款成功", 1, 5, "refunded"],
    ["未发货，退款成功", 1, 5, "refunded"],
    ["未成交，退款成功", 2, 5, "refunded"],
    ["待发货", 1, 3, "refunding"],
    ["已发货，待签收", 1, 11, "refunding"],
    ["已签收", 1, 6, "completed"],
    ["已签收", 1, 16, "completed"],
  ])("maps %s (code %i, after-sales %i) to %s", (text, code, afterSales, status) => {
    const [order] = records(
      parse([item({ order_status_str: text, order_status: code, after_sales_status: afterSales })]),
    );
    expect(order?.kind === "order" && order.status).toBe(status);
  });

  it("falls back to order_status when the text is missing", () => {
    const statuses = [
      item({ order_status_str: "", order_status: 0, confirm_time: 0, shipping_time: 0 }),
      item({ order_status_str: null, order_status: 1, shipping_time: 0 }),
      item({ order_status_str: undefined, order_status: 1 }),
      item({ order_status_str: "?", order_status: 2 }),
    ].map((x) => records(parse([x]))[0]);
    expect(statuses.map((o) => o?.kind === "order" && o.status)).toEqual([
      "unpaid",
      "paid",
      "shipped",
      "cancelled",
    ]);
    expect(errorCode(parse([item({ order_status_str: "?", order_status: 9 })]))).toBe("malformed");
  });

  it("counts a whole-order refund without postage and keeps a partial one at 0", () => {
    const [whole, partial] = records(
      parse([
        item({
          order_status_str: "已发货，退款成功",
          after_sales_status: 5,
          order_amount: 2490,
          goods_amount: 1990,
          goods_number: 1,
          merchant_discount: 0,
          platform_discount: 0,
          shipping_amount: 500,
        }),
        item({ order_sn: "261116-228840915562037", after_sales_status: 5 }),
      ]),
    );
    expect(whole).toMatchObject({ status: "refunded", paidFen: 2490, refundFen: 1990 });
    expect(whole?.kind === "order" && whole.lines[0]?.refundStatus).toBe("refunded");
    // The list does not say how much a partial refund returned: the order keeps its status.
    expect(partial).toMatchObject({ status: "completed", refundFen: 0 });
    expect(partial?.kind === "order" && partial.lines[0]?.refundStatus).toBe("refunded");
  });

  it("shows nothing paid while unpaid and handles zero-price goods", () => {
    const [unpaid, free] = records(
      parse([
        item({ order_status_str: "待支付", order_status: 0, confirm_time: 0, shipping_time: 0 }),
        item({
          order_sn: "261119-770015523381946",
          order_status_str: "待发货",
          goods_amount: 0,
          order_amount: 0,
          merchant_discount: 0,
          platform_discount: 0,
          goods_number: 1,
          shipping_time: 0,
        }),
      ]),
    );
    expect(unpaid).toMatchObject({ status: "unpaid", paidAt: null, paidFen: 0, goodsFen: 5980 });
    expect(free).toMatchObject({ status: "paid", goodsFen: 0, paidFen: 0 });
    expect(free?.kind === "order" && free.lines[0]?.unitPriceFen).toBe(0);
  });

  it("keeps buyer identity out of records: only an HMAC of the uid", () => {
    // A uid beyond 2^53 sent as a bare number must reach the HMAC digit for digit.
    const body = ok({ totalItemNum: 1, pageItems: [item({ uid: 1 })] }).replace(
      '"uid":1',
      '"uid":12345678901234567',
    );
    const result = run(URL, body, { request: REQUEST });
    const [order] = records(result);
    const expected = createBuyerKeyer(FIXTURE_SECRET)("pdd", "12345678901234567");
    expect(order?.kind === "order" && order.buyerKey).toBe(expected);
    const text = JSON.stringify(result);
    for (const secret of [
      "张",
      "138",
      "****",
      "西湖区",
      "文**路",
      "小*鱼",
      "12345678901234567",
      "电话",
    ])
      expect(text).not.toContain(secret);
    const unpaired = records(parse([item()], { secret: null }))[0];
    expect(unpaired?.kind === "order" && unpaired.buyerKey).toBeNull();
    const anonymous = records(parse([item({ uid: undefined })]))[0];
    expect(anonymous?.kind === "order" && anonymous.buyerKey).toBeNull();
  });

  it("binds records to the session's mall", () => {
    expect(errorCode(parse([item({ mall_id: 573531501 })]))).toBe("shop_mismatch");
    expect(errorCode(parse([item(), item({ mall_id: 573531501 })], { shop: null }))).toBe(
      "shop_mismatch",
    );
    expect(errorCode(parse([item({ mall_id: undefined })], { shop: null }))).toBe("no_shop");
    const viaPayload = parse([item({ mall_id: 573531501 })], { shop: null });
    expect(records(viaPayload)[0]?.shopId).toBe("573531501");
    const viaSession = parse([item({ mall_id: undefined })], { shop: SNACK });
    expect(records(viaSession)[0]?.shopId).toBe("573531501");
    expect(
      errorCode(parse([item()], { shop: { platform: "jd", shopId: "1", shopName: null } })),
    ).toBe("shop_mismatch");
  });

  it("turns blocked and failed answers into typed errors", () => {
    const fail = (code: number, msg: string) =>
      JSON.stringify({ success: false, errorCode: code, errorMsg: msg, result: null });
    expect(errorCode(run(URL, fail(43001, "会话已过期")))).toBe("login_required");
    expect(errorCode(run(URL, fail(40001, "用户未登录")))).toBe("login_required");
    expect(errorCode(run(URL, fail(54001, "anti-content校验失败")))).toBe("risk_control");
    expect(errorCode(run(URL, fail(2000001, "参数错误")))).toBe("api_error");
    expect(errorCode(run(URL, JSON.stringify({ success: true, errorCode: 0, result: {} })))).toBe(
      "api_error",
    );
    expect(errorCode(run(URL, "<html><body>拼多多商家后台</body></html>"))).toBe("not_json");
    expect(
      errorCode(run(URL, '{"success":true,"errorCode":1000000,"result":{"pageItems":{}}}')),
    ).toBe("malformed");
    expect(errorCode(run(URL, ok({ pageItems: [] }), { status: 401 }))).toBe("login_required");
  });

  it("reads an empty page as no orders", () => {
    const result = parse([]);
    expect(records(result)).toEqual([]);
    expect(result.ok && result.page).toEqual({ current: 2, size: 20, total: 41, rows: 0 });
  });
});
