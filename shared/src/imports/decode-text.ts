/** How a text export was encoded. 千牛 and older back offices write GBK; newer ones UTF-8. */
export type TextEncodingName = "utf-8" | "utf-16le" | "gbk";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Bytes of a CSV export → text. A BOM decides; otherwise strict UTF-8 is tried first (GBK bytes
 * of Chinese text are almost never valid UTF-8), and GB18030, the superset of GBK that browsers
 * and Node decode, is the fallback.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  }
  // Excel's "Unicode text" is UTF-16LE with a BOM, tab-separated.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gbk" };
  }
}
