import type { Platform } from "@tongshu/shared";

/** Platform names as sellers write them, for CSV cells that read as text. */
export const PLATFORM_LABELS: Record<Platform, { zh: string; en: string }> = {
  taobao: { zh: "淘宝", en: "Taobao" },
  tmall: { zh: "天猫", en: "Tmall" },
  jd: { zh: "京东", en: "JD" },
  pdd: { zh: "拼多多", en: "Pinduoduo" },
};

export const platformLabel = (platform: Platform, lang: "zh-CN" | "en") =>
  PLATFORM_LABELS[platform][lang === "en" ? "en" : "zh"];
