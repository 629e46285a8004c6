import { describe, expect, it } from "vitest";
import { buyerKey, envelope, errorOf, parse, recordsOf, SFF, SHOP } from "./test-support.ts";

const ORDERS = `${SFF}dsm.order.bff.orderListBffService.queryOrderPage`;
const WARES = `${SFF}dsm.wareshopv2.ware.wareListService.queryWareList`;
const request = (current: number, pageSize: number) => ({
  request: {
    source: "2000",
    versionNo: 20240830,
    data: { orderTab: "allOrders", current, pageSize },
  },
  accessContext: { source: "web" },
});

const row = (over: Record<string, unknown> = {}) => ({
  orderId: 3412876500245,
  venderId: "11258196",
  orderStatus: 2,
  orderStatusInfo: { orderStatusName: "已出库" },
  orderCreateTime: 1763560000000,
  paymentConfirmTime: 1763560030000,
  outBoundTime: 1763620000000,
  orderCompleteTime: null,
  orderTotalPrice: "59.80",
  orderPaymentInfo: { receivables: "53.80" },
  userPin: "jd_demo_buyer_02",
  consigneeInfo: {
    province: "广东",
    city: "广州市",
    fullAddress: "AAS/Zm9v==",
    mobile: "138****0000",
  },
  orderItems: [
    {
      skuId: 100087654500,
      wareId: 100012345700,
      skuName: "芒果干 原味 250g",
      jdPrice: 29.9,
      num: 2,
    },
  ],
  ...over,
});

describe("jd/sff-gateway: queryOrderPage", () => {
  it("reads ms epochs, yuan numbers and numeric ids exactly", () => {
    const body = { code: 0, data: { totalItem: 31, pageSize: 10, results: [row()] } };
    const result = parse(envelope(ORDERS, body, request(4, 10)));
    expect(recordsOf(result)[0]).toMatchObject({
      orderId: "3412876500245",
      source: { url: ORDERS, parser: "jd/sff-gateway@1" },
      status: "shipped",
      createdAt: 1763560000000,
      shippedAt: 1763620000000,
      completedAt: null,
      goodsFen: 5980,
      discountFen: 600,
      paidFen: 5380,
      province: "广东省",
      city: "广州市",
      buyerKey: buyerKey("jd_demo_buyer_02"),
      lines: [
        {
          lineId: "100087654500",
          itemId: "100012345700",
          quantity: 2,
          unitPriceFen: 2990,
          paidFen: 5380,
        },
      ],
    });
    expect(result.ok && result.page).toEqual({ current: 4, size: 10, total: 31, rows: 1 });
  });

  it("skips abnormal orders (-4) but counts them as page rows", () => {
    const abnormal = row({
      orderId: "3412876500499",
      orderStatus: -4,
      orderStatusInfo: { orderStatusName: "异常订单" },
    });
    const result = parse(
      envelope(
        ORDERS,
        { code: 200, data: { total: 2, results: [row(), abnormal] } },
        request(1, 10),
      ),
    );
    expect(recordsOf(result).map((r) => r.kind === "order" && r.orderId)).toEqual([
      "3412876500245",
    ]);
    expect(result.ok && result.page?.rows).toBe(2);
  });

  it("reads line refunds: 退款成功 with its amount, 退款中 as refunding", () => {
    const items = [
      {
        skuId: "1",
        wareId: "11",
        skuName: "a",
        jdPrice: "89.00",
        num: 1,
        refundStatusName: "退款成功",
        refundAmount: "80.00",
      },
      {
        skuId: "2",
        wareId: "12",
        skuName: "b",
        jdPrice: "10.00",
        num: 1,
        refundStatusName: "退款中",
      },
    ];
    const body = {
      code: 200,
      data: {
        results: [
          row({
            orderItems: items,
            orderPaymentInfo: { receivables: "99.00", freightPrice: "0.00" },
          }),
        ],
      },
    };
    const [order] = recordsOf(parse(envelope(ORDERS, body, request(1, 10))));
    expect(order).toMatchObject({ status: "refunding", refundFen: 8000, paidFen: 9900 });
    const unknown = [{ ...items[0], refundStatusName: "部分退款?" }];
    expect(
      errorOf(
        parse(
          envelope(
            ORDERS,
            { code: 200, data: { results: [row({ orderItems: unknown })] } },
            request(1, 10),
          ),
        ),
      ).code,
    ).toBe("malformed");
  });

  it("types gateway errors and an api it does not read", () => {
    expect(
      errorOf(parse(envelope(ORDERS, { code: 401, message: "用户未登录" }, request(1, 10)))).code,
    ).toBe("login_required");
    expect(
      errorOf(parse(envelope(ORDERS, { code: 600, msg: "参数错误" }, request(1, 10)))).code,
    ).toBe("api_error");
    const tabs = `${SFF}dsm.order.bff.orderListBffService.queryOrderTabs`;
    expect(errorOf(parse(envelope(tabs, { code: 200, data: [] }, request(1, 10)))).code).toBe(
      "no_parser",
    );
    expect(
      errorOf(parse(envelope("https://sff.jd.com/api?v=1.0", { code: 200, data: {} }))).code,
    ).toBe("no_parser");
  });

  it("reads the variant api name and the sandbox URL of the same call", () => {
    const variant = `${SFF}dsm.order.manage.orderlist.queryOrderPage`;
    expect(
      recordsOf(
        parse(envelope(variant, { code: 200, data: { results: [row()] } }, request(1, 10))),
      ),
    ).toHaveLength(1);
    const sandbox =
      "http://127.0.0.1:8787/sandbox/jd/sff.jd.com/api?v=1.0&api=dsm.order.bff.orderListBffService.queryOrderPage";
    const [order] = recordsOf(
      parse(envelope(sandbox, { code: 200, data: { results: [row()] } }, request(1, 10))),
    );
    expect(order?.source.url).toBe(
      "https://sff.jd.com/api?v=1.0&api=dsm.order.bff.orderListBffService.queryOrderPage",
    );
  });

  it("rejects another vender's orders", () => {
    const body = { code: 200, data: { results: [row({ venderId: "10000001" })] } };
    expect(errorOf(parse(envelope(ORDERS, body, request(1, 10), SHOP))).code).toBe("shop_mismatch");
  });
});

describe("jd/sff-gateway: queryWareList", () => {
  const ware = {
    wareId: "100012345678",
    title: "禾屿 竹制砧板",
    wareStatus: 8,
    jdPrice: "69.00",
    skus: [
      {
        skuId: "100087654300",
        jdPrice: "69.00",
        stockNum: 80,
        outerId: "HY-KB-001-S",
        attrValueAlias: ["小号", "竹色"],
      },
      { skuId: "100087654342", stockNum: "0", outerId: "HY-KB-001-L" },
    ],
  };

  it("gives one SKU record per SKU, stock 0 on sale as sold out, the ware price as fallback", () => {
    const body = { code: 200, data: { totalCount: 1, data: [ware] } };
    const records = recordsOf(
      parse(envelope(WARES, body, { request: { data: { current: 1, pageSize: 20 } } })),
    );
    expect(records).toMatchObject([
      {
        kind: "sku",
        itemId: "100012345678",
        skuId: "100087654300",
        skuText: "小号 竹色",
        priceFen: 6900,
        stock: 80,
        status: "onsale",
      },
      {
        kind: "sku",
        skuId: "100087654342",
        skuText: null,
        priceFen: 6900,
        stock: 0,
        status: "soldout",
      },
    ]);
  });

  it("needs the session's shop and a known ware status", () => {
    const body = { code: 200, data: { totalCount: 1, data: [ware] } };
    expect(errorOf(parse(envelope(WARES, body, {}, null))).code).toBe("no_shop");
    const odd = { code: 200, data: { data: [{ ...ware, wareStatus: 77 }] } };
    expect(errorOf(parse(envelope(WARES, odd, {}))).message).toContain("data.data.0.wareStatus");
  });
});
