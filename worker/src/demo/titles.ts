import type { Platform } from "@tongshu/shared";
import type { Rng } from "./random.ts";

/** One chosen variant option, e.g. { label: "颜色", text: "黑色" }. */
export interface VariantPart {
  label: string;
  text: string;
}

const BRAND = "禾屿";
const PDD_TAGS = ["百亿补贴", "品牌直发", "限时特惠", "工厂直供", "官方正品"];

/** A listing title in the platform's own style: keyword-stuffed on Taobao, 品牌（英文） on JD, tagged on Pinduoduo. */
export function listingTitle(
  platform: Platform,
  name: string,
  keywords: string,
  year: number,
  rng: Rng,
): string {
  const words = keywords.split(" ");
  switch (platform) {
    case "taobao":
      return `${BRAND}${name}${words.join("")}${year}新款`;
    case "tmall":
      return `${BRAND}${name}${rng.chance(0.5) ? "家用" : ""}${words.join("")}官方旗舰店`;
    case "jd":
      return `${BRAND}（HEYU）${name} ${words.join(" ")}`;
    case "pdd":
      return `【${rng.pick(PDD_TAGS)}】${BRAND}${name}${words.slice(0, 3).join("")}`;
  }
}

/** SKU text as each back office shows it: "颜色分类:黑色;尺寸:28cm", "黑色 28cm", "黑色,28cm". */
export function listingSkuText(platform: Platform, parts: readonly VariantPart[]): string {
  switch (platform) {
    case "taobao":
    case "tmall":
      return parts.map((p) => `${p.label === "颜色" ? "颜色分类" : p.label}:${p.text}`).join(";");
    case "jd":
      return parts.map((p) => p.text).join(" ");
    case "pdd":
      return parts.map((p) => p.text).join(",");
  }
}

/** The seller's own SKU text in the catalogue: "颜色:黑色;尺寸:28cm". */
export function catalogueSkuText(parts: readonly VariantPart[]): string {
  return parts.map((p) => `${p.label}:${p.text}`).join(";");
}
