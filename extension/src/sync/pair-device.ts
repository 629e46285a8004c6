import {
  ApiErrorSchema,
  type PairResponse,
  PairRequestSchema,
  PairResponseSchema,
} from "@tongshu/shared";
import type { PairError } from "../lib/messages.ts";
import { type FetchLike, postJson, REQUEST_TIMEOUT_MS } from "./post-json.ts";

export type { PairError };

export type PairOutcome =
  | { ok: true; pairing: PairResponse }
  | { ok: false; error: PairError; message: string };

/**
 * Reads what a user typed as a pairing code: "ABCD-EFGH", "abcd efgh" and "abcdefgh" are the
 * same code. Null when it cannot be one (8 characters of the server's unambiguous alphabet).
 */
export function normalizePairingCode(input: string): string | null {
  const code = PairRequestSchema.shape.code.safeParse(input);
  return code.success ? code.data : null;
}

/** "ABCDEFGH" → "ABCD-EFGH", the way the dashboard shows it. */
export function formatPairingCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** Sorts a refusal: 4xx from Tongshu means the code; anything else is about the server. */
function pairError(status: number, body: unknown): PairOutcome {
  const api = ApiErrorSchema.safeParse(body);
  if (!api.success) return { ok: false, error: "not_tongshu", message: `HTTP ${status}` };
  const message = `${api.data.error.code}: ${api.data.error.message}`.slice(0, 300);
  if (status === 429) return { ok: false, error: "rate_limited", message };
  if (status >= 500) return { ok: false, error: "server_error", message };
  return { ok: false, error: "invalid_code", message };
}

/**
 * POST {server}/api/v1/devices/pair: trades a one-time code for a device token and the
 * workspace's buyer-key secret. The answer is validated; nothing is stored here.
 */
export async function pairDevice(
  fetchFn: FetchLike,
  serverUrl: string,
  code: string,
  deviceName: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<PairOutcome> {
  const request = PairRequestSchema.safeParse({ code, deviceName });
  if (!request.success) return { ok: false, error: "invalid_code", message: "malformed code" };
  const url = `${serverUrl.replace(/\/+$/, "")}/api/v1/devices/pair`;
  const answer = await postJson(fetchFn, url, request.data, {}, timeoutMs);
  if (!answer.ok) return { ok: false, error: "unreachable", message: answer.message };
  if (answer.status < 200 || answer.status >= 300) return pairError(answer.status, answer.body);
  const pairing = PairResponseSchema.safeParse(answer.body);
  if (!pairing.success || pairing.data.token === "" || pairing.data.buyerKeySecret === "") {
    return { ok: false, error: "not_tongshu", message: "unexpected answer" };
  }
  return { ok: true, pairing: pairing.data };
}
