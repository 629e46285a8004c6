import type { Alert } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import {
  alertApiQuery,
  alertPageQuery,
  matchesSeverity,
  moveStateCount,
  readAlertFilter,
  severityCounts,
} from "./alert-filters.ts";

const noScope = { platforms: [], shops: [] };

describe("readAlertFilter", () => {
  it("defaults to open alerts of every severity and rule", () => {
    expect(readAlertFilter({ state: "", severity: "", rule: "" }, noScope)).toEqual({
      state: "open",
      severity: "all",
      rule: "all",
      platforms: [],
      shops: [],
    });
  });

  it("keeps known values and drops unknown ones", () => {
    const filter = readAlertFilter(
      { state: "resolved", severity: "urgent", rule: "low_stock" },
      { platforms: ["jd"], shops: ["jd:1"] },
    );
    expect(filter).toMatchObject({ state: "resolved", severity: "urgent", rule: "low_stock" });
    expect(
      readAlertFilter({ state: "x", severity: "loud", rule: "drop table" }, noScope),
    ).toMatchObject({ state: "open", severity: "all", rule: "all" });
  });
});

describe("alertApiQuery", () => {
  it("asks for new and seen when the view is open", () => {
    const filter = readAlertFilter({ state: "open", severity: "all", rule: "all" }, noScope);
    expect(alertApiQuery(filter)).toBe("state=new,seen");
    expect(alertPageQuery(filter, 50, 50)).toBe("state=new,seen&limit=50&offset=50");
  });

  it("adds rule, platforms and shops readably, and no state for all", () => {
    const filter = readAlertFilter(
      { state: "all", severity: "urgent", rule: "sales_drop" },
      { platforms: ["jd", "pdd"], shops: ["jd:11258196"] },
    );
    expect(alertApiQuery(filter)).toBe("rule=sales_drop&platform=jd,pdd&shop=jd:11258196");
    const none = readAlertFilter({ state: "all", severity: "all", rule: "all" }, noScope);
    expect(alertPageQuery(none, 0, 50)).toBe("limit=50&offset=0");
  });
});

describe("severity and state counts", () => {
  const alert = (severity: Alert["severity"]) => ({ severity }) as Alert;
  const alerts = [alert("urgent"), alert("warning"), alert("urgent")];

  it("counts and filters by severity", () => {
    expect(severityCounts(alerts)).toEqual({ urgent: 2, warning: 1, info: 0 });
    expect(alerts.filter((a) => matchesSeverity(a, "urgent"))).toHaveLength(2);
    expect(alerts.filter((a) => matchesSeverity(a, "all"))).toHaveLength(3);
  });

  it("moves one alert between state counts without going below zero", () => {
    const counts = { new: 2, seen: 0, resolved: 5 };
    expect(moveStateCount(counts, "new", "resolved")).toEqual({ new: 1, seen: 0, resolved: 6 });
    expect(moveStateCount(counts, "seen", "new")).toEqual({ new: 3, seen: 0, resolved: 5 });
    expect(moveStateCount(counts, "new", "new")).toBe(counts);
  });
});
