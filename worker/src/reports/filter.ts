import {
  type DateRange,
  dateRange,
  type Platform,
  previousPeriod,
  type ReportMeta,
  type ReportQuery,
  ReportQuerySchema,
  rangeLength,
  resolveDatePreset,
  samePeriodLastYear,
  toBusinessDate,
} from "@tongshu/shared";
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";
import { readQuery } from "../lib/read-query.ts";

/** Longest range a report answers (two years of days): keeps every query bounded. */
export const MAX_RANGE_DAYS = 731;

/** The question a report answers, already narrowed to what the caller may see. */
export interface ReportFilter {
  workspaceId: string;
  range: DateRange;
  previous: DateRange;
  lastYear: DateRange;
  platforms: Platform[] | null;
  /** "platform:shopId" keys: the requested shops within the member's scope; null = all. */
  shops: string[] | null;
  canSeeCosts: boolean;
  now: number;
  today: string;
  query: ReportQuery;
}

/** Builds the filter from a request's query string and the caller's session. */
export function readReportFilter(c: Context<AppEnv>, now = Date.now()): ReportFilter {
  const query = readQuery(c, ReportQuerySchema);
  const { member, workspace, shopScope } = c.get("auth");
  return buildReportFilter(query, {
    workspaceId: workspace.id,
    shopScope,
    canSeeCosts: member.canSeeCosts,
    now,
  });
}

export function buildReportFilter(
  query: ReportQuery,
  caller: { workspaceId: string; shopScope: string[] | null; canSeeCosts: boolean; now: number },
): ReportFilter {
  const range = resolveRange(query, caller.now);
  const requested = query.shop && query.shop.length > 0 ? query.shop : null;
  const scope = caller.shopScope;
  // A member limited to some shops sees only those, whatever the URL asks for.
  const shops =
    scope === null
      ? requested
      : requested === null
        ? scope
        : requested.filter((s) => scope.includes(s));
  return {
    workspaceId: caller.workspaceId,
    range,
    previous: previousPeriod(range),
    lastYear: samePeriodLastYear(range),
    platforms: query.platform && query.platform.length > 0 ? query.platform : null,
    shops,
    canSeeCosts: caller.canSeeCosts,
    now: caller.now,
    today: toBusinessDate(caller.now),
    query,
  };
}

function resolveRange(query: ReportQuery, now: number): DateRange {
  if (query.from || query.to) {
    if (!query.from || !query.to)
      throw new ApiError("validation_failed", "Give both from and to, or a preset.", 422);
    if (query.from > query.to)
      throw new ApiError("validation_failed", "The range ends before it starts.", 422);
    const range = dateRange(query.from, query.to);
    if (rangeLength(range) > MAX_RANGE_DAYS)
      throw new ApiError("validation_failed", `A range is at most ${MAX_RANGE_DAYS} days.`, 422);
    return range;
  }
  return resolveDatePreset(query.preset ?? "last7", now);
}

/** The filter's description for the response. */
export function reportMeta(filter: ReportFilter): ReportMeta {
  return {
    range: filter.range,
    previous: filter.previous,
    lastYear: filter.lastYear,
    platforms: filter.platforms,
    shops: filter.shops,
    today: filter.today,
    generatedAt: filter.now,
  };
}

/**
 * The platform and shop conditions for a table aliased `alias` with `platform` and `shop_id`
 * columns, as SQL (starting with " AND") and its bound values.
 */
export function shopCondition(
  filter: Pick<ReportFilter, "platforms" | "shops">,
  alias: string,
): { sql: string; params: string[] } {
  let sql = "";
  const params: string[] = [];
  if (filter.platforms) {
    sql += ` AND ${alias}.platform IN (${filter.platforms.map(() => "?").join(", ")})`;
    params.push(...filter.platforms);
  }
  if (filter.shops) {
    if (filter.shops.length === 0) return { sql: " AND 0", params: [] };
    sql += ` AND (${alias}.platform || ':' || ${alias}.shop_id) IN (${filter.shops.map(() => "?").join(", ")})`;
    params.push(...filter.shops);
  }
  return { sql, params };
}

/** "platform:shopId", the key shop filters and scopes use. */
export const shopKey = (platform: string, shopId: string) => `${platform}:${shopId}`;
