import { RECORD_KINDS, RecordKindSchema } from "@tongshu/shared";
import { Hono } from "hono";
import * as z from "zod";
import type { AppEnv } from "../env.ts";
import { readQuery } from "../lib/read-query.ts";
import { requireMember } from "../middleware/session.ts";
import { qualityReport } from "../quality/quality-report.ts";
import { qualitySummary } from "../quality/quality-summary.ts";
import { readReportFilter } from "../reports/filter.ts";

/** `kinds=order,traffic`: the record kinds a report page states freshness for (none: all). */
const SummaryQuerySchema = z.object({
  kinds: z
    .string()
    .transform((s) => s.split(",").filter((x) => x.length > 0))
    .pipe(z.array(RecordKindSchema).max(RECORD_KINDS.length * 2))
    .optional(),
});

/**
 * GET /api/v1/quality (the 数据质量 page) and /quality/summary (what every report states about
 * its range). Any member may read; the report filter applies, narrowed to the member's shops.
 */
export const quality = new Hono<AppEnv>()
  .use(requireMember)
  .get("/", async (c) => c.json(await qualityReport(c.env.DB, readReportFilter(c))))
  .get("/summary", async (c) => {
    const filter = readReportFilter(c);
    const asked = readQuery(c, SummaryQuerySchema).kinds ?? [];
    // In the canonical order, each once.
    const kinds = RECORD_KINDS.filter((k) => asked.length === 0 || asked.includes(k));
    return c.json(await qualitySummary(c.env.DB, filter, kinds));
  });
