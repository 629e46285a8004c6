import {
  DATE_PRESETS,
  type DatePreset,
  type DateRange,
  isBusinessDate,
  PLATFORMS,
  type Platform,
  resolveDatePreset,
} from "@tongshu/shared";

/** The filter a report page shows, as kept in the URL (?preset=… or ?from=…&to=…, platform, shop). */
export interface ReportFilterState {
  preset: DatePreset | "custom";
  /** Set when preset is "custom". */
  range: DateRange | null;
  platforms: Platform[];
  /** "platform:shopId" */
  shops: string[];
}

export const DEFAULT_PRESET: DatePreset = "last7";
export const DEFAULT_FILTER: ReportFilterState = {
  preset: DEFAULT_PRESET,
  range: null,
  platforms: [],
  shops: [],
};

const SHOP_KEY = /^(taobao|tmall|jd|pdd):[^,]{1,64}$/;

function list(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "")
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

/** Reads the filter from a query string; anything malformed falls back to the default. */
export function parseReportFilter(search: string): ReportFilterState {
  const params = new URLSearchParams(search);
  const from = params.get("from");
  const to = params.get("to");
  const preset = params.get("preset");
  const platforms = list(params, "platform").filter((p): p is Platform =>
    (PLATFORMS as readonly string[]).includes(p),
  );
  const shops = list(params, "shop").filter((s) => SHOP_KEY.test(s));
  if (isBusinessDate(from) && isBusinessDate(to) && from <= to)
    return { preset: "custom", range: { from, to }, platforms, shops };
  const known = (DATE_PRESETS as readonly string[]).includes(preset ?? "");
  return { preset: known ? (preset as DatePreset) : DEFAULT_PRESET, range: null, platforms, shops };
}

/** The query string for a filter (without "?"), defaults left out so plain links stay short. */
export function reportFilterSearch(
  state: ReportFilterState,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (state.preset === "custom" && state.range) {
    params.set("from", state.range.from);
    params.set("to", state.range.to);
  } else if (state.preset !== DEFAULT_PRESET && state.preset !== "custom") {
    params.set("preset", state.preset);
  }
  if (state.platforms.length > 0) params.set("platform", state.platforms.join(","));
  if (state.shops.length > 0) params.set("shop", state.shops.join(","));
  for (const [key, value] of Object.entries(extra)) if (value !== "") params.set(key, value);
  return params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

/** The report API's query string for a filter: always an explicit preset or range. */
export function reportApiQuery(state: ReportFilterState): string {
  const params = new URLSearchParams();
  if (state.preset === "custom" && state.range) {
    params.set("from", state.range.from);
    params.set("to", state.range.to);
  } else {
    params.set("preset", state.preset === "custom" ? DEFAULT_PRESET : state.preset);
  }
  if (state.platforms.length > 0) params.set("platform", state.platforms.join(","));
  if (state.shops.length > 0) params.set("shop", state.shops.join(","));
  return params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

/** The dates a filter covers at `now` (what the page says it shows). */
export function filterRange(state: ReportFilterState, now: number): DateRange {
  if (state.preset === "custom" && state.range) return state.range;
  return resolveDatePreset(state.preset === "custom" ? DEFAULT_PRESET : state.preset, now);
}
