import type { ImportListResponse, ImportLogEntry } from "@tongshu/shared";
import { AsyncView } from "../../components/async-view.tsx";
import { type Column, DataTable } from "../../components/data-table.tsx";
import { PlatformBadge } from "../../components/platform-badge.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import type { Translate } from "../../i18n/translate.ts";
import { formatBeijingDateTime } from "../../lib/format.ts";
import type { Resource } from "../../use-resource.ts";

function historyColumns(t: Translate): Array<Column<ImportLogEntry>> {
  return [
    {
      id: "time",
      header: t("imports.history.col.time"),
      kind: "text",
      // Beijing "YYYY-MM-DD HH:mm" sorts as time does.
      value: (r) => formatBeijingDateTime(r.createdAt),
      render: (r) => <span className="nowrap">{formatBeijingDateTime(r.createdAt)}</span>,
    },
    {
      id: "file",
      header: t("imports.history.col.file"),
      kind: "text",
      value: (r) => r.fileName,
      render: (r) => <span className="nowrap">{r.fileName}</span>,
    },
    {
      id: "format",
      header: t("imports.history.col.format"),
      kind: "text",
      value: (r) => t(`imports.format.${r.format}`),
      render: (r) => <span className="nowrap">{t(`imports.format.${r.format}`)}</span>,
    },
    {
      id: "shop",
      header: t("imports.history.col.shop"),
      kind: "text",
      value: (r) => r.shopName ?? r.shopId,
      render: (r) => (
        <span className="nowrap">
          <PlatformBadge platform={r.platform} /> {r.shopName ?? r.shopId}
        </span>
      ),
    },
    { id: "rows", header: t("imports.history.col.rows"), kind: "count", value: (r) => r.rows },
    {
      id: "records",
      header: t("imports.history.col.records"),
      kind: "count",
      value: (r) => r.records,
    },
    {
      id: "written",
      header: t("imports.history.col.written"),
      kind: "count",
      value: (r) => r.written,
    },
    {
      id: "rejected",
      header: t("imports.history.col.rejected"),
      kind: "count",
      value: (r) => r.rejected,
    },
    {
      id: "status",
      header: t("imports.history.col.status"),
      kind: "text",
      value: (r) => t(`imports.status.${r.status}`),
      render: (r) => (
        <span className={`im-status im-status--${r.status}`}>
          {t(`imports.status.${r.status}`)}
        </span>
      ),
    },
    {
      id: "by",
      header: t("imports.history.col.by"),
      kind: "text",
      value: (r) => r.createdBy,
      render: (r) => <span className="nowrap">{r.createdBy ?? "—"}</span>,
    },
  ];
}

/** 导入记录: the workspace's latest imports (every member sees the shops they may see). */
export function ImportHistory({
  resource,
  retry,
}: {
  resource: Resource<ImportListResponse>;
  retry: () => void;
}) {
  const { t } = useI18n();
  return (
    <AsyncView resource={resource} retry={retry}>
      {({ imports }) => (
        <DataTable
          id="imports-history"
          caption={t("imports.history.title")}
          columns={historyColumns(t)}
          rows={imports}
          rowKey={(r) => r.id}
          exportName="imports"
          initialSort={{ column: "time", direction: "desc" }}
          empty={<p className="muted im-empty">{t("imports.history.empty")}</p>}
        />
      )}
    </AsyncView>
  );
}
