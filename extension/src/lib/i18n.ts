/** Interface languages. zh-CN comes first: it is the product's primary language. */
export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** Each language named in itself, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { "zh-CN": "简体中文", en: "English" };

const zhCN = {
  productName: "通数 Tongshu",
  version: "版本 {version}",
  loading: "正在读取…",
  "popup.server.label": "服务器",
  "popup.server.unpaired": "未配对：尚未连接任何通数服务器。",
  "popup.server.paired": "已配对：{workspace}",
  "popup.server.needsPairing":
    "服务器已不认这台设备（可能已被撤销），请重新配对。本机数据都已保留。",
  "sync.label": "同步",
  "sync.unpairedHint": "配对后才会同步；在此之前数据只保存在本机。",
  "sync.allSynced": "没有待同步的记录",
  "sync.pending": "待同步 {count} 条",
  "sync.never": "尚未同步过",
  "sync.lastSuccess": "最近一次同步成功：{time}（北京时间）",
  "sync.lastError": "最近一次同步失败：{message}（{time}）",
  "sync.nextAttempt": "将于 {time} 自动重试",
  "sync.quarantined": "{count} 条记录被服务器拒收，已隔离，不再重试",
  "sync.now": "立即同步",
  "sync.running": "正在同步…",
  "sync.nowFailed": "同步请求失败，请稍后再试。",
  "options.pairing.heading": "配对",
  "options.pairing.help":
    "在通数网页后台的「设备」页生成一次性配对码（10 分钟内有效），填在这里。配对后，本机采集的数据会同步到这个工作区。",
  "options.pairing.code": "配对码",
  "options.pairing.deviceName": "设备名称",
  "options.pairing.pair": "配对",
  "options.pairing.pairing": "正在配对…",
  "options.pairing.paired": "已配对：{workspace}",
  "options.pairing.pairedServer": "服务器：{url}",
  "options.pairing.needServer": "请先在上方填写并保存服务器地址。",
  "options.pairing.error.format": "配对码是 8 位字母和数字，例如 ABCD-EFGH。",
  "options.pairing.error.invalid_code": "配对码错误、已被使用或已过期，请在网页后台重新生成。",
  "options.pairing.error.unreachable": "无法连接服务器，请检查地址和网络。",
  "options.pairing.error.not_tongshu": "这个地址的回应不像通数服务器，请检查服务器地址。",
  "options.pairing.error.rate_limited": "尝试次数过多，请稍后再试。",
  "options.pairing.error.server_error": "服务器出错，请稍后再试。",
  "options.pairing.error.internal": "操作失败，请重试。",
  "options.pairing.unpair": "取消配对",
  "options.pairing.clearData": "同时清除本机数据",
  "options.pairing.clearDataHelp":
    "不勾选时，本机已采集的数据会保留，重新配对后继续同步。勾选后会删除本浏览器中的全部采集数据。",
  "options.pairing.confirmClear": "确定要删除本浏览器中采集的全部数据吗？此操作无法撤销。",
  "options.status.heading": "同步状态",
  "options.quarantine.heading": "被拒收的记录",
  "options.quarantine.none": "没有被拒收的记录。",
  "options.quarantine.reason": "{count} 条：{reason}",
  "options.quarantine.help": "服务器更新后，可以把这些记录重新放回待同步队列。",
  "options.quarantine.requeue": "重新排队",
  "options.quarantine.requeueFailed": "重新排队失败，请重试。",
  "popup.capture.label": "采集",
  "popup.capture.none": "尚未采集：打开淘宝/天猫、京东或拼多多的商家后台页面即可开始。",
  "popup.capture.stored": "本机已保存 {records} 条记录",
  "popup.capture.last": "最近一次采集：{time}（北京时间）",
  "popup.capture.failures": "{count} 次采集未能识别，已保留原始数据以便导出报告。",
  "popup.openOptions": "打开设置",
  "popup.statusError": "无法读取扩展状态，请关闭后重新打开。",
  "options.title": "通数 设置",
  "options.language.label": "界面语言",
  "options.server.heading": "通数服务器",
  "options.server.help":
    "填写你自己部署的通数服务器地址，例如 https://tongshu.example.workers.dev。",
  "options.server.label": "服务器地址",
  "options.server.save": "保存",
  "options.server.saved": "已保存：{url}",
  "options.server.none": "尚未填写。",
  "options.server.pairingNote": "扩展只会连接这里保存的地址，且只在配对之后。",
  "options.server.error.empty": "请输入服务器地址。",
  "options.server.error.invalid": "这不是有效的网址。",
  "options.server.error.insecure":
    "请使用 https:// 地址（只有本机 localhost 或 127.0.0.1 可用 http://）。",
  "options.server.error.credentials": "地址中不能包含用户名或密码。",
  "options.server.error.storage": "保存失败，请重试。",
  "options.privacy.heading": "隐私：会读取什么，什么永远不会离开浏览器",
  "options.privacy.now":
    "通数只在你打开的淘宝/天猫、京东和拼多多卖家后台页面上工作，其他网站一概不读。",
  "options.privacy.what":
    "通数只读取你打开的卖家后台页面本身已加载的数据：订单（金额、状态、时间、商品明细）、商品与库存、流量、推广花费、退款和结算记录。它不会替页面发出额外请求。",
  "options.privacy.where":
    "数据先保存在本浏览器中；只有在你与自己的通数服务器配对之后，才会同步到那台服务器，不会发送给任何第三方。",
  "options.privacy.never": "买家姓名、电话、地址和昵称（包括打码后的形式）永不保存，也永不发送。",
  "options.privacy.buyerKey":
    "买家 ID 只以 HMAC 散列值（buyerKey）保存，用来识别回头客，不保存 ID 本身。",
  "options.privacy.region": "收货地区只保留省份和城市。",
  "popup.capture.partlyOff": "部分平台或数据类型的采集已在设置中关闭。",
  "popup.capture.allOff": "所有采集都已在设置中关闭，不会保存新数据。",
  "popup.shops.heading": "各店铺",
  "popup.shops.session": "「本次」指本次浏览器会话，自 {time} 起（北京时间）。",
  "popup.shops.error": "无法读取各店铺的采集情况。",
  "popup.shop.unnamed": "店铺 {shopId}",
  "popup.shop.last": "最近采集：{time}",
  "popup.shop.never": "尚无成功的采集",
  "popup.shop.col.kind": "类型",
  "popup.shop.col.session": "本次",
  "popup.shop.col.total": "本机共计",
  "popup.shop.noRecords": "尚未保存任何记录。",
  "popup.shop.failures": "{count} 次采集未能识别",
  "popup.failures.unattributed": "另有 {count} 次采集未能识别，页面未显示店铺。",
  "popup.failures.export": "导出失败数据（已脱敏）",
  "popup.failures.help":
    "文件中的买家姓名、电话、地址、昵称和 ID 已替换为 [redacted]，可直接附在问题报告中。",
  "popup.failures.exported": "已导出 {count} 条失败记录。",
  "popup.failures.exportFailed": "导出失败，请重试。",
  "popup.openDashboard": "打开通数后台",
  "popup.openDashboardUnpaired": "配对以打开后台",
  "platform.taobao": "淘宝",
  "platform.tmall": "天猫",
  "platform.jd": "京东",
  "platform.pdd": "拼多多",
  "platformGroup.taobao": "淘宝 / 天猫",
  "platformGroup.jd": "京东",
  "platformGroup.pdd": "拼多多",
  "kind.order": "订单",
  "kind.sku": "商品与库存",
  "kind.traffic": "流量",
  "kind.ad": "推广",
  "kind.refund": "退款",
  "kind.settlement": "结算",
  "options.saveFailed": "保存失败，请重试。",
  "options.capture.heading": "采集范围",
  "options.capture.help":
    "关闭的平台或数据类型，通数不会保存，也就不会同步。已经保存的数据不受影响，可在下方「本机数据」中导出或清除。",
  "options.capture.platforms": "平台",
  "options.capture.kinds": "数据类型",
  "options.capture.allOff": "所有采集都已关闭：通数不会保存任何新数据。",
  "options.overlay.heading": "页面内提示",
  "options.overlay.help":
    "是否在卖家后台页面中显示通数的提示：商品列表每行的跨平台销量、各平台库存和可售天数，订单列表的回头客、退款风险和异常金额标记，以及今日各平台数据面板。提示只在本机显示，不会改动页面本身；关闭后立即从已打开的页面上移除。",
  "options.overlay.enabled": "允许页面内提示",
  "options.overlay.platforms": "在以下平台显示",
  "options.data.heading": "本机数据",
  "options.data.help": "以下数据保存在本浏览器中；配对后会同步到你自己的服务器。",
  "options.data.rows": "{count} 条",
  "options.data.table.outbox": "待同步",
  "options.data.table.quarantine": "被拒收",
  "options.data.table.shops": "店铺",
  "options.data.table.captureLog": "采集日志",
  "options.data.empty": "本浏览器中还没有采集的数据。",
  "options.data.export": "导出本机数据（JSON）",
  "options.data.exportHelp":
    "导出文件包含上述全部数据（不含配对凭据）。订单的 buyerKey 不会导出：它只在本浏览器和你自己的服务器之间使用。",
  "options.data.exported": "已导出 {count} 行数据。",
  "options.data.exportFailed": "导出失败，请重试。",
  "options.data.clear": "清除本机数据…",
  "options.data.confirmTitle": "将从本浏览器中删除：",
  "options.data.confirmKind": "{kind}：{count} 条",
  "options.data.confirmPending": "其中 {count} 条尚未同步，删除后不会再发送到服务器",
  "options.data.confirmQuarantine": "{count} 条被服务器拒收的记录",
  "options.data.confirmShops": "{count} 个店铺的名称和最近采集时间",
  "options.data.confirmLog": "{count} 条采集日志（包括失败数据）",
  "options.data.confirmKeeps":
    "会保留：服务器地址、配对、界面语言和本页的各项设置。服务器上已同步的数据不受影响。此操作无法撤销。",
  "options.data.confirm": "确认删除",
  "options.data.cancel": "取消",
  "options.data.cleared": "已删除 {count} 行本机数据，配对和设置均已保留。",
  "options.data.clearFailed": "清除失败，请重试。",
  "options.privacy.controls":
    "你可以在本页按平台和数据类型关闭采集，随时导出（不含 buyerKey）或清除本机数据；清除不影响配对和设置。",
  "options.privacy.failures":
    "页面数据无法识别时，原始响应会留在采集日志中以便导出问题报告；保存之前已去除买家姓名、电话、地址、昵称和 ID。",
} as const;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  productName: "通数 Tongshu",
  version: "Version {version}",
  loading: "Loading…",
  "popup.server.label": "Server",
  "popup.server.unpaired": "Not paired: not connected to a Tongshu server.",
  "popup.server.paired": "Paired: {workspace}",
  "popup.server.needsPairing":
    "The server no longer accepts this device (it may have been revoked). Pair again; all local data is kept.",
  "sync.label": "Sync",
  "sync.unpairedHint": "Sync starts once you pair; until then data stays in this browser.",
  "sync.allSynced": "Nothing waiting to sync",
  "sync.pending": "{count} records waiting to sync",
  "sync.never": "Never synced yet",
  "sync.lastSuccess": "Last successful sync: {time} (Beijing time)",
  "sync.lastError": "Last sync failed: {message} ({time})",
  "sync.nextAttempt": "Retrying automatically at {time}",
  "sync.quarantined":
    "{count} records were refused by the server and set aside; they are not retried",
  "sync.now": "Sync now",
  "sync.running": "Syncing…",
  "sync.nowFailed": "Could not start sync. Try again later.",
  "options.pairing.heading": "Pairing",
  "options.pairing.help":
    "Create a one-time pairing code on the Devices page of your Tongshu dashboard (valid for 10 minutes) and enter it here. Once paired, what this browser captures syncs to that workspace.",
  "options.pairing.code": "Pairing code",
  "options.pairing.deviceName": "Device name",
  "options.pairing.pair": "Pair",
  "options.pairing.pairing": "Pairing…",
  "options.pairing.paired": "Paired: {workspace}",
  "options.pairing.pairedServer": "Server: {url}",
  "options.pairing.needServer": "Enter and save the server address above first.",
  "options.pairing.error.format": "A pairing code has 8 letters and digits, for example ABCD-EFGH.",
  "options.pairing.error.invalid_code":
    "This code is wrong, already used or expired. Create a new one in the dashboard.",
  "options.pairing.error.unreachable":
    "Could not reach the server. Check the address and your connection.",
  "options.pairing.error.not_tongshu":
    "The answer from this address does not look like a Tongshu server. Check the server address.",
  "options.pairing.error.rate_limited": "Too many attempts. Try again later.",
  "options.pairing.error.server_error": "The server had an error. Try again later.",
  "options.pairing.error.internal": "Something went wrong. Try again.",
  "options.pairing.unpair": "Unpair",
  "options.pairing.clearData": "Also clear this browser's data",
  "options.pairing.clearDataHelp":
    "Unticked, the data captured here is kept and syncs after you pair again. Ticked, everything captured in this browser is deleted.",
  "options.pairing.confirmClear":
    "Delete all data captured in this browser? This cannot be undone.",
  "options.status.heading": "Sync status",
  "options.quarantine.heading": "Refused records",
  "options.quarantine.none": "No records were refused.",
  "options.quarantine.reason": "{count}: {reason}",
  "options.quarantine.help":
    "Once the server is updated, you can put these records back in the sync queue.",
  "options.quarantine.requeue": "Queue again",
  "options.quarantine.requeueFailed": "Could not queue them again. Try again.",
  "popup.capture.label": "Capture",
  "popup.capture.none":
    "Nothing captured yet: open a Taobao/Tmall, JD or Pinduoduo seller-center page to start.",
  "popup.capture.stored": "{records} records stored in this browser",
  "popup.capture.last": "Last capture: {time} (Beijing time)",
  "popup.capture.failures":
    "{count} captures could not be read; their raw data is kept for a bug report.",
  "popup.openOptions": "Open settings",
  "popup.statusError": "Could not read the extension's status. Close and reopen this popup.",
  "options.title": "Tongshu settings",
  "options.language.label": "Language",
  "options.server.heading": "Tongshu server",
  "options.server.help":
    "The address of the Tongshu server you deployed, for example https://tongshu.example.workers.dev.",
  "options.server.label": "Server address",
  "options.server.save": "Save",
  "options.server.saved": "Saved: {url}",
  "options.server.none": "Not set yet.",
  "options.server.pairingNote":
    "The extension contacts only the address saved here, and only after pairing.",
  "options.server.error.empty": "Enter the server address.",
  "options.server.error.invalid": "This is not a valid web address.",
  "options.server.error.insecure":
    "Use an https:// address (http:// works only for localhost or 127.0.0.1 on this computer).",
  "options.server.error.credentials": "The address must not contain a user name or password.",
  "options.server.error.storage": "Could not save. Try again.",
  "options.privacy.heading": "Privacy: what is read, and what never leaves your browser",
  "options.privacy.now":
    "Tongshu works only on the Taobao/Tmall, JD and Pinduoduo seller-center pages you open; it reads no other site.",
  "options.privacy.what":
    "Tongshu reads only what the seller-center pages you open have already loaded: orders (amounts, status, times, line items), products and stock, traffic, ad spend, refunds and settlements. It never sends requests on a page's behalf.",
  "options.privacy.where":
    "Data is kept in this browser first. Only after you pair with your own Tongshu server is it synced, to that server alone and to no third party.",
  "options.privacy.never":
    "Buyer names, phone numbers, addresses and nicknames (masked forms included) are never stored and never sent.",
  "options.privacy.buyerKey":
    "A buyer id is kept only as an HMAC hash (buyerKey), used to recognise repeat buyers; the id itself is not stored.",
  "options.privacy.region": "Of the delivery address, only the province and city are kept.",
  "popup.capture.partlyOff": "Capture of some platforms or data kinds is switched off in settings.",
  "popup.capture.allOff": "All capture is switched off in settings; nothing new is stored.",
  "popup.shops.heading": "Shops",
  "popup.shops.session": '"Session" is this browser session, since {time} (Beijing time).',
  "popup.shops.error": "Could not read the per-shop figures.",
  "popup.shop.unnamed": "Shop {shopId}",
  "popup.shop.last": "Last capture: {time}",
  "popup.shop.never": "No successful capture yet",
  "popup.shop.col.kind": "Kind",
  "popup.shop.col.session": "Session",
  "popup.shop.col.total": "Stored",
  "popup.shop.noRecords": "No records stored yet.",
  "popup.shop.failures": "{count} captures could not be read",
  "popup.failures.unattributed":
    "{count} more captures could not be read; their pages showed no shop.",
  "popup.failures.export": "Export failures (redacted)",
  "popup.failures.help":
    "Buyer names, phone numbers, addresses, nicknames and ids are replaced by [redacted] in the file, so you can attach it to a bug report.",
  "popup.failures.exported": "Exported {count} failed captures.",
  "popup.failures.exportFailed": "Export failed. Try again.",
  "popup.openDashboard": "Open dashboard",
  "popup.openDashboardUnpaired": "Pair to open the dashboard",
  "platform.taobao": "Taobao",
  "platform.tmall": "Tmall",
  "platform.jd": "JD",
  "platform.pdd": "Pinduoduo",
  "platformGroup.taobao": "Taobao / Tmall",
  "platformGroup.jd": "JD",
  "platformGroup.pdd": "Pinduoduo",
  "kind.order": "Orders",
  "kind.sku": "Products and stock",
  "kind.traffic": "Traffic",
  "kind.ad": "Ads",
  "kind.refund": "Refunds",
  "kind.settlement": "Settlements",
  "options.saveFailed": "Could not save. Try again.",
  "options.capture.heading": "What to capture",
  "options.capture.help":
    'Platforms and data kinds switched off are not stored, so they are not synced either. Data already stored is not affected; export or clear it under "Data in this browser" below.',
  "options.capture.platforms": "Platforms",
  "options.capture.kinds": "Data kinds",
  "options.capture.allOff": "All capture is switched off: Tongshu stores nothing new.",
  "options.overlay.heading": "In-page hints",
  "options.overlay.help":
    "Whether Tongshu shows its hints inside seller-center pages: cross-platform units, stock on every platform and days of cover on product rows; repeat-buyer, refund-risk and unusual-amount marks on orders; and a panel with today's figures per platform. Hints are drawn in this browser only and never change the page itself; turning them off removes them from open pages at once.",
  "options.overlay.enabled": "Allow in-page hints",
  "options.overlay.platforms": "Show on these platforms",
  "options.data.heading": "Data in this browser",
  "options.data.help":
    "This data is kept in this browser; once paired it syncs to your own server.",
  "options.data.rows": "{count}",
  "options.data.table.outbox": "Waiting to sync",
  "options.data.table.quarantine": "Refused",
  "options.data.table.shops": "Shops",
  "options.data.table.captureLog": "Capture log",
  "options.data.empty": "Nothing has been captured in this browser yet.",
  "options.data.export": "Export local data (JSON)",
  "options.data.exportHelp":
    "The file holds all of the data above (no pairing credentials). Order buyerKeys are left out: they are used only between this browser and your own server.",
  "options.data.exported": "Exported {count} rows.",
  "options.data.exportFailed": "Export failed. Try again.",
  "options.data.clear": "Clear local data…",
  "options.data.confirmTitle": "This deletes from this browser:",
  "options.data.confirmKind": "{kind}: {count} records",
  "options.data.confirmPending":
    "{count} of them not yet synced; they will never be sent to the server",
  "options.data.confirmQuarantine": "{count} records the server refused",
  "options.data.confirmShops": "the names and last capture times of {count} shops",
  "options.data.confirmLog": "{count} capture log entries (failed captures included)",
  "options.data.confirmKeeps":
    "Kept: the server address, pairing, language and the settings on this page. Data already synced to the server is not affected. This cannot be undone.",
  "options.data.confirm": "Delete",
  "options.data.cancel": "Cancel",
  "options.data.cleared": "Deleted {count} rows of local data; pairing and settings are kept.",
  "options.data.clearFailed": "Could not clear. Try again.",
  "options.privacy.controls":
    "On this page you can switch capture off per platform and data kind, and export (without buyerKeys) or clear this browser's data at any time; clearing keeps pairing and settings.",
  "options.privacy.failures":
    "When a page's data cannot be read, its raw response stays in the capture log so you can export a bug report; buyer names, phone numbers, addresses, nicknames and ids are removed before it is saved.",
};

export const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

/** Narrows an untrusted value (e.g. from storage) to a supported locale. */
export function parseLocale(value: unknown): Locale | null {
  return LOCALES.find((locale) => locale === value) ?? null;
}

/** Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible. */
export function translate(
  locale: Locale,
  key: MessageKey,
  params: Readonly<Record<string, string>> = {},
): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
