import { describe, expect, it } from "vitest";
import {
  bpToPercentInput,
  fenToYuanInput,
  parseDaysInput,
  parseDecimalInput,
  parsePercentToBp,
  parseYuanInput,
} from "./settings-inputs.ts";

describe("parseYuanInput", () => {
  it("turns typed yuan into exact integer fen", () => {
    expect(parseYuanInput("74.3")).toEqual({ ok: true, value: 7430 });
    expect(parseYuanInput("¥1,234.50")).toEqual({ ok: true, value: 123450 });
    expect(parseYuanInput(" 0.07 ")).toEqual({ ok: true, value: 7 });
    // 0.1 + 0.2 style float trouble never happens: decimal digits, not binary fractions.
    expect(parseYuanInput("19.99")).toEqual({ ok: true, value: 1999 });
    expect(parseYuanInput("1.10")).toEqual({ ok: true, value: 110 });
  });

  it("says why an amount is not one", () => {
    expect(parseYuanInput("")).toEqual({
      ok: false,
      error: { key: "settingsData.input.required" },
    });
    expect(parseYuanInput("abc")).toEqual({
      ok: false,
      error: { key: "settingsData.input.yuanInvalid" },
    });
    expect(parseYuanInput("1.234")).toEqual({
      ok: false,
      error: { key: "settingsData.input.yuanPrecision" },
    });
    expect(parseYuanInput("-5")).toEqual({
      ok: false,
      error: { key: "settingsData.input.negative" },
    });
  });

  it("checks bounds in fen and names them in yuan", () => {
    expect(parseYuanInput("0", { minFen: 1 })).toEqual({
      ok: false,
      error: { key: "settingsData.input.yuanMin", params: { min: "¥0.01" } },
    });
    expect(parseYuanInput("10000.01", { maxFen: 1_000_000 })).toEqual({
      ok: false,
      error: { key: "settingsData.input.yuanMax", params: { max: "¥10,000.00" } },
    });
    expect(parseYuanInput("10000", { maxFen: 1_000_000 })).toEqual({ ok: true, value: 1_000_000 });
  });
});

describe("fenToYuanInput", () => {
  it("prints fen as plain yuan for an input", () => {
    expect(fenToYuanInput(7430)).toBe("74.30");
    expect(fenToYuanInput(5)).toBe("0.05");
    expect(fenToYuanInput(123456789)).toBe("1234567.89");
    expect(fenToYuanInput(0)).toBe("0.00");
  });
});

describe("basis points and percent", () => {
  it("shows basis points as the shortest percent", () => {
    expect(bpToPercentInput(500)).toBe("5");
    expect(bpToPercentInput(60)).toBe("0.6");
    expect(bpToPercentInput(525)).toBe("5.25");
    expect(bpToPercentInput(5)).toBe("0.05");
    expect(bpToPercentInput(0)).toBe("0");
    expect(bpToPercentInput(10_000)).toBe("100");
  });

  it("reads a percent back to whole basis points exactly", () => {
    expect(parsePercentToBp("5")).toEqual({ ok: true, value: 500 });
    expect(parsePercentToBp("0.6%")).toEqual({ ok: true, value: 60 });
    expect(parsePercentToBp("5.25 ％")).toEqual({ ok: true, value: 525 });
    expect(parsePercentToBp("0.50")).toEqual({ ok: true, value: 50 });
    expect(parsePercentToBp("100")).toEqual({ ok: true, value: 10_000 });
    for (const bp of [0, 1, 59, 60, 525, 999, 10_000]) {
      expect(parsePercentToBp(bpToPercentInput(bp))).toEqual({ ok: true, value: bp });
    }
  });

  it("rejects what is not a whole basis point in range", () => {
    expect(parsePercentToBp("0.605")).toEqual({
      ok: false,
      error: { key: "settingsData.input.percentPrecision" },
    });
    expect(parsePercentToBp("100.01")).toEqual({
      ok: false,
      error: { key: "settingsData.input.percentMax", params: { max: "100" } },
    });
    expect(parsePercentToBp("-1")).toEqual({
      ok: false,
      error: { key: "settingsData.input.percentInvalid" },
    });
    expect(parsePercentToBp(" ")).toEqual({
      ok: false,
      error: { key: "settingsData.input.required" },
    });
  });
});

describe("parseDaysInput", () => {
  const bounds = { min: 0, max: 365, optional: true };
  it("reads whole days, blank as the default when optional", () => {
    expect(parseDaysInput("30", bounds)).toEqual({ ok: true, value: 30 });
    expect(parseDaysInput(" ", bounds)).toEqual({ ok: true, value: null });
    expect(parseDaysInput("", { min: 1, max: 365 })).toEqual({
      ok: false,
      error: { key: "settingsData.input.required" },
    });
  });

  it("rejects fractions, signs and out-of-range days", () => {
    expect(parseDaysInput("7.5", bounds)).toEqual({
      ok: false,
      error: { key: "settingsData.input.wholeDays" },
    });
    expect(parseDaysInput("-1", bounds)).toEqual({
      ok: false,
      error: { key: "settingsData.input.wholeDays" },
    });
    expect(parseDaysInput("366", bounds)).toEqual({
      ok: false,
      error: { key: "settingsData.input.daysRange", params: { min: 0, max: 365 } },
    });
  });
});

describe("parseDecimalInput", () => {
  it("reads plain decimals only", () => {
    expect(parseDecimalInput("3.5")).toEqual({ ok: true, value: 3.5 });
    expect(parseDecimalInput("14")).toEqual({ ok: true, value: 14 });
    expect(parseDecimalInput("1e3").ok).toBe(false);
    expect(parseDecimalInput("3.").ok).toBe(false);
  });
});
