import { describe, expect, it } from "vitest";
import { detectShop, readCookies } from "./detect-shop.ts";

/** Just enough of a Document: the sandbox meta, cookies and one link selector. */
function fakeDocument(
  options: { meta?: string; cookie?: string; tmallLink?: boolean } = {},
): Document {
  const meta =
    options.meta === undefined
      ? null
      : { getAttribute: (n: string) => (n === "content" ? options.meta : null) };
  return {
    cookie: options.cookie ?? "",
    querySelector: (selector: string) => {
      if (selector === 'meta[name="tongshu-sandbox-shop"]') return meta;
      if (selector.includes("item.manager.tmall.com")) return options.tmallLink ? {} : null;
      return null;
    },
  } as unknown as Document;
}

const tmall = { platform: "tmall", shopId: "2219735536", shopName: "禾屿旗舰店" };
const sandbox = new URL(
  "http://127.0.0.1:8787/sandbox/taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm?shop=2219735536",
);

describe("detectShop (taobao/tmall)", () => {
  it("reads the sandbox meta on loopback sandbox pages only", () => {
    expect(detectShop(fakeDocument({ meta: JSON.stringify(tmall) }), sandbox)).toEqual(tmall);
    const jd = { platform: "jd", shopId: "1", shopName: "x" };
    expect(detectShop(fakeDocument({ meta: JSON.stringify(jd) }), sandbox)).toBeNull();
    expect(detectShop(fakeDocument({ meta: "{oops" }), sandbox)).toBeNull();
    expect(detectShop(fakeDocument(), sandbox)).toBeNull();
  });

  it("takes the main account's unb cookie as the shop on real pages", () => {
    const url = new URL("https://trade.taobao.com/trade/itemlist/list_sold_items.htm");
    const cookie = "t=abc; unb=2212978279481; _nk_=%5Cu79be%5Cu5c7f; _tb_token_=e3f";
    expect(detectShop(fakeDocument({ cookie }), url)).toEqual({
      platform: "taobao",
      shopId: "2212978279481",
      shopName: null,
    });
    expect(detectShop(fakeDocument({ cookie, tmallLink: true }), url)?.platform).toBe("tmall");
    expect(
      detectShop(
        fakeDocument({ cookie: "unb=2219735536" }),
        new URL("https://item.manager.tmall.com/tmall/manager/render.htm"),
      )?.platform,
    ).toBe("tmall");
  });

  it("returns nothing for a sub-account or without unb", () => {
    const url = new URL("https://sycm.taobao.com/portal/home.htm");
    expect(
      detectShop(
        fakeDocument({ cookie: "unb=2200000000099; sn=%E7%A6%BE%E5%B1%BF%3A%E5%B0%8F%E7%8E%8B" }),
        url,
      ),
    ).toBeNull();
    expect(
      detectShop(fakeDocument({ cookie: "unb=2200000000099; _nk_=shop%5Cu003astaff" }), url),
    ).toBeNull();
    expect(detectShop(fakeDocument({ cookie: "t=abc" }), url)).toBeNull();
    // The sandbox meta is ignored on real hosts.
    expect(detectShop(fakeDocument({ meta: JSON.stringify(tmall) }), url)).toBeNull();
  });

  it("parses cookies with and without URL encoding", () => {
    expect(readCookies("a=1; b=%E7%A6%BE; c=%zz").get("b")).toBe("禾");
    expect(readCookies("a=1; b=%E7%A6%BE; c=%zz").get("c")).toBe("%zz");
  });
});
