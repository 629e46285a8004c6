import { describe, expect, it } from "vitest";
import { ALL_CAPTURE_ON, parseOverlayPrefs } from "./capture-prefs.ts";
import { parseSettings } from "./settings.ts";

const defaults = { capture: ALL_CAPTURE_ON, overlay: parseOverlayPrefs(undefined) };

describe("parseSettings", () => {
  it("defaults to no server, Chinese, and capture and in-page hints on", () => {
    expect(parseSettings({})).toEqual({ serverUrl: null, locale: "zh-CN", ...defaults });
  });

  it("keeps valid stored values", () => {
    expect(
      parseSettings({
        serverUrl: "https://tongshu.example.workers.dev",
        locale: "en",
        capture: { platforms: { pdd: false }, kinds: { ad: false } },
        overlay: { enabled: false },
      }),
    ).toEqual({
      serverUrl: "https://tongshu.example.workers.dev",
      locale: "en",
      capture: {
        platforms: { taobao: true, jd: true, pdd: false },
        kinds: { ...ALL_CAPTURE_ON.kinds, ad: false },
      },
      overlay: { enabled: false, platforms: { taobao: true, jd: true, pdd: true } },
    });
  });

  it("drops stored values that would not pass validation today", () => {
    expect(parseSettings({ serverUrl: "http://evil.example", locale: "xx" })).toEqual({
      serverUrl: null,
      locale: "zh-CN",
      ...defaults,
    });
    expect(parseSettings({ serverUrl: 42, capture: "none", overlay: [] })).toEqual({
      serverUrl: null,
      locale: "zh-CN",
      ...defaults,
    });
  });
});
