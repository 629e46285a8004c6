import {
  type AcceptInvitationRequest,
  ApiErrorSchema,
  type AuditLogResponse,
  AuditLogResponseSchema,
  type ChangePasswordRequest,
  CoverageResponseSchema,
  type CreateInvitationRequest,
  type CreateInvitationResponse,
  CreateInvitationResponseSchema,
  type DeviceListResponse,
  DeviceListResponseSchema,
  type InvitationInfoResponse,
  InvitationInfoResponseSchema,
  type LoginRequest,
  type MemberListResponse,
  MemberListResponseSchema,
  type MeResponse,
  MeResponseSchema,
  type PairingCodeResponse,
  PairingCodeResponseSchema,
  type UpdateMemberRequest,
} from "@tongshu/shared";

/**
 * Codes the client reports itself when there is no server error body to read. Server codes
 * (`unauthenticated`, `invalid_credentials`, `rate_limited` …) pass through unchanged.
 */
export type ClientErrorCode = "network_error" | "invalid_response" | "http_error";

/** Any failed API call: the server's `{ error: { code, message } }` or a client-side failure. */
export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    /** From a Retry-After header in seconds, when the server sent one (429). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }
}

/** The part of a zod schema we use; structural so the dashboard needs no zod import of its own. */
interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** Turns a non-2xx response into an ApiRequestError, reading the one error shape when present. */
export async function readApiError(response: Response): Promise<ApiRequestError> {
  const text = await response.text().catch(() => "");
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  const parsed = ApiErrorSchema.safeParse(parseJson(text));
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiRequestError(response.status, code, message, details, retryAfter);
  }
  return new ApiRequestError(
    response.status,
    "http_error",
    `HTTP ${response.status}`,
    undefined,
    retryAfter,
  );
}

interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  signal?: AbortSignal;
}

/** Sends a same-origin request with the session cookie; resolves only on a 2xx response. */
async function send(
  path: string,
  { method = "GET", body, signal }: RequestOptions,
): Promise<Response> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "include",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause; // the caller gave up; not a network failure
    const message = cause instanceof Error ? cause.message : String(cause);
    throw new ApiRequestError(0, "network_error", message);
  }
  if (!response.ok) throw await readApiError(response);
  return response;
}

/** Sends a request and validates the JSON body with the shared schema. */
export async function requestJson<T>(
  path: string,
  schema: Schema<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, options);
  const text = await response.text();
  const parsed = schema.safeParse(parseJson(text));
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      "invalid_response",
      `unexpected response from ${path}`,
    );
  }
  return parsed.data;
}

/** GET /api/v1/me: who is logged in (401 `unauthenticated` when nobody is). */
export function getMe(signal?: AbortSignal): Promise<MeResponse> {
  return requestJson("/api/v1/me", MeResponseSchema, { signal });
}

/** POST /api/v1/sessions: logs in and sets the session cookie. */
export function login(body: LoginRequest): Promise<MeResponse> {
  return requestJson("/api/v1/sessions", MeResponseSchema, { method: "POST", body });
}

/** DELETE /api/v1/sessions/current: ends this session (204). */
export async function logout(): Promise<void> {
  await send("/api/v1/sessions/current", { method: "DELETE" });
  forgetSessionData();
}

/** Nothing one member's session loaded may show in the next one's. */
export function forgetSessionData(): void {
  getCoverage.clear();
}

/**
 * One request shared by every caller within `ttlMs` (a page's filter bar, coverage table and
 * drill-downs all ask at once). Each caller may still abort its own wait; failures are not kept.
 */
export function sharedRequest<T>(
  fetcher: () => Promise<T>,
  ttlMs: number,
): ((signal?: AbortSignal) => Promise<T>) & { clear(): void } {
  let cached: { at: number; promise: Promise<T> } | null = null;
  const get = (signal?: AbortSignal) => {
    const now = Date.now();
    if (!cached || now - cached.at > ttlMs) {
      const entry = { at: now, promise: fetcher() };
      cached = entry;
      entry.promise.catch(() => {
        if (cached === entry) cached = null;
      });
    }
    const { promise } = cached;
    if (!signal) return promise;
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
    });
  };
  return Object.assign(get, {
    clear: () => {
      cached = null;
    },
  });
}

/** GET /api/v1/coverage: what the workspace holds, per shop and record kind (shared for 10 s). */
export const getCoverage = sharedRequest(
  () => requestJson("/api/v1/coverage", CoverageResponseSchema, {}),
  10_000,
);

/** GET /api/v1/devices: the browsers paired with this workspace. */
export function getDevices(signal?: AbortSignal): Promise<DeviceListResponse> {
  return requestJson("/api/v1/devices", DeviceListResponseSchema, { signal });
}

/** POST /api/v1/pairing-codes: a one-time code (10 minutes) to type into the extension. */
export function createPairingCode(): Promise<PairingCodeResponse> {
  return requestJson("/api/v1/pairing-codes", PairingCodeResponseSchema, {
    method: "POST",
    body: {},
  });
}

/** DELETE /api/v1/devices/:id: revokes a device; its next sync is refused. */
export async function revokeDevice(id: string): Promise<void> {
  await send(`/api/v1/devices/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** GET /api/v1/invitations/:token: who invited whom to which workspace (404 when used/expired). */
export function getInvitation(
  token: string,
  signal?: AbortSignal,
): Promise<InvitationInfoResponse> {
  return requestJson(
    `/api/v1/invitations/${encodeURIComponent(token)}`,
    InvitationInfoResponseSchema,
    { signal },
  );
}

/** POST /api/v1/invitations/accept: creates the member and logs them in. */
export function acceptInvitation(body: AcceptInvitationRequest): Promise<MeResponse> {
  return requestJson("/api/v1/invitations/accept", MeResponseSchema, { method: "POST", body });
}

/** GET /api/v1/members: everyone in the workspace. */
export function getMembers(signal?: AbortSignal): Promise<MemberListResponse> {
  return requestJson("/api/v1/members", MemberListResponseSchema, { signal });
}

/** POST /api/v1/invitations (owner/admin): a one-time link, valid 7 days (409 if the email has an account). */
export function createInvitation(body: CreateInvitationRequest): Promise<CreateInvitationResponse> {
  return requestJson("/api/v1/invitations", CreateInvitationResponseSchema, {
    method: "POST",
    body,
  });
}

/** PATCH /api/v1/members/:id (owner/admin): 409 when it would leave no owner. */
export async function updateMember(id: string, body: UpdateMemberRequest): Promise<void> {
  await send(`/api/v1/members/${encodeURIComponent(id)}`, { method: "PATCH", body });
}

/** DELETE /api/v1/members/:id (owner/admin): 204; never yourself nor the last owner. */
export async function removeMember(id: string): Promise<void> {
  await send(`/api/v1/members/${encodeURIComponent(id)}`, { method: "DELETE" });
}

/** POST /api/v1/me/password: 204 and the member's other sessions end; 403 `wrong_password`. */
export async function changePassword(body: ChangePasswordRequest): Promise<void> {
  await send("/api/v1/me/password", { method: "POST", body });
}

/** GET /api/v1/audit-log (owner only): newest first; `before` is the previous page's nextBefore. */
export function getAuditLog(
  before: number | null,
  signal?: AbortSignal,
): Promise<AuditLogResponse> {
  const query = before === null ? "limit=50" : `limit=50&before=${before}`;
  return requestJson(`/api/v1/audit-log?${query}`, AuditLogResponseSchema, { signal });
}
