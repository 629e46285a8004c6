import { describe, expect, it } from "vitest";
import { parseSettings } from "./settings.ts";

describe("parseSettings", () => {
  it("defaults to no server and Chinese", () => {
    expect(parseSettings({})).toEqual({ serverUrl: null, locale: "zh-CN" });
  });

  it("keeps valid stored values", () => {
    expect(
      parseSettings({ serverUrl: "https://tongshu.example.workers.dev", locale: "en" }),
    ).toEqual({
      serverUrl: "https://tongshu.example.workers.dev",
      locale: "en",
    });
  });

  it("drops stored values that would not pass validation today", () => {
    expect(parseSettings({ serverUrl: "http://evil.example", locale: "xx" })).toEqual({
      serverUrl: null,
      locale: "zh-CN",
    });
    expect(parseSettings({ serverUrl: 42 })).toEqual({ serverUrl: null, locale: "zh-CN" });
  });
});
