import { describe, expect, it } from "vitest";
import { costsInMonth, monthsOf, scopeOf } from "./other-costs-helpers.ts";

describe("scopeOf", () => {
  it("turns the scope choice into request fields", () => {
    expect(scopeOf("")).toEqual({});
    expect(scopeOf("jd")).toEqual({ platform: "jd" });
    expect(scopeOf("taobao:57300001")).toEqual({ platform: "taobao", shopId: "57300001" });
  });
});

describe("months and totals", () => {
  const costs = [
    { date: "2026-07-01", amountFen: 800_000, createdAt: 1 },
    { date: "2026-08-01", amountFen: 150_000, createdAt: 2 },
    { date: "2026-08-01", amountFen: 1_200_000, createdAt: 3 },
    { date: "2026-08-15", amountFen: 99, createdAt: 4 },
  ];

  it("lists months newest first", () => {
    expect(monthsOf(costs)).toEqual(["2026-08", "2026-07"]);
  });

  it("filters a month, newest day (then newest entry) first, and adds it up in fen", () => {
    const august = costsInMonth(costs, "2026-08");
    expect(august.rows.map((c) => c.createdAt)).toEqual([4, 3, 2]);
    expect(august.totalFen).toBe(1_350_099);
    expect(costsInMonth(costs, "").totalFen).toBe(2_150_099);
    expect(costsInMonth(costs, "2026-09")).toEqual({ rows: [], totalFen: 0 });
  });
});
