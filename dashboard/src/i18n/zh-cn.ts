/**
 * The default catalogue (简体中文). Keys are flat and dotted; `{name}` marks a parameter.
 * en.ts must hold exactly the same keys and parameters (catalogue.test.ts checks).
 */
export const zhCN = {
  "app.name": "通数",
  "app.loading": "正在加载…",
  "app.skipToContent": "跳到主要内容",
  "common.retry": "重试",
  "common.none": "—",

  "nav.label": "主导航",
  "nav.overview": "总览",
  "nav.platforms": "平台对比",
  "nav.products": "商品",
  "nav.inventory": "库存",
  "nav.profit": "利润",
  "nav.ads": "推广",
  "nav.traffic": "流量",
  "nav.customers": "客户",
  "nav.alerts": "预警",
  "nav.settings": "设置",

  "header.workspace": "工作区",
  "header.member": "{name}（{role}）",
  "header.language": "语言",
  "header.logout": "退出登录",
  "header.loggingOut": "正在退出…",
  "header.logoutFailed": "退出失败：{reason}",

  "lang.zh-CN": "中文",
  "lang.en": "English",

  "role.owner": "所有者",
  "role.admin": "管理员",
  "role.analyst": "分析师",
  "role.viewer": "只读成员",

  "platform.taobao": "淘宝",
  "platform.tmall": "天猫",
  "platform.jd": "京东",
  "platform.pdd": "拼多多",

  "kind.order": "订单",
  "kind.sku": "商品SKU",
  "kind.traffic": "流量",
  "kind.ad": "推广",
  "kind.refund": "退款",
  "kind.settlement": "结算",

  "source.order": "订单列表页：淘宝/天猫“已卖出的宝贝”、京东“订单管理”、拼多多“订单查询”",
  "source.sku": "商品列表页：淘宝/天猫“出售中的宝贝”、京东和拼多多“商品列表”",
  "source.traffic": "数据页：淘宝/天猫生意参谋、京东商智、拼多多数据中心",
  "source.ad": "推广后台：淘宝/天猫直通车与万相台、京东京准通、拼多多推广中心",
  "source.refund": "各平台的售后/退款管理页",
  "source.settlement": "各平台的资金账单与结算明细页",

  "login.title": "登录通数",
  "login.subtitle": "淘宝/天猫、京东、拼多多的数据合在一处看",
  "login.email": "邮箱",
  "login.password": "密码",
  "login.submit": "登录",
  "login.submitting": "正在登录…",
  "login.invalidCredentials": "邮箱或密码错误",
  "login.tooManyAttempts": "尝试次数过多，请稍后再试。",
  "login.tooManyAttemptsWait": "尝试次数过多，请 {seconds} 秒后再试。",
  "login.invalidInput": "请输入有效的邮箱地址和密码。",

  "error.title": "加载失败",
  "error.sessionCheck": "无法确认登录状态",
  "error.network": "无法连接到通数服务器。请检查网络连接后重试。",
  "error.server":
    "服务器出错（{code}）。请稍后重试；如果一直出错，请让工作区管理员查看服务器日志。",
  "error.invalidResponse":
    "服务器返回的数据无法识别，可能是页面与服务器版本不一致。请刷新页面后重试。",
  "error.forbidden": "你的账号没有查看这部分数据的权限，请联系工作区所有者。",
  "error.rateLimited": "请求过于频繁，请稍后重试。",
  "error.other": "请求失败：{message}（{code}）",

  "notFound.title": "页面不存在",
  "notFound.body": "没有与地址 {path} 对应的页面。",
  "notFound.back": "返回总览",

  "coverage.title": "数据概况",
  "coverage.intro": "工作区目前保存的数据：每家店铺各类记录的条数、日期范围和最近采集时间。",
  "coverage.summary": "{shops} 家店铺，共 {records} 条记录",
  "coverage.gapNote": "日期范围只标出最早和最晚的日期，中间可能有未采集的日子。",
  "coverage.shopId": "店铺 ID {id}",
  "coverage.unnamedShop": "未命名店铺",
  "coverage.col.kind": "数据类型",
  "coverage.col.source": "采集来源",
  "coverage.col.records": "记录数",
  "coverage.col.shops": "店铺数",
  "coverage.col.dates": "日期范围（最早–最晚）",
  "coverage.col.lastCaptured": "最近采集（北京时间）",
  "coverage.undated": "不按日期",

  "noData.title": "还没有数据",
  "noData.body": "工作区还没有收到任何店铺的数据。按以下步骤开始：",
  "noData.step1": "在 Chrome 或 Edge 中安装通数浏览器扩展。",
  "noData.step2": "在扩展中输入配对码，把扩展与本工作区配对（配对码由工作区所有者或管理员生成）。",
  "noData.step3":
    "打开淘宝/天猫、京东或拼多多的商家后台页面（如“已卖出的宝贝”“出售中的宝贝”），扩展会读取页面已加载的数据并同步到这里。",

  "pending.title": "{report}：暂无可显示的报表",
  "pending.body": "当前版本还没有{report}报表，所以这里没有图表或数字。报表上线后将使用下列数据：",
  "pending.held": "表中数字是工作区目前实际保存的数据。",
  "pending.noneHeld": "工作区还没有这些数据。打开对应的商家后台页面，扩展会采集并同步。",

  "page.platforms.purpose": "按平台对比销售额、订单数、客单价、退款率和转化率。",
  "page.products.purpose":
    "同一商品在各平台的销量、销售额和访客合并来看；按商家编码自动关联，其余可手动关联。",
  "page.inventory.purpose": "各 SKU 的库存、近期日均销量和可售天数，提示缺货和积压。",
  "page.profit.purpose":
    "按订单、商品和平台算毛利：销售额减去退款、平台佣金与服务费、推广花费和你录入的商品成本。",
  "page.profit.noCostAccess": "你的账号无权查看成本和利润；需要时请联系工作区所有者或管理员。",
  "page.ads.purpose": "各平台推广的花费、展现、点击、成交金额和投入产出比（ROI）。",
  "page.traffic.purpose":
    "访客、浏览量、支付买家和转化率，按店铺和商品查看。访客和买家数不能跨商品或跨天相加，报表不会把它们加总。",
  "page.customers.purpose":
    "复购、新老客和地域（省、市）分布。买家只以加密标识保存，姓名、电话和地址不会离开你的浏览器。",
  "page.alerts.purpose": "每天按北京时间检查库存不足、退款异常、推广花费突增和流量下滑，并提醒你。",

  "settings.account": "当前账号",
  "settings.workspace": "工作区",
  "settings.name": "姓名",
  "settings.email": "邮箱",
  "settings.role": "角色",
  "settings.costs": "成本与利润",
  "settings.costs.yes": "可以查看",
  "settings.costs.no": "不可查看",
  "settings.pendingTitle": "其他设置",
  "settings.pending": "成员管理、商品成本和日报/周报设置将在后续版本提供。",
  "invite.title": "加入工作区",
  "invite.loading": "正在读取邀请…",
  "invite.invalid": "这个邀请链接无效、已使用或已过期。请向邀请你的人索取新的链接。",
  "invite.info": "你受邀以「{role}」身份加入「{workspace}」，登录邮箱为 {email}。",
  "invite.name": "你的姓名",
  "invite.password": "设置密码（至少 10 个字符）",
  "invite.submit": "加入并登录",
  "invite.invalidInput": "请填写姓名，并设置至少 10 个字符的密码。",
  "invite.failed": "未能加入：邀请可能已被使用或已过期。",
  "devices.title": "设备与扩展配对",
  "devices.intro":
    "每台装了通数扩展的浏览器配对后，会把采集到的数据同步到这个工作区。买家身份不会离开浏览器。",
  "devices.createCode": "生成配对码",
  "devices.createFailed": "未能生成配对码，请重试。",
  "devices.codeHelp":
    "在扩展的设置页填写服务器地址 {server}，再输入这个配对码。配对码只能使用一次，{until} 前有效（北京时间）。",
  "devices.none": "还没有配对的设备。",
  "devices.col.name": "设备",
  "devices.col.paired": "配对时间",
  "devices.col.lastSeen": "最近同步",
  "devices.col.status": "状态",
  "devices.active": "正常",
  "devices.revoked": "已撤销",
  "devices.revoke": "撤销",
  "devices.revokeConfirm": "撤销「{name}」后，它将无法再同步数据。确定撤销吗？",
} as const;

export type MessageKey = keyof typeof zhCN;
