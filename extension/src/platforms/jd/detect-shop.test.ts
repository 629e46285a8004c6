import { describe, expect, it } from "vitest";
import { detectShop } from "./detect-shop.ts";

/** Just enough of a Document for the detector: one meta element and cookies. */
function fakeDocument(meta: string | null, cookie = ""): Document {
  const element =
    meta === null ? null : { getAttribute: (name: string) => (name === "content" ? meta : null) };
  return {
    cookie,
    querySelector: (selector: string) =>
      selector === 'meta[name="tongshu-sandbox-shop"]' ? element : null,
  } as unknown as Document;
}

const shop = { platform: "jd", shopId: "11258196", shopName: "禾屿家居京东旗舰店" };
const sandbox = new URL(
  "http://127.0.0.1:8787/sandbox/jd/porder.shop.jd.com/order/orderlist/allOrders",
);

describe("detectShop (jd)", () => {
  it("reads the sandbox page's declared shop", () => {
    expect(detectShop(fakeDocument(JSON.stringify(shop)), sandbox)).toEqual(shop);
  });

  it("ignores the meta outside the loopback sandbox", () => {
    const real = new URL("https://porder.shop.jd.com/order/orderlist/allOrders");
    expect(detectShop(fakeDocument(JSON.stringify(shop)), real)).toBeNull();
    const otherPlatform = new URL("http://127.0.0.1:8787/sandbox/pdd/mms.pinduoduo.com/orders");
    expect(detectShop(fakeDocument(JSON.stringify(shop)), otherPlatform)).toBeNull();
  });

  it("rejects another platform's shop, broken JSON and a missing meta", () => {
    expect(
      detectShop(fakeDocument(JSON.stringify({ ...shop, platform: "pdd" })), sandbox),
    ).toBeNull();
    expect(detectShop(fakeDocument("{not json"), sandbox)).toBeNull();
    expect(
      detectShop(fakeDocument(JSON.stringify({ ...shop, shopId: 11258196 })), sandbox),
    ).toBeNull();
    expect(detectShop(fakeDocument(null), sandbox)).toBeNull();
  });

  it("never takes the shop from the pin or _vender_ cookies on real pages", () => {
    const doc = fakeDocument(null, "pin=jd_seller_account; _vender_=TNK3O6PALVQGGMI642LJ");
    expect(detectShop(doc, new URL("https://shop.jd.com/jdm/trade/orders/order-list"))).toBeNull();
  });
});
