/**
 * Province and city from a full receiver address ("浙江省 杭州市 西湖区 文三路 000号",
 * "浙江杭州市西湖区…", "北京 朝阳区 …"). Only these two coarse parts survive (DESIGN: privacy);
 * district, street, names and phones are never returned. Names follow the capture parsers:
 * full province names ("浙江省", "北京市"), and a municipality's city is the municipality.
 */
const PROVINCES = [
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

const SHORT = (name: string) =>
  name.replace(/(省|市|特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, "");
const MUNICIPALITIES = new Set(["北京市", "天津市", "上海市", "重庆市"]);
// Longest spelling first, so "内蒙古自治区" wins over "内蒙古".
const SPELLINGS = PROVINCES.flatMap((name) => [
  [name, name],
  [SHORT(name), name],
]).sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0)) as Array<[string, string]>;

// A city ends in 市/自治州/地区/盟; the shortest such prefix wins ("杭州市", not "杭州"), and a
// bare "…州" only when nothing else fits.
const CITY_ENDINGS = [/^(.{1,10}?(?:市|自治州|地区|盟))/, /^(.{1,10}?州)/];

function cityOf(rest: string): string | null {
  for (const ending of CITY_ENDINGS) {
    const match = ending.exec(rest)?.[1];
    if (match) return match;
  }
  return null;
}

export interface Region {
  province: string;
  city: string | null;
}

export function regionOf(address: string): Region | null {
  const text = address.trim().replace(/^中国\s*/, "");
  const found = SPELLINGS.find(([spelling]) => text.startsWith(spelling));
  if (!found) return null;
  const [spelling, province] = found;
  if (MUNICIPALITIES.has(province)) return { province, city: province };
  const rest = text.slice(spelling.length).trim();
  const city = cityOf(rest.split(/\s+/)[0] ?? "");
  return { province, city };
}

/** The derived cell that replaces an address column: "浙江省 杭州市", or "" when unknown. */
export function regionCell(address: string): string {
  const region = regionOf(address);
  if (!region) return "";
  return region.city ? `${region.province} ${region.city}` : region.province;
}
