import { describe, expect, it } from "vitest";
import { createDemoWorkspace } from "../../demo/index.ts";
import { taobaoSandbox } from "./index.ts";

const demo = createDemoWorkspace({ seed: 20261111, today: "2026-11-20", days: 10, scale: 0.3 });
const ctx = { demo, now: demo.now };
const ORIGIN = "http://127.0.0.1:8787/sandbox/taobao/";
const TAOBAO = "2212978279481";
const TMALL = "2219735536";

async function call(path: string, init?: RequestInit, query = "") {
  return taobaoSandbox(new Request(`${ORIGIN}${path}${query}`, init), path, ctx);
}

describe("taobaoSandbox", () => {
  it("serves 已卖出的宝贝 with the shop's meta, name and switcher (Taobao by default)", async () => {
    const res = await call("trade.taobao.com/trade/itemlist/list_sold_items.htm");
    const html = (await res?.text()) ?? "";
    expect(html).toContain(`"shopId":"${TAOBAO}"`.replace(/"/g, "&#34;"));
    expect(html).toContain("禾屿家居生活馆");
    expect(html).toContain(`?shop=${TMALL}`);
    expect(html).toContain("asyncSold.htm?event_submit_do_query=1&_input_charset=utf8");
    expect(html).not.toMatch(/innerHTML/);
    expect(res?.headers.get("set-cookie")).toContain(`tongshu_tb_shop=${TAOBAO}`);
  });

  it("answers asyncSold for the shop picked by ?shop= or the cookie", async () => {
    const form =
      "action=itemlist/SoldQueryAction&auctionType=0&tabCode=&pageSize=15&prePageNo=1&pageNum=2";
    const init = { method: "POST", body: form, headers: { cookie: `tongshu_tb_shop=${TMALL}` } };
    const res = await call(
      "trade.taobao.com/trade/itemlist/asyncSold.htm",
      init,
      "?event_submit_do_query=1",
    );
    const text = (await res?.text()) ?? "";
    expect(text).toMatch(/"currentPage":2,"pageSize":15/);
    expect(text).toContain('"b2C":true');
    const slider = await call(
      "trade.taobao.com/trade/itemlist/asyncSold.htm",
      { method: "POST", body: form },
      "?risk=slider",
    );
    expect(await slider?.text()).toContain("rgv587_flag");
  });

  it("serves the item manager on the shop's host and its table.htm", async () => {
    const page = await call(
      "item.manager.tmall.com/tmall/manager/render.htm",
      undefined,
      `?shop=${TMALL}`,
    );
    expect(await page?.text()).toContain("禾屿旗舰店");
    const body = `jsonBody=${encodeURIComponent('{"pagination":{"current":1,"pageSize":5},"tab":"all"}')}`;
    const table = await call(
      "item.manager.tmall.com/tmall/manager/table.htm",
      { method: "POST", body },
      `?shop=${TMALL}`,
    );
    const json = JSON.parse((await table?.text()) ?? "{}");
    expect(json.success).toBe(true);
    expect(json.data.table.dataSource).toHaveLength(5);
  });

  it("serves the sycm home page and the overview JSON (non-day periods are accepted-but-empty)", async () => {
    expect(await (await call("sycm.taobao.com/portal/home.htm"))?.text()).toContain(
      "coreIndex/new/overview/v3.json",
    );
    const day = await call(
      "sycm.taobao.com/portal/coreIndex/new/overview/v3.json",
      undefined,
      "?dateType=day&dateRange=2026-11-19%7C2026-11-19",
    );
    expect(JSON.parse((await day?.text()) ?? "{}").content.data.self.uv.value).toBeGreaterThan(0);
    const week = await call(
      "sycm.taobao.com/portal/coreIndex/new/overview/v3.json",
      undefined,
      "?dateType=week&dateRange=2026-11-09%7C2026-11-15",
    );
    expect(JSON.parse((await week?.text()) ?? "{}").content.data.self).toEqual({});
  });

  it("returns null for paths it does not serve", async () => {
    expect(await call("trade.taobao.com/nothing.htm")).toBeNull();
  });
});
