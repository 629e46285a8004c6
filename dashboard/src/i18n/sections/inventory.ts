/** inventory page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const inventoryZh = {} as const;

export const inventoryEn: Record<keyof typeof inventoryZh, string> = {};
