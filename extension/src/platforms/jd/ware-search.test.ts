import { describe, expect, it } from "vitest";
import { envelope, errorOf, parse, recordsOf } from "./test-support.ts";

const URL = "https://ware.shop.jd.com/rest/ware/list/search";

describe("jd/ware-search", () => {
  it('unwraps `ware` rows; a ware without SKUs is SKU "0" with its 货号', () => {
    const body = {
      success: true,
      data: {
        totalItem: 5,
        data: [
          {
            ware: {
              wareId: "100012345708",
              title: "禾屿 不锈钢汤锅 24cm",
              wareStatus: 4,
              jdPrice: "159.00",
              stockNum: 12,
              itemNum: "HY-TG-024",
            },
          },
        ],
      },
    };
    const result = parse(envelope(URL, body, { page: 3, pageSize: 2 }));
    expect(recordsOf(result)).toMatchObject([
      {
        itemId: "100012345708",
        skuId: "0",
        outerSkuId: "HY-TG-024",
        priceFen: 15900,
        stock: 12,
        status: "offshelf",
      },
    ]);
    expect(result.ok && result.page).toEqual({ current: 3, size: 2, total: 5, rows: 1 });
  });

  it("types the service's own error and a changed row", () => {
    expect(errorOf(parse(envelope(URL, { success: false, message: "无权限" }, {}))).code).toBe(
      "api_error",
    );
    expect(errorOf(parse(envelope(URL, { data: { data: [{ wareId: "1" }] } }, {}))).code).toBe(
      "malformed",
    );
  });
});
