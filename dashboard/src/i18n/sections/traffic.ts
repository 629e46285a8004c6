/** traffic page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const trafficZh = {} as const;

export const trafficEn: Record<keyof typeof trafficZh, string> = {};
