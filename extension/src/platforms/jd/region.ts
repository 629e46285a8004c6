// JD writes provinces short ("广东", "北京"; platform-formats.md §2.6 sample); reports group by the
// full name the other platforms use ("广东省", "北京市"), so short names are completed here.
const FULL_NAMES = [
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

const BY_SHORT = new Map(
  FULL_NAMES.map((full) => [
    full.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, ""),
    full,
  ]),
);

/** A text that is a plain place name: no masks, no digits, no ciphertext. */
function isPlaceName(text: string): boolean {
  return /^[\u4e00-\u9fa5·]{2,20}$/.test(text);
}

/** Province as the full name; null for anything that is not a plain place name. */
export function normaliseProvince(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (!isPlaceName(text)) return null;
  return BY_SHORT.get(text) ?? text;
}

/** City as JD shows it; null for anything that is not a plain place name. */
export function normaliseCity(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.trim();
  return isPlaceName(text) ? text : null;
}
