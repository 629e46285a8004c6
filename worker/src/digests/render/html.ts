import { escapeHtml } from "../../lib/escape-html.ts";

/**
 * The HTML part's only way to build markup: `html` escapes every interpolated value unless it is
 * already Html, so untrusted text (workspace, product and shop names, evidence) cannot inject.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

export { escapeHtml };

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/** Tagged template: literal markup stays, interpolations are escaped (arrays joined). */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/**
 * Inline CSS from the renderer's own constants (never from content). A later declaration of a
 * property replaces an earlier one (base styles, then overrides) so the markup stays small;
 * a quote or angle bracket would end the attribute, so it is refused.
 */
export function css(...declarations: Array<string | false | null | undefined>): Html {
  const byProperty = new Map<string, string>();
  for (const d of declarations) {
    if (typeof d !== "string" || d === "") continue;
    const property = d.slice(0, d.indexOf(":")).trim();
    byProperty.delete(property);
    byProperty.set(property, d);
  }
  const text = [...byProperty.values()].join(";");
  if (/["<>&]/.test(text)) throw new Error(`unsafe inline CSS: ${text}`);
  return new Html(text);
}

/** `url` normalised when it is an absolute http(s) URL, else null (never javascript:, data:, …). */
export function httpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
