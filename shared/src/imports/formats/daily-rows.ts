import type { Traffic } from "../../schemas/traffic.ts";
import { DAY_MS, toBusinessDate } from "../../time.ts";
import { countCellOrNull, dateCell, readRow, yuanCellOrNull } from "../cells.ts";
import type {
  FormatResult,
  ImportContext,
  ImportIssue,
  ImportRow,
  MappedRecord,
} from "../types.ts";
import { recordProblem, rowIssue } from "./record-problem.ts";

/**
 * The engine the three shop daily reports share: one row per day becomes one shop-level traffic
 * record (days 1, itemId null). Every format names its columns with the same keys: `date`,
 * `visitors`, `pageViews`, `buyers`, `paidOrders`, `paid` (yuan), `cartBuyers`, `favBuyers`.
 * A column the file lacks, or a "-" cell, is unknown (null), never zero. Rate columns
 * (转化率 "3.25%") are recomputed by reports and not read. Total rows (合计, 汇总 …) and blank
 * rows are skipped without an issue, and so is a day whose figures are all unknown: an empty
 * record would replace a captured one.
 */

export type DailyFigures = Pick<
  Traffic,
  "visitors" | "pageViews" | "buyers" | "paidOrders" | "paidFen" | "cartBuyers" | "favBuyers"
>;

const FIGURE_KEYS = [
  "visitors",
  "pageViews",
  "buyers",
  "paidOrders",
  "paid",
  "cartBuyers",
  "favBuyers",
];
const TOTAL_ROW = /^(合计|汇总|总计|总和|平均|均值|日均|total|sum|average)/i;

function readFigures(row: ImportRow): DailyFigures {
  const count = (key: string) => countCellOrNull(row, key);
  return {
    visitors: count("visitors"),
    pageViews: count("pageViews"),
    buyers: count("buyers"),
    paidOrders: count("paidOrders"),
    paidFen: yuanCellOrNull(row, "paid"),
    cartBuyers: count("cartBuyers"),
    favBuyers: count("favBuyers"),
  };
}

function isSkipped(row: ImportRow): boolean {
  const date = row.get("date");
  if (TOTAL_ROW.test(date)) return true;
  return date === "" && FIGURE_KEYS.every((key) => row.get(key) === "");
}

/** Maps the rows of a shop daily report into traffic records and issues (see the file comment). */
export function mapDailyRows(
  rows: readonly ImportRow[],
  context: ImportContext,
  parser: string,
): FormatResult {
  const issues: ImportIssue[] = [];
  const records: MappedRecord[] = [];
  // The Worker refuses dates after tomorrow (validate-record.ts); the file cannot be newer.
  const lastDate = toBusinessDate(context.capturedAt + DAY_MS);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (isSkipped(row)) continue;
    const read = readRow(row, issues, () => ({ date: dateCell(row, "date"), ...readFigures(row) }));
    if (read === undefined) continue;
    if (read.date > lastDate) {
      const message = `${read.date} is after the file was made`;
      issues.push(rowIssue(row, "date", "bad_date", message));
      continue;
    }
    const first = seen.get(read.date);
    if (first !== undefined) {
      issues.push(rowIssue(row, "date", "inconsistent", `${read.date} repeats row ${first}`));
      continue;
    }
    seen.set(read.date, row.rowNumber);
    const { date, ...figures } = read;
    if (Object.values(figures).every((value) => value === null)) continue;
    const record: Traffic = {
      kind: "traffic",
      platform: context.platform,
      shopId: context.shopId,
      capturedAt: context.capturedAt,
      source: { url: context.sourceUrl, parser },
      date,
      days: 1,
      itemId: null,
      ...figures,
    };
    const problem = recordProblem(record);
    if (problem === null) records.push({ record, rows: [row.rowNumber] });
    else issues.push(rowIssue(row, null, "invalid_record", problem));
  }
  issues.sort((a, b) => a.row - b.row);
  return { records, issues };
}
