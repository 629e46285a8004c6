import type { ShopCoverage } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  choiceOf,
  initialShopChoice,
  knownShops,
  resolveShopChoice,
  shopLinks,
  switchPlatform,
} from "./shop-choice.ts";

const shop = (platform: ShopCoverage["platform"], shopId: string, shopName: string | null) => ({
  platform,
  shopId,
  shopName,
  kinds: [],
});

const SHOPS: ShopCoverage[] = [
  shop("tmall", "t2", "张三旗舰店"),
  shop("jd", "j1", "京东自营"),
  shop("tmall", "t1", "安心旗舰店"),
  shop("tmall", "t0", null),
];

describe("knownShops", () => {
  it("lists one platform's shops by name (安 before 张), unnamed ones last", () => {
    expect(knownShops(SHOPS, "tmall").map((s) => s.shopId)).toEqual(["t1", "t2", "t0"]);
    expect(knownShops(SHOPS, "taobao")).toEqual([]);
  });
});

describe("initialShopChoice", () => {
  it("starts on the first platform with a known shop", () => {
    expect(initialShopChoice(["taobao", "tmall"], SHOPS)).toEqual({
      platform: "tmall",
      existing: "t1",
      newId: "",
      newName: "",
    });
    expect(initialShopChoice(["pdd"], SHOPS)).toEqual({
      platform: "pdd",
      existing: null,
      newId: "",
      newName: "",
    });
  });

  it("switches to a platform's first shop, or a new one", () => {
    const start = initialShopChoice(["taobao", "tmall"], SHOPS);
    expect(switchPlatform(start, "taobao", SHOPS)).toMatchObject({
      platform: "taobao",
      existing: null,
    });
  });
});

describe("choiceOf", () => {
  it("shows a chosen shop again, known or new", () => {
    expect(choiceOf({ platform: "tmall", shopId: "t2", shopName: "张三旗舰店" }, SHOPS)).toEqual({
      platform: "tmall",
      existing: "t2",
      newId: "",
      newName: "",
    });
    expect(choiceOf({ platform: "taobao", shopId: "c1", shopName: "新店" }, SHOPS)).toEqual({
      platform: "taobao",
      existing: null,
      newId: "c1",
      newName: "新店",
    });
  });
});

describe("resolveShopChoice", () => {
  const base = { platform: "tmall" as const, existing: null, newId: "", newName: "" };

  it("takes a known shop as stored", () => {
    expect(resolveShopChoice({ ...base, existing: "t1" }, SHOPS)).toEqual({
      ok: true,
      shop: { platform: "tmall", shopId: "t1", shopName: "安心旗舰店" },
    });
  });

  it("checks a new shop's id and name", () => {
    expect(resolveShopChoice(base, SHOPS)).toEqual({
      ok: false,
      errors: { id: "imports.shop.error.idRequired", name: "imports.shop.error.nameRequired" },
    });
    expect(resolveShopChoice({ ...base, newId: "店 1", newName: "x" }, SHOPS)).toEqual({
      ok: false,
      errors: { id: "imports.shop.error.idChars" },
    });
    expect(resolveShopChoice({ ...base, newId: "a".repeat(65), newName: "x" }, SHOPS)).toEqual({
      ok: false,
      errors: { id: "imports.shop.error.idChars" },
    });
    expect(resolveShopChoice({ ...base, newId: "s1", newName: "店".repeat(201) }, SHOPS)).toEqual({
      ok: false,
      errors: { name: "imports.shop.error.nameLong" },
    });
    expect(
      resolveShopChoice({ ...base, newId: " shop_9.a:b-c ", newName: " 新店 " }, SHOPS),
    ).toEqual({ ok: true, shop: { platform: "tmall", shopId: "shop_9.a:b-c", shopName: "新店" } });
  });

  it("treats a new shop with a known id as that shop", () => {
    expect(resolveShopChoice({ ...base, newId: "t2", newName: "" }, SHOPS)).toEqual({
      ok: true,
      shop: { platform: "tmall", shopId: "t2", shopName: "张三旗舰店" },
    });
  });
});

describe("shopLinks", () => {
  it("filters 数据质量 and 总览 to the shop", () => {
    expect(shopLinks({ platform: "tmall", shopId: "t1" })).toEqual({
      quality: "/quality?shop=tmall:t1",
      overview: "/?shop=tmall:t1",
    });
  });
});
