import { isRecord } from "./is-record.ts";
import { parseServerUrl } from "./server-url.ts";

export type { StatusResponse, SyncStatus } from "./status-response.ts";
export { parseStatusResponse } from "./status-response.ts";

/**
 * Runtime messages between extension pages and the service worker. Every message is
 * untrusted until parsed here: anything that does not match exactly is ignored.
 */

export interface StatusRequest {
  type: "status";
}

/** The "sync now" button: runs sync at once, ignoring a pending backoff. */
export interface SyncNowRequest {
  type: "sync-now";
}

export interface PairRequestMessage {
  type: "pair";
  serverUrl: string;
  code: string;
  deviceName: string;
}

export interface UnpairRequest {
  type: "unpair";
  /** Only when the user ticked "also clear this browser's data". */
  clearLocalData: boolean;
}

/** Queues quarantined records again (after the server was fixed, say). */
export interface RequeueQuarantineRequest {
  type: "requeue-quarantine";
}

/** The popup's per-shop view (lib/capture-summary.ts). */
export interface CaptureSummaryRequest {
  type: "capture-summary";
}

/** Deletes everything captured, keeping pairing and settings (db/local-data.ts). */
export interface ClearLocalDataRequest {
  type: "clear-local-data";
}

export type ExtensionRequest =
  | StatusRequest
  | SyncNowRequest
  | PairRequestMessage
  | UnpairRequest
  | RequeueQuarantineRequest
  | CaptureSummaryRequest
  | ClearLocalDataRequest;

export type PairError =
  | "invalid_code"
  | "unreachable"
  | "not_tongshu"
  | "rate_limited"
  | "server_error";
export const PAIR_ERRORS: readonly PairError[] = [
  "invalid_code",
  "unreachable",
  "not_tongshu",
  "rate_limited",
  "server_error",
];

export type PairReply =
  | { ok: true; workspaceName: string }
  | { ok: false; error: PairError; message: string };

export interface ErrorResponse {
  error: { code: string; message: string };
}

const hasKeys = (value: Record<string, unknown>, keys: string[]) =>
  Object.keys(value).length === keys.length && keys.every((k) => Object.hasOwn(value, k));

/** Narrows an incoming message to a known request, or null. */
export function parseRequest(value: unknown): ExtensionRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case "status":
    case "sync-now":
    case "requeue-quarantine":
    case "capture-summary":
    case "clear-local-data":
      return hasKeys(value, ["type"]) ? { type: value.type } : null;
    case "unpair":
      return hasKeys(value, ["type", "clearLocalData"]) && typeof value.clearLocalData === "boolean"
        ? { type: "unpair", clearLocalData: value.clearLocalData }
        : null;
    case "pair": {
      const { serverUrl, code, deviceName } = value;
      if (!hasKeys(value, ["type", "serverUrl", "code", "deviceName"])) return null;
      if (typeof serverUrl !== "string" || typeof code !== "string") return null;
      if (typeof deviceName !== "string" || deviceName.trim() === "") return null;
      if (code.length > 32 || deviceName.length > 100) return null;
      const server = parseServerUrl(serverUrl);
      if (!server.ok || server.url !== serverUrl) return null;
      return { type: "pair", serverUrl, code, deviceName };
    }
    default:
      return null;
  }
}

/** Narrows the service worker's answer to a pairing request, or null. */
export function parsePairReply(value: unknown): PairReply | null {
  if (!isRecord(value)) return null;
  if (value.ok === true && typeof value.workspaceName === "string") {
    return { ok: true, workspaceName: value.workspaceName };
  }
  const error = PAIR_ERRORS.find((e) => e === value.error);
  if (value.ok === false && error !== undefined && typeof value.message === "string") {
    return { ok: false, error, message: value.message };
  }
  return null;
}

/** True when the service worker confirmed an action ({ ok: true }). */
export function isOkReply(value: unknown): boolean {
  return isRecord(value) && value.ok === true;
}

/** Narrows the answer to "clear-local-data": how many rows each table held, or null. */
export function parseClearReply(value: unknown): Record<string, number> | null {
  if (!isRecord(value) || value.ok !== true || !isRecord(value.deleted)) return null;
  const deleted: Record<string, number> = {};
  for (const [table, count] of Object.entries(value.deleted)) {
    if (typeof count !== "number" || !Number.isSafeInteger(count) || count < 0) return null;
    deleted[table] = count;
  }
  return deleted;
}
