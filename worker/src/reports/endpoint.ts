import type { Context } from "hono";
import type * as z from "zod";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../lib/errors.ts";
import { readQuery } from "../lib/read-query.ts";
import { type CsvTable, csvResponse } from "./csv.ts";
import { type ReportFilter, readReportFilter } from "./filter.ts";

/** One report: its query, its spreadsheet export, and who may run it. */
export interface ReportDefinition<R, O = Record<string, never>> {
  /** Report-specific query parameters beyond the common filter (validated, 422 when wrong). */
  options?: z.ZodType<O>;
  run: (db: D1Database, filter: ReportFilter, options: O) => Promise<R>;
  // biome-ignore lint/suspicious/noExplicitAny: each report exports its own row type.
  csv: (report: R, filter: ReportFilter) => CsvTable<any>;
  /** Profit and anything built on costs: only members allowed to see costs. */
  needsCosts?: boolean;
}

/** The GET handler of a report: JSON by default, CSV (UTF-8 with BOM) with `format=csv`. */
export function reportHandler<R, O>(definition: ReportDefinition<R, O>) {
  return async (c: Context<AppEnv>) => {
    const filter = readReportFilter(c);
    if (definition.needsCosts && !filter.canSeeCosts)
      throw new ApiError(
        "forbidden",
        "This report shows costs and profit, which your role may not see.",
        403,
      );
    const options = (definition.options ? readQuery(c, definition.options) : {}) as O;
    const report = await definition.run(c.env.DB, filter, options);
    if (filter.query.format === "csv")
      return csvResponse(definition.csv(report, filter), filter.query.lang);
    return c.json(report);
  };
}
