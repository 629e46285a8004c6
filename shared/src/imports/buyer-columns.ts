import { normaliseHeader } from "./match-columns.ts";

/**
 * Buyer columns in platform exports: names, phones, addresses, account names, ID numbers,
 * buyer notes, invoice titles. They are dropped when the file is read, before a row reaches a
 * format, a preview or the network (DESIGN: buyer data stays in the browser). Matching is
 * deliberately broad: losing a column no report uses costs nothing.
 */
const BUYER_WORDS =
  /(姓名|收货人|收件人|联系人|客户|顾客|买家会员|会员名|昵称|账号|帐号|支付宝|旺旺|手机|电话|身份证|证件|地址|街道|邮编|邮箱|留言|备注|抬头|纳税人|下单人|订购人|用户名|用户ID|用户id|buyer|nick|mobile|phone|address)/i;

// Exact headers that name a place finer than a city.
const FINE_PLACES = new Set(["区", "县", "区县", "镇", "乡镇", "详细地址", "收货详细地址"]);

// Money and flag columns that contain a buyer word but hold no identity.
const NOT_IDENTITY =
  /^(买家应付货款|买家应付邮费|买家支付积分|买家实际支付金额|买家实际支付积分|买家实付金额|买家服务费|买家支付金额|是否手机订单|手机订单|用户实付金额|支付宝交易号|支付单号)(\(元\))?$/;

// Aggregates ("成交客户数", "支付买家数", "客户转化率") count people; they name nobody.
const AGGREGATE = /(数|数量|人数|率|占比|金额|额|价|均值)(\([^)]*\))?$/;

/** Full-address columns: replaced by a coarse "收货地区" cell (province and city). */
const ADDRESS = /^(收货地址|收货人地址|客户地址|收件人地址|收件地址|详细收货地址|买家收货地址)$/;

/** The header of the derived region column formats read. */
export const REGION_HEADER = "收货地区";

export type ColumnFate = "keep" | "drop" | "region";

export function columnFate(header: string): ColumnFate {
  const name = normaliseHeader(header);
  if (ADDRESS.test(name)) return "region";
  if (NOT_IDENTITY.test(name) || AGGREGATE.test(name)) return "keep";
  if (FINE_PLACES.has(name) || BUYER_WORDS.test(name)) return "drop";
  return "keep";
}
