import { isRecord } from "./is-record.ts";

/**
 * Runtime messages between extension pages and the service worker. Every message is
 * untrusted until parsed here: anything that does not match exactly is ignored.
 */

export interface StatusRequest {
  type: "status";
}

export type ExtensionRequest = StatusRequest;

/** What the popup shows. Pairing arrives with the sync module: `paired` stays false until then. */
export interface StatusResponse {
  version: string;
  installedAt: number | null;
  paired: false;
  captureEnabled: boolean;
  /** Records in the local store, over all kinds and shops. */
  storedRecords: number;
  lastCaptureAt: number | null;
  /** Failed captures still in the log (their envelopes can be exported). */
  failedCaptures: number;
}

export interface ErrorResponse {
  error: { code: string; message: string };
}

/** Narrows an incoming message to a known request, or null. */
export function parseRequest(value: unknown): ExtensionRequest | null {
  if (!isRecord(value)) return null;
  if (value.type === "status" && Object.keys(value).length === 1) return { type: "status" };
  return null;
}

/** Narrows the service worker's answer to a status, or null (an error or a stray value). */
export function parseStatusResponse(value: unknown): StatusResponse | null {
  if (!isRecord(value)) return null;
  const {
    version,
    installedAt,
    paired,
    captureEnabled,
    storedRecords,
    lastCaptureAt,
    failedCaptures,
  } = value;
  if (typeof version !== "string" || version === "") return null;
  const isInstant = (v: unknown) => v === null || (typeof v === "number" && Number.isInteger(v));
  const isCount = (v: unknown): v is number =>
    typeof v === "number" && Number.isInteger(v) && v >= 0;
  if (!isInstant(installedAt) || !isInstant(lastCaptureAt)) return null;
  if (paired !== false || typeof captureEnabled !== "boolean") return null;
  if (!isCount(storedRecords) || !isCount(failedCaptures)) return null;
  return {
    version,
    installedAt: installedAt as number | null,
    paired,
    captureEnabled,
    storedRecords,
    lastCaptureAt: lastCaptureAt as number | null,
    failedCaptures,
  };
}
