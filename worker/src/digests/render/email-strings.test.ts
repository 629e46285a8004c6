import { describe, expect, it } from "vitest";
import { EMAIL_STRINGS_EN, EMAIL_STRINGS_ZH } from "./email-strings.ts";
import { fillParams, translator } from "./translate.ts";

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("email strings", () => {
  it("has the same keys in both languages", () => {
    expect(Object.keys(EMAIL_STRINGS_EN).sort()).toEqual(Object.keys(EMAIL_STRINGS_ZH).sort());
  });

  it("uses the same {params} in both languages", () => {
    for (const [key, zh] of Object.entries(EMAIL_STRINGS_ZH)) {
      const en = EMAIL_STRINGS_EN[key as keyof typeof EMAIL_STRINGS_ZH];
      expect(params(en), key).toEqual(params(zh));
    }
  });

  it("holds no markup: the renderer escapes every string it inserts", () => {
    for (const text of [...Object.values(EMAIL_STRINGS_ZH), ...Object.values(EMAIL_STRINGS_EN)]) {
      expect(text).not.toMatch(/[<>&]/);
    }
  });

  it("fills params and picks the language", () => {
    expect(translator("zh-CN")("unit.days", { n: "3.5" })).toBe("3.5 天");
    expect(translator("en")("unit.days", { n: "3.5" })).toBe("3.5 days");
    expect(fillParams("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});
