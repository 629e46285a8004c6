import { type ReactNode, useMemo, useState } from "react";
import { useI18n } from "../i18n/i18n-context.tsx";
import { formatByUnit, formatChange } from "../lib/format.ts";
import { type CsvCell, downloadText, fenToYuanText, toCsv } from "../lib/table-csv.ts";
import { type SortDirection, type SortValue, sortRows } from "./table-sort.ts";

export type ColumnKind = "text" | "fen" | "count" | "ratio" | "change" | "number";

export interface Column<R> {
  id: string;
  header: string;
  kind: ColumnKind;
  /** The raw value: what sorting and CSV use. */
  value: (row: R) => SortValue;
  /** What the cell shows; by default the value formatted by kind (text stays text, never HTML). */
  render?: (row: R) => ReactNode;
  sortable?: boolean;
}

function display(kind: ColumnKind, value: SortValue): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  if (kind === "change") return formatChange(value);
  if (kind === "fen" || kind === "ratio" || kind === "count") return formatByUnit(kind, value);
  return String(value);
}

function cellContent(kind: ColumnKind, value: SortValue): ReactNode {
  if (kind !== "change" || typeof value !== "number" || value === 0) return display(kind, value);
  const up = value > 0;
  return (
    <span className={`change__value change--${up ? "up" : "down"}`}>
      {up ? "▲ " : "▼ "}
      {display(kind, value)}
    </span>
  );
}

function csvCell(kind: ColumnKind, value: SortValue): CsvCell {
  if (value === null || typeof value === "string") return value;
  if (kind === "fen") return fenToYuanText(value);
  if (kind === "ratio" || kind === "change") return `${(value * 100).toFixed(2)}%`;
  return value;
}

interface DataTableProps<R> {
  id: string;
  caption: string;
  columns: Array<Column<R>>;
  rows: R[];
  rowKey: (row: R) => string;
  /** File name for the CSV export, without extension. */
  exportName: string;
  initialSort?: { column: string; direction: SortDirection };
  empty?: ReactNode;
}

/** A dense, sortable table (keyboard: headers are buttons) with a CSV export of what it shows. */
export function DataTable<R>({
  id,
  caption,
  columns,
  rows,
  rowKey,
  exportName,
  initialSort,
  empty,
}: DataTableProps<R>) {
  const { t } = useI18n();
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.id === sort?.column);
    return column && sort ? sortRows(rows, column.value, sort.direction) : rows;
  }, [rows, columns, sort]);
  const exportCsv = () =>
    downloadText(
      `${exportName}.csv`,
      toCsv(
        columns.map((c) => c.header),
        sorted.map((row) => columns.map((c) => csvCell(c.kind, c.value(row)))),
      ),
    );
  return (
    <div className="data-table-wrap" data-testid={`table-${id}`}>
      <div className="data-table-tools">
        <span className="data-table-caption">{caption}</span>
        <button
          type="button"
          className="button button--small"
          onClick={exportCsv}
          data-testid={`export-${id}`}
        >
          {t("table.exportCsv")}
        </button>
      </div>
      {rows.length === 0 && empty ? (
        empty
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => {
                  const active = sort?.column === c.id;
                  const ariaSort = active
                    ? sort?.direction === "asc"
                      ? "ascending"
                      : "descending"
                    : undefined;
                  const numeric = c.kind !== "text";
                  return (
                    <th
                      key={c.id}
                      scope="col"
                      className={numeric ? "num" : undefined}
                      aria-sort={ariaSort}
                    >
                      {c.sortable === false ? (
                        c.header
                      ) : (
                        <button
                          type="button"
                          className="sort-button"
                          onClick={() =>
                            setSort({
                              column: c.id,
                              direction: active && sort?.direction === "desc" ? "asc" : "desc",
                            })
                          }
                        >
                          {c.header}
                          <span aria-hidden="true" className="sort-button__mark">
                            {active ? (sort?.direction === "asc" ? "↑" : "↓") : "↕"}
                          </span>
                        </button>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((c) => (
                    <td key={c.id} className={c.kind !== "text" ? "num" : undefined}>
                      {c.render ? c.render(row) : cellContent(c.kind, c.value(row))}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
