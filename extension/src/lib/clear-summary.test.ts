import { describe, expect, it } from "vitest";
import type { CapturedCounts } from "../db/local-data.ts";
import { describeClear, totalRows } from "./clear-summary.ts";
import { translate } from "./i18n.ts";

const counts: CapturedCounts = {
  orders: 1200,
  skus: 0,
  traffic: 14,
  ads: 0,
  refunds: 3,
  settlements: 0,
  outbox: 40,
  quarantine: 0,
  shops: 2,
  captureLog: 9,
};

describe("describeClear", () => {
  it("names every non-empty part in plain words", () => {
    const lines = describeClear(counts, (key) => translate("zh-CN", key)).map((line) =>
      translate("zh-CN", line.key, line.params),
    );
    expect(lines).toEqual([
      "订单：1,200 条",
      "流量：14 条",
      "退款：3 条",
      "其中 40 条尚未同步，删除后不会再发送到服务器",
      "2 个店铺的名称和最近采集时间",
      "9 条采集日志（包括失败数据）",
    ]);
  });

  it("names nothing for an empty store", () => {
    const empty = Object.fromEntries(Object.keys(counts).map((k) => [k, 0])) as CapturedCounts;
    expect(describeClear(empty, (key) => key)).toEqual([]);
    expect(totalRows(empty)).toBe(0);
    expect(totalRows(counts)).toBe(1268);
  });
});
