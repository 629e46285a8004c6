import type { Platform, RecordKind, Source } from "@tongshu/shared";

/**
 * The seller-center endpoint each kind would be captured from (platform-formats.md). Where no
 * public client of the JSON endpoint is known (JD after-sales and bills, Taobao bills), the
 * back-office page itself is named, as a DOM capture would record it.
 */
const URLS: Readonly<Record<RecordKind, Readonly<Record<Platform, string>>>> = {
  order: {
    taobao: "https://trade.taobao.com/trade/itemlist/asyncSold.htm",
    tmall: "https://trade.taobao.com/trade/itemlist/asyncSold.htm",
    jd: "https://sff.jd.com/api?v=1.0&appId=COCX0HBWR4BA7RDVDBIQ&api=dsm.order.bff.orderListBffService.queryOrderPage",
    pdd: "https://mms.pinduoduo.com/mangkhut/mms/recentOrderList",
  },
  sku: {
    taobao: "https://item.publish.taobao.com/taobao/manager/table.htm",
    tmall: "https://item.manager.tmall.com/tmall/manager/table.htm",
    jd: "https://sff.jd.com/api?v=1.0&api=dsm.wareshopv2.ware.wareListService.queryWareList",
    pdd: "https://mms.pinduoduo.com/vodka/v2/mms/query/display/mall/goodsList",
  },
  traffic: {
    taobao: "https://sycm.taobao.com/flow/new/guide/trend/overview.json",
    tmall: "https://sycm.taobao.com/flow/new/guide/trend/overview.json",
    jd: "https://szgateway.jd.com/api/lowcode/flowSummary/getCoreSummary.ajax",
    pdd: "https://mms.pinduoduo.com/sydney/api/mallFlow/queryMallFlowOverView",
  },
  ad: {
    taobao: "https://one.alimama.com/report/query.json",
    tmall: "https://one.alimama.com/report/query.json",
    jd: "https://jzt-api.jd.com/reweb/msa/base/campaign/list",
    pdd: "https://yingxiao.pinduoduo.com/mms-gateway/venus/api/unit/listPage",
  },
  refund: {
    taobao: "https://refund2.taobao.com/dispute/sellerDisputeList.htm",
    tmall: "https://refund2.taobao.com/dispute/sellerDisputeList.htm",
    jd: "https://shop.jd.com/jdm/afs/service/list",
    pdd: "https://mms.pinduoduo.com/mercury/mms/afterSales/queryList",
  },
  settlement: {
    taobao: "https://myseller.taobao.com/home.htm/fund/bill",
    tmall: "https://myseller.taobao.com/home.htm/fund/bill",
    jd: "https://shop.jd.com/jdm/finance/settlement/list",
    pdd: "https://mms.pinduoduo.com/uranus/api/bill/queryUserDefinedBill",
  },
};

/** Item-level traffic comes from the item ranking pages, not the shop overview. */
const ITEM_TRAFFIC_URLS: Readonly<Record<Platform, string>> = {
  taobao: "https://sycm.taobao.com/cc/item/view/top.json",
  tmall: "https://sycm.taobao.com/cc/item/view/top.json",
  jd: "https://szgateway.jd.com/api/lowcode/productDetail/table/productTable.ajax",
  pdd: "https://mms.pinduoduo.com/sydney/api/goodsDataShow/queryGoodsDetailVOList",
};

/** `source` for a demo record: the real endpoint and parser "demo/<kind>@1". */
export function demoSource(kind: RecordKind, platform: Platform, itemLevel = false): Source {
  const url = kind === "traffic" && itemLevel ? ITEM_TRAFFIC_URLS[platform] : URLS[kind][platform];
  return { url, parser: `demo/${kind}@1` };
}
