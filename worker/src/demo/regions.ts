import type { Platform } from "@tongshu/shared";
import { at, type Rng } from "./random.ts";

/**
 * Coarse buyer regions: [province, share of online orders (%), Pinduoduo tilt, cities with
 * weights]. Shares follow the usual shape of Chinese e-commerce (coastal provinces first);
 * Pinduoduo leans towards inland and lower-tier cities.
 */
type ProvinceRow = readonly [string, number, number, string];

// biome-ignore format: a region table reads best one row a line
const PROVINCES: readonly ProvinceRow[] = [
  ["广东省", 12, 0.8, "广州市:5,深圳市:5,东莞市:2,佛山市:2,惠州市:1,汕头市:1,湛江市:1"],
  ["浙江省", 8, 0.75, "杭州市:5,宁波市:3,温州市:2,金华市:2,嘉兴市:1,绍兴市:1,台州市:1"],
  ["江苏省", 8, 0.8, "南京市:4,苏州市:4,无锡市:2,常州市:1.5,南通市:1.5,徐州市:1.5,扬州市:1"],
  ["山东省", 6.5, 1.2, "济南市:3,青岛市:3,临沂市:2,潍坊市:1.5,烟台市:1.5,济宁市:1,菏泽市:1"],
  ["河南省", 5.5, 1.35, "郑州市:5,洛阳市:1.5,南阳市:1.5,新乡市:1,商丘市:1,周口市:1"],
  ["四川省", 5, 1.1, "成都市:7,绵阳市:1,南充市:1,宜宾市:1,德阳市:0.8"],
  ["湖北省", 4, 1, "武汉市:6,襄阳市:1,宜昌市:1,荆州市:1"],
  ["湖南省", 4, 1.1, "长沙市:5,株洲市:1,衡阳市:1,岳阳市:1,常德市:1"],
  ["福建省", 4, 0.9, "福州市:3,厦门市:3,泉州市:3,漳州市:1"],
  ["河北省", 4, 1.3, "石家庄市:3,保定市:2,唐山市:2,邯郸市:1.5,廊坊市:1.5,沧州市:1"],
  ["上海市", 4, 0.6, "上海市:1"],
  ["北京市", 3.5, 0.6, "北京市:1"],
  ["安徽省", 3.5, 1.25, "合肥市:5,芜湖市:1,阜阳市:1.2,蚌埠市:1"],
  ["辽宁省", 2.5, 1, "沈阳市:4,大连市:4,鞍山市:1,锦州市:1"],
  ["陕西省", 2.5, 1, "西安市:7,咸阳市:1,宝鸡市:1"],
  ["江西省", 2.5, 1.2, "南昌市:4,赣州市:2,九江市:1,上饶市:1"],
  ["广西壮族自治区", 2.5, 1.25, "南宁市:4,柳州市:2,桂林市:2,玉林市:1"],
  ["重庆市", 2.5, 1.05, "重庆市:1"],
  ["云南省", 2, 1.1, "昆明市:6,曲靖市:1,大理白族自治州:1"],
  ["山西省", 2, 1.2, "太原市:5,大同市:1,运城市:1,临汾市:1"],
  ["天津市", 1.5, 0.8, "天津市:1"],
  ["贵州省", 1.5, 1.2, "贵阳市:5,遵义市:2,毕节市:1"],
  ["黑龙江省", 1.5, 1.1, "哈尔滨市:5,大庆市:1,齐齐哈尔市:1"],
  ["吉林省", 1.2, 1.1, "长春市:5,吉林市:1.5"],
  ["内蒙古自治区", 1, 1.1, "呼和浩特市:3,包头市:2,赤峰市:1"],
  ["甘肃省", 1, 1.2, "兰州市:5,天水市:1"],
  ["新疆维吾尔自治区", 0.8, 1, "乌鲁木齐市:5,昌吉回族自治州:1"],
  ["海南省", 0.7, 0.9, "海口市:3,三亚市:1"],
  ["宁夏回族自治区", 0.4, 1.1, "银川市:3,石嘴山市:1"],
  ["青海省", 0.3, 1.1, "西宁市:1"],
  ["西藏自治区", 0.1, 1, "拉萨市:1"],
];

/** Regions couriers charge extra for (偏远地区): shops add postage there. */
export const REMOTE_PROVINCES = new Set([
  "新疆维吾尔自治区",
  "西藏自治区",
  "青海省",
  "宁夏回族自治区",
  "甘肃省",
  "内蒙古自治区",
]);

interface Province {
  name: string;
  cities: string[];
  cityWeights: number[];
}

const PARSED: Province[] = PROVINCES.map(([name, , , list]) => {
  const pairs = list.split(",").map((pair) => pair.split(":"));
  return {
    name,
    cities: pairs.map((p) => p[0] ?? name),
    cityWeights: pairs.map((p) => Number(p[1] ?? 1)),
  };
});
const WEIGHTS = PROVINCES.map(([, share]) => share);
const PDD_WEIGHTS = PROVINCES.map(([, share, tilt]) => share * tilt);

export interface Region {
  province: string;
  city: string;
}

/** A buyer's province and city, drawn from the platform's regional mix. */
export function pickRegion(rng: Rng, platform: Platform): Region {
  const province = at(PARSED, rng.weighted(platform === "pdd" ? PDD_WEIGHTS : WEIGHTS));
  return { province: province.name, city: at(province.cities, rng.weighted(province.cityWeights)) };
}
