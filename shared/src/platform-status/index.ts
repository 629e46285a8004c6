export * from "./jd.ts";
export * from "./pdd.ts";
export * from "./taobao.ts";
