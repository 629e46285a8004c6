import { describe, expect, it } from "vitest";
import { buyerKey, envelope, errorOf, parse, recordsOf, SHOP } from "./test-support.ts";

const URL = "https://porder.shop.jd.com/order/orderlist";
const REQUEST = { current: 2, pageSize: 1, selectedTabName: "allOrders" };

const row = {
  orderId: "3401234500122",
  venderId: "11258196",
  orderState: "FINISHED_L",
  orderStateRemark: "完成",
  orderStartTime: "2025-11-15 20:01:10",
  paymentConfirmTime: "2025-11-15 20:01:40",
  outBoundDate: "2025-11-16 10:30:00",
  orderEndTime: "2025-11-19 18:00:00",
  orderPayment: "35.90",
  freightPrice: "6.00",
  pin: "jd_demo_buyer_02",
  consigneeInfo: {
    fullname: "AAS/Zm9vYmFy==",
    mobile: "138****0000",
    province: "北京",
    city: "北京市",
  },
  orderItems: [
    {
      skuId: "100087654500",
      wareId: "100012345700",
      skuName: "芒果干",
      jdPrice: "29.90",
      itemTotal: "1",
      outerSkuId: "HY-SN-003-250",
    },
  ],
};

describe("jd/porder-orders", () => {
  it("reads Beijing date-times, yuan strings and string quantities", () => {
    const [order] = recordsOf(parse(envelope(URL, { orderList: [row], totalCount: 7 }, REQUEST)));
    expect(order).toMatchObject({
      kind: "order",
      shopId: "11258196",
      source: { url: URL, parser: "jd/porder-orders@1" },
      status: "completed",
      createdAt: Date.UTC(2025, 10, 15, 12, 1, 10),
      paidAt: Date.UTC(2025, 10, 15, 12, 1, 40),
      shippedAt: Date.UTC(2025, 10, 16, 2, 30, 0),
      completedAt: Date.UTC(2025, 10, 19, 10, 0, 0),
      goodsFen: 2990,
      shippingFen: 600,
      discountFen: 0,
      paidFen: 3590,
      province: "北京市",
      buyerKey: buyerKey("jd_demo_buyer_02"),
    });
  });

  it("reads 0001-01-01 as no time and states its page", () => {
    const cancelled = {
      ...row,
      orderState: "TRADE_CANCELED",
      paymentConfirmTime: "0001-01-01 00:00:00",
      outBoundDate: "0001-01-01 00:00:00",
    };
    const result = parse(envelope(URL, { orderList: [cancelled], totalCount: 7 }, REQUEST));
    expect(recordsOf(result)[0]).toMatchObject({
      status: "cancelled",
      paidAt: null,
      shippedAt: null,
      paidFen: 0,
    });
    expect(result.ok && result.page).toEqual({ current: 2, size: 1, total: 7, rows: 1 });
  });

  it("binds to the payload's vender and rejects another one", () => {
    const alone = recordsOf(parse(envelope(URL, { orderList: [row] }, REQUEST, null)));
    expect(alone[0]?.shopId).toBe("11258196");
    const other = { ...row, venderId: "10000001" };
    expect(errorOf(parse(envelope(URL, { orderList: [other] }, REQUEST, SHOP))).code).toBe(
      "shop_mismatch",
    );
    const mixed = { orderList: [row, other] };
    expect(errorOf(parse(envelope(URL, mixed, REQUEST, null))).code).toBe("shop_mismatch");
  });

  it("types login pages, HTML and changed shapes", () => {
    const login =
      '<html><script>location.href="https://passport.shop.jd.com/login/index.action"</script></html>';
    expect(errorOf(parse(envelope(URL, login, REQUEST))).code).toBe("login_required");
    expect(errorOf(parse(envelope(URL, "<!DOCTYPE html><html></html>", REQUEST))).code).toBe(
      "not_json",
    );
    expect(
      errorOf(
        parse(envelope(URL, { orderList: [{ ...row, orderStartTime: "2025/13/45" }] }, REQUEST)),
      ),
    ).toMatchObject({
      code: "malformed",
      message: expect.stringContaining("orderList.0.orderStartTime"),
    });
    expect(errorOf(parse(envelope(URL, { result: [] }, REQUEST))).code).toBe("malformed");
  });

  it("never outputs the pin, masked phone or ciphertext", () => {
    const text = JSON.stringify(recordsOf(parse(envelope(URL, { orderList: [row] }, REQUEST))));
    for (const secret of ["jd_demo_buyer_02", "138****0000", "AAS/"])
      expect(text).not.toContain(secret);
  });
});
