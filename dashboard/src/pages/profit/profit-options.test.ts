import { describe, expect, it } from "vitest";
import {
  MAX_ITEM_ROWS,
  orderPageCount,
  otherParams,
  parseProfitOptions,
  parseProfitTab,
  profitOptionsParams,
  profitOptionsQuery,
} from "./profit-options.ts";

describe("parseProfitOptions", () => {
  it("gives the API defaults for a plain link", () => {
    expect(parseProfitOptions("?preset=lastMonth")).toEqual({
      limit: 200,
      orderPage: 1,
      orderPageSize: 50,
    });
  });
  it("reads valid values and drops malformed or out-of-range ones", () => {
    expect(parseProfitOptions("?orderPage=3&orderPageSize=100&limit=1000")).toEqual({
      limit: 1000,
      orderPage: 3,
      orderPageSize: 100,
    });
    expect(parseProfitOptions("?orderPage=0&orderPageSize=500&limit=abc")).toEqual({
      limit: 200,
      orderPage: 1,
      orderPageSize: 50,
    });
  });
});

describe("profitOptionsQuery / profitOptionsParams", () => {
  it("leaves defaults out of the API query", () => {
    expect(profitOptionsQuery({ limit: 200, orderPage: 1, orderPageSize: 50 })).toBe("");
    expect(profitOptionsQuery({ limit: 200, orderPage: 4, orderPageSize: 20 })).toBe(
      "orderPage=4&orderPageSize=20",
    );
  });
  it("blanks defaults in the URL parameters so they are removed", () => {
    expect(profitOptionsParams({ limit: 1000, orderPage: 1, orderPageSize: 50 })).toEqual({
      limit: "1000",
      orderPage: "",
      orderPageSize: "",
    });
  });
  it("knows the API's row maximum", () => {
    expect(MAX_ITEM_ROWS).toBe(1000);
  });
});

describe("orderPageCount", () => {
  it("rounds up and is at least one", () => {
    expect(orderPageCount(0, 50)).toBe(1);
    expect(orderPageCount(50, 50)).toBe(1);
    expect(orderPageCount(51, 50)).toBe(2);
    expect(orderPageCount(1234, 20)).toBe(62);
  });
});

describe("parseProfitTab / otherParams", () => {
  it("reads a known tab, else the platform table", () => {
    expect(parseProfitTab("?table=orders")).toBe("orders");
    expect(parseProfitTab("?table=nope")).toBe("platforms");
    expect(parseProfitTab("")).toBe("platforms");
  });
  it("keeps page parameters that are neither filter nor report options", () => {
    expect(
      otherParams("?preset=lastMonth&platform=jd&table=skus&orderPage=2&limit=1000&x=1"),
    ).toEqual({ table: "skus", x: "1" });
  });
});
