import { describe, expect, it } from "vitest";
import { type HookedResponse, type HookTarget, installHook } from "./hook-core.ts";

class FakeXhr extends EventTarget {
  responseType: XMLHttpRequestResponseType = "";
  responseText = "";
  status = 0;
  sent: unknown = undefined;
  open(_method: string, _url: string) {}
  send(body?: unknown) {
    this.sent = body;
  }
  finish(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.dispatchEvent(new Event("loadend"));
  }
}

function setup(
  responder: (url: string) => Response = () => new Response('{"ok":1}', { status: 200 }),
) {
  const emitted: HookedResponse[] = [];
  const calls: string[] = [];
  const target = {
    fetch: (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return responder(String(input));
    }) as typeof fetch,
    XMLHttpRequest: FakeXhr as unknown as { prototype: XMLHttpRequest },
    location: { href: "https://trade.taobao.com/trade/itemlist/list_sold_items.htm" },
  } satisfies HookTarget;
  installHook(target, {
    shouldCapture: (url) => url.pathname.endsWith("asyncSold.htm"),
    emit: (r) => emitted.push(r),
    now: () => 42,
  });
  return { target, emitted, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 10));

describe("installHook", () => {
  it("copies a matching fetch response and leaves the page's response readable", async () => {
    const { target, emitted } = setup();
    const response = await target.fetch("/trade/itemlist/asyncSold.htm?pageNum=2", {
      method: "post",
      body: new URLSearchParams({ pageNum: "2" }),
    });
    expect(await response.text()).toBe('{"ok":1}');
    await settle();
    expect(emitted).toEqual([
      {
        url: "https://trade.taobao.com/trade/itemlist/asyncSold.htm?pageNum=2",
        method: "POST",
        requestBody: "pageNum=2",
        status: 200,
        responseBody: '{"ok":1}',
        capturedAt: 42,
      },
    ]);
  });

  it("ignores other URLs and never touches failed requests", async () => {
    const { target, emitted } = setup(() => {
      throw new TypeError("network down");
    });
    await expect(target.fetch("/trade/itemlist/asyncSold.htm")).rejects.toThrow("network down");
    const other = setup();
    await other.target.fetch("/other.json");
    await settle();
    expect(emitted).toEqual([]);
    expect(other.emitted).toEqual([]);
  });

  it("copies matching XHR text responses once loaded", async () => {
    const { emitted } = setup();
    const xhr = new FakeXhr();
    xhr.open("POST", "asyncSold.htm?event_submit_do_query=1");
    xhr.send("pageNum=1&pageSize=15");
    expect(xhr.sent).toBe("pageNum=1&pageSize=15");
    xhr.finish(200, '{"mainOrders":[]}');
    expect(emitted).toEqual([
      {
        url: "https://trade.taobao.com/trade/itemlist/asyncSold.htm?event_submit_do_query=1",
        method: "POST",
        requestBody: "pageNum=1&pageSize=15",
        status: 200,
        responseBody: '{"mainOrders":[]}',
        capturedAt: 42,
      },
    ]);
  });

  it("skips XHR responses the browser already parsed as JSON", () => {
    const { emitted } = setup();
    const xhr = new FakeXhr();
    xhr.responseType = "json";
    xhr.open("GET", "asyncSold.htm");
    xhr.send();
    xhr.finish(200, "");
    expect(emitted).toEqual([]);
  });

  it("hooks a window only once", async () => {
    const { target, emitted } = setup();
    installHook(target, { shouldCapture: () => true, emit: (r) => emitted.push(r), now: () => 1 });
    await target.fetch("/trade/itemlist/asyncSold.htm");
    await settle();
    expect(emitted).toHaveLength(1);
  });
});
