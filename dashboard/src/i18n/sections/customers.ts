/** customers page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const customersZh = {} as const;

export const customersEn: Record<keyof typeof customersZh, string> = {};
