/**
 * The page hook: wraps fetch and XMLHttpRequest in the page's own (MAIN) world and hands on a
 * copy of each response the page received from a known endpoint. The page gets the very same
 * promise and events it would have got; reading the copy happens after, and any failure in
 * here is swallowed so the page never notices.
 */

export interface HookedResponse {
  url: string;
  method: string;
  requestBody: string | null;
  status: number;
  responseBody: string;
  capturedAt: number;
}

export interface HookOptions {
  shouldCapture(url: URL): boolean;
  emit(response: HookedResponse): void;
  now(): number;
}

/** What the hook patches: a window, or a stand-in in tests. */
export interface HookTarget {
  fetch: typeof fetch;
  XMLHttpRequest: { prototype: XMLHttpRequest };
  location: { href: string };
}

// Bodies beyond this are not copied (no seller-center list comes close; a file download might).
const MAX_BODY = 20_000_000;

function bodyText(body: unknown): string | null {
  if (typeof body === "string") return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (typeof FormData !== "undefined" && body instanceof FormData) {
    return new URLSearchParams(
      [...body.entries()].filter((e): e is [string, string] => typeof e[1] === "string"),
    ).toString();
  }
  return null;
}

function absolute(href: string, base: string): URL | null {
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

function hookFetch(target: HookTarget, options: HookOptions): void {
  const original = target.fetch;
  const wrapped = function (
    this: unknown,
    input: RequestInfo | URL,
    init?: RequestInit,
  ): Promise<Response> {
    const promise = Reflect.apply(original, this, [input, init]) as Promise<Response>;
    try {
      const href = input instanceof Request ? input.url : String(input);
      const url = absolute(href, target.location.href);
      if (url && options.shouldCapture(url)) {
        const method = (
          init?.method ?? (input instanceof Request ? input.method : "GET")
        ).toUpperCase();
        const requestBody = bodyText(init?.body);
        promise.then(
          (response) => {
            const copy = response.clone();
            copy.text().then(
              (text) => {
                if (text.length <= MAX_BODY) {
                  options.emit({
                    url: url.href,
                    method,
                    requestBody,
                    status: response.status,
                    responseBody: text,
                    capturedAt: options.now(),
                  });
                }
              },
              () => undefined,
            );
          },
          () => undefined,
        );
      }
    } catch {
      // Never let capture disturb the page.
    }
    return promise;
  };
  // Keep the native look: some pages check fetch.toString().
  Object.defineProperty(wrapped, "toString", {
    value: () => original.toString(),
    configurable: true,
  });
  target.fetch = wrapped as typeof fetch;
}

interface XhrState {
  method: string;
  url: URL | null;
}

function hookXhr(target: HookTarget, options: HookOptions): void {
  const proto = target.XMLHttpRequest.prototype;
  const state = new WeakMap<XMLHttpRequest, XhrState>();
  const open = proto.open;
  const send = proto.send;
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      state.set(this, {
        method: String(args[0]).toUpperCase(),
        url: absolute(String(args[1]), target.location.href),
      });
    } catch {
      // ignore
    }
    return Reflect.apply(open, this, args);
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const s = state.get(this);
      if (s?.url && options.shouldCapture(s.url)) {
        const url = s.url;
        const requestBody = bodyText(args[0]);
        this.addEventListener("loadend", () => {
          try {
            const type = this.responseType;
            // "json" responses were parsed by the browser already (big ids may be rounded): skip them.
            if (type !== "" && type !== "text") return;
            const text = this.responseText;
            if (text.length <= MAX_BODY) {
              options.emit({
                url: url.href,
                method: s.method,
                requestBody,
                status: this.status,
                responseBody: text,
                capturedAt: options.now(),
              });
            }
          } catch {
            // ignore
          }
        });
      }
    } catch {
      // ignore
    }
    return Reflect.apply(send, this, args);
  } as typeof proto.send;
}

/** Installs the hook once per window. */
export function installHook(target: HookTarget, options: HookOptions): void {
  const marker = target as HookTarget & { __tongshuHooked?: boolean };
  if (marker.__tongshuHooked) return;
  Object.defineProperty(marker, "__tongshuHooked", { value: true });
  hookFetch(target, options);
  hookXhr(target, options);
}
