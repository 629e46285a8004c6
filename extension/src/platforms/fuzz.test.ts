import type { CaptureEnvelope } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { FIXTURE_SECRET } from "../cli/replay.ts";
import { createBuyerKeyer } from "../lib/buyer-key.ts";
import { listFixtures, loadEnvelope } from "./fixture-files.ts";
import { parseEnvelope } from "./parse-envelope.ts";

/** A small seeded generator, so a failing mutation can be reproduced. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRONG_VALUES: unknown[] = [
  null,
  0,
  -1,
  "",
  "--",
  "x".repeat(200_000),
  [],
  {},
  true,
  1.5,
  "9".repeat(40),
  { value: "NaN" },
];

/** Applies one random change somewhere in a parsed JSON tree. */
function mutate(value: unknown, random: () => number, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || random() < 0.15)
      return random() < 0.5 ? [] : [WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)]];
    const i = Math.floor(random() * value.length);
    return value.map((v, j) => (j === i ? mutate(v, random, depth + 1) : v));
  }
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value);
    if (keys.length === 0) return WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)];
    const key = keys[Math.floor(random() * keys.length)] ?? "";
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const roll = random();
    if (roll < 0.3) delete copy[key];
    else if (roll < 0.6 || depth > 12)
      copy[key] = WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)];
    else copy[key] = mutate(copy[key], random, depth + 1);
    return copy;
  }
  return WRONG_VALUES[Math.floor(random() * WRONG_VALUES.length)];
}

function variants(envelope: CaptureEnvelope, seed: number): CaptureEnvelope[] {
  const random = rng(seed);
  const body = envelope.responseBody;
  const out: CaptureEnvelope[] = [];
  for (let i = 0; i < 8; i++)
    out.push({ ...envelope, responseBody: body.slice(0, Math.floor(random() * body.length)) });
  out.push(
    { ...envelope, responseBody: `${body}${"}".repeat(3)}` },
    { ...envelope, responseBody: body.replace(/[{}[\]]/g, "") },
  );
  out.push(
    { ...envelope, status: 500 },
    { ...envelope, shop: null },
    { ...envelope, responseBody: "<html><body>出错了</body></html>" },
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return out;
  }
  for (let i = 0; i < 40; i++)
    out.push({ ...envelope, responseBody: JSON.stringify(mutate(parsed, random)) });
  return out;
}

describe("parsers under mutated payloads", () => {
  const fixtures = listFixtures();
  it.each(fixtures)("$name: never throws, and whatever it returns is valid", ({ file }) => {
    const envelope = loadEnvelope(file);
    const ctx = { shop: envelope.shop, buyerKey: createBuyerKeyer(FIXTURE_SECRET) };
    for (const [i, variant] of variants(envelope, file.length * 7919).entries()) {
      let result: ReturnType<typeof parseEnvelope> | undefined;
      expect(() => {
        result = parseEnvelope(variant, ctx);
      }, `variant ${i}`).not.toThrow();
      // parseEnvelope only returns ok when every record passed the shared schema.
      if (result?.ok)
        for (const record of result.records) expect(record.source.url).toBe(variant.url);
    }
  });
});
