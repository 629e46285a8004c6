import {
  addDays,
  type CreateDigestRequest,
  DEFAULT_DIGEST_TIME,
  DIGEST_SECTIONS,
  DIGEST_TIME_PATTERN,
  type DigestFrequency,
  type DigestSection,
  type DigestSend,
  type DigestSubscription,
  type Locale,
  type MemberListItem,
  PLATFORMS,
  type Platform,
  type ShopCoverage,
  type UpdateDigestRequest,
} from "@tongshu/shared";
import type { ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";

/** A catalogue key and its parameters (the same shape errors use). */
export type Message = ErrorMessage;

/** What the add/edit form holds; the shop choice survives switching "all shops" on and off. */
export interface DigestFormValues {
  recipientKind: "member" | "email";
  memberId: string;
  email: string;
  frequency: DigestFrequency;
  sendAt: string;
  allShops: boolean;
  shops: string[];
  sections: DigestSection[];
  locale: Locale;
  urgentAlerts: boolean;
}
export type DigestFormField = "recipient" | "sendAt" | "shops" | "sections";
export type DigestFormErrors = Partial<Record<DigestFormField, Message>>;

/** Same test the login and invite forms rely on server-side; a quick check before sending. */
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** A new schedule: daily at 08:30, every shop and section, urgent alerts on. */
export function newDigestForm(memberId: string, locale: Locale): DigestFormValues {
  return {
    recipientKind: "member",
    memberId,
    email: "",
    frequency: "daily",
    sendAt: DEFAULT_DIGEST_TIME,
    allShops: true,
    shops: [],
    sections: [...DIGEST_SECTIONS],
    locale,
    urgentAlerts: true,
  };
}

/** The form for editing an existing schedule. */
export function formFromSubscription(sub: DigestSubscription): DigestFormValues {
  return {
    recipientKind: sub.memberId === null ? "email" : "member",
    memberId: sub.memberId ?? "",
    email: sub.email,
    frequency: sub.frequency,
    sendAt: sub.sendAt,
    allShops: sub.shops === null,
    shops: sub.shops ?? [],
    sections: [...sub.sections],
    locale: sub.locale,
    urgentAlerts: sub.urgentAlerts,
  };
}

/** Profit goes only to members whose role may see costs, never to an outside address. */
export function recipientSeesProfit(
  memberId: string | null,
  members: readonly Pick<MemberListItem, "id" | "canSeeCosts">[],
): boolean {
  if (memberId === null || memberId === "") return false;
  return members.find((member) => member.id === memberId)?.canSeeCosts ?? false;
}

/** The sections that will be sent, in the digest's order (profit dropped when not allowed). */
export function effectiveSections(
  sections: readonly DigestSection[],
  profitAllowed: boolean,
): DigestSection[] {
  return DIGEST_SECTIONS.filter(
    (section) => sections.includes(section) && (profitAllowed || section !== "profit"),
  );
}

/** What is wrong with the form before it is sent; empty when it may go. */
export function validateDigestForm(
  values: DigestFormValues,
  { creating, profitAllowed }: { creating: boolean; profitAllowed: boolean },
): DigestFormErrors {
  const errors: DigestFormErrors = {};
  if (creating && values.recipientKind === "member" && values.memberId === "")
    errors.recipient = { key: "digests.input.chooseMember" };
  if (creating && values.recipientKind === "email" && !EMAIL.test(values.email.trim()))
    errors.recipient = { key: "digests.input.email" };
  if (!DIGEST_TIME_PATTERN.test(values.sendAt)) errors.sendAt = { key: "digests.input.time" };
  if (!values.allShops && values.shops.length === 0) errors.shops = { key: "digests.input.shops" };
  if (effectiveSections(values.sections, profitAllowed).length === 0)
    errors.sections = { key: "digests.input.sections" };
  return errors;
}

const chosenShops = (values: DigestFormValues) =>
  values.allShops ? null : [...new Set(values.shops)].sort();

/** POST body: a member by id or an outside address, with every setting spelled out. */
export function toCreateRequest(
  values: DigestFormValues,
  profitAllowed: boolean,
): CreateDigestRequest {
  const recipient =
    values.recipientKind === "member"
      ? { memberId: values.memberId }
      : { email: values.email.trim().toLowerCase() };
  return { ...recipient, ...settingsOf(values, profitAllowed) };
}

/**
 * PATCH body: every setting but the recipient (fixed). Shops only when changed: the API checks a
 * shop-scoped caller's choice whenever shops are sent, and "all shops" set by an owner is not
 * the scoped member's to keep.
 */
export function toUpdateRequest(
  values: DigestFormValues,
  profitAllowed: boolean,
  original: Pick<DigestSubscription, "shops">,
): UpdateDigestRequest {
  const { shops, ...rest } = settingsOf(values, profitAllowed);
  return sameShops(shops, original.shops) ? rest : { ...rest, shops };
}

function sameShops(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return a === b;
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((key, i) => key === right[i]);
}

function settingsOf(values: DigestFormValues, profitAllowed: boolean) {
  return {
    locale: values.locale,
    frequency: values.frequency,
    sendAt: values.sendAt,
    shops: chosenShops(values),
    sections: effectiveSections(values.sections, profitAllowed),
    urgentAlerts: values.urgentAlerts,
  };
}

/** Every send time the cron can keep: 00:00, 00:15 … 23:45 (Beijing). */
export function quarterHours(): string[] {
  return Array.from({ length: 96 }, (_, i) => {
    const hh = String(Math.floor(i / 4)).padStart(2, "0");
    return `${hh}:${String((i % 4) * 15).padStart(2, "0")}`;
  });
}

/** "每天 08:30", "每周一 08:30", "每月1日 08:30" or "已关闭". */
export function scheduleMessage(frequency: DigestFrequency, sendAt: string): Message {
  return frequency === "off"
    ? { key: "digests.schedule.off" }
    : { key: `digests.schedule.${frequency}`, params: { time: sendAt } };
}

export const shopKeyOf = (shop: Pick<ShopCoverage, "platform" | "shopId">) =>
  `${shop.platform}:${shop.shopId}`;

export interface ShopGroup {
  platform: Platform;
  shops: Array<{ key: string; name: string }>;
}

/** Shops by platform for the checkboxes, limited to the recipient's shop scope when it has one. */
export function shopGroups(
  shops: readonly ShopCoverage[],
  scope: readonly string[] | null,
): ShopGroup[] {
  return PLATFORMS.map((platform) => ({
    platform,
    shops: shops
      .filter((shop) => shop.platform === platform)
      .map((shop) => ({ key: shopKeyOf(shop), name: shop.shopName ?? shop.shopId }))
      .filter((shop) => scope === null || scope.includes(shop.key)),
  })).filter((group) => group.shops.length > 0);
}

/** Names of the chosen shops (the id where the workspace no longer has the shop); null = all. */
export function shopNames(keys: readonly string[] | null, shops: readonly ShopCoverage[]) {
  if (keys === null) return null;
  return keys.map((key) => {
    const shop = shops.find((s) => shopKeyOf(s) === key);
    return shop ? (shop.shopName ?? shop.shopId) : key.slice(key.indexOf(":") + 1);
  });
}

/** Members that already have a schedule: one per address, so the picker greys them out. */
export function subscribedMemberIds(subs: readonly DigestSubscription[]): Set<string> {
  return new Set(subs.flatMap((sub) => (sub.memberId === null ? [] : [sub.memberId])));
}

/**
 * Whether profit is in the digest, and why not. The role comes before the choice: the form
 * does not let a member without cost access choose profit, so "not chosen" would mislead.
 */
export function profitNote(
  sub: Pick<DigestSubscription, "includesProfit" | "memberId" | "sections">,
  recipientMaySeeProfit: boolean,
): Message {
  if (sub.includesProfit) return { key: "digests.profit.included" };
  if (sub.memberId === null) return { key: "digests.profit.outside" };
  if (!recipientMaySeeProfit || sub.sections.includes("profit"))
    return { key: "digests.profit.role" };
  return { key: "digests.profit.notChosen" };
}

const MANUAL_KEYS = {
  "digests.period.daily": "digests.period.dailyManual",
  "digests.period.weekly": "digests.period.weeklyManual",
  "digests.period.monthly": "digests.period.monthlyManual",
} as const;

/**
 * A send's period key in words: "daily:2026-12-01", "weekly:…", "monthly:…", "alerts:…", and
 * "send now" as "manual:<ms>:<period key>" (older rows: "manual:<ms>").
 */
export function periodMessage(period: string): Message {
  const manual = /^manual:(\d+):(.+)$/.exec(period);
  if (manual) {
    const inner = periodMessage(manual[2] ?? "");
    const key = MANUAL_KEYS[inner.key as keyof typeof MANUAL_KEYS];
    const at = formatBeijingDateTime(Number(manual[1]));
    if (key) return { key, params: { ...inner.params, at } };
    return { key: "digests.period.manual", params: { at } };
  }
  const split = period.indexOf(":");
  const kind = period.slice(0, split);
  const value = period.slice(split + 1);
  if (kind === "daily" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return { key: "digests.period.daily", params: { date: value } };
  if (kind === "weekly" && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return { key: "digests.period.weekly", params: { from: value, to: addDays(value, 6) } };
  if (kind === "monthly" && /^\d{4}-\d{2}$/.test(value))
    return { key: "digests.period.monthly", params: { month: value } };
  if (kind === "alerts" && /^\d{4}-\d{2}-\d{2}T\d{2}$/.test(value))
    return {
      key: "digests.period.alerts",
      params: { date: value.slice(0, 10), hour: value.slice(11, 13) },
    };
  if (kind === "manual" && /^\d+$/.test(value))
    return { key: "digests.period.manual", params: { at: formatBeijingDateTime(Number(value)) } };
  return { key: "digests.period.other", params: { period } };
}

/** A send's outcome in one line: sent at …, sending, retrying at … (why), failed (why). */
export function sendOutcome(
  send: Pick<DigestSend, "status" | "sentAt" | "lastError" | "nextAttemptAt" | "createdAt">,
): Message {
  const error = send.lastError ?? "—";
  if (send.status === "sent")
    return { key: "digests.send.sent", params: { at: formatBeijingDateTime(send.sentAt) } };
  if (send.status === "sending") return { key: "digests.send.sending" };
  if (send.status === "retry")
    return {
      key: "digests.send.retry",
      params: { error, at: formatBeijingDateTime(send.nextAttemptAt) },
    };
  return { key: "digests.send.failed", params: { error } };
}
