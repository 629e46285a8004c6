import { describe, expect, it } from "vitest";
import { CATALOGUES, messageParams, readLocale, translate } from "./translate.ts";
import { zhCN } from "./zh-cn.ts";

const zhKeys = Object.keys(CATALOGUES["zh-CN"]).sort();

describe("catalogues", () => {
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale} has exactly the zh-CN keys`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(zhKeys);
    });

    it(`${locale} uses the same {parameters} as zh-CN in every message`, () => {
      for (const key of zhKeys) {
        const zh = messageParams(zhCN[key as keyof typeof zhCN]);
        const other = messageParams(catalogue[key as keyof typeof zhCN]);
        expect({ key, params: other }).toEqual({ key, params: zh });
      }
    });

    it(`${locale} has no empty messages`, () => {
      for (const [key, message] of Object.entries(catalogue)) {
        expect({ key, empty: message.trim() === "" }).toEqual({ key, empty: false });
      }
    });
  }
});

describe("translate", () => {
  it("fills parameters", () => {
    expect(translate(CATALOGUES["zh-CN"], "coverage.summary", { shops: 2, records: "1,234" })).toBe(
      "2 家店铺，共 1,234 条记录",
    );
    expect(translate(CATALOGUES.en, "notFound.body", { path: "/nope" })).toBe(
      "There is no page at /nope.",
    );
  });

  it("leaves a missing parameter visible", () => {
    expect(translate(CATALOGUES.en, "notFound.body")).toBe("There is no page at {path}.");
  });
});

describe("readLocale", () => {
  it("accepts shipped locales only", () => {
    expect(readLocale("en")).toBe("en");
    expect(readLocale("zh-CN")).toBe("zh-CN");
    expect(readLocale("fr")).toBeNull();
    expect(readLocale(null)).toBeNull();
    expect(readLocale(undefined)).toBeNull();
  });
});
