import type { DigestSend, DigestSubscription } from "@tongshu/shared";
import { useCallback } from "react";
import { AsyncView } from "../../components/async-view.tsx";
import { useI18n } from "../../i18n/i18n-context.tsx";
import { formatBeijingDateTime, formatCount, NO_VALUE } from "../../lib/format.ts";
import { useResource } from "../../use-resource.ts";
import { periodMessage } from "./digest-helpers.ts";
import { getDigestSends } from "./digests-api.ts";

/** One schedule's sends, newest first; `version` reloads it after a send from the row. */
export function DigestSends({ sub, version }: { sub: DigestSubscription; version: number }) {
  const { t } = useI18n();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger
  const load = useCallback(
    (signal: AbortSignal) => getDigestSends(sub.id, signal),
    [sub.id, version],
  );
  const [sends, retry] = useResource(load);
  return (
    <div className="dg-history" data-testid="digest-history">
      <AsyncView resource={sends} retry={retry}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted">{t("digests.history.empty")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">
                  {t("digests.history.caption", { recipient: sub.name ?? sub.email })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t("digests.col.time")}</th>
                    <th scope="col">{t("digests.col.kind")}</th>
                    <th scope="col">{t("digests.col.period")}</th>
                    <th scope="col">{t("digests.col.status")}</th>
                    <th scope="col" className="num">
                      {t("digests.col.attempts")}
                    </th>
                    <th scope="col">{t("digests.col.error")}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((send) => (
                    <SendRow key={send.id} send={send} />
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </AsyncView>
    </div>
  );
}

function SendRow({ send }: { send: DigestSend }) {
  return (
    <tr data-status={send.status}>
      <td className="nowrap">{formatBeijingDateTime(send.sentAt ?? send.createdAt)}</td>
      <SendCells send={send} retryNote />
    </tr>
  );
}

/**
 * The cells every send table shows, in order: kind, period, status (with the retry time when
 * `retryNote`), attempts and the last error. The history and the problems panel share them.
 */
export function SendCells({ send, retryNote = false }: { send: DigestSend; retryNote?: boolean }) {
  const { t } = useI18n();
  const period = periodMessage(send.period);
  return (
    <>
      <td className="nowrap">{t(`digests.kind.${send.kind}`)}</td>
      <td>{t(period.key, period.params)}</td>
      <td className="nowrap">
        <span className={`dg-status dg-status--${send.status}`}>
          {t(`digests.status.${send.status}`)}
        </span>
        {retryNote && send.status === "retry" && send.nextAttemptAt !== null && (
          <span className="muted">
            {" "}
            {t("digests.retryAt", { at: formatBeijingDateTime(send.nextAttemptAt) })}
          </span>
        )}
      </td>
      <td className="num">{formatCount(send.attempts)}</td>
      <td className="dg-error-text">
        {send.lastError === null ? NO_VALUE : <span className="dg-problem">{send.lastError}</span>}
      </td>
    </>
  );
}
