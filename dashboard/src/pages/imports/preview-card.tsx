import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatCount } from "../../lib/format.ts";
import type { ImportPreview } from "./import-messages.ts";
import { formatFileSize, formatLabel, joinNames, previewGrid } from "./import-preview.ts";

/** What was read: file, format, type and encoding, header row, dropped buyer columns, first rows. */
export function PreviewCard({
  preview,
  onAnother,
}: {
  preview: ImportPreview;
  onAnother: (() => void) | null;
}) {
  const { t, locale } = useI18n();
  const grid = previewGrid(preview);
  const fileType =
    preview.fileType === "xlsx"
      ? t("imports.fileType.xlsx")
      : t("imports.fileType.csv", {
          encoding: t(`imports.encoding.${preview.encoding ?? "utf-8"}`),
        });
  return (
    <section
      className="panel im-preview"
      aria-labelledby="im-preview-title"
      data-testid="import-preview"
    >
      <div className="im-panel-head">
        <h2 className="section__title" id="im-preview-title">
          {t("imports.preview.title")}
        </h2>
        {onAnother && (
          <button type="button" className="button button--small" onClick={onAnother}>
            {t("imports.another")}
          </button>
        )}
      </div>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t("imports.preview.file")}</dt>
          <dd>
            {preview.fileName} <span className="muted">· {formatFileSize(preview.fileSize)}</span>
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t("imports.preview.format")}</dt>
          <dd data-testid="import-format" data-format={preview.format?.id ?? ""}>
            {preview.format ? (
              <span className="im-format">
                <strong>{formatLabel(preview.format, locale)}</strong>
                {preview.format.platforms.map((p) => (
                  <PlatformBadge key={p} platform={p} />
                ))}
                <span className="muted">{t(`imports.kind.${preview.format.kind}`)}</span>
              </span>
            ) : (
              <UnknownFormat preview={preview} />
            )}
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t("imports.preview.fileType")}</dt>
          <dd>{fileType}</dd>
        </div>
        <div className="facts__row">
          <dt>{t("imports.preview.layout")}</dt>
          <dd data-testid="import-layout">
            {t("imports.preview.layoutValue", {
              row: preview.headerRowNumber,
              count: formatCount(preview.rowCount),
            })}
          </dd>
        </div>
      </dl>
      <p
        className={preview.droppedColumns.length > 0 ? "im-dropped" : "muted"}
        data-testid="import-dropped"
      >
        {preview.droppedColumns.length > 0
          ? t("imports.preview.dropped", {
              count: preview.droppedColumns.length,
              columns: joinNames(preview.droppedColumns, locale),
            })
          : t("imports.preview.noDropped")}
      </p>
      {preview.rows.length === 0 ? (
        <p className="muted">{t("imports.preview.noRows")}</p>
      ) : (
        <div className="im-sample">
          <p className="im-sample__caption">
            {t("imports.preview.sample", { count: preview.rows.length })}
            {grid.hiddenColumns > 0 && (
              <span className="muted">
                {" "}
                {t("imports.preview.moreColumns", { count: grid.hiddenColumns })}
              </span>
            )}
          </p>
          <div className="table-scroll">
            <table className="data-table im-sample__table" data-testid="import-sample">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("imports.check.col.row")}
                  </th>
                  {grid.headers.map((header, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: headers can repeat; position is the identity
                    <th key={i} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row, r) => (
                  <tr key={preview.rowNumbers[r] ?? r}>
                    <td className="num muted">{preview.rowNumbers[r]}</td>
                    {row.map((cell, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity of their own
                      <td key={i}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function UnknownFormat({ preview }: { preview: ImportPreview }) {
  const { t, locale } = useI18n();
  const supported = preview.supported.map((f) => formatLabel(f, locale));
  return (
    <span className="im-unknown" data-testid="import-unknown">
      <span className="im-unknown__why">
        {preview.closest
          ? t("imports.preview.unknown", {
              format: formatLabel(preview.closest.format, locale),
              columns: joinNames(preview.closest.missing, locale),
            })
          : t("imports.preview.unknownNone")}
      </span>
      <span className="muted">
        {supported.length > 0
          ? t("imports.preview.supported", { list: joinNames(supported, locale) })
          : t("imports.preview.noFormats")}
      </span>
    </span>
  );
}
