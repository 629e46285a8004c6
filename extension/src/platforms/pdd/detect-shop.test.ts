import { describe, expect, it } from "vitest";
import { detectShop } from "./detect-shop.ts";

/** A Document-like object with only what detectShop reads. */
function fakeDocument(meta: string | null, cookie = "PASS_ID=1-abc; _nano_fp=Xpd"): Document {
  const element =
    meta === null ? null : { getAttribute: (name: string) => (name === "content" ? meta : null) };
  return {
    cookie,
    querySelector: (selector: string) =>
      selector === 'meta[name="tongshu-sandbox-shop"]' ? element : null,
  } as unknown as Document;
}

const SANDBOX = new URL(
  "http://127.0.0.1:8787/sandbox/pdd/mms.pinduoduo.com/orders/list?shop=573531501",
);
const FLAGSHIP = '{"platform":"pdd","shopId":"879846125","shopName":"禾屿官方旗舰店"}';
const SNACK = '{"platform":"pdd","shopId":"573531501","shopName":"禾屿小食铺"}';

describe("pdd detectShop", () => {
  it("reads the sandbox page's declared mall, afresh on every call", () => {
    expect(detectShop(fakeDocument(FLAGSHIP), SANDBOX)).toEqual({
      platform: "pdd",
      shopId: "879846125",
      shopName: "禾屿官方旗舰店",
    });
    // The user switched malls in the same tab: the next capture sees the new page.
    expect(detectShop(fakeDocument(SNACK), SANDBOX)?.shopId).toBe("573531501");
  });

  it("ignores broken, foreign or missing declarations", () => {
    expect(detectShop(fakeDocument(null), SANDBOX)).toBeNull();
    expect(detectShop(fakeDocument("{not json"), SANDBOX)).toBeNull();
    expect(
      detectShop(fakeDocument('{"platform":"jd","shopId":"1","shopName":null}'), SANDBOX),
    ).toBeNull();
    expect(detectShop(fakeDocument('{"platform":"pdd","shopId":""}'), SANDBOX)).toBeNull();
  });

  it("trusts the declaration only on loopback sandbox pages", () => {
    const real = new URL("https://mms.pinduoduo.com/orders/list");
    expect(detectShop(fakeDocument(FLAGSHIP), real)).toBeNull();
    const otherSandbox = new URL("http://127.0.0.1:8787/sandbox/jd/shop.jd.com/");
    expect(detectShop(fakeDocument(FLAGSHIP), otherSandbox)).toBeNull();
  });

  it("finds no mall id in real mms cookies (PASS_ID is an opaque session token)", () => {
    const real = new URL("https://mms.pinduoduo.com/goods/goods_list");
    expect(
      detectShop(fakeDocument(null, "PASS_ID=1-Zm9v_879846125; api_uid=CkA"), real),
    ).toBeNull();
  });
});
