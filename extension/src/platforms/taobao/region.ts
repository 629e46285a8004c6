/**
 * Province and city from a receiver line such as "张**，86-138****0000，浙江省 杭州市 余杭区 …，311100"
 * (Taobao detail `tabs[logistics].content.address`, Tmall `basic.lists[收货地址]`, §1.1). Only
 * the first two tokens of the region part are kept: name, phone, district, street and postcode
 * never leave this function.
 */
export interface Region {
  province: string | null;
  city: string | null;
}

const MUNICIPALITIES = new Set(["北京", "上海", "天津", "重庆"]);
const PROVINCE = /^(?:.{2,8}(?:省|市|自治区|特别行政区)|北京|上海|天津|重庆|香港|澳门|台湾)$/;
const CITY = /^.{1,12}(?:市|州|盟|地区|区|县)$/;

/** Taobao writes municipalities as "北京 北京市"; canonical records use "北京市" for both. */
function normaliseProvince(token: string): string {
  return MUNICIPALITIES.has(token) ? `${token}市` : token;
}

export function provinceCity(address: string | null): Region {
  if (!address) return { province: null, city: null };
  for (const part of address.split(/[，,]/)) {
    const tokens = part.trim().split(/\s+/);
    const first = tokens[0] ?? "";
    if (!PROVINCE.test(first)) continue;
    const province = normaliseProvince(first);
    const second = tokens[1] ?? "";
    const city = CITY.test(second) ? second : MUNICIPALITIES.has(first) ? province : null;
    return { province, city };
  }
  return { province: null, city: null };
}
