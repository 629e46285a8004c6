import {
  ALERT_RULE_IDS,
  type Alert,
  type AlertRuleId,
  type AlertSeverity,
  type AlertState,
  type Platform,
} from "@tongshu/shared";

/** 未处理 (new + seen) is the default view: what still needs someone. */
export const STATE_FILTERS = ["open", "new", "seen", "resolved", "all"] as const;
export type StateFilter = (typeof STATE_FILTERS)[number];
export const SEVERITIES: readonly AlertSeverity[] = ["urgent", "warning", "info"];
export type SeverityFilter = AlertSeverity | "all";
export type RuleFilter = AlertRuleId | "all";

export interface AlertFilter {
  state: StateFilter;
  severity: SeverityFilter;
  rule: RuleFilter;
  platforms: Platform[];
  /** "platform:shopId" */
  shops: string[];
}

const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T =>
  (list as readonly string[]).includes(value) ? (value as T) : fallback;

/** The filter from URL values; anything unknown falls back to the default (open, all, all). */
export function readAlertFilter(
  raw: { state: string; severity: string; rule: string },
  scope: { platforms: Platform[]; shops: string[] },
): AlertFilter {
  return {
    state: oneOf(STATE_FILTERS, raw.state, "open"),
    severity: oneOf<SeverityFilter>([...SEVERITIES, "all"], raw.severity, "all"),
    rule: oneOf<RuleFilter>([...ALERT_RULE_IDS, "all"], raw.rule, "all"),
    platforms: scope.platforms,
    shops: scope.shops,
  };
}

const STATES_OF: Record<StateFilter, AlertState[]> = {
  open: ["new", "seen"],
  new: ["new"],
  seen: ["seen"],
  resolved: ["resolved"],
  all: [],
};

/**
 * The list API's query for a filter, without paging (the CSV export uses it as is). Severity is
 * not an API filter: the page filters the loaded rows by it.
 */
export function alertApiQuery(filter: AlertFilter): string {
  const params = new URLSearchParams();
  const states = STATES_OF[filter.state];
  if (states.length > 0) params.set("state", states.join(","));
  if (filter.rule !== "all") params.set("rule", filter.rule);
  if (filter.platforms.length > 0) params.set("platform", filter.platforms.join(","));
  if (filter.shops.length > 0) params.set("shop", filter.shops.join(","));
  return params.toString().replaceAll("%2C", ",").replaceAll("%3A", ":");
}

/** One page of the list: `limit` rows from `offset`. */
export function alertPageQuery(filter: AlertFilter, offset: number, limit: number): string {
  const base = alertApiQuery(filter);
  return `${base}${base ? "&" : ""}limit=${limit}&offset=${offset}`;
}

export function matchesSeverity(alert: Alert, severity: SeverityFilter): boolean {
  return severity === "all" || alert.severity === severity;
}

/** Alerts per severity among `alerts`. */
export function severityCounts(alerts: readonly Alert[]): Record<AlertSeverity, number> {
  const counts = { urgent: 0, warning: 0, info: 0 };
  for (const a of alerts) counts[a.severity] += 1;
  return counts;
}

/** The API's counts per state after one alert moved from `from` to `to` (no refetch needed). */
export function moveStateCount(
  counts: Record<AlertState, number>,
  from: AlertState,
  to: AlertState,
): Record<AlertState, number> {
  if (from === to) return counts;
  return { ...counts, [from]: Math.max(0, counts[from] - 1), [to]: counts[to] + 1 };
}
