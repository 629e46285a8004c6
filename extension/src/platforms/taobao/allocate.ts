/**
 * Splits `total` fen over lines in proportion to `weights` by largest remainder (ties to the
 * earlier line), so the parts add up exactly. Taobao's list shows one paid total per order;
 * each line's share of it is what order.ts calls the line's paidFen.
 */
export function allocateFen(weights: readonly number[], total: number): number[] {
  const base = weights.reduce((s, w) => s + w, 0);
  if (base === 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const shares = weights.map((w) => Math.floor((w * total) / base));
  let left = total - shares.reduce((s, x) => s + x, 0);
  const order = weights
    .map((w, i) => ({ i, rest: (w * total) % base }))
    .sort((x, y) => y.rest - x.rest || x.i - y.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left--;
  }
  return shares;
}
