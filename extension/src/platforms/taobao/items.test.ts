import { describe, expect, it } from "vitest";
import { errorCode, fixtureBody, records, run, TM_SHOP } from "./test-support.ts";

const TB_TABLE = "https://item.publish.taobao.com/taobao/manager/table.htm";
const TM_TABLE = "https://item.manager.tmall.com/tmall/manager/table.htm";
const onSale = `jsonBody=${encodeURIComponent('{"pagination":{"current":1,"pageSize":20},"tab":"on_sale"}')}`;

describe("taobao/item-table", () => {
  it("gives one item-level sku record (skuId 0, stock unknown) per row", () => {
    const result = run(TB_TABLE, fixtureBody("item-table-onsale.body.json"), {
      requestBody: onSale,
    });
    const skus = records(result, "sku");
    expect(skus.map((s) => [s.itemId, s.skuId, s.priceFen, s.stock, s.status])).toEqual([
      ["652735709863", "0", 18390, null, "onsale"],
      ["612345678901", "0", 2490, null, "onsale"],
      ["733418425881", "0", 108900, null, "soldout"],
    ]);
    expect(skus[0]?.title).toBe("禾屿刀具五件套厨房刀具套装带刀座");
    expect(result.ok && result.page).toEqual({ current: 1, size: 20, total: 3, rows: 3 });
  });

  it("reads the Tmall host as Tmall and the warehouse tab as off shelf", () => {
    const warehouse = `jsonBody=${encodeURIComponent('{"pagination":{"current":2,"pageSize":20},"tab":"in_stock"}')}`;
    const result = run(TM_TABLE, fixtureBody("item-table-tmall-warehouse.body.json"), {
      shop: TM_SHOP,
      requestBody: warehouse,
    });
    const skus = records(result, "sku");
    expect(skus.map((s) => [s.platform, s.itemId, s.priceFen, s.status])).toEqual([
      ["tmall", "652735709902", 37900, "offshelf"],
      ["tmall", "655555555501", 35900, "offshelf"], // no status text: the tab decides
    ]);
    expect(result.ok && result.page).toEqual({ current: 2, size: 20, total: 22, rows: 2 });
  });

  it("reports throttling and a refused request", () => {
    expect(errorCode(run(TB_TABLE, fixtureBody("item-table-too-fast.body.json")))).toBe(
      "risk_control",
    );
    expect(errorCode(run(TB_TABLE, '{"success":false,"message":"无权限"}'))).toBe("api_error");
    expect(errorCode(run(TB_TABLE, '{"success":true,"data":{"table":{}}}'))).toBe("malformed");
  });
});

describe("taobao/item-editor", () => {
  it("gives one record per SKU with price, stock and outer code", () => {
    const url = "https://item.publish.taobao.com/sell/publish.htm?itemId=652735709863";
    const skus = records(run(url, fixtureBody("item-editor-skus.body.html")), "sku");
    expect(
      skus.map((s) => [s.skuId, s.outerSkuId, s.skuText, s.priceFen, s.stock, s.status]),
    ).toEqual([
      ["5303943054561", "TS-KB-004-BLK-5", "颜色分类:黑色;款式:五件套", 18390, 7, "onsale"],
      ["5720664753714", "TS-KB-004-BLK-7", "颜色分类:黑色;款式:七件套", 23990, 2, "onsale"],
      ["5656708372771", null, "颜色分类:木纹;款式:五件套", 18290, 0, "soldout"],
    ]);
    expect(skus.every((s) => s.itemId === "652735709863")).toBe(true);
  });

  it("gives skuId 0 for an item without variants (Tmall editor)", () => {
    const url = "https://item.upload.tmall.com/tmall/publish.htm?id=623074418899";
    const [sku] = records(
      run(url, fixtureBody("item-editor-tmall-single.body.html"), { shop: TM_SHOP }),
      "sku",
    );
    expect(sku).toMatchObject({
      platform: "tmall",
      itemId: "623074418899",
      skuId: "0",
      outerSkuId: "TS-SN-007-BOX",
      priceFen: 3790,
      stock: 120,
      status: "onsale",
    });
  });

  it("reports the 客官别急 page as risk control", () => {
    const url = "https://item.publish.taobao.com/sell/publish.htm?itemId=652735709863";
    expect(
      errorCode(run(url, "<html><body>客官别急，前方交通拥堵，请稍后再试</body></html>")),
    ).toBe("risk_control");
  });
});
