import {
  type QualityReport,
  QualityReportSchema,
  type QualitySummary,
  QualitySummarySchema,
  type RecordKind,
} from "@tongshu/shared";
import { requestJson } from "../../api.ts";

// Getters only (no page code), so the freshness line every report shows can import this file
// without pulling the 数据质量 page into the first bundle.

/** GET /api/v1/quality?<report filter>: freshness per shop and every check's findings. */
export const getQualityReport = (query: string, signal?: AbortSignal): Promise<QualityReport> =>
  requestJson(`/api/v1/quality?${query}`, QualityReportSchema, { signal });

/** GET /api/v1/quality/summary?<report filter>&kinds=…: the freshness line of a report page. */
export const getQualitySummary = (
  query: string,
  kinds: readonly RecordKind[],
  signal?: AbortSignal,
): Promise<QualitySummary> =>
  requestJson(`/api/v1/quality/summary?${query}&kinds=${kinds.join(",")}`, QualitySummarySchema, {
    signal,
  });
