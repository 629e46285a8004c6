import type { MessageKey } from "./zh-cn.ts";

/** English catalogue: the same keys and parameters as zh-cn.ts. */
export const en: Record<MessageKey, string> = {
  "app.name": "Tongshu",
  "app.loading": "Loading…",
  "app.skipToContent": "Skip to main content",
  "common.retry": "Retry",
  "common.none": "—",

  "nav.label": "Main navigation",
  "nav.overview": "Overview",
  "nav.platforms": "Platforms",
  "nav.products": "Products",
  "nav.inventory": "Inventory",
  "nav.profit": "Profit",
  "nav.ads": "Ads",
  "nav.traffic": "Traffic",
  "nav.customers": "Customers",
  "nav.alerts": "Alerts",
  "nav.settings": "Settings",

  "header.workspace": "Workspace",
  "header.member": "{name} ({role})",
  "header.language": "Language",
  "header.logout": "Log out",
  "header.loggingOut": "Logging out…",
  "header.logoutFailed": "Could not log out: {reason}",

  "lang.zh-CN": "中文",
  "lang.en": "English",

  "role.owner": "Owner",
  "role.admin": "Admin",
  "role.analyst": "Analyst",
  "role.viewer": "Viewer",

  "platform.taobao": "Taobao",
  "platform.tmall": "Tmall",
  "platform.jd": "JD",
  "platform.pdd": "Pinduoduo",

  "kind.order": "Orders",
  "kind.sku": "Product SKUs",
  "kind.traffic": "Traffic",
  "kind.ad": "Ads",
  "kind.refund": "Refunds",
  "kind.settlement": "Settlements",

  "source.order": "Order lists: Taobao/Tmall 已卖出的宝贝, JD 订单管理, Pinduoduo 订单查询",
  "source.sku": "Product lists: Taobao/Tmall 出售中的宝贝, JD and Pinduoduo 商品列表",
  "source.traffic": "Data pages: Taobao/Tmall 生意参谋, JD 商智, Pinduoduo 数据中心",
  "source.ad": "Ad consoles: Taobao/Tmall 直通车 and 万相台, JD 京准通, Pinduoduo 推广中心",
  "source.refund": "Each platform's after-sales / refund pages",
  "source.settlement": "Each platform's billing and settlement detail pages",

  "login.title": "Log in to Tongshu",
  "login.subtitle": "Taobao/Tmall, JD and Pinduoduo numbers in one place",
  "login.email": "Email",
  "login.password": "Password",
  "login.submit": "Log in",
  "login.submitting": "Logging in…",
  "login.invalidCredentials": "Wrong email or password",
  "login.tooManyAttempts": "Too many attempts. Please try again later.",
  "login.tooManyAttemptsWait": "Too many attempts. Please try again in {seconds} seconds.",
  "login.invalidInput": "Enter a valid email address and a password.",

  "error.title": "Could not load",
  "error.sessionCheck": "Could not check your session",
  "error.network": "Cannot reach the Tongshu server. Check your connection, then retry.",
  "error.server":
    "The server failed ({code}). Retry later; if it keeps failing, ask a workspace admin to check the server logs.",
  "error.invalidResponse":
    "The server sent data this page cannot read; the page and server versions may differ. Reload the page, then retry.",
  "error.forbidden": "Your account may not see this data. Ask the workspace owner.",
  "error.rateLimited": "Too many requests. Please retry in a moment.",
  "error.other": "Request failed: {message} ({code})",

  "notFound.title": "Page not found",
  "notFound.body": "There is no page at {path}.",
  "notFound.back": "Back to Overview",

  "coverage.title": "Data coverage",
  "coverage.intro":
    "What the workspace holds: per shop and kind of record, how many records, which dates and when they were last captured.",
  "coverage.summary": "{shops} shops, {records} records in total",
  "coverage.gapNote":
    "Date ranges show only the first and last day; days in between may be missing.",
  "coverage.shopId": "Shop ID {id}",
  "coverage.unnamedShop": "Unnamed shop",
  "coverage.col.kind": "Data",
  "coverage.col.source": "Captured from",
  "coverage.col.records": "Records",
  "coverage.col.shops": "Shops",
  "coverage.col.dates": "Dates (first–last)",
  "coverage.col.lastCaptured": "Last captured (Beijing time)",
  "coverage.undated": "Not dated",

  "noData.title": "No data yet",
  "noData.body": "This workspace has not received data from any shop. To start:",
  "noData.step1": "Install the Tongshu browser extension in Chrome or Edge.",
  "noData.step2":
    "Pair the extension with this workspace by entering a pairing code (an owner or admin creates it).",
  "noData.step3":
    "Open a Taobao/Tmall, JD or Pinduoduo seller-center page (such as 已卖出的宝贝 or 出售中的宝贝); the extension reads what the page loaded and syncs it here.",

  "pending.title": "{report}: no report to show yet",
  "pending.body":
    "This version has no {report} report yet, so there are no charts or figures here. When it ships, it will use:",
  "pending.held": "The figures are what the workspace actually holds now.",
  "pending.noneHeld":
    "The workspace holds none of this data yet. Open the matching seller-center pages and the extension will capture and sync it.",

  "page.platforms.purpose":
    "Sales, orders, average order value, refund rate and conversion, platform by platform.",
  "page.products.purpose":
    "One product's units, sales and visitors across platforms; linked by outer SKU code automatically, the rest by hand.",
  "page.inventory.purpose":
    "Stock per SKU, recent daily sales and days of cover, flagging stock-outs and overstock.",
  "page.profit.purpose":
    "Gross profit by order, product and platform: sales minus refunds, platform commission and fees, ad spend and the product costs you enter.",
  "page.profit.noCostAccess":
    "Your account may not see costs and profit; ask a workspace owner or admin if you need them.",
  "page.ads.purpose": "Ad spend, impressions, clicks, attributed sales and ROI on each platform.",
  "page.traffic.purpose":
    "Visitors, page views, paying buyers and conversion by shop and product. Visitor and buyer counts do not add across products or days, so the report never sums them.",
  "page.customers.purpose":
    "Repurchase, new vs returning buyers and regions (province, city). Buyers are kept only as hashed keys; names, phones and addresses never leave your browser.",
  "page.alerts.purpose":
    "A daily check (Beijing time) for low stock, unusual refunds, ad spend spikes and traffic drops.",

  "settings.account": "Your account",
  "settings.workspace": "Workspace",
  "settings.name": "Name",
  "settings.email": "Email",
  "settings.role": "Role",
  "settings.costs": "Costs and profit",
  "settings.costs.yes": "Can see",
  "settings.costs.no": "Cannot see",
  "settings.pendingTitle": "Other settings",
  "settings.pending": "Members, product costs and digest schedules come in a later version.",
  "invite.title": "Join a workspace",
  "invite.loading": "Reading the invitation…",
  "invite.invalid":
    "This invitation link is invalid, used or expired. Ask whoever invited you for a new one.",
  "invite.info": "You are invited to “{workspace}” as {role}, signing in with {email}.",
  "invite.name": "Your name",
  "invite.password": "Choose a password (at least 10 characters)",
  "invite.submit": "Join and sign in",
  "invite.invalidInput": "Enter your name and a password of at least 10 characters.",
  "invite.failed": "Could not join: the invitation may have been used or have expired.",
  "devices.title": "Devices and extension pairing",
  "devices.intro":
    "Each browser with the Tongshu extension syncs what it captures to this workspace once paired. Buyer identities never leave the browser.",
  "devices.createCode": "Create a pairing code",
  "devices.createFailed": "Could not create a pairing code. Try again.",
  "devices.codeHelp":
    "In the extension's settings enter the server address {server}, then this code. It works once and expires at {until} (Beijing time).",
  "devices.none": "No device is paired yet.",
  "devices.col.name": "Device",
  "devices.col.paired": "Paired",
  "devices.col.lastSeen": "Last sync",
  "devices.col.status": "Status",
  "devices.active": "Active",
  "devices.revoked": "Revoked",
  "devices.revoke": "Revoke",
  "devices.revokeConfirm": "After revoking “{name}” it can no longer sync. Revoke it?",
};
