import { describe, expect, it } from "vitest";
import { lineRefundStatus, resolveStatus, tradeState } from "./order-status.ts";

describe("taobao order status", () => {
  it.each([
    ["WAIT_BUYER_PAY", null, "unpaid"],
    ["TRADE_NO_CREATE_PAY", null, "unpaid"],
    ["WAIT_SELLER_SEND_GOODS", "买家已付款", "paid"],
    ["SELLER_CONSIGNED_PART", null, "shipped"],
    ["WAIT_BUYER_CONFIRM_GOODS", null, "shipped"],
    ["TRADE_BUYER_SIGNED", null, "shipped"],
    ["TRADE_FINISHED", null, "completed"],
    ["TRADE_CLOSED", null, "refunded"],
    ["TRADE_CLOSED_BY_TAOBAO", null, "cancelled"],
    [null, "等待买家付款", "unpaid"],
    [null, "买家已付款，等待商家发货", "paid"],
    [null, "商家已发货，等待买家确认", "shipped"],
    [null, "当前订单状态：交易成功", "completed"],
    [null, "交易关闭", "closed"],
    [null, "订单部分退款中", "refunding"],
    ["WAIT_BUYER_PAY", "买家已付定金，等待买家付尾款", "unpaid"],
    [null, "谁也不认识的状态", null],
  ])("%s / %s → %s", (tradeStatus, text, expected) => {
    expect(tradeState(tradeStatus, text)).toBe(expected);
  });

  it("reads a sub-order's refund state from its buttons", () => {
    expect(lineRefundStatus(["退款成功"])).toBe("refunded");
    expect(lineRefundStatus(["请卖家处理"])).toBe("refunding");
    expect(lineRefundStatus(["申请售后", "查看物流"])).toBe("none");
  });

  it("resolves closed orders and open refunds with the lines", () => {
    expect(resolveStatus("closed", ["refunded"])).toBe("refunded");
    expect(resolveStatus("closed", ["none"])).toBe("cancelled");
    expect(resolveStatus("shipped", ["none", "refunding"])).toBe("refunding");
    expect(resolveStatus("shipped", ["none", "refunded"])).toBe("shipped");
    expect(resolveStatus("completed", ["refunded", "refunded"])).toBe("refunded");
    expect(resolveStatus("unpaid", ["refunding"])).toBe("unpaid");
  });
});
