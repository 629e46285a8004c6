import { describe, expect, it } from "vitest";
import {
  DEFAULT_FILTER,
  filterRange,
  parseReportFilter,
  reportApiQuery,
  reportFilterSearch,
} from "./report-filter.ts";

describe("parseReportFilter", () => {
  it("defaults to 近7天 with no platform or shop", () => {
    expect(parseReportFilter("")).toEqual(DEFAULT_FILTER);
  });
  it("reads a custom range, platforms and shops", () => {
    expect(
      parseReportFilter("?from=2026-11-01&to=2026-11-11&platform=jd,pdd&shop=taobao:57300001"),
    ).toEqual({
      preset: "custom",
      range: { from: "2026-11-01", to: "2026-11-11" },
      platforms: ["jd", "pdd"],
      shops: ["taobao:57300001"],
    });
  });
  it("reads a preset and ignores junk", () => {
    expect(parseReportFilter("?preset=lastMonth&platform=amazon,jd&shop=nope")).toEqual({
      ...DEFAULT_FILTER,
      preset: "lastMonth",
      platforms: ["jd"],
    });
    expect(parseReportFilter("?from=2026-11-11&to=2026-11-01").preset).toBe("last7");
    expect(parseReportFilter("?preset=forever").preset).toBe("last7");
  });
});

describe("reportFilterSearch and reportApiQuery", () => {
  const custom = {
    preset: "custom" as const,
    range: { from: "2026-11-01", to: "2026-11-07" },
    platforms: ["taobao" as const],
    shops: ["taobao:1"],
  };
  it("round-trips through the URL", () => {
    const search = reportFilterSearch(custom);
    expect(search).toBe("from=2026-11-01&to=2026-11-07&platform=taobao&shop=taobao:1");
    expect(parseReportFilter(`?${search}`)).toEqual(custom);
  });
  it("leaves the default out of the URL but always sends the API a range", () => {
    expect(reportFilterSearch(DEFAULT_FILTER)).toBe("");
    expect(reportApiQuery(DEFAULT_FILTER)).toBe("preset=last7");
    expect(reportApiQuery(custom)).toBe(
      "from=2026-11-01&to=2026-11-07&platform=taobao&shop=taobao:1",
    );
  });
  it("keeps page-specific parameters", () => {
    expect(reportFilterSearch(DEFAULT_FILTER, { sort: "units", empty: "" })).toBe("sort=units");
  });
});

describe("filterRange", () => {
  it("resolves presets in Beijing time", () => {
    // 2026-11-22 01:00 Beijing = 2026-11-21 17:00 UTC.
    const now = Date.UTC(2026, 10, 21, 17, 0, 0);
    expect(filterRange(DEFAULT_FILTER, now)).toEqual({ from: "2026-11-15", to: "2026-11-21" });
    expect(filterRange({ ...DEFAULT_FILTER, preset: "today" }, now)).toEqual({
      from: "2026-11-22",
      to: "2026-11-22",
    });
  });
});
