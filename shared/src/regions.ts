/**
 * China's provinces by their full names ("浙江省", "北京市", "内蒙古自治区"): the names canonical
 * records and reports group by. Platforms that write short names ("浙江", "北京") are completed
 * with `fullProvinceName`. Imports nothing, so the extension can use it without the import
 * readers.
 */
export const PROVINCES: readonly string[] = [
  "北京市",
  "天津市",
  "上海市",
  "重庆市",
  "河北省",
  "山西省",
  "辽宁省",
  "吉林省",
  "黑龙江省",
  "江苏省",
  "浙江省",
  "安徽省",
  "福建省",
  "江西省",
  "山东省",
  "河南省",
  "湖北省",
  "湖南省",
  "广东省",
  "海南省",
  "四川省",
  "贵州省",
  "云南省",
  "陕西省",
  "甘肃省",
  "青海省",
  "台湾省",
  "内蒙古自治区",
  "广西壮族自治区",
  "西藏自治区",
  "宁夏回族自治区",
  "新疆维吾尔自治区",
  "香港特别行政区",
  "澳门特别行政区",
];

/** A full province name without its 省/市/自治区/特别行政区 ending: "浙江省" → "浙江". */
export function shortProvinceName(full: string): string {
  return full.replace(/(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, "");
}

const FULL_BY_SHORT = new Map(PROVINCES.map((full) => [shortProvinceName(full), full]));

/** The full name of a province written short ("广东" → "广东省"); any other text unchanged. */
export function fullProvinceName(shortOrFull: string): string {
  return FULL_BY_SHORT.get(shortOrFull) ?? shortOrFull;
}
