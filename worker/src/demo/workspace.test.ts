import { createHash } from "node:crypto";
import { CanonicalRecordSchema, naturalKey, PLATFORMS } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { FULL_OPTIONS, generate } from "./test-fixture.ts";
import type { DemoOptions } from "./types.ts";
import { createDemoWorkspace } from "./workspace.ts";

function hashAll(options: DemoOptions): string {
  const hash = createHash("sha256");
  for (const chunk of createDemoWorkspace(options).records()) {
    for (const record of chunk) hash.update(JSON.stringify(record));
  }
  return hash.digest("hex");
}

describe("createDemoWorkspace", { timeout: 60_000 }, () => {
  it("is deterministic: the same seed gives the same records, another seed others", () => {
    const small = { seed: 3, today: "2026-06-25", scale: 0.05 };
    expect(hashAll(small)).toBe(hashAll(small));
    expect(hashAll({ ...small, seed: 4 })).not.toBe(hashAll(small));
    const full = createHash("sha256");
    for (const record of generate().records) full.update(JSON.stringify(record));
    expect(hashAll(FULL_OPTIONS)).toBe(full.digest("hex"));
  });

  it("regenerates one day alone exactly as the full run has it", () => {
    const { workspace, records } = generate();
    const byKey = new Map(records.map((r) => [naturalKey(r), r]));
    for (const date of ["2026-05-24", "2026-11-11", "2026-11-20"]) {
      const day = workspace.dayRecords(date);
      expect(day.length).toBeGreaterThan(0);
      for (const record of day) expect(byKey.get(naturalKey(record))).toEqual(record);
    }
    const shop = workspace.shops[2];
    const oneShop = workspace.dayRecords("2026-11-11", shop?.shopId);
    expect(oneShop.every((r) => r.shopId === shop?.shopId)).toBe(true);
    expect(() => workspace.dayRecords("2026-11-21")).toThrow(RangeError);
  });

  it("produces ~50k orders at scale 1 over 180 days, 4–5 shops on every platform, ~300 SKUs", () => {
    const { workspace, of } = generate();
    expect(of("order").length).toBeGreaterThan(50_000 * 0.85);
    expect(of("order").length).toBeLessThan(50_000 * 1.15);
    expect(workspace.range).toEqual({ from: "2026-05-24", to: "2026-11-20" });
    expect(workspace.shops.length).toBeGreaterThanOrEqual(4);
    expect(workspace.shops.length).toBeLessThanOrEqual(5);
    expect(new Set(workspace.shops.map((s) => s.platform))).toEqual(new Set(PLATFORMS));
    expect(workspace.products.length).toBeGreaterThanOrEqual(60);
    expect(workspace.products.length).toBeLessThanOrEqual(80);
    const skus = workspace.products.flatMap((p) => p.skus);
    expect(skus.length).toBeGreaterThan(250);
    expect(skus.length).toBeLessThan(350);
    for (const p of workspace.products) expect(p.skus.length).toBeGreaterThanOrEqual(2);
    for (const p of workspace.products) expect(p.skus.length).toBeLessThanOrEqual(8);
  });

  it("scales with `scale` and `days`", () => {
    const count = (options: DemoOptions) => {
      let n = 0;
      for (const chunk of createDemoWorkspace(options).records())
        n += chunk.filter((r) => r.kind === "order").length;
      return n;
    };
    const small = count({ seed: 1, today: "2026-03-01", scale: 0.02 });
    expect(small).toBeGreaterThan(1000 * 0.8);
    expect(small).toBeLessThan(1000 * 1.2);
    const short = count({ seed: 1, today: "2026-03-01", scale: 0.2, days: 30 });
    expect(short).toBeGreaterThan(((10_000 * 30) / 180) * 0.8);
    expect(short).toBeLessThan(((10_000 * 30) / 180) * 1.25);
  });

  it("emits only records valid per CanonicalRecordSchema, in chunks of at most 1000", () => {
    const { records, chunkSizes } = generate();
    for (const size of chunkSizes) expect(size).toBeLessThanOrEqual(1000);
    const invalid = records.filter((r) => !CanonicalRecordSchema.safeParse(r).success);
    expect(invalid.slice(0, 3)).toEqual([]);
  });

  it("gives every record its own natural key", () => {
    const { records } = generate();
    expect(new Set(records.map(naturalKey)).size).toBe(records.length);
  });

  it("covers every kind and captures nothing after now", () => {
    const { records, workspace, of } = generate();
    for (const kind of ["order", "sku", "traffic", "ad", "refund", "settlement"] as const) {
      expect(of(kind).length).toBeGreaterThan(0);
    }
    expect(records.every((r) => r.capturedAt <= workspace.now)).toBe(true);
    expect(
      records.every(
        (r) => r.source.parser === `demo/${r.kind}@1` && r.source.url.startsWith("https://"),
      ),
    ).toBe(true);
  });

  it("rejects bad options", () => {
    expect(() => createDemoWorkspace({ today: "2026-02-30" })).toThrow(RangeError);
    expect(() => createDemoWorkspace({ today: "2026-02-03", days: 0 })).toThrow(RangeError);
    expect(() => createDemoWorkspace({ today: "2026-02-03", scale: -1 })).toThrow(RangeError);
    expect(() => createDemoWorkspace({ today: "2026-02-03", nowHour: 24 })).toThrow(RangeError);
  });
});
