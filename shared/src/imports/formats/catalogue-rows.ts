import type { Sku, SkuStatus } from "../../schemas/sku.ts";
import { CellError, isEmptyCell, readRow, textCellOrNull } from "../cells.ts";
import type {
  FormatResult,
  ImportContext,
  ImportFormat,
  ImportIssue,
  ImportRow,
  MappedRecord,
} from "../types.ts";
import { recordProblem, rowIssue } from "./record-problem.ts";

/**
 * The engine the three product exports share: one row per SKU, item cells repeated on each row.
 * A row without a SKU id is an item without variants and becomes skuId "0", as the capture
 * parsers do (taobao item-editor, jd ware-row, pdd goods-list); an item with several rows needs
 * a SKU id on each. A SKU listed twice keeps its first row. Every record passes the schema.
 */

/** A SKU as a format reads it from one row; `skuId` is null when the row names no SKU. */
export type SkuRow = Omit<
  Sku,
  "kind" | "platform" | "shopId" | "capturedAt" | "source" | "skuId"
> & {
  skuId: string | null;
};

export interface CatalogueSpec {
  /** `source.parser`, e.g. "import/jd-items@1". */
  parser: string;
  itemKey: string;
  skuKey: string;
  /** Reads one row; throws CellError for a bad cell. */
  readRow(row: ImportRow): SkuRow;
}

// Listing texts of the three back offices; off-shelf words first ("待上架" holds "上架").
const LISTING_TEXT: ReadonlyArray<readonly [RegExp, SkuStatus]> = [
  [/售罄|卖完|无货/, "soldout"],
  [/下架|下柜|仓库|待上架|未上架|从未上架|违规|审核|冻结|删除|定时上架/, "offshelf"],
  [/出售中|在售|销售中|上架|上柜|在架|可售/, "onsale"],
];

/** A 商品状态 text ("出售中", "上架", "下架") → listing status, or null when unknown. */
export function listingOfText(text: string): SkuStatus | null {
  return LISTING_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A status column cell; empty → `fallback`, an unknown text → a bad_status issue. */
export function listingCell(row: ImportRow, key: string, fallback: SkuStatus): SkuStatus {
  const text = row.get(key);
  if (isEmptyCell(text)) return fallback;
  const status = listingOfText(text);
  if (status === null) throw new CellError("bad_status", key, text, `unknown status: ${text}`);
  return status;
}

/** Capture's rule: a listed SKU with no stock is sold out. */
export function withStock(listed: SkuStatus, stock: number | null): SkuStatus {
  return listed === "onsale" && stock === 0 ? "soldout" : listed;
}

/** Free text that must be there (a title); cut to `max` characters. */
export function requiredText(row: ImportRow, key: string, max = 500): string {
  const text = textCellOrNull(row, key, max);
  if (text === null) throw new CellError("missing_value", key, row.get(key), `${key} is empty`);
  return text;
}

function isBlankRow(row: ImportRow, keys: readonly string[]): boolean {
  return keys.every((key) => row.get(key) === "");
}

/** Maps the rows of a product export into sku records and issues (see the file comment). */
export function mapCatalogueRows(
  rows: readonly ImportRow[],
  context: ImportContext,
  spec: CatalogueSpec,
  keys: readonly string[],
): FormatResult {
  const issues: ImportIssue[] = [];
  const live = rows.filter((row) => !isBlankRow(row, keys));
  const rowsPerItem = new Map<string, number>();
  for (const row of live) {
    const item = row.get(spec.itemKey);
    if (item !== "") rowsPerItem.set(item, (rowsPerItem.get(item) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const records: MappedRecord[] = [];
  for (const row of live) {
    const read = readRow(row, issues, () => spec.readRow(row));
    if (read === undefined) continue;
    if (read.skuId === null && (rowsPerItem.get(row.get(spec.itemKey)) ?? 0) > 1) {
      const message = `item ${read.itemId} has several rows: each needs its SKU id`;
      issues.push(rowIssue(row, spec.skuKey, "missing_value", message));
      continue;
    }
    const skuId = read.skuId ?? "0";
    const key = `${read.itemId}|${skuId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `SKU ${skuId} of item ${read.itemId} repeats row ${first}`;
      issues.push(rowIssue(row, spec.skuKey, "inconsistent", message));
      continue;
    }
    seen.set(key, row.rowNumber);
    const record: Sku = {
      kind: "sku",
      platform: context.platform,
      shopId: context.shopId,
      capturedAt: context.capturedAt,
      source: { url: context.sourceUrl, parser: spec.parser },
      ...read,
      skuId,
    };
    const problem = recordProblem(record);
    if (problem === null) records.push({ record, rows: [row.rowNumber] });
    else issues.push(rowIssue(row, null, "invalid_record", problem));
  }
  issues.sort((a, b) => a.row - b.row);
  return { records, issues };
}

/** What a product export defines itself; `catalogueFormat` adds the kind and the row engine. */
export interface CatalogueFormatSpec
  extends Pick<ImportFormat, "id" | "platforms" | "label" | "columns"> {
  /** `source.parser`, e.g. "import/jd-items@1". */
  parser: string;
  /** Reads one row (the item id under key "itemId", the SKU id under "skuId"); throws CellError. */
  readRow(row: ImportRow): SkuRow;
}

/** A product export's format: its rows mapped by `mapCatalogueRows`. */
export function catalogueFormat(format: CatalogueFormatSpec): ImportFormat {
  const spec: CatalogueSpec = {
    parser: format.parser,
    itemKey: "itemId",
    skuKey: "skuId",
    readRow: format.readRow,
  };
  const keys = format.columns.map((c) => c.key);
  return {
    id: format.id,
    platforms: format.platforms,
    kind: "products",
    label: format.label,
    columns: format.columns,
    toRecords: (rows, context) => mapCatalogueRows(rows, context, spec, keys),
  };
}
