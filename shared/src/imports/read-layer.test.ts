import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { columnFate } from "./buyer-columns.ts";
import { decodeText } from "./decode-text.ts";
import { findHeader, readImportFile } from "./import-file.ts";
import { cellText, readSheetText, UnreadableFileError } from "./read-sheet.ts";
import { regionCell, regionOf } from "./region.ts";
import type { ImportFormat } from "./types.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM, UTF-16LE and GBK", () => {
    expect(decodeText(utf8("订单编号,金额"))).toEqual({ text: "订单编号,金额", encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("订单")]))).toEqual({
      text: "订单",
      encoding: "utf-8",
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode("商品\t库存", "utf-16le")]);
    expect(decodeText(utf16)).toEqual({ text: "商品\t库存", encoding: "utf-16le" });
    const gbk = new Uint8Array(iconv.encode("订单编号,买家实际支付金额\n1,23.80", "gbk"));
    expect(decodeText(gbk)).toEqual({
      text: "订单编号,买家实际支付金额\n1,23.80",
      encoding: "gbk",
    });
  });
});

describe("columnFate", () => {
  it("drops every buyer column and keeps figures that merely mention buyers", () => {
    for (const header of [
      "买家会员名",
      "买家支付宝账号",
      "收货人姓名",
      "联系电话",
      "联系手机",
      "手机",
      "收货人",
      "身份证姓名",
      "身份证号码",
      "用户购买手机号",
      "客户姓名",
      "下单帐号",
      "买家留言",
      "订单备注",
      "商家备注",
      "发票抬头",
      "街道",
      "区",
      "邮编",
    ]) {
      expect([header, columnFate(header)]).toEqual([header, "drop"]);
    }
    for (const header of [
      "买家实际支付金额",
      "买家应付邮费",
      "支付买家数",
      "成交客户数",
      "是否手机订单",
      "订单编号",
      "省",
      "市",
      "商品总价(元)",
      "用户实付金额（元）",
    ]) {
      expect([header, columnFate(header)]).toEqual([header, "keep"]);
    }
    expect(columnFate("收货地址 ")).toBe("region");
    expect(columnFate("客户地址")).toBe("region");
  });
});

describe("regionOf", () => {
  it("keeps province and city only, in the capture parsers' spelling", () => {
    expect(regionOf("浙江省 杭州市 西湖区 文三路 000号")).toEqual({
      province: "浙江省",
      city: "杭州市",
    });
    expect(regionOf("浙江杭州市西湖区文三路")).toEqual({ province: "浙江省", city: "杭州市" });
    expect(regionOf("北京 北京市 朝阳区 某路")).toEqual({ province: "北京市", city: "北京市" });
    expect(regionOf("内蒙古自治区 呼和浩特市 新城区")).toEqual({
      province: "内蒙古自治区",
      city: "呼和浩特市",
    });
    expect(regionOf("湖北省 恩施土家族苗族自治州 恩施市")).toEqual({
      province: "湖北省",
      city: "恩施土家族苗族自治州",
    });
    expect(regionOf("张三，13800000000")).toBeNull();
    expect(regionCell("广东 深圳市 南山区 科技园 1 栋")).toBe("广东省 深圳市");
    expect(regionCell("")).toBe("");
  });
});

describe("readSheetText", () => {
  it("refuses empty files, old .xls workbooks and web pages with a reason", async () => {
    const codes = async (bytes: Uint8Array) => {
      try {
        await readSheetText(bytes);
        return "read";
      } catch (error) {
        return error instanceof UnreadableFileError ? error.code : String(error);
      }
    };
    expect(await codes(new Uint8Array())).toBe("empty");
    expect(await codes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      "old_xls",
    );
    expect(await codes(utf8("<html><body>请登录</body></html>"))).toBe("html");
    expect(await codes(utf8('订单编号,金额\n"1,2.00\n'))).toBe("unreadable");
  });

  it("reads tab-separated text as well as commas", async () => {
    const sheet = await readSheetText(utf8("日期\t访客数\n2026-11-01\t120\n"));
    expect(sheet.rows.slice(0, 2)).toEqual([
      ["日期", "访客数"],
      ["2026-11-01", "120"],
    ]);
  });

  it("writes xlsx cells as the export showed them", () => {
    expect(cellText(new Date(Date.UTC(2026, 10, 2, 10, 5, 0)))).toBe("2026-11-02 10:05:00");
    expect(cellText(new Date(Date.UTC(2026, 10, 2)))).toBe("2026-11-02");
    expect(cellText(23.8)).toBe("23.8");
    expect(cellText(null)).toBe("");
    // An order id stored as a number lost its digits in the file; it must not pass as an id.
    expect(cellText(Number("3306670536474051657"))).toMatch(/^3\.\d+E\+18$/);
  });
});

const demoFormat: ImportFormat = {
  id: "sycm-shop-daily",
  platforms: ["taobao"],
  kind: "shop-daily",
  label: { zh: "测试", en: "test" },
  columns: [
    { key: "date", headers: ["统计日期"], required: true },
    { key: "paid", headers: ["支付金额"], required: true },
    { key: "uv", headers: ["访客数"], required: false },
  ],
  toRecords: () => ({ records: [], issues: [] }),
};

describe("findHeader", () => {
  it("finds a header below a title block and reports the closest layout when columns lack", () => {
    const rows = [
      ["生意参谋"],
      ["统计时间：2026-11-01~2026-11-30"],
      [""],
      [""],
      [""],
      ["统计日期", "访客数", "支付金额"],
      ["2026-11-01", "100", "1000.00"],
    ];
    const { found } = findHeader(rows, [demoFormat]);
    expect(found?.rowIndex).toBe(5);
    expect(found?.matched).toBe(3);
    const { found: none, closest } = findHeader([["统计日期", "访客数"]], [demoFormat]);
    expect(none).toBeNull();
    expect(closest?.missing).toEqual(["支付金额"]);
  });
});

describe("readImportFile", () => {
  it("drops buyer columns before any row is visible and derives the region", async () => {
    const csv = [
      "订单编号,买家会员名,联系手机,收货地址,买家实际支付金额",
      "1001,tb_buyer_1,13800000000,浙江省 杭州市 西湖区 文三路 000号,23.80",
      ",,,,",
      "1002,tb_buyer_2,13900000000,北京 北京市 朝阳区 某路 1号,9.90",
    ].join("\r\n");
    const table = await readImportFile(utf8(csv), "orders.csv");
    expect(table.headers).toEqual(["订单编号", "收货地区", "买家实际支付金额"]);
    expect(table.droppedColumns).toEqual(["买家会员名", "联系手机"]);
    expect(table.rows).toEqual([
      ["1001", "浙江省 杭州市", "23.80"],
      ["1002", "北京市 北京市", "9.90"],
    ]);
    expect(table.rowNumbers).toEqual([2, 4]);
    const everything = JSON.stringify(table);
    for (const secret of ["tb_buyer", "1380000", "1390000", "文三路", "朝阳区"]) {
      expect(everything).not.toContain(secret);
    }
  });
});
