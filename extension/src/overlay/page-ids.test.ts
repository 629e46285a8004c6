import { describe, expect, it } from "vitest";
import { idsInHref, idsInText } from "./page-ids.ts";

describe("ids on a list page", () => {
  it("reads order and item ids from cell text", () => {
    expect(idsInText("3261234567890123456")).toEqual(["3261234567890123456"]);
    expect(idsInText("订单号：261120-123456789012345")).toEqual(["261120-123456789012345"]);
    expect(idsInText("商品ID 641234567890 · SKU 5001234")).toEqual(["641234567890", "5001234"]);
  });

  it("ignores dates, prices, counts, masked phones and prose", () => {
    expect(idsInText("2026-11-20 10:00:00")).toEqual([]);
    expect(idsInText("¥1234567.50")).toEqual([]);
    expect(idsInText("第 1 / 2 页，共 30 条")).toEqual([]);
    expect(idsInText("138****1234")).toEqual([]);
    expect(idsInText(`${"很长的说明文字".repeat(20)} 641234567890`)).toEqual([]);
  });

  it("reads ids from links the platforms use", () => {
    expect(idsInHref("https://item.taobao.com/item.htm?id=641234567890")).toEqual(["641234567890"]);
    expect(
      idsInHref("/trade/detail/trade_order_detail.htm?biz_order_id=3261234567890123456&x=1"),
    ).toEqual(["3261234567890123456"]);
    expect(idsInHref("https://mms.pinduoduo.com/orders/detail?type=0&sn=1")).toEqual([]);
  });
});
