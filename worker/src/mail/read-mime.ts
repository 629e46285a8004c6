/**
 * Reads back the messages Tongshu itself builds (multipart/alternative, base64 or plain
 * parts): for the dev outbox page and for tests. Not a general MIME parser.
 */
export interface ReadMessage {
  headers: Map<string, string>;
  text: string | null;
  html: string | null;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBase64Utf8(text: string): string {
  const binary = atob(text.replace(/\s+/g, ""));
  return new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0)));
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const ch = soft[i] as string;
    if (ch === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...new TextEncoder().encode(ch));
  }
  return new TextDecoder().decode(Uint8Array.from(bytes));
}

/** RFC 2047 encoded words (=?utf-8?B?…?= / =?utf-8?Q?…?=) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toUpperCase() === "B"
        ? decodeBase64Utf8(data)
        : decodeQuotedPrintable(data.replaceAll("_", " ")),
    );
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return decodeBase64Utf8(body);
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

/** Splits a message into its header block and body; parts are found through their boundary. */
export function readMime(raw: string): ReadMessage {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = parseHeaders(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const result: ReadMessage = { headers, text: null, html: null };
  const visit = (partHeaders: Map<string, string>, partBody: string) => {
    const type = partHeaders.get("content-type") ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.toLowerCase().startsWith("multipart/") && boundary) {
      const pieces = partBody.split(`--${boundary}`).slice(1);
      for (const piece of pieces) {
        if (piece.startsWith("--")) break;
        const at = piece.search(/\r?\n\r?\n/);
        if (at < 0) continue;
        const inner = parseHeaders(piece.slice(0, at).replace(/^\r?\n/, ""));
        visit(
          inner,
          piece
            .slice(at)
            .replace(/^\r?\n\r?\n/, "")
            .replace(/\r?\n$/, ""),
        );
      }
      return;
    }
    const decoded = decodeBody(partHeaders, partBody);
    if (type.toLowerCase().startsWith("text/html")) result.html ??= decoded;
    else if (type.toLowerCase().startsWith("text/plain")) result.text ??= decoded;
  };
  visit(headers, body);
  return result;
}
