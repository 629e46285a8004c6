import { describe, expect, it } from "vitest";
import type { MessageParams } from "../../i18n/translate.ts";
import { frequencyBand, recencyBand, rfmGridRows } from "./rfm-grid-data.ts";

// Shows the key's last part with its parameters, so the band logic is tested without a catalogue.
const t = (key: string, params: MessageParams = {}) =>
  `${key.split(".").pop()}(${Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join(",")})`;

describe("rfmGridRows", () => {
  const grid = [
    { r: 5 as const, f: 1 as const, buyers: 400 },
    { r: 5 as const, f: 5 as const, buyers: 100 },
    { r: 1 as const, f: 1 as const, buyers: 25 },
  ];

  it("lays out R5 → R1 by F1 → F5, filling missing cells with 0", () => {
    const rows = rfmGridRows(grid, 1000);
    expect(rows.map((r) => r.r)).toEqual([5, 4, 3, 2, 1]);
    expect(rows[0]?.cells.map((c) => c.f)).toEqual([1, 2, 3, 4, 5]);
    expect(rows[0]?.cells.map((c) => c.buyers)).toEqual([400, 0, 0, 0, 100]);
    expect(rows[4]?.cells[0]).toMatchObject({ r: 1, f: 1, buyers: 25, share: 0.025 });
    expect(rows[2]?.cells[4]?.share).toBe(0);
  });

  it("shades by the square root of the count against the fullest cell", () => {
    const rows = rfmGridRows(grid, 1000);
    expect(rows[0]?.cells[0]?.intensity).toBe(1);
    expect(rows[0]?.cells[4]?.intensity).toBe(0.5); // √(100 ÷ 400)
    expect(rows[4]?.cells[0]?.intensity).toBe(0.25); // √(25 ÷ 400)
    expect(rows[1]?.cells[1]?.intensity).toBe(0);
  });

  it("draws the high/low split under R3 and right of F2 (3 or more is high)", () => {
    const rows = rfmGridRows(grid, 1000);
    expect(rows.map((r) => r.cells[0]?.splitBelow)).toEqual([false, false, true, false, false]);
    expect(rows[0]?.cells.map((c) => c.splitRight)).toEqual([false, true, false, false, false]);
  });

  it("has no shares and no shade without buyers", () => {
    const cell = rfmGridRows([], 0)[0]?.cells[0];
    expect(cell).toMatchObject({ buyers: 0, share: null, intensity: 0 });
  });
});

describe("axis bands from RFM_THRESHOLDS", () => {
  it("labels recency days per R score", () => {
    expect([5, 4, 3, 2, 1].map((r) => recencyBand(r as 1, t))).toEqual([
      "recencyAtMost(max=30)",
      "recencyBetween(min=31,max=60)",
      "recencyBetween(min=61,max=90)",
      "recencyBetween(min=91,max=180)",
      "recencyAbove(max=180)",
    ]);
  });

  it("labels order counts per F score", () => {
    expect([1, 2, 3, 4, 5].map((f) => frequencyBand(f as 1, t))).toEqual([
      "frequencyExactly(n=1)",
      "frequencyExactly(n=2)",
      "frequencyExactly(n=3)",
      "frequencyExactly(n=4)",
      "frequencyAtLeast(n=5)",
    ]);
  });
});
