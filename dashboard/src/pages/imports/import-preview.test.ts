import { IMPORT_FORMAT_IDS } from "@tongshu/shared";
import { IMPORT_FORMATS } from "@tongshu/shared/imports/index";
import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../../i18n/translate.ts";
import {
  formatFileSize,
  formatLabel,
  joinNames,
  previewGrid,
  summariseFormat,
  toPreview,
} from "./import-preview.ts";
import { TEST_FORMAT, testTable } from "./test-format.ts";

describe("toPreview", () => {
  it("keeps what the page shows and nothing that cannot be posted", () => {
    const preview = toPreview(testTable(), 2048, [TEST_FORMAT], 2);
    expect(preview).toEqual({
      fileName: "日报.csv",
      fileSize: 2048,
      format: {
        id: "sycm-shop-daily",
        label: { zh: "测试 日报", en: "Test daily" },
        platforms: ["taobao", "tmall"],
        kind: "shop-daily",
      },
      fileType: "csv",
      encoding: "gbk",
      headerRowNumber: 3,
      headers: ["统计日期", "访客数", "收货地区"],
      rows: [
        ["2026-11-01", "120", "浙江省 杭州市"],
        ["2026-11-02", "abc", ""],
      ],
      rowNumbers: [4, 5],
      rowCount: 3,
      droppedColumns: ["买家会员名", "联系手机"],
      closest: null,
      supported: [summariseFormat(TEST_FORMAT)],
    });
    // structuredClone throws on functions: the preview must survive postMessage.
    expect(() => structuredClone(preview)).not.toThrow();
  });

  it("names the closest layout and its missing columns for an unrecognised file", () => {
    const preview = toPreview(
      testTable({ format: null, closest: { format: TEST_FORMAT, missing: ["访客数"] } }),
      10,
      [],
    );
    expect(preview.format).toBeNull();
    expect(preview.closest).toEqual({ format: summariseFormat(TEST_FORMAT), missing: ["访客数"] });
    expect(preview.supported).toEqual([]);
  });
});

describe("preview wording", () => {
  it("labels a format and lists names in the page's language", () => {
    const format = summariseFormat(TEST_FORMAT);
    expect(formatLabel(format, "zh-CN")).toBe("测试 日报");
    expect(formatLabel(format, "en")).toBe("Test daily");
    expect(joinNames(["收货人姓名", "联系手机"], "zh-CN")).toBe("收货人姓名、联系手机");
    expect(joinNames(["a", "b"], "en")).toBe("a, b");
  });

  it("writes file sizes in B, KB and MB", () => {
    expect(formatFileSize(980)).toBe("980 B");
    expect(formatFileSize(12_595)).toBe("12.3 KB"); // 12,595 / 1,024 = 12.30
    expect(formatFileSize(4_718_592)).toBe("4.5 MB"); // 4.5 × 1,048,576
  });
});

describe("previewGrid", () => {
  it("shows cells as Excel does", () => {
    const grid = previewGrid({
      headers: ["订单编号", "备注"],
      rows: [['="3306670536474051657"', "null"]],
    });
    expect(grid.rows).toEqual([["3306670536474051657", ""]]);
  });

  it("caps columns and cuts long cells", () => {
    const grid = previewGrid(
      {
        headers: ["a", "b", "c"],
        rows: [
          ["1234567", "x"],
          ["1", "2", "3"],
        ],
      },
      2,
      5,
    );
    expect(grid).toEqual({
      headers: ["a", "b"],
      rows: [
        ["1234…", "x"],
        ["1", "2"],
      ],
      hiddenColumns: 1,
    });
  });
});

describe("format labels", () => {
  it("names every format in the import log as its preview does", () => {
    for (const format of IMPORT_FORMATS) {
      const key = `imports.format.${format.id}` as const;
      expect([key, CATALOGUES["zh-CN"][key]]).toEqual([key, format.label.zh]);
      expect([key, CATALOGUES.en[key]]).toEqual([key, format.label.en]);
    }
    for (const id of IMPORT_FORMAT_IDS) {
      expect(CATALOGUES["zh-CN"][`imports.format.${id}`]).toBeTruthy();
    }
  });
});
