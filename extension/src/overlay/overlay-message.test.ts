import { describe, expect, it } from "vitest";
import { OVERLAY_MAX_IDS, parseOverlayRequest } from "./overlay-message.ts";
import { isDataPage, isOverlaySender, pagePlatform } from "./page-platform.ts";

const valid = {
  type: "overlay",
  platform: "pdd",
  shopId: "879846125",
  itemIds: ["500001"],
  orderIds: ["261120-123456789012345"],
};

describe("parseOverlayRequest", () => {
  it("accepts exactly an overlay request", () => {
    expect(parseOverlayRequest(valid)).toEqual(valid);
    expect(
      parseOverlayRequest({ ...valid, shopId: null, itemIds: ["500001", "500001"] })?.itemIds,
    ).toEqual(["500001"]);
  });
  it("refuses anything else", () => {
    expect(parseOverlayRequest({ ...valid, type: "status" })).toBeNull();
    expect(parseOverlayRequest({ ...valid, platform: "amazon" })).toBeNull();
    expect(parseOverlayRequest({ ...valid, itemIds: ["<img src=x>"] })).toBeNull();
    expect(parseOverlayRequest({ ...valid, orderIds: "1234567" })).toBeNull();
    expect(
      parseOverlayRequest({
        ...valid,
        itemIds: Array.from({ length: OVERLAY_MAX_IDS + 1 }, (_, i) => `${100000 + i}`),
      }),
    ).toBeNull();
    expect(parseOverlayRequest(null)).toBeNull();
  });
});

describe("which pages the overlay serves", () => {
  it("knows the back offices and the sandbox copies of them", () => {
    expect(pagePlatform("https://mms.pinduoduo.com/goods/goods_list")).toBe("pdd");
    expect(pagePlatform("https://item.manager.tmall.com/x")).toBe("tmall");
    expect(
      pagePlatform("http://127.0.0.1:8787/sandbox/jd/shop.jd.com/jdm/ware/manage/list/OnsaleWare"),
    ).toBe("jd");
    expect(pagePlatform("http://127.0.0.1:8787/sandbox/")).toBeNull();
    expect(pagePlatform("https://www.taobao.com/")).toBeNull();
    expect(isDataPage("https://sycm.taobao.com/portal/home.htm")).toBe(true);
    expect(isDataPage("https://mms.pinduoduo.com/sycm/stores_data")).toBe(true);
    expect(isDataPage("https://mms.pinduoduo.com/orders/list")).toBe(false);
  });
  it("lets only seller tabs ask, and the sandbox only in dev builds", () => {
    expect(
      isOverlaySender("https://trade.taobao.com/trade/itemlist/list_sold_items.htm", false),
    ).toBe(true);
    expect(
      isOverlaySender("http://127.0.0.1:8787/sandbox/pdd/mms.pinduoduo.com/orders/list", false),
    ).toBe(false);
    expect(
      isOverlaySender("http://127.0.0.1:8787/sandbox/pdd/mms.pinduoduo.com/orders/list", true),
    ).toBe(true);
    expect(isOverlaySender("https://evil.example.com/", true)).toBe(false);
    expect(isOverlaySender(undefined, true)).toBe(false);
  });
});
