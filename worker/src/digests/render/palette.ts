import type { Platform } from "@tongshu/shared";

/** The dashboard's tokens (dashboard/src/styles/base.css), as literal colours for mail clients. */
export const COLORS = {
  text: "#1f2329",
  muted: "#646a73",
  faint: "#8f959e",
  border: "#e3e5e8",
  page: "#f4f5f7",
  surface: "#ffffff",
  accent: "#1f5fd6",
  accentSoft: "#e8effc",
  track: "#edeff2",
  // ChangeBadge: red is up and green is down whatever the metric, as in 生意参谋.
  up: "#d4380d",
  down: "#389e0d",
  flat: "#646a73",
  urgent: "#c02d21",
  urgentSoft: "#fdeeec",
  warning: "#ad6800",
  warningSoft: "#fff6e5",
  infoSoft: "#f0f1f3",
} as const;

/** Same hues as the dashboard charts (dashboard/src/charts/series.ts PLATFORM_COLORS). */
export const PLATFORM_COLORS: Record<Platform, string> = {
  taobao: "#ff7a00",
  tmall: "#c81e5b",
  jd: "#1f5fd6",
  pdd: "#2e9e5b",
};

/**
 * System fonts only (no web fonts in mail): PingFang SC on Apple, Microsoft YaHei on Windows.
 * Kept short because every text cell repeats it and Gmail clips messages over 102 KB.
 */
export const FONT_STACK =
  "-apple-system,'PingFang SC','Microsoft YaHei','Helvetica Neue',Arial,sans-serif";
