// JD writes provinces short ("广东", "北京"; platform-formats.md §2.6 sample); reports group by the
// full name the other platforms use ("广东省", "北京市"), so short names are completed here.
import { fullProvinceName } from "@tongshu/shared";

/** A text that is a plain place name: no masks, no digits, no ciphertext. */
function isPlaceName(text: string): boolean {
  return /^[\u4e00-\u9fa5·]{2,20}$/.test(text);
}

/** Province as the full name; null for anything that is not a plain place name. */
export function normaliseProvince(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (!isPlaceName(text)) return null;
  return fullProvinceName(text);
}

/** City as JD shows it; null for anything that is not a plain place name. */
export function normaliseCity(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return isPlaceName(text) ? text : null;
}
