import { describe, expect, it } from "vitest";
import { CATALOGUES, LOCALES, parseLocale, translate } from "./i18n.ts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n catalogues", () => {
  const [first, ...rest] = LOCALES;
  const reference = CATALOGUES[first];

  it.each(rest)("%s has exactly the keys of zh-CN", (locale) => {
    expect(Object.keys(CATALOGUES[locale]).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(LOCALES)("%s has no empty messages", (locale) => {
    for (const [key, text] of Object.entries(CATALOGUES[locale])) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it.each(rest)("%s uses the same placeholders as zh-CN", (locale) => {
    for (const [key, text] of Object.entries(reference)) {
      const other = Object.entries(CATALOGUES[locale]).find(([k]) => k === key)?.[1] ?? "";
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });
});

describe("translate", () => {
  it("fills placeholders", () => {
    expect(translate("zh-CN", "version", { version: "0.1.0" })).toBe("版本 0.1.0");
    expect(translate("en", "options.server.saved", { url: "https://a.example" })).toBe(
      "Saved: https://a.example",
    );
  });

  it("leaves a missing placeholder visible instead of printing undefined", () => {
    expect(translate("en", "version")).toBe("Version {version}");
  });
});

describe("parseLocale", () => {
  it("accepts supported locales only", () => {
    expect(parseLocale("zh-CN")).toBe("zh-CN");
    expect(parseLocale("en")).toBe("en");
    expect(parseLocale("fr")).toBeNull();
    expect(parseLocale(undefined)).toBeNull();
    expect(parseLocale({})).toBeNull();
  });
});
