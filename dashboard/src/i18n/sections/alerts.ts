/** alerts page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const alertsZh = {} as const;

export const alertsEn: Record<keyof typeof alertsZh, string> = {};
