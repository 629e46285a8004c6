/** products page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const productsZh = {} as const;

export const productsEn: Record<keyof typeof productsZh, string> = {};
