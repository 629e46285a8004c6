import { addDays } from "@tongshu/shared";
import { CATEGORY_OF, COST_RATIO, PRODUCT_ROWS, type ProductRow } from "./catalogue-data.ts";
import { createRng, type Rng } from "./random.ts";
import type { Category } from "./shops.ts";
import { catalogueSkuText, type VariantPart } from "./titles.ts";
import type { DemoCost } from "./types.ts";

const MAX_SKUS = 8;

export interface CatalogueSku {
  outerSkuId: string;
  parts: VariantPart[];
  skuText: string;
  listPriceFen: number;
}

export interface CatalogueProduct {
  index: number;
  productId: string;
  name: string;
  keywords: string;
  category: Category;
  /** Day index (0 = first day of the window) the product starts selling; null = before the window. */
  launchDay: number | null;
  /** Day index from which it no longer sells; null = still on sale. */
  endDay: number | null;
  /** Base popularity (Zipf-like over a seeded ranking). */
  weight: number;
  skus: CatalogueSku[];
}

interface Option {
  text: string;
  code: string;
  stepYuan: number;
}

/** "颜色:黑色=BLK,白色=WHT+10|…" → dimensions of options. */
function parseDimensions(spec: string): Array<{ label: string; options: Option[] }> {
  return spec.split("|").map((dimension) => {
    const [label = "", list = ""] = dimension.split(":");
    const options = list.split(",").map((option) => {
      const [text = "", rest = ""] = option.split("=");
      const [code = "", step = "0"] = rest.split("+");
      return { text, code, stepYuan: Number(step) };
    });
    return { label, options };
  });
}

/** Whole yuan minus one jiao, the way shops price things (384.70 → 384.90, 39.00 → 38.90). */
export function shopPrice(fen: number): number {
  return Math.max(190, Math.round(fen / 100) * 100 - 10);
}

function buildSkus(row: ProductRow, code: string): CatalogueSku[] {
  const [, , priceYuan, spec] = row;
  let combos: Array<{ parts: VariantPart[]; codes: string[]; step: number }> = [
    { parts: [], codes: [], step: 0 },
  ];
  for (const { label, options } of parseDimensions(spec)) {
    combos = combos.flatMap((combo) =>
      options.map((o) => ({
        parts: [...combo.parts, { label, text: o.text }],
        codes: [...combo.codes, o.code],
        step: combo.step + o.stepYuan,
      })),
    );
  }
  return combos.slice(0, MAX_SKUS).map((combo) => ({
    outerSkuId: `TS-${code}-${combo.codes.join("-")}`,
    parts: combo.parts,
    skuText: catalogueSkuText(combo.parts),
    listPriceFen: shopPrice(Math.round((priceYuan + combo.step) * 100)),
  }));
}

/** The seller's catalogue: ~70 products, ~300 SKUs with outer codes like "TS-KB-001-S". */
export function buildCatalogue(seed: number, days: number): CatalogueProduct[] {
  const rng = createRng(seed, "catalogue");
  const ranks = rng.shuffle(PRODUCT_ROWS.map((_, i) => i));
  const perCategory = new Map<string, number>();
  return PRODUCT_ROWS.map((row, index) => {
    const [cat, name, , , keywords] = row;
    const serial = (perCategory.get(cat) ?? 0) + 1;
    perCategory.set(cat, serial);
    const code = `${cat}-${String(serial).padStart(3, "0")}`;
    const launched = rng.chance(0.12);
    const ended = !launched && rng.chance(0.07);
    return {
      index,
      productId: `P${code}`,
      name,
      keywords,
      category: CATEGORY_OF[cat] ?? "home",
      launchDay: launched ? rng.int(Math.floor(days * 0.15), Math.floor(days * 0.8)) : null,
      endDay: ended ? rng.int(Math.floor(days * 0.3), Math.floor(days * 0.9)) : null,
      weight: 1 / (ranks.indexOf(index) + 2) ** 0.75,
      skus: buildSkus(row, code),
    };
  });
}

function unitCost(rng: Rng, product: CatalogueProduct, sku: CatalogueSku): number {
  const [low, high] = COST_RATIO[product.category];
  return Math.round((sku.listPriceFen * rng.range(low, high)) / 10) * 10;
}

/**
 * Unit costs per outer code: one entry from well before the window, and for a handful of
 * products a supplier price change part-way through (effective dates matter for profit).
 */
export function buildCosts(
  seed: number,
  catalogue: readonly CatalogueProduct[],
  from: string,
  days: number,
): DemoCost[] {
  const rng = createRng(seed, "costs");
  const changed = new Set(rng.shuffle(catalogue.map((p) => p.index)).slice(0, 6));
  const costs: DemoCost[] = [];
  for (const product of catalogue) {
    const changeDay = rng.int(Math.floor(days * 0.35), Math.floor(days * 0.75));
    const factor = rng.chance(0.8) ? rng.range(1.06, 1.15) : rng.range(0.88, 0.95);
    for (const sku of product.skus) {
      const base = unitCost(rng, product, sku);
      costs.push({
        outerSkuId: sku.outerSkuId,
        effectiveFrom: addDays(from, -120),
        unitCostFen: base,
      });
      if (changed.has(product.index)) {
        const unitCostFen = Math.round((base * factor) / 10) * 10;
        costs.push({
          outerSkuId: sku.outerSkuId,
          effectiveFrom: addDays(from, changeDay),
          unitCostFen,
        });
      }
    }
  }
  return costs;
}
