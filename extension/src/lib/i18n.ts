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
  "options.privacy.now": "目前采集功能尚未启用，本扩展没有读取或保存任何店铺数据。",
  "options.privacy.what":
    "启用后，通数只读取你打开的卖家后台页面本身已加载的数据：订单（金额、状态、时间、商品明细）、商品与库存、流量、推广花费、退款和结算记录。它不会替页面发出额外请求。",
  "options.privacy.where":
    "数据先保存在本浏览器中；只有在你与自己的通数服务器配对之后，才会同步到那台服务器，不会发送给任何第三方。",
  "options.privacy.never": "买家姓名、电话、地址和昵称（包括打码后的形式）永不保存，也永不发送。",
  "options.privacy.buyerKey":
    "买家 ID 只以 HMAC 散列值（buyerKey）保存，用来识别回头客，不保存 ID 本身。",
  "options.privacy.region": "收货地区只保留省份和城市。",
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
    "Capture is not enabled yet: this extension has not read or stored any shop data.",
  "options.privacy.what":
    "Once enabled, Tongshu reads only what the seller-center pages you open have already loaded: orders (amounts, status, times, line items), products and stock, traffic, ad spend, refunds and settlements. It never sends requests on a page's behalf.",
  "options.privacy.where":
    "Data is kept in this browser first. Only after you pair with your own Tongshu server is it synced, to that server alone and to no third party.",
  "options.privacy.never":
    "Buyer names, phone numbers, addresses and nicknames (masked forms included) are never stored and never sent.",
  "options.privacy.buyerKey":
    "A buyer id is kept only as an HMAC hash (buyerKey), used to recognise repeat buyers; the id itself is not stored.",
  "options.privacy.region": "Of the delivery address, only the province and city are kept.",
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
