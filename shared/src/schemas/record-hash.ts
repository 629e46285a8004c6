import type { CanonicalRecord } from "./record.ts";

/** JSON with object keys sorted, so equal records give equal text whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
}

/**
 * SHA-256 (hex, first 32 characters) of a record's content. The same on every device and on the
 * Worker: it breaks ties between equal captures and is the checksum sync tests compare.
 */
export async function recordHash(record: CanonicalRecord): Promise<string> {
  const bytes = new TextEncoder().encode(stableStringify(record));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest).slice(0, 16), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");
}
