import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./i18n/translate.ts";
import { displayPath, isPlainLeftClick, matchRoute, normalisePath, ROUTES } from "./routes.ts";

describe("ROUTES", () => {
  it("lists the product's sections in order", () => {
    expect(ROUTES.map((route) => route.path)).toEqual([
      "/",
      "/platforms",
      "/products",
      "/inventory",
      "/profit",
      "/ads",
      "/traffic",
      "/customers",
      "/alerts",
      "/imports",
      "/quality",
      "/settings",
    ]);
    expect(ROUTES.map((route) => CATALOGUES["zh-CN"][route.labelKey])).toEqual([
      "总览",
      "平台对比",
      "商品",
      "库存",
      "利润",
      "推广",
      "流量",
      "客户",
      "预警",
      "数据导入",
      "数据质量",
      "设置",
    ]);
  });

  it("has unique ids and paths", () => {
    expect(new Set(ROUTES.map((route) => route.id)).size).toBe(ROUTES.length);
    expect(new Set(ROUTES.map((route) => route.path)).size).toBe(ROUTES.length);
  });
});

describe("matchRoute", () => {
  it("matches each route's own path", () => {
    for (const route of ROUTES) expect(matchRoute(route.path)?.id).toBe(route.id);
  });

  it("ignores trailing slashes, queries and hashes", () => {
    expect(matchRoute("/inventory/")?.id).toBe("inventory");
    expect(matchRoute("/profit?range=last7")?.id).toBe("profit");
    expect(matchRoute("/ads#top")?.id).toBe("ads");
    expect(matchRoute("")?.id).toBe("overview");
  });

  it("gives null for unknown paths (the 404 view)", () => {
    expect(matchRoute("/nope")).toBeNull();
    expect(matchRoute("/inventory/extra")).toBeNull();
    expect(matchRoute("/Inventory")).toBeNull();
    expect(matchRoute("/api/v1/me")).toBeNull();
  });
});

describe("normalisePath", () => {
  it("keeps the root", () => {
    expect(normalisePath("/")).toBe("/");
    expect(normalisePath("//")).toBe("/");
    expect(normalisePath("/alerts//")).toBe("/alerts");
  });
});

describe("isPlainLeftClick", () => {
  const plain = {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
  };

  it("takes a plain left click", () => {
    expect(isPlainLeftClick(plain)).toBe(true);
  });

  it("leaves new-tab clicks, other buttons and handled events to the browser", () => {
    expect(isPlainLeftClick({ ...plain, metaKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, ctrlKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, shiftKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, altKey: true })).toBe(false);
    expect(isPlainLeftClick({ ...plain, button: 1 })).toBe(false);
    expect(isPlainLeftClick({ ...plain, defaultPrevented: true })).toBe(false);
  });
});

describe("displayPath", () => {
  it("decodes what the address bar encoded, and survives bad escapes", () => {
    expect(displayPath("/%E5%BA%93%E5%AD%98")).toBe("/库存");
    expect(displayPath("/%E5%BA")).toBe("/%E5%BA");
  });
});
