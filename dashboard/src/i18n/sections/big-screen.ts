/** bigScreen page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const bigScreenZh = {} as const;

export const bigScreenEn: Record<keyof typeof bigScreenZh, string> = {};
