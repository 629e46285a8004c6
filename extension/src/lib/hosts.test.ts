import { describe, expect, it } from "vitest";
import envDev from "../../.env.dev?raw";
import pkg from "../../package.json" with { type: "json" };
import {
  DEMO_HOST_PATTERNS,
  isLoopbackPattern,
  isSingleHostPattern,
  SELLER_HOST_PATTERNS,
} from "./hosts.ts";

// package.json's manifest is what Plasmo writes into manifest.json: literal patterns go into
// every build, `$NAME` entries only where NAME is set (the dev tag's .env.dev).
const declared = pkg.manifest.host_permissions;
const literal = declared.filter((entry) => !entry.startsWith("$"));
const variables = declared.filter((entry) => entry.startsWith("$")).map((e) => e.slice(1));

const devEnv = new Map(
  envDev
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
);

describe("manifest host permissions", () => {
  it("equal the seller hosts listed in hosts.ts, in order", () => {
    expect(literal).toEqual(SELLER_HOST_PATTERNS);
  });

  it("name each host once", () => {
    expect(new Set(literal).size).toBe(literal.length);
  });

  it("never reach beyond one https host per pattern", () => {
    for (const pattern of literal) expect(isSingleHostPattern(pattern), pattern).toBe(true);
  });

  it("add the demo origins only through variables set in .env.dev", () => {
    expect(variables.map((name) => devEnv.get(name))).toEqual(DEMO_HOST_PATTERNS);
    for (const pattern of DEMO_HOST_PATTERNS)
      expect(isLoopbackPattern(pattern), pattern).toBe(true);
  });

  it("ask only for the API permissions the product uses", () => {
    expect(pkg.manifest.permissions).toEqual(["storage", "alarms", "scripting"]);
  });
});

describe("isSingleHostPattern", () => {
  it.each([
    "<all_urls>",
    "*://*/*",
    "https://*/*",
    "*://*.taobao.com/*",
    "https://*.jd.com/*",
    "http://trade.taobao.com/*",
    "https://trade.taobao.com/trade/*",
    "https://localhost/*",
  ])("rejects %s", (pattern) => {
    expect(isSingleHostPattern(pattern)).toBe(false);
  });

  it("accepts one host", () => {
    expect(isSingleHostPattern("https://mms.pinduoduo.com/*")).toBe(true);
  });
});
