import type { DemoWorkspace } from "../demo/index.ts";
import { escapeHtml } from "./html.ts";

interface SandboxLink {
  label: string;
  path: string;
}

// The pages each platform's sandbox serves (see <platform>/index.ts), per demo shop.
const PAGES: Record<string, SandboxLink[]> = {
  taobao: [
    { label: "已卖出的宝贝", path: "taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm" },
    { label: "出售中的宝贝", path: "taobao/item.publish.taobao.com/taobao/manager/render.htm" },
    { label: "生意参谋 首页", path: "taobao/sycm.taobao.com/portal/home.htm" },
  ],
  tmall: [
    { label: "已卖出的宝贝", path: "taobao/trade.taobao.com/trade/itemlist/list_sold_items.htm" },
    { label: "出售中的宝贝", path: "taobao/item.manager.tmall.com/tmall/manager/render.htm" },
    { label: "生意参谋 首页", path: "taobao/sycm.taobao.com/portal/home.htm" },
  ],
  jd: [
    { label: "订单管理", path: "jd/porder.shop.jd.com/order/orderlist/allOrders" },
    { label: "商品管理", path: "jd/shop.jd.com/jdm/ware/manage/list/OnsaleWare" },
    { label: "京东商智 交易概览", path: "jd/jdsz.jd.com/sz/trade/overview" },
  ],
  pdd: [
    { label: "订单查询", path: "pdd/mms.pinduoduo.com/orders/list" },
    { label: "商品列表", path: "pdd/mms.pinduoduo.com/goods/goods_list" },
    { label: "数据中心", path: "pdd/mms.pinduoduo.com/sycm/stores_data" },
  ],
};

const PLATFORM_NAMES: Record<string, string> = {
  taobao: "淘宝",
  tmall: "天猫",
  jd: "京东",
  pdd: "拼多多",
};

/** /sandbox/: the demo shops' simplified back offices, for trying capture without real accounts. */
export function renderSandboxIndex(demo: DemoWorkspace): string {
  const shops = demo.shops
    .map((shop) => {
      const links = (PAGES[shop.platform] ?? [])
        .map(
          (p) =>
            `<li><a href="/sandbox/${p.path}?shop=${encodeURIComponent(shop.shopId)}">${escapeHtml(p.label)}</a></li>`,
        )
        .join("");
      return `<section><h2>${escapeHtml(PLATFORM_NAMES[shop.platform] ?? shop.platform)} · ${escapeHtml(shop.shopName)} <small>店铺 ID ${escapeHtml(shop.shopId)}</small></h2><ul>${links}</ul></section>`;
    })
    .join("");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通数 沙盒商家后台</title>
<style>body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;max-width:860px;margin:32px auto;padding:0 16px;color:#1f2933}
section{border:1px solid #d9dee5;border-radius:6px;padding:8px 16px;margin:12px 0}h2{font-size:16px}small{color:#6b7785;font-weight:normal}
a{color:#1f6feb}li{margin:4px 0}</style></head><body>
<h1>通数 沙盒商家后台</h1>
<p>这些页面模仿淘宝/天猫、京东和拼多多商家后台，数据来自演示工作区，并通过与真实后台相同的接口路径和 JSON 结构加载。装好开发版扩展后打开这些页面，即可看到采集如何工作，无需真实账号。</p>
${shops}</body></html>`;
}
