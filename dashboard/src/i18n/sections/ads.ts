/** ads page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const adsZh = {} as const;

export const adsEn: Record<keyof typeof adsZh, string> = {};
