import type { Locale } from "@tongshu/shared";
import { EMAIL_STRINGS_EN, EMAIL_STRINGS_ZH, type EmailStringKey } from "./email-strings.ts";

export type EmailParams = Record<string, string | number>;
export type Translate = (key: EmailStringKey, params?: EmailParams) => string;

/** `{name}` placeholders filled from `params`; an unknown placeholder stays visible as written. */
export function fillParams(template: string, params: EmailParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** The catalogue lookup for one email's locale (anything but "en" reads Chinese). */
export function translator(locale: Locale): Translate {
  const strings: Record<EmailStringKey, string> =
    locale === "en" ? EMAIL_STRINGS_EN : EMAIL_STRINGS_ZH;
  // A key missing at run time (an unknown rule id from a newer worker) shows as itself.
  return (key, params) => fillParams(strings[key] ?? key, params);
}
