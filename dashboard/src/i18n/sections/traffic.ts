/** traffic page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const trafficZh = {
  "traffic.kpi.visitors": "访客数",
  "traffic.kpi.pageViews": "浏览量",
  "traffic.kpi.buyers": "支付买家数",
  "traffic.kpi.conversionRate": "支付转化率",
  "traffic.kpi.cartBuyers": "加购人数",
  "traffic.kpi.paidOrders": "支付订单数",
  "traffic.kpi.paidFen": "支付金额（流量口径）",
  "traffic.unknown.shops": "多个店铺的去重人数不能相加",
  "traffic.unknown.span": "平台没有给出这个时间段的去重人数",
  "traffic.unknown.tip":
    "平台没有给出这个时间段的去重人数；访客、买家、加购人数不能按天相加，所以显示“—”而不是 0。",
  "traffic.funnel.title": "转化漏斗",
  "traffic.funnel.visitors": "访客",
  "traffic.funnel.cartBuyers": "加购",
  "traffic.funnel.buyers": "支付",
  "traffic.funnel.rate.cartBuyers": "加购率 {rate}",
  "traffic.funnel.rate.step": "加购→支付 {rate}",
  "traffic.funnel.rate.buyers": "支付转化率 {rate}",
  "traffic.funnel.none":
    "这个时间段没有平台给出的访客、加购和支付人数，画不出漏斗。选单日（如“昨天”）查看；或在生意参谋、京东商智、拼多多数据中心选同样的时间段打开流量页面，让扩展记录平台自己的汇总。",
  "traffic.funnel.missing": "{count} 个店铺没有这个时间段的平台汇总，未画漏斗。",
  "traffic.trend.title": "每日流量（按店铺）",
  "traffic.trend.metric": "趋势指标",
  "traffic.trend.gapNote":
    "某天平台没有数据时线会断开，不按 0 画。各店铺的访客不能相加，所以每个店铺一条线。",
  "traffic.shops.title": "按店铺",
  "traffic.items.title": "按商品",
  "traffic.col.item": "商品",
  "traffic.col.itemId": "商品ID",
  "traffic.col.pageViewsVsPrevious": "浏览量环比",
  "traffic.col.missingDays": "缺数据天数",
  "traffic.note.distinct":
    "访客数、支付买家数和加购人数是去重人数：同一人两天都来只算一个访客，所以不能按天、按商品或跨店铺相加。只有平台自己给出这个时间段的数字时才显示，否则显示“—”（不是 0）。浏览量、支付订单数和支付金额可以相加，按每日数据汇总。",
  "traffic.note.missing": "有 {count} 天缺少部分或全部店铺的流量记录：{dates}。",
  "traffic.empty.title": "所选范围内没有流量数据",
  "traffic.empty.body":
    "访客和浏览量来自各平台的数据后台。在装好通数扩展并已配对的浏览器里打开下面的页面，扩展会自动记录：",
  "traffic.empty.taobao": "淘宝 / 天猫：生意参谋的首页、流量看板和商品排行。",
  "traffic.empty.jd": "京东：京东商智的交易概览和商品明细。",
  "traffic.empty.pdd": "拼多多：数据中心的交易数据和商品数据。",
  "traffic.empty.range": "已经打开过这些页面？换一个日期范围，或清除平台、店铺筛选。",
} as const;

export const trafficEn: Record<keyof typeof trafficZh, string> = {
  "traffic.kpi.visitors": "Visitors",
  "traffic.kpi.pageViews": "Page views",
  "traffic.kpi.buyers": "Paying buyers",
  "traffic.kpi.conversionRate": "Conversion rate",
  "traffic.kpi.cartBuyers": "Add-to-cart buyers",
  "traffic.kpi.paidOrders": "Paid orders",
  "traffic.kpi.paidFen": "Paid amount (traffic reports)",
  "traffic.unknown.shops": "Distinct counts of several shops cannot be added",
  "traffic.unknown.span": "The platform gave no distinct count for this span",
  "traffic.unknown.tip":
    "The platform gave no distinct count for this span; visitors, buyers and add-to-cart buyers cannot be added up day by day, so this shows “—”, not 0.",
  "traffic.funnel.title": "Conversion funnel",
  "traffic.funnel.visitors": "Visitors",
  "traffic.funnel.cartBuyers": "Add to cart",
  "traffic.funnel.buyers": "Paid",
  "traffic.funnel.rate.cartBuyers": "Add-to-cart rate {rate}",
  "traffic.funnel.rate.step": "Cart → paid {rate}",
  "traffic.funnel.rate.buyers": "Conversion {rate}",
  "traffic.funnel.none":
    "No platform figures for visitors, add-to-cart and paying buyers over this span, so there is no funnel. Pick a single day (e.g. Yesterday), or open the traffic pages of Sycm, JD Shangzhi or the Pinduoduo data centre with the same span so the extension records the platform's own totals.",
  "traffic.funnel.missing":
    "{count} shops have no platform totals for this span and show no funnel.",
  "traffic.trend.title": "Daily traffic by shop",
  "traffic.trend.metric": "Trend metric",
  "traffic.trend.gapNote":
    "A line breaks on days the platform gave no figure instead of dropping to 0. Visitors of different shops cannot be added, so each shop has its own line.",
  "traffic.shops.title": "By shop",
  "traffic.items.title": "By item",
  "traffic.col.item": "Item",
  "traffic.col.itemId": "Item ID",
  "traffic.col.pageViewsVsPrevious": "Page views vs prev.",
  "traffic.col.missingDays": "Days without data",
  "traffic.note.distinct":
    "Visitors, paying buyers and add-to-cart buyers are distinct people: someone who comes on two days is one visitor, so they cannot be added across days, items or shops. They show only when the platform gave the figure for exactly this span, otherwise “—” (not 0). Page views, paid orders and paid amount add up and are summed from daily figures.",
  "traffic.note.missing": "{count} days lack traffic records for some or all shops: {dates}.",
  "traffic.empty.title": "No traffic data in this range",
  "traffic.empty.body":
    "Visitors and page views come from each platform's analytics pages. Open these pages in a browser with the Tongshu extension installed and paired; it records them automatically:",
  "traffic.empty.taobao":
    "Taobao / Tmall: the Sycm (生意参谋) home page, traffic board and item ranking.",
  "traffic.empty.jd": "JD: the Shangzhi (商智) trade overview and item details.",
  "traffic.empty.pdd": "Pinduoduo: trade data and goods data in the data centre.",
  "traffic.empty.range":
    "Opened them already? Try another date range or clear the platform and shop filters.",
};
