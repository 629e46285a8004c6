import type { RecordBatchResult } from "@tongshu/shared";
import { ApiRequestError } from "../../api.ts";

/** Rejected records kept for the summary table; the count covers them all. */
export const REJECTED_KEPT = 200;

export interface RejectedInImport {
  /** 1-based batch number, as the progress bar counts. */
  batch: number;
  key: string | null;
  reason: string;
}

/** What the batches sent so far came to (RecordBatchResult summed). */
export interface ImportTotals {
  batches: number;
  records: number;
  batchesDone: number;
  recordsSent: number;
  accepted: number;
  written: number;
  rejectedCount: number;
  rejected: RejectedInImport[];
  duplicateBatches: number;
}

/** Totals before the first batch, for a plan of batches with these record counts. */
export function startTotals(batchRecords: readonly number[]): ImportTotals {
  return {
    batches: batchRecords.length,
    records: batchRecords.reduce((sum, n) => sum + n, 0),
    batchesDone: 0,
    recordsSent: 0,
    accepted: 0,
    written: 0,
    rejectedCount: 0,
    rejected: [],
    duplicateBatches: 0,
  };
}

/** Adds the Worker's answer to one batch of `sent` records. */
export function addBatchResult(
  totals: ImportTotals,
  result: RecordBatchResult,
  sent: number,
): ImportTotals {
  const batch = totals.batchesDone + 1;
  const room = Math.max(0, REJECTED_KEPT - totals.rejected.length);
  return {
    ...totals,
    batchesDone: batch,
    recordsSent: totals.recordsSent + sent,
    accepted: totals.accepted + result.accepted,
    written: totals.written + result.written,
    rejectedCount: totals.rejectedCount + result.rejected.length,
    rejected: [
      ...totals.rejected,
      ...result.rejected.slice(0, room).map((r) => ({ batch, key: r.key, reason: r.reason })),
    ],
    duplicateBatches: totals.duplicateBatches + (result.duplicate ? 1 : 0),
  };
}

/** The progress bar's fill, 0–100, by batches done (a plan with no batches is complete). */
export function progressPercent(totals: Pick<ImportTotals, "batches" | "batchesDone">): number {
  if (totals.batches === 0) return 100;
  return Math.round((Math.min(totals.batchesDone, totals.batches) / totals.batches) * 100);
}

/** The summary's figures: accepted records that were already stored count as unchanged. */
export function importOutcome(totals: ImportTotals): {
  written: number;
  unchanged: number;
  rejected: number;
  duplicate: "all" | "some" | "none";
} {
  const duplicate =
    totals.duplicateBatches === 0
      ? "none"
      : totals.duplicateBatches === totals.batchesDone && totals.batchesDone === totals.batches
        ? "all"
        : "some";
  return {
    written: totals.written,
    unchanged: Math.max(0, totals.accepted - totals.written),
    rejected: totals.rejectedCount,
    duplicate,
  };
}

/** Attempts per batch: a batch id makes a resend harmless, so a blip is retried. */
export const BATCH_ATTEMPTS = 3;

/** Is a failed batch worth sending again? Network loss, rate limits and server errors are. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiRequestError)) return false;
  return error.code === "network_error" || error.status === 429 || error.status >= 500;
}

/** The wait before attempt `attempt` (2, 3 …): the server's Retry-After, else 1 s, 2 s … */
export function retryDelayMs(error: unknown, attempt: number): number {
  if (error instanceof ApiRequestError && error.retryAfterSeconds !== null) {
    return Math.min(error.retryAfterSeconds, 30) * 1000;
  }
  return (attempt - 1) * 1000;
}
