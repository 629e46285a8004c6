import type { ImportIssue } from "@tongshu/shared/imports/index";
import { describe, expect, it } from "vitest";
import { CATALOGUES, translate } from "../../i18n/translate.ts";
import { failureMessage, issueReason, issuesCsv, issuesFileName } from "./import-issues.ts";

const zh = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(CATALOGUES["zh-CN"], key, params);
const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
  translate(CATALOGUES.en, key, params);

const issue = (over: Partial<ImportIssue>): ImportIssue => ({
  row: 7,
  column: "买家实际支付金额",
  code: "bad_money",
  value: "abc",
  message: "",
  ...over,
});

const worded = (i: ImportIssue, t = zh) => {
  const reason = issueReason(i);
  return t(reason.key, reason.params);
};

describe("issueReason", () => {
  it("words each code with its column and value", () => {
    expect(worded(issue({}))).toBe("「买家实际支付金额」不是金额：abc");
    expect(worded(issue({}), en)).toBe("“买家实际支付金额” is not an amount: abc");
    expect(worded(issue({ code: "missing_value", column: "订单编号", value: "" }))).toBe(
      "「订单编号」为空",
    );
    expect(worded(issue({ code: "bad_number", column: "购买数量", value: "1.5" }))).toBe(
      "「购买数量」不是整数：1.5",
    );
    expect(worded(issue({ code: "bad_date", column: "付款时间", value: "昨天" }))).toBe(
      "「付款时间」不是日期：昨天",
    );
    expect(worded(issue({ code: "bad_status", column: "订单状态", value: "神秘" }))).toBe(
      "「订单状态」是无法识别的状态：神秘",
    );
    expect(worded(issue({ code: "bad_id", column: "订单编号", value: "12 34" }))).toBe(
      "「订单编号」不是有效的编号：12 34",
    );
  });

  it("explains an id Excel turned into scientific notation", () => {
    expect(issueReason(issue({ code: "bad_id", value: "3.30667E+18" })).key).toBe(
      "imports.issue.bad_id_scientific",
    );
    expect(issueReason(issue({ code: "bad_id", value: '="1.2E+17"' })).key).toBe(
      "imports.issue.bad_id_scientific",
    );
  });

  it("words row-level issues without a column", () => {
    expect(worded(issue({ code: "inconsistent", column: null, value: null }))).toBe(
      "与同一订单的其他行不一致，或合计对不上",
    );
    expect(worded(issue({ code: "inconsistent", column: "订单金额", value: "10.00" }))).toBe(
      "「订单金额」与同一订单的其他行不一致，或合计对不上：10.00",
    );
    expect(
      worded(
        issue({ code: "invalid_record", column: null, value: null, message: "paidFen: too small" }),
      ),
    ).toBe("生成的记录未通过校验（paidFen: too small）");
  });
});

describe("issuesCsv", () => {
  it("writes every issue with its reason and defuses formulas from the file", () => {
    const csv = issuesCsv(
      [issue({}), issue({ row: 9, code: "bad_id", column: "订单编号", value: "=HYPERLINK(1)" })],
      zh,
    );
    expect(csv).toBe(
      "\uFEFF行,列,值,原因\r\n" +
        "7,买家实际支付金额,abc,「买家实际支付金额」不是金额：abc\r\n" +
        "9,订单编号,'=HYPERLINK(1),「订单编号」不是有效的编号：=HYPERLINK(1)\r\n",
    );
  });

  it("names the download after the export", () => {
    expect(issuesFileName("订单导出.xlsx", "问题")).toBe("订单导出-问题.csv");
    expect(issuesFileName(".csv", "problems")).toBe("import-problems.csv");
  });
});

describe("failureMessage", () => {
  it("words unreadable files by code and passes other failures on", () => {
    expect(failureMessage({ kind: "unreadable", code: "old_xls" })).toEqual({
      key: "imports.unreadable.old_xls",
      params: {},
    });
    const failed = failureMessage({ kind: "failed", message: "out of memory" });
    expect(zh(failed.key, failed.params)).toBe("读取文件时出错：out of memory");
  });
});
