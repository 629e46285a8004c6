import { type Locale, LocaleSchema } from "@tongshu/shared";
import { en } from "./en.ts";
import { type MessageKey, zhCN } from "./zh-cn.ts";

export type { MessageKey };
export type Catalogue = Record<MessageKey, string>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const DEFAULT_LOCALE: Locale = "zh-CN";
export const LOCALES = LocaleSchema.options;
export const CATALOGUES: Record<Locale, Catalogue> = { "zh-CN": zhCN, en };

const PARAM = /\{(\w+)\}/g;

/** The `{name}` parameters a message uses, sorted, for the catalogue parity test. */
export function messageParams(message: string): string[] {
  return [...message.matchAll(PARAM)].map((match) => match[1] ?? "").sort();
}

/**
 * Fills `{name}` parameters. A missing parameter stays visible as `{name}` so the gap shows
 * up on screen instead of turning into an empty string.
 */
export function translate(
  catalogue: Catalogue,
  key: MessageKey,
  params: MessageParams = {},
): string {
  return catalogue[key].replace(PARAM, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export const LOCALE_STORAGE_KEY = "tongshu.locale";

/** The stored choice when it is a locale we ship; otherwise null (no choice made yet). */
export function readLocale(value: string | null | undefined): Locale | null {
  const parsed = LocaleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
