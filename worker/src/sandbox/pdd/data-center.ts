import type { Traffic } from "@tongshu/shared";
import type { PddJson } from "./orders.ts";

/**
 * Demo shop traffic → `queryMallDataPageOverView` result (platform-formats.md §3.3, real
 * sample): amounts in yuan floats, counts as numbers. Today's figures are unknown in the demo
 * (Pinduoduo draws them in an obfuscated font): they are sent as private-use glyphs, which
 * the page's web font would map to digits.
 */

const GLYPHS = [
  "\ue76a",
  "\ue4f1",
  "\ue2a0",
  "\ue9c3",
  "\ue1d8",
  "\ue35b",
  "\ue8f0",
  "\ue627",
  "\ue0b4",
  "\ue5cd",
];

/** Digits → glyphs (a fixed scramble, like a per-page font map). */
export function obfuscate(text: string): string {
  return text.replace(/\d/g, (d) => GLYPHS[(Number(d) * 7 + 3) % 10] ?? d);
}

function yuan(fen: number): number {
  return Number((fen / 100).toFixed(2));
}

/** The overview result; figures the demo does not know (today) become glyph strings. */
export function toMallOverview(traffic: Traffic | undefined, seed: number): PddJson {
  const amount = traffic?.paidFen ?? null;
  const buyers = traffic?.buyers ?? null;
  const orders = traffic?.paidOrders ?? null;
  const visitors = traffic?.visitors ?? null;
  const hidden = (n: number) => obfuscate(String(n));
  const fake = (n: number) => hidden(Math.abs(Math.round(n)) % 10_000);
  const rate = buyers !== null && visitors ? Number((buyers / visitors).toFixed(4)) : null;
  const result: PddJson = {
    payOrdrAmt: amount === null ? obfuscate(`${seed % 9000}.${seed % 97}`) : yuan(amount),
    payOrdrUsrCnt: buyers ?? fake(seed / 7),
    payOrdrCnt: orders ?? fake(seed / 5),
    payOrdrAup: amount !== null && orders ? Number((amount / orders / 100).toFixed(2)) : null,
    payUvRto: rate,
    mallFavCnt: traffic?.favBuyers ?? null,
    rpayOrdrUsrRto: null,
  };
  result.cfmOrdrAmt = result.payOrdrAmt;
  result.cfmOrdrUsrCnt = result.payOrdrUsrCnt;
  result.cfmOrdrCnt = result.payOrdrCnt;
  for (const key of Object.keys(result)) {
    result[`${key}Pct`] = null;
    result[`${key}IsPercent`] = true;
  }
  return result;
}
