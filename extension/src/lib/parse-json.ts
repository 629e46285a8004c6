import { ParseError } from "../platforms/types.ts";

/**
 * JSON.parse that keeps big integers exact: Taobao sends 18–19 digit ids as bare numbers, which
 * JSON.parse rounds. Integer literals with more than 15 digits become strings before parsing;
 * everything inside string literals is left alone.
 */
export function parseJsonLossless(text: string): unknown {
  let out = "";
  let i = 0;
  let last = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i += 2;
        else if (d === 34) break;
        else i++;
      }
      i++;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 45 /* - */) {
      let j = i + (c === 45 ? 1 : 0);
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const digits = j - i - (c === 45 ? 1 : 0);
      const integerEnd = j;
      // A fraction or exponent makes it a float: skip its digits too, they are not an id.
      if (text.charCodeAt(j) === 46 /* . */) {
        j++;
        while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      }
      if (text.charCodeAt(j) === 101 || text.charCodeAt(j) === 69 /* e E */) {
        j++;
        if (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45) j++;
        while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      }
      if (digits > 15 && j === integerEnd) {
        out += `${text.slice(last, i)}"${text.slice(i, j)}"`;
        last = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  const source = last === 0 ? text : out + text.slice(last);
  try {
    return JSON.parse(source);
  } catch {
    throw new ParseError(
      "not_json",
      `body is not JSON (starts with ${JSON.stringify(text.slice(0, 40))})`,
    );
  }
}

/** `cb({...})` or `/**\/ jsonp123({...});` → the JSON inside; plain JSON passes through. */
export function stripJsonp(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith("{") || trimmed.startsWith("[")) return trimmed;
  const match = /^(?:\/\*\*\/\s*)?[A-Za-z_$][\w$.]*\s*\(([\s\S]*)\)\s*;?\s*$/.exec(trimmed);
  return match?.[1]?.trim() ?? trimmed;
}

/** Reads the object literal that starts at `start` (a "{"), balancing braces outside strings. */
function balancedObject(text: string, start: number): string | null {
  let depth = 0;
  let quote: number | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== null) {
      if (c === 92) i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** Undoes a JS single-quoted string literal's escapes (what `JSON.parse('…')` embeds). */
function unescapeJsString(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e.startsWith("u") || e.startsWith("x"))
      return String.fromCharCode(Number.parseInt(e.slice(1), 16));
    return ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[e] ?? e;
  });
}

/**
 * JSON embedded in an HTML page: `var data = JSON.parse('…')` (Taobao order detail) or
 * `var name = {…}` / `window.Json = {…}` (Tmall detail, item editor, refund list).
 */
export function extractEmbeddedJson(html: string, name: string): unknown {
  const escaped = name.replace(/[.$]/g, "\\$&");
  const parseCall = new RegExp(
    `${escaped}\\s*=\\s*JSON\\.parse\\(\\s*'((?:\\\\.|[^'\\\\])*)'\\s*\\)`,
  ).exec(html);
  if (parseCall?.[1] !== undefined) return parseJsonLossless(unescapeJsString(parseCall[1]));
  const assignment = new RegExp(`${escaped}\\s*=\\s*\\{`).exec(html);
  if (assignment) {
    const literal = balancedObject(html, assignment.index + assignment[0].length - 1);
    if (literal) return parseJsonLossless(literal);
  }
  throw new ParseError("malformed", `page has no embedded ${name}`);
}
