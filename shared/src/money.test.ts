import { describe, expect, it } from "vitest";
import {
  formatFen,
  formatFenCompact,
  MoneyError,
  parseFen,
  parseLiToFen,
  parseYuanToFen,
  parseYuanToFenOrNull,
} from "./money.ts";

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof MoneyError) return error.code;
    throw error;
  }
  throw new Error("expected a MoneyError");
}

describe("parseYuanToFen", () => {
  it.each([
    ["19.99", 1999],
    ["0.1", 10],
    ["0.2", 20],
    ["￥1,234.50", 123450],
    ["¥ 1,234.5", 123450],
    ["1234", 123400],
    ["12.30元", 1230],
    [".5", 50],
    ["5.", 500],
    ["0", 0],
    ["-0.00", 0],
    ["-12.30", -1230],
    ["－12.30", -1230],
    ["+8.01", 801],
    ["12.500", 1250],
    ["90071992547409.91", 9007199254740991],
  ])("reads %j as %d fen", (input, fen) => {
    expect(parseYuanToFen(input)).toBe(fen);
  });

  it("adds 0.1 + 0.2 exactly once in fen", () => {
    expect(parseYuanToFen("0.1") + parseYuanToFen("0.2")).toBe(parseYuanToFen("0.3"));
    expect(parseYuanToFen(0.1) + parseYuanToFen(0.2)).toBe(30);
  });

  it.each([
    [19.99, 1999],
    [0.07, 7],
    [1.005, null],
    [123456.78, 12345678],
    [-3.5, -350],
    [100, 10000],
  ])("reads the yuan number %d without float error", (input, fen) => {
    if (fen === null) expect(codeOf(() => parseYuanToFen(input))).toBe("precision");
    else expect(parseYuanToFen(input)).toBe(fen);
  });

  it.each([
    ["", "empty"],
    ["--", "empty"],
    ["  -  ", "empty"],
    ["abc", "invalid"],
    ["12.3.4", "invalid"],
    ["1e5", "invalid"],
    ["12.345", "precision"],
    ["99999999999999999", "range"],
  ])("rejects %j with a typed error (%s)", (input, code) => {
    expect(codeOf(() => parseYuanToFen(input))).toBe(code);
  });

  it("rejects non-finite and exponent numbers", () => {
    expect(codeOf(() => parseYuanToFen(Number.NaN))).toBe("invalid");
    expect(codeOf(() => parseYuanToFen(Number.POSITIVE_INFINITY))).toBe("invalid");
    expect(codeOf(() => parseYuanToFen(1e21))).toBe("range");
    expect(codeOf(() => parseYuanToFen(1e-7))).toBe("precision");
  });

  it("names the input in the message", () => {
    expect(() => parseYuanToFen("abc")).toThrow('not a money amount: "abc"');
  });
});

describe("parseYuanToFenOrNull", () => {
  it("reads absent figures as null, not zero", () => {
    expect(parseYuanToFenOrNull(null)).toBeNull();
    expect(parseYuanToFenOrNull(undefined)).toBeNull();
    expect(parseYuanToFenOrNull("--")).toBeNull();
    expect(parseYuanToFenOrNull("")).toBeNull();
    expect(parseYuanToFenOrNull("0")).toBe(0);
    expect(parseYuanToFenOrNull("￥88.00")).toBe(8800);
  });

  it("still rejects garbage", () => {
    expect(codeOf(() => parseYuanToFenOrNull({}))).toBe("invalid");
    expect(codeOf(() => parseYuanToFenOrNull("N/A yuan"))).toBe("invalid");
  });
});

describe("parseFen", () => {
  it("reads integer fen as numbers or digit strings", () => {
    expect(parseFen(1250)).toBe(1250);
    expect(parseFen("1250")).toBe(1250);
    expect(parseFen(-150)).toBe(-150);
  });

  it("rejects fractions of a fen and garbage", () => {
    expect(codeOf(() => parseFen(12.5))).toBe("precision");
    expect(codeOf(() => parseFen("12.5"))).toBe("precision");
    expect(codeOf(() => parseFen("x"))).toBe("invalid");
    expect(codeOf(() => parseFen(""))).toBe("empty");
  });
});

describe("parseLiToFen", () => {
  it.each([
    [12345, 1235],
    [12344, 1234],
    [10, 1],
    [4, 0],
    [5, 1],
    [0, 0],
    [-15, -2],
    [-14, -1],
    ["9007199254740991", 900719925474099],
  ])("rounds %j 厘 half away from zero to %d fen", (li, fen) => {
    expect(parseLiToFen(li)).toBe(fen);
  });

  it("rejects fractional 厘", () => {
    expect(codeOf(() => parseLiToFen(1.5))).toBe("precision");
  });
});

describe("formatFen", () => {
  it.each([
    [123450, "¥1,234.50"],
    [0, "¥0.00"],
    [7, "¥0.07"],
    [-123450, "-¥1,234.50"],
    [100000000, "¥1,000,000.00"],
  ])("formats %d as %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  it("can leave the symbol out and round-trips through the parser", () => {
    expect(formatFen(199, { symbol: false })).toBe("1.99");
    expect(parseYuanToFen(formatFen(-987654321))).toBe(-987654321);
  });

  it("refuses non-integer fen", () => {
    expect(() => formatFen(1.5)).toThrow(MoneyError);
  });
});

describe("formatFenCompact", () => {
  it.each([
    [999999, "¥9,999.99"],
    [1000000, "¥1.00万"],
    [12345678, "¥12.35万"],
    [12344999, "¥12.34万"],
    [-12345678, "-¥12.35万"],
    [12000000000, "¥1.20亿"],
  ])("formats %d as %s", (fen, text) => {
    expect(formatFenCompact(fen)).toBe(text);
  });
});
