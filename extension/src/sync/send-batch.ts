import {
  ApiErrorSchema,
  type RecordBatch,
  type RecordBatchResult,
  RecordBatchResultSchema,
} from "@tongshu/shared";
import { parseRetryAfter } from "./backoff.ts";
import { type FetchLike, postJson } from "./post-json.ts";

export type SendOutcome =
  | { kind: "ok"; result: RecordBatchResult }
  /** 413: the batch must be split. */
  | { kind: "too_large"; message: string }
  /** 401: the device token was revoked or is unknown; pairing again is the only fix. */
  | { kind: "unauthenticated"; status: number; message: string }
  /** Worth retrying later as is: no answer, 5xx, 429, or an answer that is not Tongshu's. */
  | { kind: "retry"; status: number | null; message: string; retryAfterMs: number | null }
  /** The server judged these records unacceptable: retrying the same bytes cannot help. */
  | { kind: "refused"; status: number; message: string };

/** Statuses that say nothing about the records themselves, so they never quarantine. */
const NOT_ABOUT_RECORDS = new Set([403, 404, 405, 408, 429]);

/** Server text shown to the user and kept in quarantine: bounded, since it is untrusted. */
export function serverMessage(body: unknown, status: number): string {
  const error = ApiErrorSchema.safeParse(body);
  const text = error.success
    ? `${error.data.error.code}: ${error.data.error.message}`
    : `HTTP ${status}`;
  return text.slice(0, 500);
}

/** POSTs one batch to /api/v1/ingest and sorts the answer into what sync should do next. */
export async function sendBatch(
  fetchFn: FetchLike,
  serverUrl: string,
  token: string,
  batch: RecordBatch,
  now: number,
  timeoutMs: number,
): Promise<SendOutcome> {
  const url = `${serverUrl.replace(/\/+$/, "")}/api/v1/ingest`;
  const answer = await postJson(
    fetchFn,
    url,
    batch,
    { authorization: `Bearer ${token}` },
    timeoutMs,
  );
  if (!answer.ok)
    return { kind: "retry", status: null, message: answer.message, retryAfterMs: null };
  const { status, body } = answer;
  const message = serverMessage(body, status);
  if (status >= 200 && status < 300) {
    const result = RecordBatchResultSchema.safeParse(body);
    if (result.success && result.data.batchId === batch.batchId) {
      return { kind: "ok", result: result.data };
    }
    // A 200 that is not our receipt (a captive portal, a different app): try again later.
    return {
      kind: "retry",
      status,
      message: "unexpected answer: not a Tongshu server?",
      retryAfterMs: null,
    };
  }
  if (status === 413) return { kind: "too_large", message };
  if (status === 401) return { kind: "unauthenticated", status, message };
  const isTongshuError = ApiErrorSchema.safeParse(body).success;
  if (status >= 400 && status < 500 && !NOT_ABOUT_RECORDS.has(status) && isTongshuError) {
    return { kind: "refused", status, message };
  }
  const retryAfterMs = parseRetryAfter(answer.headers.get("retry-after"), now);
  return { kind: "retry", status, message, retryAfterMs };
}
