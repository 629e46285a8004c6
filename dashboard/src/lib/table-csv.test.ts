import { describe, expect, it } from "vitest";
import { fenToYuanText, toCsv } from "./table-csv.ts";

describe("toCsv", () => {
  it("writes a BOM, CRLF, quotes and defused formulas", () => {
    const text = toCsv(
      ["商品", "金额"],
      [
        ['=HYPERLINK("x") 勺子', "12.50"],
        ["杯, 大", -3],
        ["普通", null],
        ["-@x", "-12.50"],
      ],
    );
    expect(text).toBe(
      '\uFEFF商品,金额\r\n"\'=HYPERLINK(""x"") 勺子",12.50\r\n"杯, 大",-3\r\n普通,\r\n\'-@x,-12.50\r\n',
    );
  });
});

describe("fenToYuanText", () => {
  it("keeps exact yuan", () => {
    expect(fenToYuanText(123450)).toBe("1234.50");
    expect(fenToYuanText(-5)).toBe("-0.05");
    expect(fenToYuanText(0)).toBe("0.00");
    expect(fenToYuanText(null)).toBeNull();
  });
});
