import type { CreateOtherCostRequest, OtherCost, Platform } from "@tongshu/shared";

/**
 * The scope select's value as request fields: "" = the whole workspace, "taobao" = one
 * platform, "taobao:57300001" = one shop of it.
 */
export function scopeOf(scope: string): Pick<CreateOtherCostRequest, "platform" | "shopId"> {
  if (scope === "") return {};
  const [platform = "", ...shop] = scope.split(":");
  const shopId = shop.join(":");
  return shopId === ""
    ? { platform: platform as Platform }
    : { platform: platform as Platform, shopId };
}

/** The months ("2026-07") entries fall in, newest first. */
export function monthsOf(costs: readonly Pick<OtherCost, "date">[]): string[] {
  return [...new Set(costs.map((c) => c.date.slice(0, 7)))].sort().reverse();
}

/** Entries of one month ("" = all), newest day first, with their total in fen. */
export function costsInMonth<T extends Pick<OtherCost, "date" | "amountFen" | "createdAt">>(
  costs: readonly T[],
  month: string,
): { rows: T[]; totalFen: number } {
  const rows = costs
    .filter((c) => month === "" || c.date.startsWith(`${month}-`))
    .sort((a, b) => (a.date === b.date ? b.createdAt - a.createdAt : a.date < b.date ? 1 : -1));
  return { rows, totalFen: rows.reduce((sum, c) => sum + c.amountFen, 0) };
}
