/**
 * Province and city from a full receiver address ("浙江省 杭州市 西湖区 文三路 000号",
 * "浙江杭州市西湖区…", "北京 朝阳区 …"). Only these two coarse parts survive (DESIGN: privacy);
 * district, street, names and phones are never returned. Names follow the capture parsers:
 * full province names ("浙江省", "北京市"), and a municipality's city is the municipality.
 */

import { PROVINCES, shortProvinceName } from "../regions.ts";

const MUNICIPALITIES = new Set(["北京市", "天津市", "上海市", "重庆市"]);
// Longest spelling first, so "内蒙古自治区" wins over "内蒙古".
const SPELLINGS = PROVINCES.flatMap((name) => [
  [name, name],
  [shortProvinceName(name), name],
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
