import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, getCoverage, getMe, login, logout, sharedRequest } from "./api.ts";

const me = {
  member: {
    id: "m1",
    email: "a@example.com",
    name: "小王",
    role: "owner",
    locale: "zh-CN",
    canSeeCosts: true,
  },
  workspace: { id: "w1", name: "王家小店" },
};

function stubFetch(response: Response | Error) {
  const fetchMock = vi.fn(async (_input: string, _init?: RequestInit) => {
    if (response instanceof Error) throw response;
    return response;
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

async function caught(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiRequestError))
    throw new Error(`expected ApiRequestError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("api", () => {
  it("calls same-origin paths with the session cookie and validates the body", async () => {
    const fetchMock = stubFetch(json(me));
    await expect(getMe()).resolves.toEqual(me);
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe("/api/v1/me");
    expect(init?.credentials).toBe("include");
    expect(init?.method).toBe("GET");
  });

  it("posts the login body as JSON", async () => {
    const fetchMock = stubFetch(json(me));
    await login({ email: "a@example.com", password: "secret" });
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect(path).toBe("/api/v1/sessions");
    expect(init?.method).toBe("POST");
    expect(init?.body).toBe(JSON.stringify({ email: "a@example.com", password: "secret" }));
    expect(new Headers(init?.headers).get("content-type")).toBe("application/json");
  });

  it("reads the one error shape", async () => {
    stubFetch(
      json({ error: { code: "invalid_credentials", message: "wrong email or password" } }, 401),
    );
    const error = await caught(login({ email: "a@example.com", password: "x" }));
    expect([error.status, error.code, error.message]).toEqual([
      401,
      "invalid_credentials",
      "wrong email or password",
    ]);
  });

  it("keeps Retry-After on 429", async () => {
    stubFetch(
      json({ error: { code: "rate_limited", message: "slow down" } }, 429, { "retry-after": "60" }),
    );
    const error = await caught(login({ email: "a@example.com", password: "x" }));
    expect([error.status, error.code, error.retryAfterSeconds]).toEqual([429, "rate_limited", 60]);
  });

  it("reports a non-JSON error body as http_error with its status", async () => {
    stubFetch(new Response("<html>Bad gateway</html>", { status: 502 }));
    const error = await caught(getCoverage());
    expect([error.status, error.code]).toEqual([502, "http_error"]);
  });

  it("rejects a 200 body that does not match the schema", async () => {
    stubFetch(json({ shops: [{ platform: "amazon" }] }));
    const error = await caught(getCoverage());
    expect(error.code).toBe("invalid_response");
  });

  it("reports a failed connection as network_error with status 0", async () => {
    stubFetch(new TypeError("Failed to fetch"));
    const error = await caught(getMe());
    expect([error.status, error.code]).toEqual([0, "network_error"]);
  });

  it("logs out with DELETE and accepts 204", async () => {
    const fetchMock = stubFetch(new Response(null, { status: 204 }));
    await expect(logout()).resolves.toBeUndefined();
    const [path, init] = fetchMock.mock.calls[0] ?? [];
    expect([path, init?.method]).toEqual(["/api/v1/sessions/current", "DELETE"]);
  });
});

describe("sharedRequest", () => {
  it("makes one request for callers within the time, a new one after, and none kept on failure", async () => {
    vi.useFakeTimers();
    let calls = 0;
    let fail = false;
    const get = sharedRequest(async () => {
      calls += 1;
      if (fail) throw new Error("down");
      return calls;
    }, 1000);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    vi.advanceTimersByTime(1001);
    fail = true;
    await expect(get()).rejects.toThrow("down");
    fail = false;
    expect(await get()).toBe(3);
    vi.useRealTimers();
  });

  it("lets one caller stop waiting without cancelling the others", async () => {
    let release: (value: string) => void = () => {};
    const get = sharedRequest(() => new Promise<string>((r) => (release = r)), 1000);
    const controller = new AbortController();
    const first = get(controller.signal);
    const second = get();
    controller.abort(new Error("left the page"));
    release("coverage");
    await expect(first).rejects.toThrow("left the page");
    expect(await second).toBe("coverage");
  });
});
