import { describe, expect, it } from "vitest";
import {
  ALL_CAPTURE_ON,
  isCaptureAllowed,
  isCapturingAnything,
  isCapturingEverything,
  isOverlayShown,
  parseCapturePrefs,
  parseOverlayPrefs,
  platformGroup,
} from "./capture-prefs.ts";

const allOn = {
  platforms: { taobao: true, jd: true, pdd: true },
  kinds: { order: true, sku: true, traffic: true, ad: true, refund: true, settlement: true },
};

describe("parseCapturePrefs", () => {
  it("turns everything on for a new user or a damaged value", () => {
    expect(parseCapturePrefs(undefined)).toEqual(allOn);
    expect(parseCapturePrefs("off")).toEqual(allOn);
    expect(parseCapturePrefs({ platforms: [false], kinds: null })).toEqual(allOn);
    expect(ALL_CAPTURE_ON).toEqual(allOn);
  });

  it("keeps switches stored as false, and only exactly false", () => {
    const prefs = parseCapturePrefs({
      platforms: { jd: false, pdd: 0, tmall: false },
      kinds: { sku: false, ad: "false", unknown: false },
    });
    expect(prefs.platforms).toEqual({ taobao: true, jd: false, pdd: true });
    expect(prefs.kinds).toEqual({ ...allOn.kinds, sku: false });
  });
});

describe("isCaptureAllowed", () => {
  const prefs = parseCapturePrefs({ platforms: { taobao: false }, kinds: { refund: false } });

  it("treats Tmall as part of Taobao's switch", () => {
    expect(platformGroup("tmall")).toBe("taobao");
    expect(isCaptureAllowed(prefs, "tmall", "order")).toBe(false);
    expect(isCaptureAllowed(prefs, "taobao", "order")).toBe(false);
  });

  it("needs both the platform and the kind on", () => {
    expect(isCaptureAllowed(prefs, "jd", "order")).toBe(true);
    expect(isCaptureAllowed(prefs, "jd", "refund")).toBe(false);
    expect(isCaptureAllowed(prefs, "pdd", "sku")).toBe(true);
  });

  it("summarises the switches for the popup", () => {
    expect(isCapturingEverything(ALL_CAPTURE_ON)).toBe(true);
    expect(isCapturingEverything(prefs)).toBe(false);
    expect(isCapturingAnything(prefs)).toBe(true);
    const noKinds = parseCapturePrefs({
      kinds: {
        order: false,
        sku: false,
        traffic: false,
        ad: false,
        refund: false,
        settlement: false,
      },
    });
    expect(isCapturingAnything(noKinds)).toBe(false);
    const noPlatforms = parseCapturePrefs({ platforms: { taobao: false, jd: false, pdd: false } });
    expect(isCapturingAnything(noPlatforms)).toBe(false);
  });
});

describe("overlay prefs", () => {
  it("default to on, everywhere", () => {
    expect(parseOverlayPrefs(undefined)).toEqual({
      enabled: true,
      platforms: { taobao: true, jd: true, pdd: true },
    });
  });

  it("read back what was stored, and the global switch wins", () => {
    const stored = { enabled: true, platforms: { taobao: true, jd: false, pdd: true } };
    const prefs = parseOverlayPrefs(JSON.parse(JSON.stringify(stored)));
    expect(prefs).toEqual(stored);
    expect(isOverlayShown(prefs, "tmall")).toBe(true);
    expect(isOverlayShown(prefs, "jd")).toBe(false);
    expect(isOverlayShown({ ...prefs, enabled: false }, "pdd")).toBe(false);
  });
});
