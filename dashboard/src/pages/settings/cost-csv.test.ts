import { MAX_IMPORT_ROWS } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { costImportRows, normaliseDate, parseCostCsv, splitCsvLine } from "./cost-csv.ts";

const PRODUCTS = [
  { id: "pd_pan", name: "不粘炒锅 30cm", outerCode: "TS-CW-001-30-L" },
  { id: "outer:TS-TW-007", name: "保温杯", outerCode: "TS-TW-007" },
  { id: "pd_nocode", name: "无编码商品", outerCode: null },
];

describe("splitCsvLine", () => {
  it("splits spreadsheet pastes by tab and CSV by commas, honouring quotes", () => {
    expect(splitCsvLine("A\t1,234.50\t2026/3/1")).toEqual(["A", "1,234.50", "2026/3/1"]);
    expect(splitCsvLine('A\t"1,234.50"\t2026/3/1')).toEqual(["A", "1,234.50", "2026/3/1"]);
    expect(splitCsvLine('A, "1,234.50" ,2026-03-01')).toEqual(["A", "1,234.50", "2026-03-01"]);
    expect(splitCsvLine("A，12，2026-03-01")).toEqual(["A", "12", "2026-03-01"]);
    expect(splitCsvLine('"say ""hi""",1')).toEqual(['say "hi"', "1"]);
  });
});

describe("normaliseDate", () => {
  it("pads spreadsheet dates and refuses impossible ones", () => {
    expect(normaliseDate("2026/3/1")).toBe("2026-03-01");
    expect(normaliseDate("2026.12.31")).toBe("2026-12-31");
    expect(normaliseDate("2026-02-30")).toBeNull();
    expect(normaliseDate("3/1/2026")).toBeNull();
  });
});

describe("parseCostCsv", () => {
  it("matches outer codes exactly, converts yuan to fen and skips a header", () => {
    const result = parseCostCsv(
      "商家编码,成本,日期\nTS-CW-001-30-L,74.3,2026-03-01\n\nTS-TW-007\t35.30\t2026/4/1\t0.5\n",
      PRODUCTS,
    );
    expect(result.skippedHeader).toBe(true);
    expect(result.tooMany).toBe(false);
    expect(result.rows).toEqual([
      {
        line: 2,
        outerCode: "TS-CW-001-30-L",
        productId: "pd_pan",
        productName: "不粘炒锅 30cm",
        unitCostFen: 7430,
        packagingFen: 0,
        effectiveFrom: "2026-03-01",
        errors: [],
      },
      {
        line: 4,
        outerCode: "TS-TW-007",
        productId: "outer:TS-TW-007",
        productName: "保温杯",
        unitCostFen: 3530,
        packagingFen: 50,
        effectiveFrom: "2026-04-01",
        errors: [],
      },
    ]);
    expect(costImportRows(result.rows)).toEqual([
      { productId: "pd_pan", effectiveFrom: "2026-03-01", unitCostFen: 7430, packagingFen: 0 },
      {
        productId: "outer:TS-TW-007",
        effectiveFrom: "2026-04-01",
        unitCostFen: 3530,
        packagingFen: 50,
      },
    ]);
  });

  it("keeps every problem of every row", () => {
    const { rows, skippedHeader } = parseCostCsv(
      [
        "ts-cw-001-30-l,12.345,2026-13-01",
        "TS-CW-001-30-L,12,2026-03-01,x",
        "TS-CW-001-30-L",
        "TS-CW-001-30-L,10,2026-03-01",
        "TS-CW-001-30-L,11,2026/3/1",
      ].join("\n"),
      PRODUCTS,
    );
    expect(skippedHeader).toBe(false);
    expect(rows.map((r) => [r.line, r.errors])).toEqual([
      [
        1,
        [
          { key: "settingsData.import.error.unknownCode", params: { value: "ts-cw-001-30-l" } },
          { key: "settingsData.import.error.cost", params: { value: "12.345" } },
          { key: "settingsData.import.error.date", params: { value: "2026-13-01" } },
        ],
      ],
      [2, [{ key: "settingsData.import.error.packaging", params: { value: "x" } }]],
      [3, [{ key: "settingsData.import.error.columns" }]],
      [4, [{ key: "settingsData.import.error.duplicate", params: { line: 2 } }]],
      [5, [{ key: "settingsData.import.error.duplicate", params: { line: 2 } }]],
    ]);
    expect(costImportRows(rows)).toEqual([]);
  });

  it("stops at one import's worth of rows", () => {
    const lines = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `TS-CW-001-30-L,1,${2000 + Math.floor(i / 365)}-01-01`,
    );
    const result = parseCostCsv(lines.join("\n"), PRODUCTS);
    expect(result.tooMany).toBe(true);
    expect(result.rows).toHaveLength(MAX_IMPORT_ROWS);
  });
});
