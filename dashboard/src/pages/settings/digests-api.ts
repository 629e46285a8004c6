import {
  type CreateDigestRequest,
  type DigestListResponse,
  DigestListResponseSchema,
  DigestResponseSchema,
  type DigestSend,
  DigestSendsResponseSchema,
  type DigestSubscription,
  SendDigestResponseSchema,
  type UpdateDigestRequest,
} from "@tongshu/shared";
import { ApiRequestError, readApiError, requestJson } from "../../api.ts";

const BASE = "/api/v1/settings/digests";
const at = (id: string, rest = "") => `${BASE}/${encodeURIComponent(id)}${rest}`;

/** GET /settings/digests: the schedules the caller may see, how mail goes out, failed sends. */
export function getDigests(signal?: AbortSignal): Promise<DigestListResponse> {
  return requestJson(BASE, DigestListResponseSchema, { signal });
}

/** POST /settings/digests: 201; 409 `conflict` when that address already has a schedule. */
export async function createDigest(body: CreateDigestRequest): Promise<DigestSubscription> {
  return (await requestJson(BASE, DigestResponseSchema, { method: "POST", body })).subscription;
}

/** PATCH /settings/digests/:id (`resubscribe: true` clears an unsubscribe). */
export async function updateDigest(
  id: string,
  body: UpdateDigestRequest,
): Promise<DigestSubscription> {
  return (await requestJson(at(id), DigestResponseSchema, { method: "PATCH", body })).subscription;
}

/** DELETE /settings/digests/:id: 204, so no body to parse (requestJson would reject it). */
export async function deleteDigest(id: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(at(id), {
      method: "DELETE",
      headers: { accept: "application/json" },
      credentials: "include",
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiRequestError(0, "network_error", message);
  }
  if (!response.ok) throw await readApiError(response);
}

/** POST /settings/digests/:id/send: the latest complete period now; 429 within a minute. */
export async function sendDigestNow(id: string): Promise<DigestSend> {
  return (
    await requestJson(at(id, "/send"), SendDigestResponseSchema, { method: "POST", body: {} })
  ).send;
}

/** GET /settings/digests/:id/sends: the schedule's send history, newest first. */
export async function getDigestSends(id: string, signal?: AbortSignal): Promise<DigestSend[]> {
  return (await requestJson(at(id, "/sends"), DigestSendsResponseSchema, { signal })).sends;
}
