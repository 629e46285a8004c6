import type { AuditLogEntry, AuditLogResponse } from "@tongshu/shared";
import { useState } from "react";
import { getAuditLog } from "../../api.ts";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { describeError, type ErrorMessage } from "../../lib/describe-error.ts";
import { formatBeijingDateTime, NO_VALUE } from "../../lib/format.ts";
import { useResource } from "../../use-resource.ts";
import { auditActionKey } from "./settings-helpers.ts";

const firstPage = (signal: AbortSignal) => getAuditLog(null, signal);

/** 操作记录 (owners only): newest first, with a button for the next, older page. */
export function AuditSection() {
  const { t } = useI18n();
  const [first, retry] = useResource(firstPage);
  const [older, setOlder] = useState<AuditLogResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorMessage | null>(null);
  const loadMore = (before: number) => {
    setBusy(true);
    setError(null);
    getAuditLog(before)
      .then((page) =>
        setOlder((shown) => ({
          entries: [...(shown?.entries ?? []), ...page.entries],
          nextBefore: page.nextBefore,
        })),
      )
      .catch((cause: unknown) => setError(describeError(cause)))
      .finally(() => setBusy(false));
  };
  const action = (entry: AuditLogEntry) => {
    const key = auditActionKey(entry.action);
    return key === null ? entry.action : t(key);
  };
  return (
    <section className="panel" aria-labelledby="audit-title" data-testid="audit">
      <h2 className="section__title" id="audit-title">
        {t("audit.title")}
      </h2>
      <p className="muted">{t("audit.intro")}</p>
      <AsyncView resource={first} retry={retry}>
        {(page) => {
          const entries = [...page.entries, ...(older?.entries ?? [])];
          const nextBefore = older ? older.nextBefore : page.nextBefore;
          if (entries.length === 0) {
            return (
              <p className="muted" data-testid="audit-empty">
                {t("audit.none")}
              </p>
            );
          }
          return (
            <>
              <table className="data-table" data-testid="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t("audit.col.time")}</th>
                    <th scope="col">{t("audit.col.actor")}</th>
                    <th scope="col">{t("audit.col.action")}</th>
                    <th scope="col">{t("audit.col.target")}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => (
                    <tr key={entry.id} data-audit-id={entry.id}>
                      <td className="nowrap">{formatBeijingDateTime(entry.at)}</td>
                      <td>{entry.actorName ?? t("audit.deleted")}</td>
                      <td>{action(entry)}</td>
                      <td>{entry.target ?? NO_VALUE}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {error && (
                <p className="form-error" role="alert">
                  {t(error.key, error.params)}
                </p>
              )}
              {nextBefore !== null && (
                <button
                  type="button"
                  onClick={() => loadMore(nextBefore)}
                  disabled={busy}
                  data-testid="audit-more"
                >
                  {t("audit.more")}
                </button>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}
