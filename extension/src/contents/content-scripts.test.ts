import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SELLER_HOST_PATTERNS } from "../lib/hosts.ts";

// Plasmo reads each content script's `config` statically, so the match lists are literals in
// hook.ts and relay.ts. This keeps them equal to the one host list (and the dev-only variables).
function matchesOf(file: string): string[] {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const block = /matches:\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? "";
  return [...block.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? "");
}

describe("content script match lists", () => {
  const expected = [
    ...SELLER_HOST_PATTERNS,
    "$PLASMO_PUBLIC_DEMO_HOST_IP",
    "$PLASMO_PUBLIC_DEMO_HOST_NAME",
  ];
  it.each(["./hook.ts", "./relay.ts", "./overlay.tsx"])(
    "%s matches exactly the seller hosts (+ the dev sandbox)",
    (file) => {
      expect(matchesOf(file)).toEqual(expected);
    },
  );
});
