import { describe, expect, it } from "vitest";
import { bj, errorCode, fixtureBody, keyOf, records, run, TM_SHOP } from "./test-support.ts";

const TB_URL = "https://trade.taobao.com/detail/orderDetail.htm?bizOrderId=2891734405648020777";
const TM_URL = "https://trade.tmall.com/detail/orderDetail.htm?bizOrderId=3306670536474058888";

describe("taobao/order-detail (var data = JSON.parse('…'))", () => {
  const [order] = records(run(TB_URL, fixtureBody("order-detail-shipped.body.html")), "order");

  it("reads times, postage and totals in fen", () => {
    expect(order?.orderId).toBe("2891734405648020777");
    expect(order?.status).toBe("shipped");
    expect([order?.createdAt, order?.paidAt, order?.shippedAt, order?.completedAt]).toEqual([
      bj(2026, 11, 18, 9, 3, 11),
      bj(2026, 11, 18, 9, 3, 40),
      bj(2026, 11, 18, 16, 45, 2),
      null,
    ]);
    expect([order?.goodsFen, order?.shippingFen, order?.discountFen, order?.paidFen]).toEqual([
      11880, 500, 1000, 11380,
    ]);
    expect(order?.lines.map((l) => [l.lineId, l.paidFen, l.refundStatus])).toEqual([
      ["2891734405648020778", 8233, "none"],
      ["2891734405648020779", 2647, "refunded"],
    ]);
    expect(order?.refundFen).toBe(2647);
  });

  it("keeps only province and city of the receiver line", () => {
    expect([order?.province, order?.city]).toEqual(["浙江省", "杭州市"]);
    expect(order?.buyerKey).toBe(keyOf("taobao", "tb_demo_buyer_02"));
    expect(JSON.stringify(order)).not.toMatch(/张|138\*|\*\*|余杭|文一西路|311121|tb_demo/);
  });

  it("reports a page without the embedded data as malformed", () => {
    expect(errorCode(run(TB_URL, "<html><body>订单详情</body></html>"))).toBe("malformed");
  });
});

describe("taobao/tmall-order-detail (var detailData = {…})", () => {
  const [order] = records(
    run(TM_URL, fixtureBody("tmall-order-detail-completed.body.html"), { shop: TM_SHOP }),
    "order",
  );

  it("reads the step bar times, amounts and lines", () => {
    expect(order?.platform).toBe("tmall");
    expect(order?.status).toBe("completed");
    expect([order?.createdAt, order?.paidAt, order?.shippedAt, order?.completedAt]).toEqual([
      bj(2026, 11, 11, 0, 0, 8),
      bj(2026, 11, 11, 0, 0, 31),
      bj(2026, 11, 11, 15, 20, 0),
      bj(2026, 11, 16, 10, 2, 44),
    ]);
    expect([order?.goodsFen, order?.shippingFen, order?.discountFen, order?.paidFen]).toEqual([
      56700, 0, 3000, 53700,
    ]);
    expect(
      order?.lines.map((l) => [l.lineId, l.itemId, l.skuId, l.unitPriceFen, l.paidFen]),
    ).toEqual([
      ["3306670536474058889", "652735709901", "5303943054998", 16900, 16006],
      ["3306670536474058890", "652735709902", null, 39800, 37694],
    ]);
  });

  it("normalises a municipality and drops the rest of the address", () => {
    expect([order?.province, order?.city]).toEqual(["北京市", "北京市"]);
    expect(JSON.stringify(order)).not.toMatch(/李|139\*|\*\*|朝阳|工体|100027|tb_demo/);
  });
});
