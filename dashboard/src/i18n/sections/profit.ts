/** profit page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const profitZh = {} as const;

export const profitEn: Record<keyof typeof profitZh, string> = {};
