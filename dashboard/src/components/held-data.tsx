import type { RecordKind, ShopCoverage } from "@tongshu/shared";
import { useI18n } from "../i18n/i18n-context.tsx";
import { datesText, summariseKind } from "../lib/coverage.ts";
import { formatBeijingDateTime, formatCount } from "../lib/format.ts";

interface HeldDataProps {
  shops: ShopCoverage[];
  kinds: readonly RecordKind[];
}

/** How much of each kind a report needs the workspace already holds, across all shops. */
export function HeldData({ shops, kinds }: HeldDataProps) {
  const { t } = useI18n();
  const rows = kinds.map((kind) => summariseKind(shops, kind));
  const anyHeld = rows.some((row) => row.records > 0);
  return (
    <div className="held-data">
      <div className="table-scroll">
        <table className="data-table" data-testid="held-data-table">
          <thead>
            <tr>
              <th scope="col">{t("coverage.col.kind")}</th>
              <th scope="col">{t("coverage.col.source")}</th>
              <th scope="col" className="num">
                {t("coverage.col.records")}
              </th>
              <th scope="col" className="num">
                {t("coverage.col.shops")}
              </th>
              <th scope="col">{t("coverage.col.dates")}</th>
              <th scope="col">{t("coverage.col.lastCaptured")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.kind}
                data-kind={row.kind}
                className={row.records > 0 ? undefined : "is-empty"}
              >
                <th scope="row" className="nowrap">
                  {t(`kind.${row.kind}`)}
                </th>
                <td className="source-cell">{t(`source.${row.kind}`)}</td>
                <td className="num">{formatCount(row.records)}</td>
                <td className="num">{formatCount(row.shops)}</td>
                <td className="nowrap">{datesText(row, t("coverage.undated"))}</td>
                <td className="nowrap">{formatBeijingDateTime(row.lastCapturedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="footnote">
        {anyHeld ? `${t("pending.held")} ${t("coverage.gapNote")}` : t("pending.noneHeld")}
      </p>
    </div>
  );
}
