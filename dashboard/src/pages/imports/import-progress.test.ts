import type { RecordBatchResult } from "@tongshu/shared";
import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../api.ts";
import {
  addBatchResult,
  importOutcome,
  isRetryable,
  progressPercent,
  REJECTED_KEPT,
  retryDelayMs,
  startTotals,
} from "./import-progress.ts";

const result = (over: Partial<RecordBatchResult>): RecordBatchResult => ({
  batchId: "imp-x-0",
  accepted: 0,
  written: 0,
  rejected: [],
  duplicate: false,
  ...over,
});

describe("import totals", () => {
  it("adds each batch's answer", () => {
    let totals = startTotals([500, 500, 120]);
    expect(totals).toMatchObject({ batches: 3, records: 1120, batchesDone: 0 });
    expect(progressPercent(totals)).toBe(0);
    totals = addBatchResult(
      totals,
      result({
        accepted: 498,
        written: 300,
        rejected: [
          { index: 4, key: "order|taobao|s1|9", reason: "paidFen: too small" },
          { index: 7, key: null, reason: "bad" },
        ],
      }),
      500,
    );
    totals = addBatchResult(totals, result({ accepted: 500, written: 0, duplicate: true }), 500);
    expect(totals).toMatchObject({
      batchesDone: 2,
      recordsSent: 1000,
      accepted: 998,
      written: 300,
      rejectedCount: 2,
      duplicateBatches: 1,
    });
    expect(totals.rejected).toEqual([
      { batch: 1, key: "order|taobao|s1|9", reason: "paidFen: too small" },
      { batch: 1, key: null, reason: "bad" },
    ]);
    // 2 of 3 batches: 66.7 → 67.
    expect(progressPercent(totals)).toBe(67);
    // 998 accepted − 300 written = 698 already stored; one of two batches was a duplicate.
    expect(importOutcome(totals)).toEqual({
      written: 300,
      unchanged: 698,
      rejected: 2,
      duplicate: "some",
    });
  });

  it("calls a file whose every batch was seen before a duplicate", () => {
    let totals = startTotals([3, 2]);
    totals = addBatchResult(totals, result({ accepted: 3, duplicate: true }), 3);
    totals = addBatchResult(totals, result({ accepted: 2, duplicate: true }), 2);
    expect(importOutcome(totals)).toEqual({
      written: 0,
      unchanged: 5,
      rejected: 0,
      duplicate: "all",
    });
    expect(progressPercent(totals)).toBe(100);
    expect(progressPercent(startTotals([]))).toBe(100);
  });

  it("keeps a bounded list of rejected records but counts them all", () => {
    const many = Array.from({ length: REJECTED_KEPT + 5 }, (_, index) => ({
      index,
      key: null,
      reason: "x",
    }));
    const totals = addBatchResult(startTotals([300]), result({ rejected: many }), 300);
    expect(totals.rejected).toHaveLength(REJECTED_KEPT);
    expect(totals.rejectedCount).toBe(REJECTED_KEPT + 5);
  });
});

describe("batch retries", () => {
  it("retries network loss, rate limits and server errors only", () => {
    expect(isRetryable(new ApiRequestError(0, "network_error", "offline"))).toBe(true);
    expect(isRetryable(new ApiRequestError(503, "http_error", "HTTP 503"))).toBe(true);
    expect(isRetryable(new ApiRequestError(429, "rate_limited", "slow down", undefined, 5))).toBe(
      true,
    );
    expect(isRetryable(new ApiRequestError(409, "import_finished", "done"))).toBe(false);
    expect(isRetryable(new ApiRequestError(400, "invalid_request", "bad"))).toBe(false);
    expect(isRetryable(new Error("boom"))).toBe(false);
  });

  it("waits as the server asks, else a second more each time", () => {
    expect(retryDelayMs(new ApiRequestError(429, "rate_limited", "", undefined, 5), 2)).toBe(5000);
    expect(retryDelayMs(new ApiRequestError(429, "rate_limited", "", undefined, 600), 2)).toBe(
      30_000,
    );
    expect(retryDelayMs(new ApiRequestError(0, "network_error", ""), 2)).toBe(1000);
    expect(retryDelayMs(new ApiRequestError(0, "network_error", ""), 3)).toBe(2000);
  });
});
