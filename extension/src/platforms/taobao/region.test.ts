import { describe, expect, it } from "vitest";
import { provinceCity } from "./region.ts";

describe("provinceCity", () => {
  it.each([
    [
      "张**，86-138****0000，浙江省 杭州市 余杭区 五常街道 文一西路969号，311121",
      "浙江省",
      "杭州市",
    ],
    ["李**，139****1111，北京 北京市 朝阳区 工体北路8号院，100027", "北京市", "北京市"],
    ["王*，86-13700000000，重庆 重庆市 渝中区 解放碑，400010", "重庆市", "重庆市"],
    [
      "赵**，138****0000，广西壮族自治区 南宁市 青秀区 民族大道，530000",
      "广西壮族自治区",
      "南宁市",
    ],
    [
      "陈**，138****0000，新疆维吾尔自治区 伊犁哈萨克自治州 伊宁市，835000",
      "新疆维吾尔自治区",
      "伊犁哈萨克自治州",
    ],
  ])("%s → %s %s", (address, province, city) => {
    expect(provinceCity(address)).toEqual({ province, city });
  });

  it("gives nulls when there is no recognisable region", () => {
    expect(provinceCity(null)).toEqual({ province: null, city: null });
    expect(provinceCity("张**，138****0000")).toEqual({ province: null, city: null });
  });
});
