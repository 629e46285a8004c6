// Control characters (newlines included) and bidi controls: a product name must not start a new
// line in the text part or reorder what follows it on screen.
const CONTROLS = /[\p{Cc}\p{Bidi_Control}]+/gu;

/** Untrusted platform or owner text as one clean line (still to be escaped for HTML). */
export function cleanText(text: string | null | undefined): string {
  return (text ?? "").replace(CONTROLS, " ").replace(/\s+/g, " ").trim();
}
