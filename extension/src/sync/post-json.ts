/** The fetch the sync core needs; the real one, a test fake or a chaos proxy's client. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** No request waits longer than this: a hung connection must not stall sync forever. */
export const REQUEST_TIMEOUT_MS = 30_000;

export type HttpAnswer =
  | { ok: true; status: number; headers: Headers; body: unknown }
  /** No answer at all: offline, DNS, TLS, CORS refusal or the timeout. */
  | { ok: false; message: string };

/**
 * POSTs JSON with a timeout and reads the answer as JSON (null when the body is not JSON, e.g.
 * an HTML error page from a proxy). Never throws: a failure is an answer without a status.
 */
export async function postJson(
  fetchFn: FetchLike,
  url: string,
  body: unknown,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<HttpAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchFn(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: controller.signal,
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { ok: true, status: response.status, headers: response.headers, body: json };
  } catch (error) {
    if (controller.signal.aborted) {
      return { ok: false, message: `no answer within ${Math.round(timeoutMs / 1000)} s` };
    }
    return { ok: false, message: `network error: ${errorText(error)}` };
  } finally {
    clearTimeout(timer);
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
