/** settingsData page strings: zh-CN first; the English entries must have the same keys and {parameters}. */
export const settingsDataZh = {} as const;

export const settingsDataEn: Record<keyof typeof settingsDataZh, string> = {};
